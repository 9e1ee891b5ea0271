// The headers every response carries, and the Content-Security-Policy at work: the portal's own
// scripts run (each page's JavaScript still works), a script that gets into a page any other way
// does not, and a cached visitor page gets a fresh nonce each time it is served.
import { expect, test, type Page } from '@playwright/test';
import { signedInAs } from './support';

const scriptNonces = (html: string) =>
  [...html.matchAll(/<script\b[^>]*>/g)].map((tag) => /nonce="([^"]*)"/.exec(tag[0])?.[1] ?? null);

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

/** Collects the policy violations a page reports (none expected from the portal's own code). */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
      ),
    );
  });
  return violations;
}

test.describe('as a visitor', () => {
  test('every response carries the security headers, and a page a fresh nonce on each of its scripts', async ({
    request,
  }) => {
    const seen = new Set<string>();
    for (const path of ['/', '/', '/directory', '/library', '/sign-in', '/join']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('same-origin');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['x-powered-by']).toBeUndefined();
      // Served over http here (SITE_URL is http://127.0.0.1): no HSTS, which would pin localhost.
      expect(headers['strict-transport-security']).toBeUndefined();
      const policy = headers['content-security-policy']!;
      expect(policy).toMatch(/script-src 'nonce-[A-Za-z0-9+/]{24}' 'strict-dynamic'(;|$)/);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
      for (const directive of [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ]) {
        expect(policy).toContain(directive);
      }
      const nonce = nonceOf(policy)!;
      expect(seen.has(nonce), `a new nonce for ${path}`).toBe(false);
      seen.add(nonce);
      const nonces = scriptNonces(await response.text());
      expect(nonces.length, path).toBeGreaterThan(0);
      expect(new Set(nonces), `every script of ${path} has this response's nonce`).toEqual(new Set([nonce]));
    }
    // Static files and route handlers carry them too.
    const icon = await request.get('/favicon.ico');
    expect(icon.headers()['x-content-type-options']).toBe('nosniff');
    expect(icon.headers()['content-security-policy']).toContain("object-src 'none'");
  });

  test('compressed pages carry the same nonce as their policy', async ({ playwright, baseURL }) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
    const response = await context.get('/library');
    expect(response.headers()['content-encoding']).toBe('gzip');
    const nonce = nonceOf(response.headers()['content-security-policy']!)!;
    expect(new Set(scriptNonces(await response.text()))).toEqual(new Set([nonce]));
    await context.dispose();
  });

  test("the portal's scripts run with no violation, and an injected inline script is blocked", async ({ page }) => {
    const violations = await watchViolations(page);
    // Filters apply as you choose them: that is the page's JavaScript at work.
    await page.goto('/directory');
    await page
      .getByRole('link', { name: /Library/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/library$/);
    expect(violations).toEqual([]);

    // A script tag in the page's HTML that the portal did not put there (an injection).
    await page.route('**/contact', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</main>', '<script>window.injected = true</script></main>');
      await route.fulfill({ response, body: html });
    });
    await page.goto('/contact');
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(violations.join('\n')).toContain('script-src');
  });
});

test.describe('as a member', () => {
  test.use({ storageState: signedInAs.member });

  test('their own pages carry the policy and their scripts run with no violation', async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto('/account');
    const nonce = nonceOf(response!.headers()['content-security-policy']!)!;
    expect(new Set(scriptNonces(await response!.text()))).toEqual(new Set([nonce]));
    await page.getByRole('link', { name: 'Directory' }).first().click();
    await expect(page).toHaveURL(/\/directory$/);
    expect(violations).toEqual([]);
  });
});
