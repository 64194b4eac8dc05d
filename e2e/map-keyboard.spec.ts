import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';

test('Tab reaches the nodes, Enter selects, arrow keys move to connected nodes', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.search().focus();
  let name = '';
  for (let i = 0; i < 40 && !/^(Issue|Actor|Position|Claim): /.test(name); i++) {
    await page.keyboard.press('Tab');
    name = await app.focusedName();
  }
  expect(name).toMatch(/^(Issue|Actor|Position|Claim): /);

  // The first Tab stop skips past the toolbar and filters to the map.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to the map' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => app.focusedName()).toMatch(/^(Issue|Actor|Position|Claim): /);

  // From an actor, down leads to what they said; up leads back to the issue.
  await app.node('Actor', 'Jonathan Shaw').focus();
  await page.keyboard.press('ArrowDown');
  const below = await app.focusedName();
  expect(below).toMatch(/^(Position|Claim): /);
  await page.keyboard.press('Enter');
  await expect(
    app.details().getByRole('button', { name: 'Jonathan Shaw', exact: true }),
  ).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => app.focusedName()).not.toBe(below);
  expect(await app.focusedName()).toMatch(/^(Actor: Jonathan Shaw|Position: Jonathan Shaw.*)$/);
});

test('an outline of the graph as a list, for screen readers', async ({ page }) => {
  test.slow(); // axe-core takes seconds on a busy machine
  const app = new AppPage(page);
  await app.open();
  await app.filters().getByText('Outline of the map').click();
  const outline = page.getByRole('list', { name: 'Graph outline' });
  await expect(outline).toBeVisible();
  for (const speaker of ['Amber Rudd', 'Jeremy Corbyn', 'Jonathan Shaw', 'Salil Shetty'])
    await expect(
      outline.getByRole('button', { name: new RegExp(`^(Actor|Position): ${speaker}`) }).first(),
    ).toBeVisible();
  await expect(outline.getByRole('button', { name: /^Issue: / }).first()).toBeVisible();
  await outline.getByRole('button', { name: /^Claim: .*crack this nut/ }).click();
  await expect(app.details()).toContainText('if you crack this nut');
  await app.expectNoSeriousViolations();
});
