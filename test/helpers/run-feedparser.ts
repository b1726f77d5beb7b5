import { spawnSync } from 'node:child_process';

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
try:
    import feedparser
except ImportError:
    print(json.dumps({"missing": True})); sys.exit(0)
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

/**
 * Parses a feed with python3-feedparser (the Debian package), the strict consumer of the tests;
 * throws a clear error when it is not installed instead of letting a test pass without it.
 */
export function runFeedparser(feed: string | Buffer): FeedparserVerdict {
  const run = spawnSync('/usr/bin/python3', ['-c', SCRIPT], {
    input: feed,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 ** 2,
  });
  if (run.error || run.status !== 0)
    throw new Error(`python3 failed: ${run.error?.message ?? run.stderr}`);
  const out = JSON.parse(run.stdout) as FeedparserVerdict & { missing?: boolean };
  if (out.missing)
    throw new Error(
      'python3-feedparser is not installed: apt-get install -y python3-feedparser (the tests need it)',
    );
  return out;
}
