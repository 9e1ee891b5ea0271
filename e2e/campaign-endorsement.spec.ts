// A member endorses a campaign in their organisation's name: a coordinator launches a campaign of
// the Americas; a new member co-sponsors it and their organisation appears on its page (linked to
// its profile) and its profile lists the campaign; the coordinator marks it as lead; the member
// steps down to a plain endorsement (the lead ends), then withdraws it. A visitor is offered no
// endorsement form. Without JavaScript the form works the same.
import { launchCampaignOn } from './campaigns';
import { expect, pageAs, test } from './fixtures';
import { expectNoAccessibilityViolations, signedInAs } from './support';

const suffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

test('a member co-sponsors a campaign, a coordinator makes it lead, the member steps down and withdraws', async ({
  newMember,
  browser,
  baseURL,
}) => {
  test.slow();
  const coordinator = await pageAs(browser, baseURL, signedInAs.coordinator);
  const { path, manage } = await launchCampaignOn(coordinator.page, `Ratify the Protocol ${suffix()}`);

  const { page, organization } = newMember;
  await page.goto(path);
  const endorsements = page.getByRole('region', { name: 'Endorsing organisations' });
  await expect(endorsements).toContainText('No organisation endorses it yet');
  const form = page.getByRole('form', { name: 'Endorse in your organisation’s name' });
  await form.getByRole('button', { name: 'Endorse' }).click();
  await expect(form.getByRole('group')).toHaveAccessibleDescription(/Choose how your organisation stands behind/);
  await form.getByRole('radio', { name: /^Co-sponsor/ }).check();
  await form.getByRole('button', { name: 'Endorse' }).click();
  await expect(page.getByText('Thank you: your organisation now endorses this campaign.')).toBeVisible();
  await expect(endorsements).toContainText('1 organisation endorses it');
  await expect(endorsements.getByRole('link', { name: organization.name })).toHaveAttribute(
    'href',
    `/directory/${organization.slug}`,
  );
  await expect(endorsements.getByText('Co-sponsor', { exact: true })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.goto(`/directory/${organization.slug}`);
  await expect(page.getByRole('region', { name: 'Campaigns it endorses' })).toContainText('Ratify the Protocol');

  await coordinator.page.goto(manage);
  const staffList = coordinator.page.getByRole('region', { name: 'Endorsing organisations' });
  await staffList.getByRole('button', { name: `Mark ${organization.name} as a lead of the campaign` }).click();
  await expect(coordinator.page.getByText('The organisation is marked as a lead.')).toBeVisible();
  await coordinator.context.close();

  await page.goto(path);
  await expect(endorsements.getByText('Lead', { exact: true })).toBeVisible();
  await form.getByRole('radio', { name: /^Endorse:/ }).check();
  await form.getByRole('button', { name: 'Change' }).click();
  await expect(page.getByText('Your organisation’s endorsement is changed.')).toBeVisible();
  await page.reload();
  await expect(endorsements.getByText('Lead', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Withdraw our endorsement' }).click();
  await expect(page.getByText('Your organisation’s endorsement is withdrawn.')).toBeVisible();
  await page.reload();
  await expect(endorsements).toContainText('No organisation endorses it yet');

  // A visitor sees the list, never the form.
  const visitor = await browser.newPage({ baseURL, storageState: { cookies: [], origins: [] } });
  await visitor.goto(path);
  await expect(visitor.getByRole('form', { name: 'Endorse in your organisation’s name' })).toHaveCount(0);
  await visitor.close();
});

test('without JavaScript, a member endorses a campaign', async ({ newMember, browser, baseURL }) => {
  const coordinator = await pageAs(browser, baseURL, signedInAs.coordinator);
  const { path } = await launchCampaignOn(coordinator.page, `Protect the observers ${suffix()}`);
  await coordinator.context.close();
  const { organization } = newMember;
  const context = await browser.newContext({
    baseURL,
    storageState: await newMember.context.storageState(),
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(path);
  const form = page.getByRole('form', { name: 'Endorse in your organisation’s name' });
  await form.getByRole('radio', { name: /^Endorse:/ }).check();
  await form.getByRole('button', { name: 'Endorse' }).click();
  await expect(page.getByText('Thank you: your organisation now endorses this campaign.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Endorsing organisations' })).toContainText(organization.name);
  await context.close();
});
