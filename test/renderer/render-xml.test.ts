import { describe, expect, it } from 'vitest';
import { renderFeed } from '../../src/renderer/render-feed.js';
import { itWithFeedparser, runFeedparser } from '../helpers/run-feedparser.js';
import { makeMeta, makeStories } from './helpers/make-stories.js';

const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('RSS 2.0', () => {
  const rss = renderFeed('rss', makeStories(), makeMeta());

  it('links itself, the next page and the hub with atom:link', () => {
    expect(rss).toContain(
      '<atom:link href="http://feeds.test/feeds/belarus.rss?limit=2" rel="self" type="application/rss+xml"/>',
    );
    expect(rss).toContain(
      '<atom:link href="http://feeds.test/feeds/belarus.rss?limit=2&amp;page=2" rel="next" type="application/rss+xml"/>',
    );
    expect(rss).toContain('<atom:link href="http://hub.test/" rel="hub"/>');
  });

  it('writes story GUIDs with isPermaLink="false" and RFC 822 dates', () => {
    expect(rss).toContain(
      '<guid isPermaLink="false">urn:uuid:22222222-2222-5222-8222-222222222222</guid>',
    );
    const dates = [...rss.matchAll(/<(pubDate|lastBuildDate)>([^<]+)</g)].map((m) => m[2] ?? '');
    expect(dates.length).toBe(3);
    for (const date of dates) expect(date).toMatch(RFC822);
    expect(rss).toContain('<pubDate>Sun, 22 Jun 2025 17:04:56 GMT</pubDate>');
  });

  it('names authors with dc:creator, not the e-mail-only <author>', () => {
    expect(rss).toContain('<dc:creator>Jane Doe</dc:creator>');
    expect(rss).not.toContain('<author>');
  });

  itWithFeedparser('parses cleanly with feedparser', () => {
    const verdict = runFeedparser(rss);
    expect(verdict).toMatchObject({ bozo: false, version: 'rss20', entries: 2 });
    expect(verdict.ids[0]).toBe('urn:uuid:22222222-2222-5222-8222-222222222222');
  });
});

describe('Atom 1.0', () => {
  const atom = renderFeed('atom', makeStories(), makeMeta());

  it('keeps one feed id on every page and links self, alternate, next and hub', () => {
    expect(atom).toContain('<id>http://feeds.test/feeds/belarus.atom</id>');
    expect(atom).toContain(
      '<link rel="self" href="http://feeds.test/feeds/belarus.atom?limit=2"/>',
    );
    expect(atom).toContain('<link rel="alternate" href="http://feeds.test/"/>');
    expect(atom).toContain(
      '<link rel="next" href="http://feeds.test/feeds/belarus.atom?limit=2&amp;page=2"/>',
    );
    expect(atom).toContain('<link rel="hub" href="http://hub.test/"/>');
    expect(atom).toContain('<updated>2025-06-23T09:30:00.000Z</updated>');
    expect(atom).toMatch(/<author>\s*<name>topicfeed<\/name>/);
  });

  it('gives each entry its id, updated, rel=alternate and rel=related per other member', () => {
    expect(atom).toContain(
      '<link rel="alternate" href="https://minskledger.example/2025/06/22/freed/"/>',
    );
    expect(atom).toContain(
      '<link rel="related" href="https://freedomwatch.example/a?b=1&amp;c=2" title="Freedom Watch &amp; Co"/>',
    );
    expect(atom.match(/rel="related"/g)).toHaveLength(1);
    expect(atom).not.toMatch(/<link href=/);
  });

  itWithFeedparser('parses cleanly with feedparser, related links included', () => {
    const verdict = runFeedparser(atom);
    expect(verdict).toMatchObject({ bozo: false, version: 'atom10', entries: 2 });
    expect(verdict.links).toEqual([
      'https://minskledger.example/2025/06/22/freed/',
      'https://continental.example/heat',
    ]);
    expect(verdict.feedLinks.map((l) => l.rel).sort()).toEqual([
      'alternate',
      'hub',
      'next',
      'self',
    ]);
  });
});
