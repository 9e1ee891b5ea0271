// Shared helpers for the journeys: the demo content the server was seeded with, and the axe check.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { demoCampaigns } from '../prisma/seed/content/campaigns';
import { demoOrganizations } from '../prisma/seed/content/organizations';
import { demoPublications } from '../prisma/seed/content/publications';
import { slugOf } from '../prisma/seed/factories';
import { countries, regions } from '../prisma/seed/geography';

export { countries, demoCampaigns, demoOrganizations, demoPublications, regions, slugOf };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

export const activeOrganizations = demoOrganizations.filter((o) => (o.status ?? 'ACTIVE') === 'ACTIVE').sort(byName);
export const hiddenOrganizations = demoOrganizations.filter((o) => (o.status ?? 'ACTIVE') === 'APPLIED');
export const publicPublications = demoPublications
  .filter((p) => (p.visibility ?? 'PUBLIC') === 'PUBLIC')
  .sort((a, b) => b.published.localeCompare(a.published));
export const membersOnlyPublications = demoPublications.filter((p) => p.visibility === 'MEMBERS');
export const toolkits = demoPublications.filter((p) => p.kind === 'TOOLKIT' && (p.visibility ?? 'PUBLIC') === 'PUBLIC');
export const activeCampaigns = demoCampaigns.filter((c) => c.status === 'ACTIVE');

/** Fails the test with a readable list when axe finds WCAG 2.2 AA violations on the page. */
export async function expectNoAccessibilityViolations(page: Page) {
  // After a client-side navigation Next streams the page's metadata after its body: wait for the
  // title rather than report a page without one.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'accessibility violations').toEqual([]);
}

/** Stored sessions made by auth.setup.ts, for `test.use({ storageState: signedInAs.member })`. */
const sessionsDir = `${process.env.E2E_DATA_DIR ?? '.data/e2e'}/sessions`;
export const signedInAs = {
  member: `${sessionsDir}/member.json`,
  coordinator: `${sessionsDir}/coordinator.json`,
  admin: `${sessionsDir}/admin.json`,
} as const;
