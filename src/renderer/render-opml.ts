import { escapeHtml, xmlSafeText } from '../normalizer/index.js';
import { isWebUrl } from './build-feed.js';
import { publicSourceUrl } from './public-url.js';

/** What OPML needs of a source, as the store lists it (a null title falls back to the feed's own). */
export interface OpmlSource {
  id: string;
  url: string;
  title: string | null;
  feedTitle: string | null;
  siteUrl: string | null;
  language: string | null;
}

export interface OpmlOptions {
  /**
   * The real URLs, credentials, query strings and file: paths included (what the operator asks
   * for with `opml export --full`); otherwise each URL as `publicSourceUrl` shows it (no
   * credentials, no query, a file by its name alone), as `/opml` serves them.
   */
  full?: boolean;
}

/** The sources as OPML 2.0, each at its current URL (after stable permanent redirects). */
export function renderOpml(
  sources: readonly OpmlSource[],
  now: Date,
  options: OpmlOptions = {},
): string {
  const outlines = sources.map((source) => {
    const title = source.title ?? source.feedTitle ?? source.id;
    const url = options.full ? source.url : publicSourceUrl(source.url);
    const attrs = [
      'type="rss"',
      `text="${escapeHtml(title)}"`,
      `title="${escapeHtml(title)}"`,
      `xmlUrl="${escapeHtml(url)}"`,
      isWebUrl(source.siteUrl ?? undefined) ? `htmlUrl="${escapeHtml(source.siteUrl ?? '')}"` : '',
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
