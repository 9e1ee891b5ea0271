// A visitor reads the running campaigns: each shows its count of people beside its goal (the
// endorsing organisations counted apart), without an almost empty bar, no update claims more signatures than the counter, and each offers its signing form.
// (The journeys that sign, endorse or close a campaign start one of their own: these stay as seeded.)
import { expect, test } from '@playwright/test';
import { activeCampaigns, activeOrganizations, expectNoAccessibilityViolations, slugOf } from './support';

/** People's signatures; organisations' endorsements are counted apart. */
const counted = (campaign: (typeof activeCampaigns)[number]) => campaign.signatures.length;
const endorsing = (campaign: (typeof activeCampaigns)[number]) =>
  campaign.endorsements.filter((name) => activeOrganizations.some((organization) => organization.name === name)).length;

test('campaign cards and pages show the count beside the goal, with no near-empty bar', async ({ page }) => {
  await page.goto('/campaigns');
  for (const campaign of activeCampaigns) {
    const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: campaign.title }) });
    await expect(card).toContainText(
      `${counted(campaign)} signatures · goal ${campaign.signatureGoal.toLocaleString('en')}`,
    );
    // Far below 5% of the goal: words only, no bar that reads as failure.
    await expect(card.getByRole('progressbar')).toHaveCount(0);
  }
  await expectNoAccessibilityViolations(page);

  for (const campaign of activeCampaigns) {
    await page.goto(`/campaigns/${slugOf(campaign.title)}`);
    const progress = page.getByRole('region', { name: 'Signatures', exact: true });
    await expect(progress).toContainText(`${counted(campaign)} signatures`);
    await expect(progress).toContainText(`goal ${campaign.signatureGoal.toLocaleString('en')}`);
    await expect(progress.getByRole('progressbar')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Endorsing organisations' })).toContainText(
      `${endorsing(campaign)} organisations endorse it`,
    );
    const ask = page.getByRole('region', { name: 'What we ask', exact: true });
    await expect(ask.getByRole('form', { name: 'Sign this campaign' })).toBeVisible();
    // No update thanks more signers than the counter counts.
    const claims = [
      ...((await page.getByRole('region', { name: 'Updates', exact: true }).textContent()) ?? '').matchAll(
        /(\d[\d,]*) signatures/g,
      ),
    ].map((match) => Number(match[1]!.replaceAll(',', '')));
    for (const claim of claims) expect(claim).toBeLessThanOrEqual(counted(campaign));
  }
  await expectNoAccessibilityViolations(page);
});
