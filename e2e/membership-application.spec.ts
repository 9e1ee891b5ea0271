// An organisation applies to join at /join; a coordinator of its region finds the application at
// /manage/applications and approves it; the contact person is mailed an invitation, sets a password,
// signs in and edits the organisation's profile. Each test
// applies with its own names and addresses, so the tests do not depend on each other or on order.
import { expect, test } from '@playwright/test';
import { apply, fillApplication, pageAs, uniqueApplicant } from './fixtures';
import { linkIn, newestMailTo } from './mail';
import { activeOrganizations, expectNoAccessibilityViolations, signedInAs, slugOf } from './support';

test.describe('applying to join', () => {
  test('a visitor applies, a coordinator of the region approves, and the contact person is invited', async ({
    page,
    browser,
    baseURL,
  }) => {
    // Six steps by three people (apply, review, approve, set a password, sign in again, edit the profile).
    test.slow();
    const applicant = uniqueApplicant('Andean');
    await page.goto('/join');
    await expectNoAccessibilityViolations(page);
    await apply(page, applicant, 'Americas', 'Colombia');
    // The acknowledgement names the organisation in its body; no subject carries the sender's words.
    await expect
      .poll(async () => (await newestMailTo(applicant.email))?.text ?? '')
      .toContain(applicant.organizationName);
    expect((await newestMailTo(applicant.email))!.subject).toBe(
      'We received your application to join Coalition for Civilian Protection',
    );

    const coordinator = await pageAs(browser, baseURL, signedInAs.coordinator);
    const staff = coordinator.page;
    await staff.goto('/manage');
    await staff.getByRole('link', { name: 'Membership applications' }).click();
    await expect(staff.getByRole('heading', { level: 1, name: 'Membership applications' })).toBeVisible();
    await expect(staff.getByRole('link', { name: 'Waiting for review' })).toHaveAttribute('aria-current', 'page');
    await expectNoAccessibilityViolations(staff);

    await staff.getByRole('link', { name: applicant.organizationName }).click();
    await expect(staff.getByRole('heading', { level: 1, name: applicant.organizationName })).toBeVisible();
    const main = staff.getByRole('main');
    await expect(main).toContainText('Colombia');
    await expect(main).toContainText('Americas');
    await expect(main).toContainText(applicant.email);
    await expect(main).toContainText('Director');
    await expectNoAccessibilityViolations(staff);

    await staff.getByRole('button', { name: 'Approve the application' }).click();
    await expect(staff.getByRole('status')).toContainText('The application is approved');
    await expect(main).toContainText('Approved');
    await expect(staff.getByRole('button', { name: 'Approve the application' })).toHaveCount(0);

    await expect
      .poll(
        async () =>
          (await newestMailTo(applicant.email, (message) => message.text.includes('/set-password/'))) !== null,
      )
      .toBe(true);
    const invitation = await newestMailTo(applicant.email, (message) => message.text.includes('/set-password/'));
    expect(invitation!.subject).toBe('Welcome to Coalition for Civilian Protection: your organisation is now a member');
    expect(invitation!.text).toContain(applicant.organizationName);
    expect(invitation!.text).toMatch(/https?:\/\/\S+\/set-password\/[A-Za-z0-9_-]{20,}/);

    // The organisation is in the directory at once.
    await staff.getByRole('link', { name: applicant.organizationName }).click();
    await expect(staff.getByRole('heading', { level: 1, name: applicant.organizationName })).toBeVisible();
    await coordinator.context.close();

    // The invited contact person follows the link, chooses a password and is signed in.
    const newPassword = 'first light over the valley';
    await page.goto(linkIn(invitation!, '/set-password/'));
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('New password again').fill(newPassword);
    await page.getByRole('button', { name: 'Save the password and sign in' }).click();
    await expect(page).toHaveURL(/\/account/);
    await expect(page.getByRole('main')).toContainText(applicant.organizationName);

    // Signed out, they sign in again with that password…
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(applicant.email);
    await page.getByLabel('Password').fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/account$/);

    // …and edit their organisation's profile, which the directory then shows.
    const description = `Community monitors in the Andes, approved on ${applicant.email}.`;
    await page.goto('/account/organization');
    await page.getByLabel('Description').fill(description);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The profile is saved.' })).toBeVisible();
    await page.goto(`/directory/${slugOf(applicant.organizationName)}`);
    await expect(page.getByRole('main')).toContainText(description);
  });

  test('an admin suspends a new member, who loses access on their very next request', async ({
    page,
    browser,
    baseURL,
  }) => {
    const applicant = uniqueApplicant('Suspended');
    await apply(page, applicant, 'Americas', 'Colombia');
    const admin = await pageAs(browser, baseURL, signedInAs.admin);
    await admin.page.goto('/manage/applications');
    await admin.page.getByRole('link', { name: applicant.organizationName }).click();
    await admin.page.getByRole('button', { name: 'Approve the application' }).click();
    await expect(admin.page.getByRole('status')).toContainText('The application is approved');
    await expect
      .poll(async () => (await newestMailTo(applicant.email, (mail) => mail.text.includes('/set-password/'))) !== null)
      .toBe(true);
    const invitation = await newestMailTo(applicant.email, (mail) => mail.text.includes('/set-password/'));

    const password = 'quiet rivers keep their course';
    await page.goto(linkIn(invitation!, '/set-password/'));
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('New password again').fill(password);
    await page.getByRole('button', { name: 'Save the password and sign in' }).click();
    await expect(page).toHaveURL(/\/account/);

    await admin.page.goto(`/manage/people?q=${encodeURIComponent(applicant.email)}`);
    await admin.page.getByRole('table', { name: 'People, by name' }).getByRole('link', { name: 'Ana Quispe' }).click();
    await admin.page.getByRole('button', { name: 'Suspend account' }).click();
    await expect(admin.page.getByRole('status').filter({ hasText: 'The account is suspended' })).toBeVisible();
    await admin.context.close();

    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel('Email address').fill(applicant.email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This account is suspended' })).toBeVisible();
  });

  test('bad input shows a message beside each field', async ({ page }) => {
    await page.goto('/join');
    // The form's words reach the browser (its catalogue is sent with the page, not the whole site's).
    await expect(page.getByLabel('Type of organisation').locator('option')).toContainText([
      'Choose a type',
      'NGO',
      'Academic institution',
    ]);
    await expect(page.getByRole('main')).not.toContainText(/\b(common|join|errors)\.[a-zA-Z]+\./);
    await page.getByLabel("Organisation's general contact for the directory (optional)").fill('not an address');
    await page.getByLabel('Website (optional)').fill('not a web address');
    await page.getByLabel('Email address').fill('nobody');
    await page.getByRole('button', { name: 'Send the application' }).click();

    await expect(
      page.getByLabel("Organisation's general contact for the directory (optional)"),
    ).toHaveAccessibleDescription(/Enter an email address like name@example\.org\./);
    const name = page.getByLabel('Name of the organisation');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription('Enter the name of your organisation.');
    await expect(name).toBeFocused();
    await expect(page.getByLabel('Type of organisation')).toHaveAccessibleDescription(
      'Choose the type of your organisation.',
    );
    await expect(page.getByLabel('Website (optional)')).toHaveAccessibleDescription(/Enter a web address such as/);
    await expect(page.getByLabel('Email address')).toHaveAccessibleDescription(
      /Enter an email address like name@example.org/,
    );
    const main = page.getByRole('main');
    for (const message of [
      'Choose the kind of membership.',
      'Describe what your organisation does.',
      'Tick at least one country where you work.',
      'Tick at least one focus theme.',
      "Enter the contact person's name.",
      'Tick this box so that we may store the application.',
    ]) {
      await expect(main.getByText(message)).toBeVisible();
    }
  });

  test('an organisation that is already a member is refused beside its name', async ({ page }) => {
    const existing = activeOrganizations[0]!.name;
    await fillApplication(
      page,
      { organizationName: existing, email: uniqueApplicant('Dup').email },
      'Europe',
      'France',
    );
    await page.getByRole('button', { name: 'Send the application' }).click();
    await expect(page.getByLabel('Name of the organisation')).toHaveAccessibleDescription(
      /An organisation of this name is already a member of the coalition/,
    );
  });

  test('an application from Africa is not listed for the coordinator of the Americas and Europe', async ({
    page,
    browser,
    baseURL,
  }) => {
    const applicant = uniqueApplicant('Kivu');
    await apply(page, applicant, 'Africa', 'Kenya');

    const admin = await pageAs(browser, baseURL, signedInAs.admin);
    await admin.page.goto('/manage/applications');
    await admin.page.getByRole('link', { name: applicant.organizationName }).click();
    await expect(admin.page.getByRole('heading', { level: 1, name: applicant.organizationName })).toBeVisible();
    const detailUrl = new URL(admin.page.url()).pathname;
    await admin.context.close();

    const coordinator = await pageAs(browser, baseURL, signedInAs.coordinator);
    await coordinator.page.goto('/manage/applications');
    await expect(coordinator.page.getByRole('heading', { level: 1, name: 'Membership applications' })).toBeVisible();
    await expect(coordinator.page.getByRole('link', { name: applicant.organizationName })).toHaveCount(0);
    const response = await coordinator.page.goto(detailUrl);
    expect(response?.status()).toBe(404);
    await coordinator.context.close();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form still checks the input on the server and shows messages beside the fields', async ({ page }) => {
    await page.goto('/join');
    await page.getByLabel('Name of the organisation').fill('Sent without scripts');
    await page.getByRole('button', { name: 'Send the application' }).click();
    await expect(page.getByRole('main').getByText('Some fields need your attention')).toBeVisible();
    await expect(page.getByLabel('Name of the organisation')).toHaveValue('Sent without scripts');
    await expect(page.getByLabel('What your organisation does')).toHaveAccessibleDescription(
      /Describe what your organisation does/,
    );
    await expect(page.getByRole('main').getByText('Tick at least one country where you work.')).toBeVisible();
  });

  test('a complete application is stored and confirmed', async ({ page }) => {
    const applicant = uniqueApplicant('Scriptless');
    await apply(page, applicant, 'Europe', 'Portugal');
  });
});

