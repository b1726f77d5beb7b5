import { escapeHtml, xmlSafeText } from '../normalizer/index.js';

/** What OPML needs of a source, as the store lists it (a null title falls back to the feed's own). */
export interface OpmlSource {
  id: string;
  url: string;
  title: string | null;
  feedTitle: string | null;
  siteUrl: string | null;
  language: string | null;
}

/**
 * The sources as OPML 2.0, each at its current URL (after stable permanent redirects); file:
 * sources included as they are: they only make sense locally.
 */
export function renderOpml(sources: readonly OpmlSource[], now: Date): string {
  const outlines = sources.map((source) => {
    const title = source.title ?? source.feedTitle ?? source.id;
    const attrs = [
      'type="rss"',
      `text="${escapeHtml(title)}"`,
      `title="${escapeHtml(title)}"`,
      `xmlUrl="${escapeHtml(source.url)}"`,
      source.siteUrl ? `htmlUrl="${escapeHtml(source.siteUrl)}"` : '',
      source.language ? `language="${escapeHtml(source.language)}"` : '',
      `topicfeedId="${escapeHtml(source.id)}"`,
    ];
    return `    <outline ${attrs.filter(Boolean).join(' ')}/>`;
  });
  const opml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    '    <title>topicfeed sources</title>',
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
  return xmlSafeText(opml, '');
}
