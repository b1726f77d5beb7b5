import { spawnSync } from 'node:child_process';
import { it } from 'vitest';

export interface FeedparserVerdict {
  bozo: boolean;
  bozoException: string;
  version: string;
  entries: number;
  ids: string[];
  links: string[];
  feedLinks: { rel: string; href: string }[];
}

const SCRIPT = `
import sys, json
import feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
  "bozo": bool(d.bozo),
  "bozoException": repr(d.get("bozo_exception", "")),
  "version": d.version,
  "entries": len(d.entries),
  "ids": [e.get("id", "") for e in d.entries],
  "links": [e.get("link", "") for e in d.entries],
  "feedLinks": [{"rel": l.get("rel", ""), "href": l.get("href", "")} for l in d.feed.get("links", [])],
}))
`;

/** Interpreters tried in order: Debian's python3 (where python3-feedparser installs), then PATH's. */
const PYTHONS = ['/usr/bin/python3', 'python3'];

/** The python3 that can import feedparser, or undefined when none can. */
export function findFeedparserPython(): string | undefined {
  return PYTHONS.find(
    (python) => spawnSync(python, ['-c', 'import feedparser'], { stdio: 'ignore' }).status === 0,
  );
}

const python = findFeedparserPython();

/**
 * A test that reads topicfeed's output back with python3-feedparser, the independent strict
 * consumer. Skipped when feedparser is not installed (test/setup/feedparser.ts says so in one
 * line, and turns the absence into a failure when TOPICFEED_REQUIRE_FEEDPARSER=1, as in CI).
 */
export const itWithFeedparser = it.skipIf(python === undefined);

/** Parses a feed with python3-feedparser; only call it inside `itWithFeedparser`. */
export function runFeedparser(feed: string | Buffer): FeedparserVerdict {
  if (python === undefined)
    throw new Error('runFeedparser: python3-feedparser is not installed (use itWithFeedparser)');
  const run = spawnSync(python, ['-c', SCRIPT], {
    input: feed,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 ** 2,
  });
  if (run.error || run.status !== 0)
    throw new Error(`runFeedparser: python3 failed: ${run.error?.message ?? run.stderr}`);
  return JSON.parse(run.stdout) as FeedparserVerdict;
}
