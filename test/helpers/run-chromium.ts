import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it } from 'vitest';

/** Browsers tried in order: Debian's chromium, then what PATH has. */
const BROWSERS = ['/usr/bin/chromium', 'chromium', 'chromium-browser'];

/** The headless Chromium that starts, or undefined when none is installed. */
export function findChromium(): string | undefined {
  return BROWSERS.find(
    (browser) =>
      spawnSync(browser, ['--version'], { stdio: 'ignore', timeout: 20_000 }).status === 0,
  );
}

const chromium = findChromium();

/**
 * A test that loads topicfeed's pages in headless Chromium. Skipped when Chromium is not installed
 * (test/setup/chromium.ts says so in one line, and turns the absence into a failure when
 * TOPICFEED_REQUIRE_CHROMIUM=1, as in CI).
 */
export const itWithChromium = it.skipIf(chromium === undefined);

export interface ChromiumVisit {
  /** The DOM after loading (`--dump-dom`). */
  dom: string;
  /** What the page logged to its console: Content-Security-Policy violations among them. */
  console: string[];
}

/** Loads one URL in a fresh headless profile, no network but the URL's; only inside `itWithChromium`. */
export function visitWithChromium(url: string, windowSize = '390,844'): Promise<ChromiumVisit> {
  if (chromium === undefined) throw new Error('chromium is not installed');
  const profile = mkdtempSync(path.join(tmpdir(), 'topicfeed-chromium-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--user-data-dir=${profile}`,
    `--window-size=${windowSize}`,
    '--enable-logging=stderr',
    '--v=0',
    '--dump-dom',
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(chromium, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', () => {
      rmSync(profile, { recursive: true, force: true });
      const lines = Buffer.concat(err).toString('utf8').split('\n');
      resolve({
        dom: Buffer.concat(out).toString('utf8'),
        console: lines.filter((line) => line.includes(':CONSOLE')),
      });
    });
  });
}
