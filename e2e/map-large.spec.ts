import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';
import { largeDebate } from './fixtures/debate-graph';

test('a 1 000-node map opens, renders only what is in view, and is searchable and walkable', async ({
  page,
}) => {
  test.slow(); // a large map on a busy machine
  const app = new AppPage(page);
  const started = Date.now();
  await app.openWithGraph(largeDebate());
  await expect(page.getByText('100 documents · 200 actors · 350 quotes')).toBeVisible();
  expect(Date.now() - started).toBeLessThan(20_000);
  const rendered = await app.mapNodes().count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(1000);

  // Search jumps to a node far from the first view.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Person 187');
  await page.keyboard.press('Enter');
  await expect(app.details().getByRole('heading', { name: 'Person 187' })).toBeVisible();
  await expect(app.node('Actor', 'Person 187')).toBeInViewport();

  // Arrow keys still move along links, bringing the next node into view.
  await app.node('Actor', 'Person 187').focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => app.focusedName()).toMatch(/^Position: Person 187, /);
});
