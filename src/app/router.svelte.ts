/**
 * Hash routes (`#/jobs/ID?x=y`): they need no server rewrite, so every screen loads from the
 * offline cache. The route is reactive state that follows the address bar.
 */
import { noteHistoryEntry } from '../ui/navigate';

export interface Route {
  segments: string[];
  query: Readonly<Record<string, string>>;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return {
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    // Parsed once into a plain object; the params object itself never outlives this call.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    query: Object.fromEntries(new URLSearchParams(query)),
  };
}

class Router {
  route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));

  start() {
    noteHistoryEntry();
    const update = () => {
      noteHistoryEntry();
      this.route = parseHash(location.hash);
    };
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }
}

export const router = new Router();
