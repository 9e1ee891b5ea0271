// An organisation's logo: a member uploads one on their profile page (an SVG is refused beside the
// field), the directory card and the profile show it to visitors, and the member removes it; the
// same upload works without JavaScript. Each test makes its own member and organisation.
import sharp from 'sharp';
import { expect, test } from './fixtures';
import { expectNoAccessibilityViolations } from './support';

const png = (colour: string) =>
  sharp({ create: { width: 640, height: 320, channels: 3, background: colour } })
    .png()
    .toBuffer();

test('a member sets a logo the directory shows, and removes it', async ({ newMember, browser }) => {
  const { page, organization } = newMember;
  await page.goto('/account/organization');
  const logo = page.getByRole('region', { name: 'Logo' });
  await expect(logo).toContainText('No logo yet.');

  // A drawing that could carry script is not a logo: refused by its content, beside the field.
  await logo.getByLabel('Image').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await logo.getByRole('button', { name: 'Upload logo' }).click();
  await expect(logo.getByLabel('Image')).toHaveAccessibleDescription(/Use a PNG, JPEG or WebP image/);

  await logo
    .getByLabel('Image')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await png('#1d4ed8') });
  await logo.getByRole('button', { name: 'Upload logo' }).click();
  await expect(page.getByText('The logo is saved.')).toBeVisible();
  const current = logo.getByRole('img', { name: `${organization.name} logo` });
  await expect(current).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Visitors see it on the card and the profile, scaled to fit 400 × 400.
  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const reader = await visitor.newPage();
  await reader.goto(`/directory/${organization.slug}`);
  const shown = reader.locator(`img[src^="/directory/${organization.slug}/logo?v="]`);
  await expect(shown).toBeVisible();
  const response = await visitor.request.get((await shown.getAttribute('src'))!);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(await sharp(await response.body()).metadata()).toMatchObject({ width: 400, height: 200 });
  await expectNoAccessibilityViolations(reader);
  await visitor.close();

  await logo.getByRole('button', { name: 'Remove logo' }).click();
  await expect(page.getByText('The logo is removed.')).toBeVisible();
  await expect(logo).toContainText('No logo yet.');
});

test('a logo is uploaded without JavaScript', async ({ newMember, browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await newMember.context.storageState(),
  });
  const page = await context.newPage();
  await page.goto('/account/organization');
  const logo = page.getByRole('region', { name: 'Logo' });
  await logo
    .getByLabel('Image')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await png('#b91c1c') });
  await logo.getByRole('button', { name: 'Upload logo' }).click();
  await expect(page).toHaveURL(/outcome=logoChanged/);
  await expect(logo.getByRole('img', { name: `${newMember.organization.name} logo` })).toBeVisible();
  await context.close();
});
