// `npm run screenshot [-- HASH]`: builds nothing; serves dist/ and saves the map at 1400x900 and
// 390x844 to docs/, so a person can look at what the app shows.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const hash = process.argv[2] ?? '';
const port = Number(process.env.SCREENSHOT_PORT) || 4179;
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
try {
  // Wait for the preview server to answer, however busy the machine is.
  for (let tries = 0; ; tries++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
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
