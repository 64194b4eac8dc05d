import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';
import { DocumentsPane, textFile } from './fixtures/documents-page';

test('the app requests nothing beyond its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      foreign.push(url);
  });
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  await docs.pick([
    textFile(
      'links.html',
      '<h1>Bridge vote</h1><img src="https://example.com/pixel.gif"><link rel="stylesheet" href="https://example.com/x.css"><p>Nadia Rahman said: "The bridge will be finished before the winter storms."</p>',
      'text/html',
    ),
  ]);
  await expect(app.node('Actor', 'Nadia Rahman')).toBeVisible();
  await app.node('Actor', 'Nadia Rahman').click();
  await page.reload();
  await expect(app.node('Actor', 'Nadia Rahman')).toBeVisible();
  expect(foreign).toEqual([]);
});

test('a Content-Security-Policy keeps the page to its own origin', async ({ page }) => {
  await new AppPage(page).open();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  // The browser itself refuses (a policy violation), not merely an unreachable network.
  const violated = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective));
        fetch('https://example.com/').catch(() => {});
        setTimeout(() => resolve('none'), 3000);
      }),
  );
  expect(violated).toBe('connect-src');
});
