/** The header the server hooks stamp with the connection's address; any value a client sends is overwritten. */
export const PEER_HEADER = 'x-quicktakes-peer';

const INSTALLED = Symbol.for('quicktakes.server-hooks');
type Flagged = { [INSTALLED]?: boolean };

export const hooksInstalled = (): boolean => (globalThis as Flagged)[INSTALLED] === true;
export const markHooksInstalled = (): void => {
  (globalThis as Flagged)[INSTALLED] = true;
};

/** The stamped peer address, or undefined when the hooks are not installed (then the header is not to be trusted). */
export function peerAddress(headers: Headers): string | undefined {
  if (!hooksInstalled()) return undefined;
  return headers.get(PEER_HEADER) || undefined;
}
