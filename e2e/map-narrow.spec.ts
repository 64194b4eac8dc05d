import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';

test.use({ viewport: { width: 390, height: 844 } });

test('at 390 px the details pane is a bottom sheet and nothing scrolls sideways', async ({
  page,
}) => {
  test.slow(); // axe-core takes seconds on a busy machine
  const app = new AppPage(page);
  await app.open();
  const sideways = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await sideways()).toBe(0);

  // Rudd may start off screen on a phone: select her from the keyboard, which works anywhere.
  await app.select('Actor', 'Amber Rudd');
  const sheet = app.details();
  await expect(sheet.getByRole('heading', { name: 'Amber Rudd' })).toBeVisible();
  const box = await sheet.boundingBox();
  expect(box?.width).toBeGreaterThan(380);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(800);
  expect(box?.y).toBeGreaterThan(400);
  // The selected node is brought out from under the sheet.
  await expect
    .poll(async () => {
      const node = await app.node('Actor', 'Amber Rudd').boundingBox();
      return (node?.y ?? 0) + (node?.height ?? 0) <= (box?.y ?? 0) && (node?.y ?? 0) > 0;
    })
    .toBe(true);
  expect(await sideways()).toBe(0);

  await sheet.getByRole('button', { name: 'Close details' }).click();
  await expect(sheet.getByRole('heading', { name: 'Amber Rudd' })).toHaveCount(0);

  for (const view of ['Matrix', 'Reader'] as const) {
    await app.tab(view).click();
    await expect(page.getByRole('tabpanel', { name: view })).toBeVisible();
    expect(await sideways()).toBe(0);
  }
  await app.tab('Map').click();

  await page.getByRole('button', { name: 'Sources and filters' }).click();
  await expect(app.filters().getByRole('checkbox', { name: 'Amber Rudd' })).toBeVisible();
  expect(await sideways()).toBe(0);
  await app.expectNoSeriousViolations();
});
