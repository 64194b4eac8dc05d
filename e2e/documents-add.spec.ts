import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';
import { DocumentsPane, textFile } from './fixtures/documents-page';
import { article, stateOf } from './fixtures/share-links';

const LOPEZ = article();
const BERG = 'Harbour plan\n\nTom Berg said: "The ferry stays." Berg is the harbour master.';

test('a pasted article maps its speaker, survives a reload and opens from its link', async ({
  page,
  browser,
}) => {
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  await docs.paste(LOPEZ, 'Bridge vote');
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();
  await docs.expectListed('Bridge vote');
  // The sample made way for the user's own document.
  await expect(app.node('Actor', 'Jonathan Shaw')).toHaveCount(0);
  await app.node('Actor', 'Maria Lopez').click();
  await expect(app.details().getByRole('heading', { name: 'Maria Lopez' })).toBeVisible();
  await expect(app.details()).toContainText('We will build the bridge over the river next summer.');
  const link = page.url();
  expect(stateOf(page).corpus.kind).toBe('documents');

  await page.reload();
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();
  await expect(app.details().getByRole('heading', { name: 'Maria Lopez' })).toBeVisible();

  // Saved in the browser, not only in the address.
  await page.goto('/');
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();
  await docs.expectListed('Bridge vote');

  const fresh = await browser.newContext();
  const other = new AppPage(await fresh.newPage());
  await other.page.goto(link);
  await expect(other.node('Actor', 'Maria Lopez')).toBeVisible();
  await expect(other.details().getByRole('heading', { name: 'Maria Lopez' })).toBeVisible();
  await fresh.close();
});

test('a link never silently replaces the documents a user has saved', async ({ page, browser }) => {
  // Someone else's link, to the sample map.
  const sender = await browser.newContext();
  const senderPage = await sender.newPage();
  const senderApp = new AppPage(senderPage);
  await senderApp.open();
  await senderApp.node('Actor', 'Jonathan Shaw').click();
  await expect(senderPage).toHaveURL(/#v1\./);
  const link = senderPage.url();
  await sender.close();

  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  await docs.paste(LOPEZ, 'Bridge vote');
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();

  await page.goto(link);
  await expect(app.details().getByRole('heading', { name: 'Jonathan Shaw' })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Shared map' });
  await expect(notice).toContainText('Your own document is saved');

  // Reloading without the link still finds the user's own work.
  await page.goto('/');
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();

  await page.goto(link);
  await notice.getByRole('button', { name: 'Back to my documents' }).click();
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();
  await expect(notice).toHaveCount(0);

  // Keeping the shared map is a choice the user makes, and then it is their workspace.
  await page.goto(link);
  await notice.getByRole('button', { name: 'Keep this map instead of mine' }).click();
  await expect(notice).toHaveCount(0);
  await page.goto('/');
  await expect(app.node('Actor', 'Jonathan Shaw')).toBeVisible();
  await expect(app.node('Actor', 'Maria Lopez')).toHaveCount(0);
});

test('the documents pane, the dialog and the notices pass axe-core', async ({ page }) => {
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open('#v1.damaged');
  await expect(page.getByRole('alert')).toBeVisible();
  const serious = async () =>
    (
      await new AxeBuilder({ page })
        .include('nav')
        .include('.notices')
        .include('.share-controls')
        .include('dialog')
        .analyze()
    ).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await serious()).toEqual([]);
  await page.getByRole('button', { name: 'Add documents' }).click();
  await expect(docs.dialog()).toBeVisible();
  expect(await serious()).toEqual([]);
});

test('files are added by picker and by drop; a bad one is named and the others still map', async ({
  page,
}) => {
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  await docs.pick([
    textFile('lopez.txt', LOPEZ),
    textFile('harbour.md', `# ${BERG}`, 'text/markdown'),
    textFile('empty.txt', '  \n\n '),
  ]);
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();
  await expect(app.node('Actor', 'Tom Berg')).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: '“empty.txt” was not added' }),
  ).toBeVisible();

  await docs.drop([
    textFile('council.txt', 'Council vote\n\nAnna Kowalski told reporters: "The vote was fair."'),
  ]);
  await expect(app.node('Actor', 'Anna Kowalski')).toBeVisible();
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();
  await docs.expectListed('Council vote');
});

test('documents can be renamed, hidden, removed, and the sample restored', async ({ page }) => {
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  await docs.pick([textFile('lopez.txt', LOPEZ), textFile('berg.txt', BERG)]);
  await expect(app.node('Actor', 'Tom Berg')).toBeVisible();

  await docs.pane().getByRole('button', { name: 'Rename Springfield bridge vote' }).click();
  await docs.pane().getByLabel('New name for Springfield bridge vote').fill('Bridge story');
  await docs.pane().getByRole('button', { name: 'Save' }).click();
  await docs.expectListed('Bridge story');

  const hide = docs.pane().getByRole('button', { name: 'Hide Bridge story' });
  await hide.click();
  await expect(docs.pane().getByRole('button', { name: 'Show Bridge story' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(stateOf(page).view.filters.hiddenDocuments.length).toBeGreaterThan(0);
  await docs.pane().getByRole('button', { name: 'Show Bridge story' }).click();

  await docs.pane().getByRole('button', { name: 'Remove Harbour plan' }).click();
  await expect(app.node('Actor', 'Tom Berg')).toHaveCount(0);
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();

  await page.reload();
  await docs.expectListed('Bridge story');

  await docs.pane().getByRole('button', { name: 'Reset to sample' }).click();
  await expect(app.node('Actor', 'Jonathan Shaw')).toBeVisible();
  await expect(app.node('Actor', 'Maria Lopez')).toHaveCount(0);
});
