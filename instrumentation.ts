// Runs once when a Next server starts: refuse to serve without a database rather than fail on the
// first request, warn about settings that only work on this machine (e.g. no SITE_URL in
// production), start the mail worker that delivers the outbox (lib/mail/outbox.ts) and the closer
// of campaigns whose end date has passed (lib/campaigns/closing.ts).
// `npm start` sets DATABASE_URL to the embedded database when none is configured.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { requireDatabaseUrl, settingsWarnings } = await import('./lib/env');
    requireDatabaseUrl();
    for (const warning of settingsWarnings(process.env)) console.warn(`[portal] warning: ${warning}`);
    const { sharedDatabase } = await import('./lib/database/shared');
    const { startPortalMailWorker } = await import('./lib/mail/worker');
    startPortalMailWorker(sharedDatabase());
    const { startCampaignCloser } = await import('./lib/campaigns/closing');
    startCampaignCloser(sharedDatabase());
  }
}
