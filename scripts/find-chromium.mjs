// Finds a Chromium for the end-to-end tests: system Chromium, else Playwright's own browser,
// else (as root with apt) installs Debian's chromium; otherwise says exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function playwrightsOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function systemChromium() {
  return SYSTEM_PATHS.find((p) => existsSync(p)) ?? null;
}

function canApt() {
  try {
    execFileSync('which', ['apt-get'], { stdio: 'ignore' });
    return typeof process.getuid === 'function' && process.getuid() === 0;
  } catch {
    return false;
  }
}

/** @returns {Promise<string>} the path of a Chromium executable */
export async function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = systemChromium() ?? (await playwrightsOwn());
  if (found) return found;
  if (install && canApt()) {
    console.error('e2e: no Chromium found; installing Debian chromium with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = systemChromium();
    if (installed) return installed;
  }
  throw new Error(
    'no Chromium for the end-to-end tests: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH), then `npm test` again',
  );
}
