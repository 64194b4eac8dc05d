import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';

test('double-click shows only the neighbourhood; Escape brings the whole map back', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.node('Actor', 'Salil Shetty')).toHaveCount(1);
  // The first view shows the first article's debate, Shaw with it: a double-click can reach him.
  await expect(app.node('Actor', 'Jonathan Shaw')).toBeInViewport();
  await app.node('Actor', 'Jonathan Shaw').dblclick();
  await expect(app.node('Actor', 'Salil Shetty')).toHaveCount(0);
  await expect(app.node('Actor', 'Jonathan Shaw')).toBeVisible();
  await expect(app.node('Claim', /.*crack this nut/)).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(app.node('Actor', 'Salil Shetty')).toHaveCount(1);
  await expect(app.details().getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.details().getByRole('heading', { name: 'Jonathan Shaw' })).toHaveCount(0);
});

test('Enter on a focused node selects it; Enter again focuses its neighbourhood', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.node('Actor', 'Amber Rudd').focus();
  await page.keyboard.press('Enter');
  await expect(app.details().getByRole('heading', { name: 'Amber Rudd' })).toBeVisible();
  await expect(app.details().getByRole('status')).toHaveText('Selected Actor: Amber Rudd.');
  await page.keyboard.press('Enter');
  await expect(app.node('Actor', 'Salil Shetty')).toHaveCount(0);
  await expect(app.details().getByRole('status')).toContainText(
    'Showing only the neighbourhood of Amber Rudd.',
  );
  await expect(app.details().getByRole('button', { name: 'Show the whole map' })).toBeVisible();
  await app.details().getByRole('button', { name: 'Show the whole map' }).click();
  await expect(app.node('Actor', 'Salil Shetty')).toHaveCount(1);
});
