// The demo's accounts, one per role, with the password the README prints. They exist only on a
// portal that serves this machine alone (scripts/portal.ts refuses to start otherwise), and there
// their staff need no second factor (lib/second-factor/requirement.ts), so a newcomer can try the
// staff area at once.

/** The published password of the demo accounts. */
export const demoPassword = 'coalition-demo-2026';

export const demoAccounts = [
  { email: 'member@example.org', name: 'Amara Okafor', role: 'MEMBER' },
  { email: 'coordinator@example.org', name: 'Lucía Fernández', role: 'COORDINATOR' },
  { email: 'admin@example.org', name: 'Jonas Lindqvist', role: 'ADMIN' },
] as const;

export function isDemoAccount(email: string): boolean {
  return demoAccounts.some((account) => account.email === email);
}
