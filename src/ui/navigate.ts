/** Moves to another screen. Routes live in the URL hash, so any static host and the offline cache serve them. */
export function navigate(hash: string) {
  if (location.hash !== hash) location.hash = hash;
}
