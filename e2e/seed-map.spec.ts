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
