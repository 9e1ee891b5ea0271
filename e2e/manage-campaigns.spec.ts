// Staff run a campaign: a coordinator starts one as a draft (a bad end date is refused beside its
// field), which visitors cannot see; launches it; posts an update that visitors read; a visitor
// signs it and confirms (the page offers feeds of its updates and a picture for shared links);
// the coordinator downloads the signers (no addresses) and closes it, after
// which the page refuses signatures. A campaign of a region the coordinator does not hold is not
// theirs to open; a member is refused the staff pages. A coordinator gives a campaign an image and
// says what it shows; visitors see it on its page below the call to action. Without JavaScript the
// same forms work.
import sharp from 'sharp';
import { fillCampaign } from './campaigns';
import { expect, pageAs, test } from './fixtures';
import { linkIn, waitForMail } from './mail';
import { expectNoAccessibilityViolations, signedInAs } from './support';

const suffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/** A wide PNG, smaller than the box a campaign's image is scaled to (so kept at its size). */
const png = (colour: string) =>
  sharp({ create: { width: 640, height: 320, channels: 3, background: colour } })
    .png()
    .toBuffer();

test.describe('a coordinator runs a campaign', () => {
  test.use({ storageState: signedInAs.coordinator });

  test('from draft to launch, an update, a signature, the CSV and the close', async ({ page, browser, baseURL }) => {
    test.slow();
    const title = `Free the defenders ${suffix()}`;
    await page.goto('/manage');
    await page.getByRole('main').getByRole('link', { name: 'Campaigns', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByRole('link', { name: 'New campaign' }).click();
    await fillCampaign(page, title);
    await page.getByLabel('Ends on').fill('2025-12-31');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page.getByLabel('Ends on')).toHaveAccessibleDescription(/The end must be on or after the start\./);
    await page.getByLabel('Ends on').fill('');
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page).toHaveURL(/\/manage\/campaigns\/[a-z0-9]+\?outcome=created$/);
    await expect(page.getByText('The draft is saved. Launch it when it is ready.')).toBeVisible();
    const manage = page.url().replace(/\?.*$/, '');
    await expectNoAccessibilityViolations(page);

    // A draft is the staff's alone.
    const visitor = await browser.newPage({ baseURL, storageState: { cookies: [], origins: [] } });
    const slug = title.toLowerCase().replaceAll(' ', '-');
    expect((await visitor.goto(`/campaigns/${slug}`))?.status()).toBe(404);

    await page.getByRole('button', { name: /^Launch/ }).click();
    await expect(page.getByText('The campaign is launched: it is public and open for signing.')).toBeVisible();
    await page.getByRole('link', { name: 'Open its public page' }).click();
    await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}$`));

    await page.goto(manage);
    const updateForm = page.getByRole('form', { name: 'Post an update' });
    await updateForm.getByRole('button', { name: 'Post the update' }).click();
    await expect(updateForm.getByLabel('Title')).toHaveAccessibleDescription(/Enter a title for the update\./);
    await updateForm.getByLabel('Title').fill('Two defenders released');
    await updateForm.getByLabel('Text').fill('Both are home with their **families**.');
    await updateForm.getByRole('button', { name: 'Post the update' }).click();
    await expect(page.getByText('The update is posted.')).toBeVisible();

    await visitor.goto(`/campaigns/${slug}`);
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(visitor.getByRole('heading', { name: 'Two defenders released' })).toBeVisible();
    await expect(visitor.getByText('Sign the open letter')).toBeVisible();
    // Its updates are a feed too, announced in the page's head.
    const feedPath = `/campaigns/${slug}/updates.atom`;
    await expect(visitor.locator(`link[rel="alternate"][type="application/atom+xml"]`)).toHaveAttribute(
      'href',
      new RegExp(`${feedPath}$`),
    );
    const feed = await visitor.request.get(feedPath);
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    expect(await feed.text()).toContain('<title type="html"><![CDATA[Two defenders released]]></title>');
    // A shared link shows the campaign's own picture.
    const picture = visitor.locator('meta[property="og:image"]');
    await expect(picture).toHaveAttribute('content', new RegExp(`/campaigns/${slug}/og.png$`));
    const png = await visitor.request.get(`/campaigns/${slug}/og.png`);
    expect(png.headers()['content-type']).toBe('image/png');
    expect((await png.body()).subarray(1, 4).toString('latin1')).toBe('PNG');

    // A visitor signs, shown by name, and confirms.
    const email = `signer.${suffix()}@example.org`;
    const since = new Date();
    const signForm = visitor.getByRole('form', { name: 'Sign this campaign' });
    await signForm.getByLabel('Your name').fill('Rosa Quispe');
    await signForm.getByLabel('Your e-mail address').fill(email);
    await signForm.getByLabel('Your country').selectOption({ label: 'Peru' });
    await signForm.getByRole('checkbox', { name: /Show my name/ }).check();
    await signForm.getByRole('checkbox', { name: /I agree that/ }).check();
    await signForm.getByRole('button', { name: 'Sign' }).click();
    await expect(visitor.getByText('Check your inbox')).toBeVisible();
    await visitor.goto(linkIn(await waitForMail(email, { since }), `/campaigns/${slug}/confirm/`));
    await expect(visitor.getByText('Thank you: your signature is confirmed and counted.')).toBeVisible();

    await page.goto(manage);
    await expect(page.getByText(/^1 counted · 0 waiting for confirmation · 0 held · 0 withdrawn$/)).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the confirmed signatures (CSV)' }).click();
    const csv = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of csv) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toContain('Rosa Quispe,Peru');
    expect(text).not.toContain(email);

    await page.getByRole('button', { name: /^Close/ }).click();
    await expect(page.getByText('The campaign is closed: new signatures are refused.')).toBeVisible();
    await visitor.goto(`/campaigns/${slug}`);
    await expect(visitor.getByText('This campaign is closed: it no longer takes signatures.')).toBeVisible();
    await expect(visitor.getByRole('form', { name: 'Sign this campaign' })).toHaveCount(0);
    await visitor.close();
  });

  test('an image and what it shows, on the public page below the call to action', async ({
    page,
    browser,
    baseURL,
  }) => {
    const title = `Campaign with an image ${suffix()}`;
    const alt = 'Defenders marching with a banner in Bogotá';
    await page.goto('/manage/campaigns/new');
    await fillCampaign(page, title);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page).toHaveURL(/\?outcome=created$/);
    const section = page.getByRole('region', { name: 'Image', exact: true });
    await expect(section).toContainText('No image yet.');

    // What it shows is required, beside its field.
    await section
      .getByLabel('Image file')
      .setInputFiles({ name: 'march.png', mimeType: 'image/png', buffer: await png('#1d4ed8') });
    await section.getByRole('button', { name: 'Upload image' }).click();
    await expect(section.getByLabel('What the image shows')).toHaveAccessibleDescription(/Say what the image shows/);
    await section.getByLabel('What the image shows').fill(alt);
    await section.getByRole('button', { name: 'Upload image' }).click();
    await expect(page.getByText('The image is saved. The campaign’s page shows it.')).toBeVisible();
    await expect(section.getByRole('img', { name: alt })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: /^Launch/ }).click();
    await expect(page.getByText('The campaign is launched: it is public and open for signing.')).toBeVisible();

    // Visitors see it, described, after the call to action.
    const visitorContext = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const visitor = await visitorContext.newPage();
    const slug = title.toLowerCase().replaceAll(' ', '-');
    await visitor.goto(`/campaigns/${slug}`);
    const shown = visitor.getByRole('img', { name: alt });
    await expect(shown).toBeVisible();
    await expect(shown).toHaveAttribute('src', new RegExp(`^/campaigns/${slug}/image\\?v=\\d+$`));
    const callToAction = await visitor.getByRole('region', { name: 'What we ask' }).boundingBox();
    const imageBox = await shown.boundingBox();
    expect(imageBox!.y).toBeGreaterThan(callToAction!.y + callToAction!.height - 1);
    const response = await visitor.request.get((await shown.getAttribute('src'))!);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(await sharp(await response.body()).metadata()).toMatchObject({ width: 640, height: 320 });
    // The picture its shared links show is drawn over it, still a PNG.
    const picture = await visitor.request.get(`/campaigns/${slug}/og.png`);
    expect(picture.headers()['content-type']).toBe('image/png');
    expect(await sharp(await picture.body()).metadata()).toMatchObject({ width: 1200, height: 630 });
    await expectNoAccessibilityViolations(visitor);
    await visitorContext.close();

    await section.getByRole('button', { name: 'Remove image' }).click();
    await expect(page.getByText('The image is removed.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Image', exact: true })).toContainText('No image yet.');
  });

  test('a campaign of a region the coordinator does not hold is not theirs to open', async ({
    page,
    browser,
    baseURL,
  }) => {
    const title = `African campaign ${suffix()}`;
    const admin = await pageAs(browser, baseURL, signedInAs.admin);
    await admin.page.goto('/manage/campaigns/new');
    await fillCampaign(admin.page, title, 'Africa');
    await admin.page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(admin.page).toHaveURL(/\?outcome=created$/);
    const path = new URL(admin.page.url()).pathname;
    await admin.context.close();

    expect((await page.goto(path))?.status()).toBe(404);
    expect((await page.goto(`${path}/signatures.csv`))?.status()).toBe(404);
    await page.goto('/manage/campaigns');
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ storageState: signedInAs.coordinator, javaScriptEnabled: false });

  test('a coordinator starts a campaign, is told of a bad field beside it, and launches it', async ({ page }) => {
    const title = `No script campaign ${suffix()}`;
    await page.goto('/manage/campaigns/new');
    await fillCampaign(page, title);
    await page.getByLabel('Signature goal').fill('many');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page.getByLabel('Signature goal')).toHaveAccessibleDescription(/Enter a whole number/);
    await expect(page.getByLabel('Title')).toHaveValue(title);
    await page.getByLabel('Signature goal').fill('5000');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page.getByText('The draft is saved. Launch it when it is ready.')).toBeVisible();
    await page.getByRole('button', { name: /^Launch/ }).click();
    await expect(page.getByText('The campaign is launched: it is public and open for signing.')).toBeVisible();
  });

  test('a coordinator gives a campaign an image with what it shows', async ({ page }) => {
    const title = `No script image ${suffix()}`;
    await page.goto('/manage/campaigns/new');
    await fillCampaign(page, title);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page.getByText('The draft is saved. Launch it when it is ready.')).toBeVisible();
    const section = page.getByRole('region', { name: 'Image', exact: true });
    await section.getByLabel('What the image shows').fill('A crowd in front of a court');
    await section
      .getByLabel('Image file')
      .setInputFiles({ name: 'crowd.png', mimeType: 'image/png', buffer: await png('#b91c1c') });
    await section.getByRole('button', { name: 'Upload image' }).click();
    await expect(page).toHaveURL(/outcome=imageChanged/);
    await expect(page.getByText('The image is saved. The campaign’s page shows it.')).toBeVisible();
    await expect(section.getByRole('img', { name: 'A crowd in front of a court' })).toBeVisible();
  });
});

test.describe('a member', () => {
  test.use({ storageState: signedInAs.member });

  test('is refused the campaigns staff run', async ({ page }) => {
    expect((await page.goto('/manage/campaigns'))?.status()).toBe(403);
    expect((await page.goto('/manage/campaigns/new'))?.status()).toBe(403);
  });
});
