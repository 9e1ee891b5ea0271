// `npm run campaigns:purge`: removes the personal data of the signers of campaigns closed more than
// SIGNER_DATA_RETENTION_MONTHS ago (lib/campaigns/purge.ts); run it daily (docs/operations.md). The
// launcher (scripts/portal.ts) opens the database and runs this with DATABASE_URL set, under the
// react-server condition so lib/ code that is server-only loads outside Next.
import { purgeSignerData } from '@/lib/campaigns/purge';
import { env } from '@/lib/env';

async function main(): Promise<number> {
  const months = env.SIGNER_DATA_RETENTION_MONTHS;
  const { campaigns } = await purgeSignerData(new Date(), months);
  if (campaigns.length === 0) console.log(`No campaign closed more than ${months} month(s) ago holds signers' data.`);
  for (const campaign of campaigns) {
    console.log(`${campaign.slug}: personal data of ${campaign.signatures} signature(s) removed; counts kept.`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
