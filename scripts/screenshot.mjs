// `npm run screenshot [-- HASH]`: builds nothing; serves dist/ and saves the map at 1400x900 and
// 390x844 to docs/, so a person can look at what the app shows.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const hash = process.argv[2] ?? '';
const port = Number(process.env.SCREENSHOT_PORT) || 4179;
// Vite itself, not through npx: `server.kill()` then stops the server rather than leaving it
// holding the port. A port already taken (strictPort) is an error, never someone else's server.
const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--port',
    String(port),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
try {
  // Ready when vite says where it serves, however busy the machine is; if it exits first (the
  // port is taken), stop rather than photograph whatever else answers on that port.
  await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes(`127.0.0.1:${port}`)) resolve(undefined);
    });
    server.on('exit', (code) => reject(new Error(`vite preview exited (${code}) on port ${port}`)));
    setTimeout(() => reject(new Error('vite preview did not start within 60 s')), 60_000).unref();
  });
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync('docs', { recursive: true });
  for (const [width, height, name] of [
    [1400, 900, 'map-1400'],
    [390, 844, 'map-390'],
  ]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`http://127.0.0.1:${port}/${hash}`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/${name}.png` });
    console.log(`docs/${name}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
