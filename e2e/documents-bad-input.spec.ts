import { expect, test } from '@playwright/test';
import { AppPage } from './fixtures/app-page';
import { DocumentsPane, textFile } from './fixtures/documents-page';

// Every bad input gets a sensible map or a message naming it; never a crash or a blank screen.
let pageErrors: Error[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
});
test.afterEach(async ({ page }) => {
  expect(pageErrors).toEqual([]);
  await expect(page.getByRole('heading', { name: 'Debate map', level: 1 })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Map' })).toBeVisible();
});

test('empty and whitespace-only text is refused with a message', async ({ page }) => {
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  for (const text of ['', '   \n\n\t  ']) {
    await docs.paste(text);
    await expect(docs.dialog().getByRole('alert')).toContainText('the document is empty');
    await docs.dialog().getByRole('button', { name: 'Cancel' }).click();
  }
  await expect(app.node('Actor', 'Jonathan Shaw')).toBeVisible();
});

test('binary and non-UTF-8 files are named and refused; the good file still maps', async ({
  page,
}) => {
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  await docs.pick([
    { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0, 0, 1, 2]) },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9]) },
    textFile('slides.pdf', '%PDF-1.4', 'application/pdf'),
    textFile(
      'good.txt',
      'Harbour plan\n\nTom Berg said: "The ferry stays on its route all winter long."',
    ),
  ]);
  await expect(app.node('Actor', 'Tom Berg')).toBeVisible();
  const alerts = page.getByRole('alert');
  await expect(
    alerts.filter({ hasText: '“photo.txt” was not added: it is a binary file' }),
  ).toBeVisible();
  await expect(
    alerts.filter({ hasText: '“latin1.txt” was not added: it is not UTF-8' }),
  ).toBeVisible();
  await expect(alerts.filter({ hasText: '“slides.pdf” was not added' })).toBeVisible();
});

test('HTML is reduced to text: scripts and event handlers never run', async ({ page }) => {
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  const html = `<!doctype html><html><head><title>Bridge</title>
    <script>window.__pwned = 'script'</script><style>body { display: none }</style></head>
    <body onload="window.__pwned = 'onload'"><h1>Bridge vote</h1>
    <img src="x" onerror="window.__pwned = 'onerror'">
    <p onclick="window.__pwned = 'click'">Nadia Rahman said: "The bridge will be <b>finished</b> before the winter storms."</p>
    <iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>
    <noscript>Enable scripts</noscript></body></html>`;
  await docs.pick([textFile('story.html', html, 'text/html')]);
  await expect(app.node('Actor', 'Nadia Rahman')).toBeVisible();
  await app.node('Actor', 'Nadia Rahman').click();
  await expect(app.details()).toContainText('finished before the winter storms');
  await expect(app.details()).not.toContainText('<b>');
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], iframe[srcdoc]')).toHaveCount(0);
});

test('right-to-left, non-English and emoji text maps or says why', async ({ page }) => {
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  await docs.paste(
    'قال الوزير أحمد: "سنبني الجسر قبل الشتاء القادم"\n\nשר התחבורה אמר: "הגשר ייבנה"',
    'RTL',
  );
  await docs.expectListed('RTL');
  await docs.paste(
    'Brückenstreit\n\nJürgen Müller sagte: „Wir bauen die Brücke noch in diesem Sommer über den Fluss.“',
    'Deutsch',
  );
  await docs.expectListed('Deutsch');
  await docs.paste(
    'Bridge party 🎉\n\nMaria Lopez said: "We will build the bridge 🌉 over the river next summer 🎉."',
    'Emoji',
  );
  await expect(app.node('Actor', 'Maria Lopez')).toBeVisible();
  await app.node('Actor', 'Maria Lopez').click();
  await expect(app.details()).toContainText('bridge 🌉 over the river');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('text without quotes, with unbalanced or straight-only quotes still maps', async ({
  page,
}) => {
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  await docs.paste(
    'Market day\n\nThe weather was mild. Shops opened late and the harbour was calm.',
    'No quotes',
  );
  await expect(docs.list().getByText('No quotes found in this document')).toBeVisible();
  await docs.paste(
    'Ferry row\n\nTom Berg said: "The ferry stays on its route all winter long."\n\nA reader wrote: "it never ends\n\nThen "another "stray quote.',
    'Straight quotes',
  );
  await expect(app.node('Actor', 'Tom Berg')).toBeVisible();
  await docs.paste(
    'Unclosed\n\nAnna Kowalski said: “The vote was fair and everyone knew it',
    'Unbalanced',
  );
  await docs.expectListed('Unbalanced');
  await expect(app.node('Actor', 'Tom Berg')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a 20 MB file shows progress, keeps the page responsive and can be cancelled', async ({
  page,
}) => {
  const app = new AppPage(page);
  const docs = new DocumentsPane(page);
  await app.open();
  const paragraph =
    'City hall\n\nMaria Lopez said: "We will build the bridge over the river next summer." The council met on Tuesday and residents asked about traffic, costs and delays.\n\n';
  await docs.dropRepeated('huge.txt', paragraph, 20 * 1024 * 1024);
  const progress = page.getByRole('progressbar', { name: 'Reading documents' });
  await expect(progress).toBeVisible();
  // The page answers while the worker reads: a dialog opens and closes at once.
  await page.getByRole('button', { name: 'Add documents' }).click();
  await expect(docs.dialog().getByLabel('Document text')).toBeVisible({ timeout: 1000 });
  await docs.dialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(docs.dialog()).toBeHidden({ timeout: 1000 });
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'cancelled' })).toBeVisible();
  await expect(app.node('Actor', 'Jonathan Shaw')).toBeVisible();
});
