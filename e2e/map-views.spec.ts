import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';

test('tabs switch between Map, Matrix and Reader', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.tab('Map')).toHaveAttribute('aria-selected', 'true');
  await app.tab('Map').focus();
  await page.keyboard.press('ArrowRight');
  await expect(app.tab('Matrix')).toHaveAttribute('aria-selected', 'true');
  await expect(app.tab('Matrix')).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Matrix' })).toBeVisible();
  await app.tab('Map').click();
  await expect(app.node('Actor', 'Amber Rudd')).toBeVisible();
});

test('the Matrix shows actors by issues; a cell selects the same thing as on the map', async ({
  page,
}) => {
  test.slow(); // axe-core takes seconds on a busy machine
  const app = new AppPage(page);
  await app.open();
  await app.tab('Matrix').click();
  const table = page.getByRole('table', { name: /actors by issues/ });
  await expect(table).toBeVisible();
  for (const speaker of ['Amber Rudd', 'Jeremy Corbyn', 'Jonathan Shaw', 'Salil Shetty'])
    await expect(table.getByRole('rowheader', { name: speaker })).toBeVisible();

  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Jonathan Shaw' }) });
  const cell = row.getByRole('button', { name: /^Jonathan Shaw on .*\d+ quotes?$/ }).first();
  await cell.click();
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await expect(app.details()).toContainText('if you crack this nut');
  await app.expectNoSeriousViolations();

  // The same selection, seen on the map.
  const selected = await app.details().getByRole('heading', { level: 2 }).textContent();
  await app.tab('Map').click();
  await expect(app.map().locator('.debate-node.is-selected')).toHaveCount(1);
  await expect(app.details().getByRole('heading', { level: 2 })).toHaveText(selected ?? '');
});

test('the Reader highlights attributed quotes in their speaker colour; a click selects the claim', async ({
  page,
}) => {
  test.slow(); // axe-core takes seconds on a busy machine
  const app = new AppPage(page);
  await app.open();
  await app.tab('Reader').click();
  await expect(page.getByRole('article').first()).toBeVisible();
  const crack = page.locator('mark.quote-mark').filter({ hasText: 'crack this nut' });
  const shetty = page.locator('mark.quote-mark').filter({ hasText: 'Divisive fear-mongering' });
  const colour = (l: typeof crack) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await colour(crack)).not.toBe(await colour(shetty));
  expect(await colour(crack)).not.toBe('rgba(0, 0, 0, 0)');

  await crack.getByRole('button').click();
  await expect(app.details().getByRole('heading', { level: 2 })).toContainText('crack this nut');
  await expect(
    app.details().getByRole('button', { name: 'Jonathan Shaw', exact: true }),
  ).toBeVisible();
  await app.expectNoSeriousViolations();
});
