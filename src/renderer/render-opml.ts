import { escapeHtml } from '../normalizer/index.js';

export interface OpmlSource {
  id: string;
  title: string;
  url: string;
  siteUrl?: string;
  language?: string;
}

/** OPML 2.0 of the sources (file: sources included as they are: they only make sense locally). */
export function renderOpml(sources: readonly OpmlSource[], title: string, now: Date): string {
  const outlines = sources.map((source) => {
    const attrs = [
      'type="rss"',
      `text="${escapeHtml(source.title)}"`,
      `title="${escapeHtml(source.title)}"`,
      `xmlUrl="${escapeHtml(source.url)}"`,
      source.siteUrl ? `htmlUrl="${escapeHtml(source.siteUrl)}"` : '',
      source.language ? `language="${escapeHtml(source.language)}"` : '',
      `topicfeedId="${escapeHtml(source.id)}"`,
    ];
    return `    <outline ${attrs.filter(Boolean).join(' ')}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeHtml(title)}</title>`,
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
