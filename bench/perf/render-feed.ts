import type { BenchItem } from './feed-item.js';

export type BenchFeedFormat = 'rss' | 'atom';

export interface BenchFeed {
  format: BenchFeedFormat;
  title: string;
  siteUrl: string;
  items: readonly BenchItem[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function renderRssItem(item: BenchItem): string {
  return `<item>
  <title>${escapeXml(item.title)}</title>
  <link>${escapeXml(item.link)}</link>
  <guid isPermaLink="true">${escapeXml(item.guid)}</guid>
  <pubDate>${item.published.toUTCString()}</pubDate>
  <dc:creator>${escapeXml(item.author)}</dc:creator>
${item.categories.map((c) => `  <category>${escapeXml(c)}</category>`).join('\n')}
  <description><![CDATA[${item.summary}]]></description>
  <content:encoded><![CDATA[${item.html}]]></content:encoded>
</item>`;
}

function renderAtomEntry(item: BenchItem): string {
  return `<entry>
  <title type="text">${escapeXml(item.title)}</title>
  <link rel="alternate" type="text/html" href="${escapeXml(item.link)}"/>
  <id>${escapeXml(item.guid)}</id>
  <published>${item.published.toISOString()}</published>
  <updated>${item.published.toISOString()}</updated>
  <author><name>${escapeXml(item.author)}</name></author>
${item.categories.map((c) => `  <category term="${escapeXml(c)}"/>`).join('\n')}
  <summary type="html">${escapeXml(item.summary)}</summary>
  <content type="html">${escapeXml(item.html)}</content>
</entry>`;
}

/** The feed document: RSS 2.0 (content:encoded in CDATA) or Atom 1.0 (escaped HTML content). */
export function renderBenchFeed(feed: BenchFeed): string {
  const updated = feed.items[0]?.published ?? new Date(0);
  if (feed.format === 'atom') {
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${escapeXml(feed.title)}</title>
<link href="${feed.siteUrl}/"/>
<id>${feed.siteUrl}/</id>
<updated>${updated.toISOString()}</updated>
${feed.items.map(renderAtomEntry).join('\n')}
</feed>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${escapeXml(feed.title)}</title>
<link>${feed.siteUrl}/</link>
<description>Generated benchmark feed</description>
<lastBuildDate>${updated.toUTCString()}</lastBuildDate>
${feed.items.map(renderRssItem).join('\n')}
</channel>
</rss>
`;
}
