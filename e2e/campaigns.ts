// Campaigns a journey starts for itself, through the staff's own forms (/manage/campaigns), so that
// no journey signs, endorses or closes a campaign another one reads.
import { expect, type Browser, type Page } from '@playwright/test';
import { pageAs } from './fixtures';
import { signedInAs } from './support';

/** A title no other test uses. */
export const uniqueCampaignTitle = (label: string) =>
  `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** Fills the new-campaign form for a campaign of `region` (the page is at /manage/campaigns/new). */
export async function fillCampaign(page: Page, title: string, region = 'Americas') {
  const form = page.getByRole('form', { name: 'New campaign' });
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('Goal', { exact: true }).fill('Every defender detained for their work walks free.');
  await form.getByLabel('Call to action').fill('Sign the open letter');
  await form.getByLabel('Who is asked').fill('The Inter-American Commission\nThe UN Working Group on Detention');
  await form.getByLabel('Text', { exact: true }).fill('## Why now\n\nDozens of **defenders** are detained.');
  await form.getByRole('checkbox', { name: region, exact: true }).check();
  await form.getByLabel('Starts on').fill('2026-01-05');
  await form.getByLabel('Signature goal').fill('5000');
}

/**
 * Starts and launches a campaign of the Americas on `page` (signed in as a coordinator of them):
 * its public path and its staff page.
 */
export async function launchCampaignOn(page: Page, title: string) {
  await page.goto('/manage/campaigns/new');
  await fillCampaign(page, title);
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page).toHaveURL(/\?outcome=created$/);
  const manage = page.url().replace(/\?.*$/, '');
  await page.getByRole('button', { name: /^Launch/ }).click();
  await expect(page.getByText('The campaign is launched: it is public and open for signing.')).toBeVisible();
  const path = (await page.getByRole('link', { name: 'Open its public page' }).getAttribute('href'))!;
  return { title, path, manage };
}

/** The same, as the demo coordinator in a browser context of its own (closed afterwards). */
export async function launchCampaign(browser: Browser, baseURL: string | undefined, title: string) {
  const coordinator = await pageAs(browser, baseURL, signedInAs.coordinator);
  try {
    return await launchCampaignOn(coordinator.page, title);
  } finally {
    await coordinator.context.close();
  }
}
