// `npm run admin:create -- someone@example.org [--name "Full Name"]`: the first administrator of a
// real install (or a new one when the last is lost). The launcher (scripts/portal.ts) opens the
// database, applies migrations and runs this with DATABASE_URL set; run under the react-server
// condition so lib/ code that is server-only loads outside Next.
import { createTranslator } from 'use-intl/core';
import { parseArgs } from 'node:util';
import messages from '@/lib/i18n/messages/en/index';
import { createOrPromoteAdmin } from '@/lib/people/first-admin';

const t = createTranslator({ locale: 'en', messages, namespace: 'people.firstAdmin' });

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { name: { type: 'string' } },
    allowPositionals: true,
  });
  const email = positionals[0] ?? '';
  const result = await createOrPromoteAdmin({ email, name: values.name });
  if (!result.ok) {
    console.error(t(result.message as 'invalidEmail' | 'suspended', result.params as { email: string }));
    return 1;
  }
  const admin = result.data;
  console.log(t(admin.outcome, { email: admin.email }));
  console.log(t('link', { expiresAt: admin.expiresAt.toISOString() }));
  console.log(`\n  ${admin.link}\n`);
  console.log(admin.mailed ? t('mailed', { email: admin.email }) : t('notMailed'));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
