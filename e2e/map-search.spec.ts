import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';

test('"/" opens search; a quote match jumps to its claim on the map', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(app.search()).toBeFocused();
  await page.keyboard.type('crack this nut');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toContainText('crack this nut');
  await page.keyboard.press('Enter');
  await expect(app.details()).toContainText('if you crack this nut');
  await expect(app.map().locator('.debate-node.is-selected')).toBeInViewport();
});

test('Ctrl+K opens search; an actor match selects the actor, by arrow keys too', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.tab('Matrix').click();
  await page.keyboard.press('Control+k');
  await expect(app.search()).toBeFocused();
  await page.keyboard.type('Shetty');
  const option = page.getByRole('option', { name: /Actor\s+Salil Shetty/ });
  await expect(option).toBeVisible();
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  const index = (await options.allTextContents()).findIndex((t) => /Actor\s*Salil Shetty/.test(t));
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(app.tab('Map')).toHaveAttribute('aria-selected', 'true');
  await expect(app.details().getByRole('heading', { name: 'Salil Shetty' })).toBeVisible();
  await expect(app.node('Actor', 'Salil Shetty')).toBeInViewport();
});
