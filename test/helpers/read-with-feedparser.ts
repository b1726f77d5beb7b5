import { spawnSync } from 'node:child_process';

export interface FeedparserResult {
  bozo: boolean;
  bozoException: string | null;
  version: string;
  title: string;
  entries: { id: string; title: string; link: string; links: string[] }[];
}

const SCRIPT = `
import sys, json, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
  "bozo": bool(d.bozo),
  "bozoException": str(d.get("bozo_exception")) if d.bozo else None,
  "version": d.version,
  "title": d.feed.get("title", ""),
  "entries": [{"id": e.get("id", ""), "title": e.get("title", ""), "link": e.get("link", ""),
               "links": [l.get("href", "") for l in e.get("links", [])]} for e in d.entries],
}))
`;

/** Parses a feed with Debian's python3-feedparser (a strict, independent consumer). */
export function readWithFeedparser(feed: string): FeedparserResult {
  const run = spawnSync('/usr/bin/python3', ['-c', SCRIPT], {
    input: feed,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 ** 2,
  });
  if (run.status !== 0) {
    throw new Error(
      `python3-feedparser failed (install it: apt-get install python3-feedparser): ${run.stderr}`,
    );
  }
  return JSON.parse(run.stdout) as FeedparserResult;
}
