import { expect, type Page, test } from '@playwright/test';
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
  // (opened as the app is everywhere: the map drawn first, however busy the machine)
  await other.open(new URL(url).hash);
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

type Viewport = { x: number; y: number; zoom: number };

/** The map's pan and zoom as React Flow applies them on screen. */
async function shownViewport(page: Page): Promise<Viewport> {
  return page.locator('.react-flow__viewport').evaluate((el) => {
    const m = new DOMMatrix(getComputedStyle(el).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
}

/** Equal up to the rounding a link applies (0.1 px, four decimals of zoom). */
const near = (a: Viewport | null, b: Viewport) =>
  !!a &&
  Math.abs(a.x - b.x) < 0.5 &&
  Math.abs(a.y - b.y) < 0.5 &&
  Math.abs(a.zoom - b.zoom) < 0.001;

/** Whether the address has caught up with the view on screen (it is written after a pause). */
async function addressHoldsShownView(page: Page) {
  return near(stateOf(page).view.viewport, await shownViewport(page));
}

test('Back returns to the pan and zoom of the view it goes back to', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const box = await app.map().boundingBox();
  if (!box) throw new Error('no map');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  // the zoom reaches the address (it rewrites the current entry)
  await expect.poll(() => addressHoldsShownView(page)).toBe(true);
  const before = await shownViewport(page);
  await app.node('Actor', 'Jonathan Shaw').click();
  await expect(app.details().getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -600);
  await expect.poll(async () => (await shownViewport(page)).zoom).not.toBe(before.zoom);
  // the new zoom reaches the address too, in the entry of the selection
  await expect.poll(() => addressHoldsShownView(page)).toBe(true);

  await page.goBack();
  await expect(app.details()).toContainText('Select a node');
  await expect.poll(async () => near(await shownViewport(page), before)).toBe(true);
});

test('Back keeps the pan it returns to, with the selected node out of view', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.node('Actor', 'Jonathan Shaw').click();
  await expect(app.details().getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
  // drag the map far to the left: Shaw leaves the view, and the pan reaches the address
  const box = await app.map().boundingBox();
  if (!box) throw new Error('no map');
  await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 30, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(app.node('Actor', 'Jonathan Shaw')).not.toBeInViewport();
  await expect.poll(() => addressHoldsShownView(page)).toBe(true);
  const panned = await shownViewport(page);

  for (const pick of ['on the map, where it is in view', 'from the search'] as const) {
    await test.step(`another node picked ${pick}, then Back`, async () => {
      if (pick === 'from the search') {
        // the map then brings it into view: Back must undo that pan too
        await app.search().click();
        await page.keyboard.type('Amber Rudd');
        await page.getByRole('option', { name: /Actor\s+Amber Rudd/ }).click();
        await expect(app.details().getByRole('heading', { name: 'Amber Rudd' })).toBeVisible();
        await expect(app.node('Actor', 'Amber Rudd')).toBeInViewport();
      } else {
        await expect(app.node('Actor', 'Salil Shetty')).toBeInViewport();
        await app.node('Actor', 'Salil Shetty').click();
        await expect(app.details().getByRole('heading', { name: 'Salil Shetty' })).toBeVisible();
      }
      await expect.poll(() => addressHoldsShownView(page)).toBe(true);
      await page.goBack();
      await expect(app.details().getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
      await expect.poll(async () => near(await shownViewport(page), panned)).toBe(true);
      // and it stays there: nothing frames the map or brings Shaw into view a moment later
      await page.waitForTimeout(500);
      expect(near(await shownViewport(page), panned)).toBe(true);
    });
  }
});

test('a link with a selection and no viewport brings the selected node into view', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.node('Actor', 'Jonathan Shaw').click();
  await expect(page).toHaveURL(/#v1\./);
  // the node lying furthest right, beyond the first frame of the map
  const placed = await page
    .locator('.react-flow__node')
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ id: n.getAttribute('data-id') ?? '', x: n.getBoundingClientRect().x })),
    );
  const far = placed.sort((a, b) => b.x - a.x)[0]?.id ?? '';
  const state = stateOf(page);
  const other = await page.context().newPage();
  await other.goto(linkTo({ ...state, view: { ...state.view, selectedId: far, viewport: null } }));
  await expect(other.locator(`.react-flow__node[data-id="${far}"]`)).toBeInViewport();
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
