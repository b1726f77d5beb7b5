import { findFeedparserPython } from '../helpers/run-feedparser.js';

/**
 * Vitest global setup: the tests that read topicfeed's feeds back with python3-feedparser run only
 * where it is installed. Say so in one line when it is not, and fail the run instead when
 * TOPICFEED_REQUIRE_FEEDPARSER=1 (set by .ci/run, so CI always runs them).
 */
export default function setup(): void {
  if (findFeedparserPython() !== undefined) return;
  const hint = 'install it with: apt-get install python3-feedparser (or pip install feedparser)';
  if (process.env.TOPICFEED_REQUIRE_FEEDPARSER === '1')
    throw new Error(`python3-feedparser is required (TOPICFEED_REQUIRE_FEEDPARSER=1); ${hint}`);
  console.warn(
    `python3-feedparser not found: the tests that read feeds with it are skipped; ${hint}`,
  );
}
