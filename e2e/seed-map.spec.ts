import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';

test('the built-in map shows the seed speakers and their quotes', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  for (const speaker of ['Amber Rudd', 'Jeremy Corbyn', 'Jonathan Shaw', 'Salil Shetty'])
    await expect(app.node('Actor', speaker)).toBeVisible();

  await app.node('Actor', 'Jonathan Shaw').click();
  await expect(app.details().getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
  await expect(app.details()).toContainText('if you crack this nut');
});

test('the app loads without a console error or a failed request', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  const app = new AppPage(page);
  await app.open();
  await expect(app.node('Actor', 'Amber Rudd')).toBeVisible();
  // the icon the browser asks for by itself
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  expect((await page.request.get('/favicon.svg')).ok()).toBe(true);
  expect(problems).toEqual([]);
});
