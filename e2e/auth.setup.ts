// Signs in once per role through the sign-in endpoint (no typing: only the sign-in journey types a
// password) and stores each session for the journeys that need it.
import { expect, test as setup } from '@playwright/test';
import { demoAccounts, demoPassword } from '../prisma/seed';
import { signedInAs } from './support';

for (const account of demoAccounts) {
  setup(`sign in as ${account.role.toLowerCase()}`, async ({ request }) => {
    const response = await request.post('/api/sign-in', {
      headers: { accept: 'application/json' },
      data: { email: account.email, password: demoPassword },
    });
    expect(response.status()).toBe(200);
    await request.storageState({ path: signedInAs[account.role.toLowerCase() as keyof typeof signedInAs] });
  });
}
