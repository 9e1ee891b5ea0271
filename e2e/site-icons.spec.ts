// A visitor's browser finds the portal's icons and a link preview finds its image: every icon the
// home page links answers, so does og:image, and the home page logs no error to the console.
import { expect, test } from '@playwright/test';

test('the home page links icons and an Open Graph image that answer, with no console error', async ({
  page,
  request,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const icons = await page
    .locator('head link[rel~="icon"], head link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(icons.some((href) => href.endsWith('.svg'))).toBe(true);
  expect(icons.some((href) => /\.(ico|png)$/.test(href))).toBe(true);
  for (const href of icons) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toMatch(/^image\//);
  }

  const image = await page.locator('head meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/^https?:\/\//);
  const response = await request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');

  const logo = page.getByRole('banner').locator('img');
  await expect(logo).toHaveJSProperty('complete', true);
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
