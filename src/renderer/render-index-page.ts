import { escapeHtml } from './escape-html.js';
import type { FeedFormatName } from './feed-meta.js';

export interface IndexTopic {
  id: string;
  title: string;
  description?: string;
  storyCount: number;
  urls: Record<FeedFormatName, string>;
}

export interface IndexSource {
  id: string;
  title: string;
  url: string;
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastOutcome?: string;
  lastStatus?: number;
  lastError?: string;
  nextPollAt?: string;
  consecutiveErrors: number;
  disabledReason?: string;
  entryCount: number;
}

const FORMATS: [FeedFormatName, string, string][] = [
  ['rss', 'RSS', 'application/rss+xml'],
  ['atom', 'Atom', 'application/atom+xml'],
  ['json', 'JSON Feed', 'application/feed+json'],
];

function topicRow(topic: IndexTopic): string {
  const links = FORMATS.map(
    ([format, label]) => `<a href="${escapeHtml(topic.urls[format])}">${label}</a>`,
  ).join(' · ');
  const description = topic.description ? `<p>${escapeHtml(topic.description)}</p>` : '';
  return `<li><h3>${escapeHtml(topic.title)} <small>(${escapeHtml(topic.id)}, ${topic.storyCount} stories)</small></h3>${description}<p>Subscribe: ${links}</p></li>`;
}

function health(source: IndexSource): [string, string] {
  if (source.disabledReason) return ['disabled', `disabled: ${source.disabledReason}`];
  if (source.lastOutcome === 'error')
    return ['failing', `failing (${source.consecutiveErrors} in a row)`];
  if (!source.lastAttemptAt) return ['pending', 'not polled yet'];
  return ['ok', source.lastOutcome ?? 'ok'];
}

function sourceRow(source: IndexSource): string {
  const [cls, label] = health(source);
  const cells = [
    `<strong>${escapeHtml(source.title)}</strong><br/><code>${escapeHtml(source.id)}</code> <a href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>`,
    `<span class="badge ${cls}">${escapeHtml(label)}</span>`,
    escapeHtml(source.lastAttemptAt ?? '—'),
    escapeHtml(source.lastStatus === undefined ? '—' : String(source.lastStatus)),
    escapeHtml(source.lastError ?? ''),
    escapeHtml(source.nextPollAt ?? '—'),
    String(source.entryCount),
  ];
  return `<tr class="${cls}">${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}
.badge{padding:.1rem .4rem;border-radius:.3rem;white-space:nowrap}.ok .badge{background:#dfd}.failing .badge{background:#fcc}
.disabled .badge{background:#ddd}.pending .badge{background:#ffd}tr.failing td{background:#fff3f3}ul{padding-left:1.2rem}`;

/** The operator's page: topics with subscribe links (and autodiscovery), sources with their health. */
export function renderIndexPage(
  title: string,
  topics: readonly IndexTopic[],
  sources: readonly IndexSource[],
  now: Date,
): string {
  const discovery = topics.flatMap((topic) =>
    FORMATS.map(
      ([format, label, type]) =>
        `<link rel="alternate" type="${type}" title="${escapeHtml(`${topic.title} (${label})`)}" href="${escapeHtml(topic.urls[format])}">`,
    ),
  );
  const failing = sources.filter((source) => health(source)[0] === 'failing').length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${discovery.join('\n')}
<style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<h2>Topics</h2><ul>${topics.map(topicRow).join('\n')}</ul>
<h2>Sources <small>(${sources.length}, ${failing} failing)</small></h2>
<table><thead><tr><th>Source</th><th>Health</th><th>Last poll</th><th>HTTP</th><th>Last error</th><th>Next poll</th><th>Entries</th></tr></thead>
<tbody>${sources.map(sourceRow).join('\n')}</tbody></table>
<h2 id="topicfeed-extension">The <code>_topicfeed</code> JSON Feed extension</h2>
<p>Each JSON Feed item carries <code>_topicfeed</code>: <code>story</code> (the story's stable id, also the item id),
<code>topics</code> (the topics the story is in) and <code>members</code>, every copy of the story across sources,
the representative first: <code>source</code> (source id), <code>id</code> (the entry's id in its feed),
<code>url</code>, <code>title</code>, <code>published</code>, and <code>score</code>/<code>signals</code> saying why it joined.</p>
<p><small>Generated ${escapeHtml(now.toISOString())} · <a href="/opml">OPML</a> · <a href="/healthz">health</a> · <a href="/metrics">metrics</a></small></p>
</body></html>
`;
}