test.describe('rejecting', () => {
  test('a coordinator rejects with a reason, which is required and mailed to the applicant', async ({
    page,
    browser,
    baseURL,
  }) => {
    const applicant = uniqueApplicant('Pampas');
    await apply(page, applicant, 'Americas', 'Argentina');

    const coordinator = await pageAs(browser, baseURL, signedInAs.coordinator);
    const staff = coordinator.page;
    await staff.goto('/manage/applications');
    await staff.getByRole('link', { name: applicant.organizationName }).click();
    await staff.getByRole('button', { name: 'Reject the application' }).click();
    await expect(staff.getByLabel('Reason')).toHaveAccessibleDescription(/Give the reason for the rejection/);
    await staff.getByLabel('Reason').fill('Too short');
    await staff.getByRole('button', { name: 'Reject the application' }).click();
    await expect(staff.getByLabel('Reason')).toHaveAccessibleDescription(/Write at least 10 characters/);
    await expectNoAccessibilityViolations(staff);

    const reason = 'Your work is outside the scope of the coalition for now.';
    await staff.getByLabel('Reason').fill(reason);
    await staff.getByRole('button', { name: 'Reject the application' }).click();
    await expect(staff.getByRole('status')).toContainText('The application is rejected');
    await expect(staff.getByRole('main')).toContainText(reason);

    await expect
      .poll(async () => (await newestMailTo(applicant.email, (message) => message.text.includes(reason))) !== null)
      .toBe(true);
    await staff.goto('/manage/applications?status=REJECTED');
    await expect(staff.getByRole('link', { name: applicant.organizationName })).toBeVisible();
    await coordinator.context.close();
  });
});

test.describe('the applications list', () => {
  test('sends a visitor to sign in', async ({ page }) => {
    await page.goto('/manage/applications');
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  });

  test.describe('as a plain member', () => {
    test.use({ storageState: signedInAs.member });

    test('answers 403', async ({ page }) => {
      const response = await page.goto('/manage/applications');
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { level: 1, name: 'This page is not open to you' })).toBeVisible();
    });
  });

  test.describe('as an admin', () => {
    test.use({ storageState: signedInAs.admin });

    test('the staff home lists applications, people and the audit log', async ({ page }) => {
      await page.goto('/manage');
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: 'Membership applications' })).toBeVisible();
      await expect(main.getByRole('link', { name: 'People' })).toBeVisible();
      await expect(main.getByRole('link', { name: 'Audit log' })).toBeVisible();
    });
  });

  test.describe('as a coordinator', () => {
    test.use({ storageState: signedInAs.coordinator });

    test('the staff home lists only applications', async ({ page }) => {
      await page.goto('/manage');
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: 'Membership applications' })).toBeVisible();
      await expect(main.getByRole('link', { name: 'People' })).toHaveCount(0);
      await expect(main.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    });
  });
});
