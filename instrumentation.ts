/** Runs once when the server starts: stamps each request with its connection's address (lib/feedback/peer.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { stampPeerAddress } = await import('./lib/feedback/peer');
    stampPeerAddress();
  }
}
