import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';
import { linkTo, stateOf } from './fixtures/share-links';

// Made once on the sample map, selecting Major General Jonathan Shaw, and committed as is: it must
// keep opening his details whatever changes in the code (ids are derived from content).
const COMMITTED_SHAW_LINK =
  '/#v1.FYrJDYAgFAV7eWdN3OKBDizjC9-AEjAs8UDoXbjNZKZA-vDmCFHwGKcgcGZjk3EYYLpGZtVYU9TNZr54ueZ9Wjc-N9ShdcsysTr6TDL5IG7vKGlyY9T0of4';

test('a committed link to the sample still opens Jonathan Shaw', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(COMMITTED_SHAW_LINK.slice(1));
  await expect(app.details().getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
  await expect(app.details()).toContainText('if you crack this nut');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a selection opens the same way in a fresh browser', async ({ page, browser }) => {
  const app = new AppPage(page);
  await app.open();
  await app.node('Actor', 'Jonathan Shaw').click();
  await expect(app.details().getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
  await expect(page).toHaveURL(/#v1\./);
  const url = page.url();
  expect(stateOf(page).view.selectedId).toBe('actor:jonathan-shaw');

  const fresh = await browser.newContext();
  const other = new AppPage(await fresh.newPage());
  await other.page.goto(url);
  await expect(other.details().getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
  await expect(other.details()).toContainText('if you crack this nut');
  const { corpus, view } = stateOf(page);
  expect(stateOf(other.page).corpus).toEqual(corpus);
  expect(stateOf(other.page).view).toMatchObject({ selectedId: view.selectedId, view: view.view });
  await fresh.close();
});

test('a link keeps its view tab and selection', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.node('Actor', 'Jonathan Shaw').click();
  const state = stateOf(page);
  const shared = {
    ...state,
    view: { ...state.view, view: 'matrix' as const, viewport: { x: 12, y: -40, zoom: 0.8 } },
  };
  const fresh = await page.context().browser()?.newContext();
  if (!fresh) throw new Error('no browser');
  const other = await fresh.newPage();
  await other.goto(linkTo(shared));
  await expect(
    other.getByRole('complementary', { name: 'Details' }).getByRole('heading', {
      name: 'Jonathan Shaw',
    }),
  ).toBeVisible();
  // The app read the tab into its state: the address it writes back still says "matrix".
  await expect.poll(() => stateOf(other).view.view).toBe('matrix');
  expect(stateOf(other).view.selectedId).toBe('actor:jonathan-shaw');
  await fresh.close();
});

test('Back and Forward walk through selections', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.node('Actor', 'Jonathan Shaw').click();
  await expect(app.details().getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
  await app.node('Actor', 'Amber Rudd').click();
  await expect(app.details().getByRole('heading', { name: 'Amber Rudd' })).toBeVisible();

  await page.goBack();
  await expect(app.details().getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
  await page.goBack();
  await expect(app.details()).toContainText('Select a node');
  await page.goForward();
  await expect(app.details().getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
  await page.goForward();
  await expect(app.details().getByRole('heading', { name: 'Amber Rudd' })).toBeVisible();
});

test('Copy link copies the address and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new AppPage(page);
  await app.open();
  await app.node('Actor', 'Jonathan Shaw').click();
  await expect(page).toHaveURL(/#v1\./);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
});

for (const [what, hash, message] of [
  ['a damaged link', '#v1.this-is-not-a-map', /could not be opened/],
  ['a truncated link', COMMITTED_SHAW_LINK.slice(1, 60), /could not be opened/],
  ['a link of a future version', '#v7.AAAA', /newer version/],
  ['a foreign fragment', '#section-3', /not a Debate map link/],
] as const) {
  test(`${what} says what happened over the default map`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open(hash);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('Showing the sample map instead');
    await expect(app.node('Actor', 'Jonathan Shaw')).toBeVisible();
    // The address now holds the map on screen, so copying it shares something that works.
    await expect(page).toHaveURL(/#v1\./);
  });
}
