/**
 * The import's reading worker: parsing, decrypting and checking a large file take seconds of
 * work the page would otherwise spend frozen. One request per worker; the page ends it after.
 */
import { answerReadRequest, type ReadReply, type ReadRequest } from './read-request';

// The page's DOM types are in scope here; a worker's global offers these two the same way.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadReply): void;
};

scope.onmessage = (event) => {
  void answerReadRequest(event.data, (message) => scope.postMessage(message));
};
