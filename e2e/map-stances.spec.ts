import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';
import { encryptionDebate } from './fixtures/debate-graph';
import { expectNoOverlaps } from './fixtures/geometry';

// A map with positions, stances and relations (the first engine makes none yet).
test.beforeEach(async ({ page }) => {
  await new AppPage(page).openWithGraph(encryptionDebate());
});

const box = async (l: import('@playwright/test').Locator) => {
  const b = await l.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
};

test('stance shows by colour, icon and border pattern; for left, mixed between, against right', async ({
  page,
}) => {
  const app = new AppPage(page);
  const rudd = app.node('Position', 'Amber Rudd, for');
  const corbyn = app.node('Position', 'Jeremy Corbyn, mixed');
  const shaw = app.node('Position', 'Jonathan Shaw, against');
  await expect(rudd).toContainText('✔');
  await expect(shaw).toContainText('✘');
  await expect(corbyn).toContainText('◐');
  const look = (l: typeof rudd) =>
    l.locator('.debate-node').evaluate((el) => {
      const s = getComputedStyle(el);
      return { colour: s.borderTopColor, pattern: s.borderTopStyle };
    });
  const [forLook, againstLook] = [await look(rudd), await look(shaw)];
  expect(forLook.colour).not.toBe(againstLook.colour);
  expect(forLook.pattern).not.toBe(againstLook.pattern);

  const x = async (l: typeof rudd) => (await box(l)).x;
  expect(await x(rudd)).toBeLessThan(await x(corbyn));
  expect(await x(corbyn)).toBeLessThan(await x(shaw));
  expect(await x(corbyn)).toBeLessThan(await x(app.node('Position', 'Tim Cook, against')));
  // Each actor stands above their position.
  const actor = await box(app.node('Actor', 'Amber Rudd'));
  expect(Math.abs(actor.x - (await box(rudd)).x)).toBeLessThan(2);
  expect(actor.y).toBeLessThan((await box(rudd)).y);
});

test('relations are drawn with readable labels; no node or label overlaps another', async ({
  page,
}) => {
  test.slow(); // axe-core takes seconds on a busy machine
  const app = new AppPage(page);
  await expect(page.locator('.relation-label', { hasText: 'opposes' })).toHaveCount(2);
  await expect(page.locator('.relation-label', { hasText: 'responds to' })).toBeVisible();
  const count = await expectNoOverlaps(page.locator('.react-flow__node, .relation-label'));
  expect(count).toBeGreaterThan(10);
  await app.expectNoSeriousViolations();
});

test("an actor's details give their stance on each issue and their relations", async ({ page }) => {
  const app = new AppPage(page);
  await app.node('Actor', 'Amber Rudd').click();
  const details = app.details();
  await expect(details).toContainText('UK home secretary');
  await expect(details).toContainText('Also called');
  await details.getByRole('button', { name: /^for: Amber Rudd’s position on / }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Amber Rudd, for');
  await expect(details.getByRole('button', { name: 'Amber Rudd' })).toBeVisible();
  await expect(details).toContainText('encrypted WhatsApp');
  await expect(app.node('Position', 'Amber Rudd, for').locator('.debate-node')).toHaveClass(
    /is-selected/,
  );
  await expect(app.node('Actor', 'Jonathan Shaw').locator('.debate-node')).toHaveClass(/is-dimmed/);
});

test('the Matrix shows each stance with its quote count and selects the position', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.tab('Matrix').click();
  const cell = page.getByRole('button', {
    name: 'Jonathan Shaw on Government access to encrypted messages: against, 2 quotes',
  });
  await expect(cell).toContainText('✘ against');
  await cell.click();
  await expect(app.details().getByRole('heading', { level: 2 })).toHaveText(
    'Jonathan Shaw, against',
  );
  await app.tab('Map').click();
  await expect(app.node('Position', 'Jonathan Shaw, against').locator('.debate-node')).toHaveClass(
    /is-selected/,
  );
});

test('arrow keys walk from a position down to its claim, up to the actor, along the row', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.node('Position', 'Jonathan Shaw, against').focus();
  await page.keyboard.press('ArrowDown');
  expect(await app.focusedName()).toMatch(/^Claim: /);
  await page.keyboard.press('ArrowUp');
  expect(await app.focusedName()).toBe('Position: Jonathan Shaw, against');
  await page.keyboard.press('ArrowUp');
  expect(await app.focusedName()).toBe('Actor: Jonathan Shaw');
  // Left and right follow a relation when there is one, else walk along the row of speakers.
  await page.keyboard.press('ArrowRight');
  expect(await app.focusedName()).toBe('Actor: Tim Cook');
  await page.keyboard.press('ArrowLeft');
  expect(await app.focusedName()).toBe('Actor: Amber Rudd');
  await page.keyboard.press('ArrowLeft');
  expect(await app.focusedName()).toBe('Actor: Amber Rudd');
});
