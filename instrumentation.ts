// Runs once when a Next server starts: refuse to serve without a database rather than fail on the
// first request. `npm start` sets DATABASE_URL to the embedded database when none is configured.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { requireDatabaseUrl } = await import('./lib/env');
    requireDatabaseUrl();
  }
}
