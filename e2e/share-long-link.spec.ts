import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEFAULT_VIEW } from '../src/share/share-state';
import { AppPage } from './fixtures/app-page';
import { DocumentsPane } from './fixtures/documents-page';
import { article, linkTo, stateOf } from './fixtures/share-links';

test('a long link opens, warns about chat tools, and its map file restores the same view', async ({
  page,
  browser,
}) => {
  const link = linkTo({
    corpus: {
      kind: 'documents',
      documents: [{ source: 'bridge.txt', title: 'Bridge vote', text: article(600) }],
    },
    view: { ...DEFAULT_VIEW, selectedId: 'actor:maria-lopez' },
  });
  expect(link.length).toBeGreaterThan(16_000);

  const app = new AppPage(page);
  await app.open(link.slice(1));
  await expect(app.details().getByRole('heading', { name: 'Maria Lopez' })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Sharing' });
  await expect(notice).toContainText('some chat tools');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download map file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const file = await download.path();
  expect(JSON.parse(await readFile(file, 'utf8')).format).toBe('debate-map-file');

  // A colleague without the link opens the file with the file picker…
  const fresh = await browser.newContext();
  const other = new AppPage(await fresh.newPage());
  await other.open();
  await new DocumentsPane(other.page).pick([
    {
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: await readFile(file),
    },
  ]);
  await expect(other.details().getByRole('heading', { name: 'Maria Lopez' })).toBeVisible();
  await expect(other.details()).toContainText('We will build the bridge');
  // The same documents, selection and tab (the viewport fits each window).
  const { corpus, view } = stateOf(page);
  await expect.poll(() => stateOf(other.page).corpus).toEqual(corpus);
  expect(stateOf(other.page).view).toMatchObject({ selectedId: view.selectedId, view: view.view });

  // …or by dropping it on the page.
  const third = new AppPage(await fresh.newPage());
  await third.open();
  await new DocumentsPane(third.page).drop([
    { name: 'map.json', mimeType: 'application/json', buffer: await readFile(file) },
  ]);
  await expect(third.details().getByRole('heading', { name: 'Maria Lopez' })).toBeVisible();
  await fresh.close();
});

test('a file that is not a map file is named in an alert', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await new DocumentsPane(page).pick([
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1}') },
  ]);
  await expect(page.getByRole('alert')).toContainText(
    '“notes.json” could not be opened as a map file',
  );
  await expect(app.node('Actor', 'Jonathan Shaw')).toBeVisible();
});
