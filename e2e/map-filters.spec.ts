import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';

test('filters by actor, node kind and document; "Show everything" undoes them', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const filters = app.filters();

  await filters.getByRole('checkbox', { name: 'Jonathan Shaw' }).uncheck();
  await expect(app.node('Actor', 'Jonathan Shaw')).toHaveCount(0);
  await expect(app.node('Claim', /.*crack this nut/)).toHaveCount(0);
  await expect(app.node('Actor', 'Amber Rudd')).toBeVisible();

  await filters.getByRole('checkbox', { name: 'Claim' }).uncheck();
  await expect(app.node('Claim', /./)).toHaveCount(0);
  await expect(app.node('Actor', 'Amber Rudd')).toBeVisible();

  await filters.getByRole('button', { name: 'Show everything' }).click();
  await expect(app.node('Actor', 'Jonathan Shaw')).toBeVisible();
  await expect(app.node('Claim', /./).first()).toBeVisible();

  const documents = filters.getByRole('group', { name: 'Documents' });
  await documents.getByRole('checkbox', { name: /Amnesty International/ }).uncheck();
  await expect(app.node('Actor', 'Salil Shetty')).toHaveCount(0);
  await expect(app.node('Actor', 'Amber Rudd')).toBeVisible();
});

test('filters by stance and issue', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const filters = app.filters();
  await filters.getByRole('checkbox', { name: 'against' }).uncheck();
  await expect(app.node('Position', /.*, against$/)).toHaveCount(0);
  await expect(app.node('Actor', 'Amber Rudd')).toBeVisible();

  const issues = filters.getByRole('group', { name: 'Issues' });
  const first = issues.getByRole('checkbox').first();
  const issueName = (await first.locator('xpath=..').textContent())?.trim() ?? '';
  await first.uncheck();
  await expect(app.node('Issue', issueName.replace(/…$/, ''))).toHaveCount(0);
});

test('says so when the filters hide every node', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const kinds = app.filters().getByRole('group', { name: 'Node kinds' });
  for (const kind of ['Issue', 'Actor', 'Position', 'Claim'])
    await kinds.getByRole('checkbox', { name: kind }).uncheck();
  await expect(app.mapNodes()).toHaveCount(0);
  await expect(app.map().getByRole('status')).toContainText('filters hide every node');
});
