import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';

test('selecting an actor lights its neighbours, dims the rest and fills Details', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.node('Actor', 'Jonathan Shaw').click();

  const details = app.details();
  await expect(details.getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
  await expect(details.getByRole('heading', { name: 'Stance on each issue' })).toBeVisible();
  // a stance button says whose position on what, beginning with the stance it shows
  const stance = details.getByRole('button', { name: /^against: Jonathan Shaw’s position on / });
  await expect(stance).toContainText('against');
  await expect(details.getByRole('heading', { name: /^Quotes \(\d+\)$/ })).toBeVisible();
  await expect(details).toContainText('if you crack this nut');
  // A sentence of context and the document each quote comes from.
  await expect(details.getByRole('listitem').filter({ hasText: 'crack this nut' })).toContainText(
    'said Shaw',
  );

  await expect(app.node('Actor', 'Jonathan Shaw').locator('.debate-node')).toHaveClass(
    /is-selected/,
  );
  await expect(app.node('Actor', 'Salil Shetty').locator('.debate-node')).toHaveClass(/is-dimmed/);
  const shawClaim = app.node('Claim', /.*crack this nut/);
  await expect(shawClaim.locator('.debate-node')).not.toHaveClass(/is-dimmed/);

  await app
    .map()
    .locator('.react-flow__pane')
    .click({ position: { x: 5, y: 5 } });
  await expect(app.node('Actor', 'Salil Shetty').locator('.debate-node')).not.toHaveClass(
    /is-dimmed/,
  );
});

test('a claim shows its quotes and speaker; "Show in source" opens the Reader at the span', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.select('Claim', /.*crack this nut/);
  const details = app.details();
  await expect(details.getByRole('button', { name: 'Jonathan Shaw', exact: true })).toBeVisible();
  await expect(
    details.getByRole('button', { name: 'Show in source', exact: true }).first(),
  ).toHaveAccessibleDescription(/crack this nut/);
  await details.getByRole('button', { name: 'Show in source', exact: true }).first().click();

  await expect(app.tab('Reader')).toHaveAttribute('aria-selected', 'true');
  const mark = page.locator('mark.is-target');
  await expect(mark).toHaveCount(1);
  await expect(mark).toContainText('crack this nut');
  await expect(mark).toBeInViewport();
});

test('an actor quote far down a document scrolls into view in the Reader', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.select('Actor', 'Salil Shetty');
  const last = app.details().getByRole('button', { name: 'Show in source', exact: true }).last();
  await last.click();
  await expect(page.locator('mark.is-target')).toBeInViewport();
});

test('a node picked in the outline while the Matrix is open is in view when the Map opens', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  // drag the map far to the left, twice: Rudd leaves the view
  const box = await app.map().boundingBox();
  if (!box) throw new Error('no map');
  for (let i = 0; i < 2; i++) {
    await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 30, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
  }
  await expect(app.node('Actor', 'Amber Rudd')).not.toBeInViewport();

  await app.tab('Matrix').click();
  await page.getByText('Outline of the map').click();
  await page
    .getByRole('list', { name: 'Graph outline' })
    .getByRole('button', { name: /Actor: Amber Rudd/ })
    .first()
    .click();
  await expect(app.details().getByRole('heading', { name: 'Amber Rudd' })).toBeVisible();
  await app.tab('Map').click();
  await expect(app.node('Actor', 'Amber Rudd')).toBeInViewport();
});
