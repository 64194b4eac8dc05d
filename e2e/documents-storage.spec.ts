import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';
import { DocumentsPane } from './fixtures/documents-page';
import { article, stateOf } from './fixtures/share-links';

test('a full storage quota is reported, and the map stays', async ({ page }) => {
  // The browser's storage refuses every write, as it does when the site's quota is used up.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const app = new AppPage(page);
  await app.open();
  await new DocumentsPane(page).paste(article(), 'Bridge vote');
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('storage for the site is full');
  await expect(page.getByRole('alert')).toContainText('Download map file');
});

test('a damaged link leaves the saved documents in place and says so', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.open();
  await new DocumentsPane(page).paste(article(), 'Bridge vote');
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();
  // Edited in the address bar of the open tab: the map stays.
  await page.goto('/#v1.q1YqSs3J-damaged');
  await expect(page.getByRole('alert')).toContainText('could not be opened');
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();
  // Opened in a new tab of the same browser: the saved documents, not the sample.
  const tab = new AppPage(await context.newPage());
  await tab.page.goto('/#v1.q1YqSs3J-damaged');
  await expect(tab.page.getByRole('alert')).toContainText('Showing your saved documents instead');
  await expect(tab.node('Actor', 'Maria Lopez')).toBeVisible();
  await page.goto('/');
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();
});

test('documents too large for a link stay in this browser and travel as a map file', async ({
  page,
  browser,
}) => {
  // Three extractions of 1.5 MB (drop, reload, map file), each in the worker, the page staying
  // responsive: well under a second apiece in Node now that the engine scans linearly; the
  // margin is for the other Playwright worker sharing the two cores.
  test.setTimeout(90_000);
  const mapped = { timeout: 20_000 };
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  // One long article of about 1.5 MB: more than a link should carry.
  await docs.dropRepeated(
    'archive.txt',
    'The council met again on Tuesday evening and talked about the harbour and the ferry.\n\n',
    1_500_000,
    `${article()}\n\n`,
  );
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible(mapped);
  const notice = page.getByRole('region', { name: 'Sharing' });
  await expect(notice).toContainText('too large to travel in a link');
  expect(stateOf(page).corpus.kind).toBe('local');
  expect(page.url().length).toBeLessThan(1000);

  // The short link still works here, where the documents are saved…
  await page.reload();
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible(mapped);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // …elsewhere it says what to ask for, and the map file carries everything.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download map file' }).click(),
  ]);
  const fresh = await browser.newContext();
  const other = new AppPage(await fresh.newPage());
  await other.open(new URL(page.url()).hash);
  await expect(other.page.getByRole('alert')).toContainText('Ask the sender for the map file');
  await new DocumentsPane(other.page).pick([
    {
      name: 'archive-map.json',
      mimeType: 'application/json',
      buffer: await readFile(await download.path()),
    },
  ]);
  await expect(other.node('Actor', 'Maria Lopez')).toBeVisible(mapped);
  await fresh.close();
});
