/** Runs once when a Next server starts (next start, next dev, the standalone server). */
export async function register() {
  // NEXT_RUNTIME is Next's own (nodejs or edge), not a setting: lib/config does not read it.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installServerHooks } = await import('./lib/server/hooks');
  installServerHooks();
}
