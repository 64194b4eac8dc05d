import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';
import { DocumentsPane } from './fixtures/documents-page';
import { expectNoOverlaps } from './fixtures/geometry';

test.describe('the map', () => {
  test('shows every node kind, each focusable and named "<Kind>: <label>"', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.node('Actor', 'Amber Rudd')).toBeVisible();
    await expect(app.node('Issue', /./).first()).toBeVisible();
    await expect(app.node('Claim', /./).first()).toBeVisible();
    const names = await app
      .map()
      .locator('.react-flow__node')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('aria-label'), el.tabIndex]));
    expect(names.length).toBeGreaterThan(5);
    for (const [name, tabIndex] of names) {
      expect(name).toMatch(/^(Issue|Actor|Position|Claim): \S/);
      expect(tabIndex).toBe(0);
    }
  });

  test('gives each kind its own shape and colour', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const look = (kind: 'Actor' | 'Issue' | 'Claim') =>
      app
        .node(kind, /./)
        .first()
        .locator('.debate-node')
        .evaluate((el) => {
          const s = getComputedStyle(el);
          return `${s.borderTopLeftRadius}|${s.backgroundColor}`;
        });
    const looks = new Set([await look('Actor'), await look('Issue'), await look('Claim')]);
    expect(looks.size).toBe(3);
  });

  test('lays out without overlapping nodes', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expectNoOverlaps(app.map().locator('.react-flow__node'));
  });

  test('has a minimap, zoom controls and fit view', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(page.getByRole('img', { name: 'Minimap' })).toBeVisible();
    const transform = () =>
      page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
    const before = await transform();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(transform).not.toBe(before);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Fit view' }).click();
    await expect(app.node('Actor', 'Salil Shetty')).toBeInViewport();
    await expect(app.node('Actor', 'Amber Rudd')).toBeInViewport();
  });

  test('has no serious or critical axe-core violation, before and after selecting', async ({
    page,
  }) => {
    test.slow(); // axe-core takes seconds on a busy machine
    const app = new AppPage(page);
    await app.open();
    await app.expectNoSeriousViolations();
    await app.node('Actor', 'Amber Rudd').click();
    await expect(app.details().getByRole('heading', { name: 'Amber Rudd' })).toBeVisible();
    await app.expectNoSeriousViolations();
  });

  test('follows the system theme: dark when the system is dark', async ({ page }) => {
    test.slow(); // axe-core takes seconds on a busy machine
    const app = new AppPage(page);
    const background = () =>
      page
        .locator('.app-shell')
        .evaluate((el) => getComputedStyle(el.parentElement as Element).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await app.open();
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
    await app.expectNoSeriousViolations();
    // Highlights and stance cells keep their contrast in the dark too.
    await app.tab('Reader').click();
    await expect(page.locator('mark.quote-mark').first()).toBeVisible();
    await app.expectNoSeriousViolations();
    await app.tab('Matrix').click();
    await expect(page.getByRole('table')).toBeVisible();
    await app.expectNoSeriousViolations();
  });
});

test('a long actor name is shown whole, on two lines of its node', async ({ page }) => {
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  await docs.paste(
    'Court ruling\n\nThe European Court of Justice said that the ferry must keep sailing.\n\n' +
      '“The ferry stays,” the European Court of Justice said in its ruling on Monday.',
    'Ferry ruling',
  );
  const label = app.node('Actor', 'European Court of Justice').locator('.debate-node-label');
  await expect(label).toHaveText('European Court of Justice');
  // inside its node's box, neither cut at the side nor clamped at the bottom
  const fits = await label.evaluate((el) => {
    const node = el.closest('.debate-node') as HTMLElement;
    const box = node.getBoundingClientRect();
    const text = el.getBoundingClientRect();
    return (
      text.left >= box.left &&
      text.right <= box.right &&
      text.bottom <= box.bottom &&
      el.scrollWidth <= el.clientWidth + 1 &&
      el.scrollHeight <= el.clientHeight + 1
    );
  });
  expect(fits).toBe(true);
});
