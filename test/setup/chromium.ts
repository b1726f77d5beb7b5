import { findChromium } from '../helpers/run-chromium.js';

/**
 * Vitest global setup: the tests that load the story and topic pages in headless Chromium run
 * only where it is installed. Say so in one line when it is not, and fail the run instead when
 * TOPICFEED_REQUIRE_CHROMIUM=1 (set by .ci/run, so CI always runs them).
 */
export default function setup(): void {
  if (findChromium() !== undefined) return;
  const hint = 'install it with: apt-get install chromium';
  if (process.env.TOPICFEED_REQUIRE_CHROMIUM === '1')
    throw new Error(`chromium is required (TOPICFEED_REQUIRE_CHROMIUM=1); ${hint}`);
  console.warn(`chromium not found: the tests that load the HTML pages in it are skipped; ${hint}`);
}
