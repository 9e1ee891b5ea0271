// An organisation's admin runs its team (/account/organization/team): the demo member (who runs the
// Great Lakes Early Warning Initiative's team) invites a colleague by mail; the colleague chooses a
// password and is signed in as a member of the organisation; the admin removes them, and they are
// signed out on their very next request; invited again, now with an account of their own, they are
// asked, and join only by following the link. Staff find the same page from the organisation's profile,
// and invite people directly at /manage/people/invite. Each test invites its own address.
import { expect, test } from '@playwright/test';
import { pageAs, passwordLinkFor } from './fixtures';
import { linkIn, newestMailTo } from './mail';
import { demoOrganizations, expectNoAccessibilityViolations, signedInAs, slugOf } from './support';

const memberOrganization = demoOrganizations.find((organization) => (organization.status ?? 'ACTIVE') === 'ACTIVE')!;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("an organisation's team", () => {
  test.use({ storageState: signedInAs.member });

  test('its admin invites a colleague, who signs in; removed, the colleague is signed out at once', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow();
    const colleague = { name: `Bea Colleague ${unique()}`, email: `bea-${unique()}@example.org` };

    await page.goto('/account/organization');
    await page.getByRole('link', { name: 'Team: invite and remove colleagues' }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Your organisation's team" })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const since = new Date();
    await page.getByLabel('Their name').fill(colleague.name);
    await page.getByLabel('Their email address').fill(colleague.email);
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    const sent = page.getByRole('status').filter({ hasText: `The invitation to ${colleague.email} is on its way` });
    await expect(sent).toBeVisible();
    const table = page.getByRole('table', { name: `The people of ${memberOrganization.name}, by name` });
    await expect(table.getByRole('row', { name: new RegExp(colleague.name) })).toContainText('Invited');

    // The colleague follows the mailed link, chooses a password and is signed in, in the organisation.
    const invited = await browser.newContext({ baseURL });
    const colleaguePage = await invited.newPage();
    await colleaguePage.goto(await passwordLinkFor(colleague.email, since));
    const password = 'morning tide over the lake';
    await colleaguePage.getByLabel('New password', { exact: true }).fill(password);
    await colleaguePage.getByLabel('New password again').fill(password);
    await colleaguePage.getByRole('button', { name: 'Save the password and sign in' }).click();
    await expect(colleaguePage).toHaveURL(/\/account/);
    await expect(colleaguePage.getByRole('main')).toContainText(memberOrganization.name);
    // An ordinary colleague does not run the team.
    const refused = await colleaguePage.request.get('/account/organization/team', { maxRedirects: 0 });
    expect(refused.status()).toBe(403);

    // The admin removes them: their account stays, but their next request is a visitor's.
    await page.reload();
    await page.getByRole('button', { name: `Remove ${colleague.name} from the team` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The colleague is no longer in the team' })).toBeVisible();
    await expect(table).not.toContainText(colleague.name);
    await colleaguePage.goto('/account/organization');
    await expect(colleaguePage).toHaveURL(/\/sign-in/);
    await invited.close();

    // Invited again, now with an account of their own: the admin is told what anyone would be, and
    // the colleague stays outside the team until they follow the mailed link and confirm.
    const again = new Date();
    await page.getByLabel('Their name').fill(colleague.name);
    await page.getByLabel('Their email address').fill(colleague.email);
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await expect(sent).toBeVisible();
    await expect(table).not.toContainText(colleague.name);
    const isJoinLink = (mail: { text: string; sentAt: string }) =>
      mail.text.includes('/join-team/') && new Date(mail.sentAt) >= again;
    await expect.poll(async () => (await newestMailTo(colleague.email, isJoinLink)) !== null).toBe(true);
    const joinLink = linkIn((await newestMailTo(colleague.email, isJoinLink))!, '/join-team/');

    // The page names the team (axe runs scripts, so it checks the page in a browser with JavaScript).
    const joinTitle = `Join the team of ${memberOrganization.name}`;
    const scripted = await browser.newContext({ baseURL });
    const preview = await scripted.newPage();
    await preview.goto(joinLink);
    await expect(preview.getByRole('heading', { level: 1, name: joinTitle })).toBeVisible();
    await expectNoAccessibilityViolations(preview);
    await scripted.close();
    // Opening it joined nothing; without JavaScript, its button does.
    const plain = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const joinPage = await plain.newPage();
    await joinPage.goto(joinLink);
    await expect(joinPage.getByRole('heading', { level: 1, name: joinTitle })).toBeVisible();
    await page.reload();
    await expect(table).not.toContainText(colleague.name);
    await joinPage.getByRole('button', { name: 'Join the team' }).click();
    await expect(joinPage.getByRole('heading', { level: 1, name: 'You are in the team' })).toBeVisible();
    await page.reload();
    await expect(table.getByRole('row', { name: new RegExp(colleague.name) })).toContainText('Active');
    // The link works once.
    await joinPage.goto(joinLink);
    await expect(joinPage.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
    await plain.close();
  });

  test('staff open a team from the organisation and invite people directly; axe on both pages', async ({
    browser,
    baseURL,
  }) => {
    const admin = await pageAs(browser, baseURL, signedInAs.admin);
    const slug = slugOf(memberOrganization.name);
    await admin.page.goto(`/account/organization?org=${slug}`);
    await admin.page.getByRole('link', { name: 'Team: invite and remove colleagues' }).click();
    await expect(
      admin.page.getByRole('heading', { level: 1, name: `The team of ${memberOrganization.name}` }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(admin.page);

    await admin.page.goto('/manage/people/invite');
    await expect(admin.page.getByRole('heading', { level: 1, name: 'Invite a person' })).toBeVisible();
    await expectNoAccessibilityViolations(admin.page);
    const email = `staff-invite-${unique()}@example.org`;
    const since = new Date();
    await admin.page.getByLabel('Their name').fill('Carla Invited');
    await admin.page.getByLabel('Their email address').fill(email);
    await admin.page.getByLabel("The organisation's address in the directory").fill(`${baseURL}/directory/${slug}`);
    await admin.page.getByRole('button', { name: 'Send the invitation' }).click();
    await expect(admin.page.getByRole('status').filter({ hasText: 'The invitation is on its way' })).toBeVisible();
    expect(await passwordLinkFor(email, since)).toMatch(/^\/set-password\//);
    await admin.context.close();
  });
});
