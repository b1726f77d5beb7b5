import { describeSourceHealth, HEALTH_ORDER } from './describe-source-health.js';
import { renderTime } from './describe-time.js';
import { escapeHtml } from './escape-html.js';
import type { FeedFormatName } from './feed-meta.js';
import { INDEX_STYLE } from './index-style.js';

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

function topicCard(topic: IndexTopic): string {
  const links = FORMATS.map(
    ([format, label]) => `<a class="sub" href="${escapeHtml(topic.urls[format])}">${label}</a>`,
  ).join(' ');
  const description = topic.description ? `<p>${escapeHtml(topic.description)}</p>` : '';
  const count = `${topic.storyCount} ${topic.storyCount === 1 ? 'story' : 'stories'}`;
  return `<li class="topic"><h3>${escapeHtml(topic.title)} <small><code>${escapeHtml(topic.id)}</code> · ${count}</small></h3>${description}<p>${links}</p></li>`;
}

function nextPoll(source: IndexSource, now: Date): string {
  if (source.disabledReason) return '—';
  if (source.nextPollAt && Date.parse(source.nextPollAt) <= now.getTime()) return 'due';
  return renderTime(source.nextPollAt, now);
}

function lastPoll(source: IndexSource, failing: boolean, now: Date): string {
  const status = source.lastStatus === undefined ? '' : ` <small>HTTP ${source.lastStatus}</small>`;
  const success = source.lastSuccessAt
    ? `last success ${renderTime(source.lastSuccessAt, now)}`
    : 'never succeeded';
  return `${renderTime(source.lastAttemptAt, now)}${status}${failing ? `<br/><small>${success}</small>` : ''}`;
}

function sourceRow(source: IndexSource, now: Date): string {
  const { cls, label } = describeSourceHealth(source);
  const cells = [
    `<strong>${escapeHtml(source.title)}</strong> <code>${escapeHtml(source.id)}</code><br/><a class="url" href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>`,
    `<span class="badge">${escapeHtml(label)}</span>`,
    lastPoll(source, cls === 'failing', now),
    source.lastError ? `<span class="error">${escapeHtml(source.lastError)}</span>` : '',
    nextPoll(source, now),
    String(source.entryCount),
  ];
  return `<tr class="${cls}">${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

function sortSources(sources: readonly IndexSource[]): IndexSource[] {
  const rank = (s: IndexSource) => HEALTH_ORDER[describeSourceHealth(s).cls];
  return [...sources].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}

function summary(sources: readonly IndexSource[]): string {
  const count = (cls: string) => sources.filter((s) => describeSourceHealth(s).cls === cls).length;
  const [failing, disabled] = [count('failing'), count('disabled')];
  if (failing + disabled === 0)
    return `<p class="summary ok">All ${sources.length} sources healthy.</p>`;
  return `<p class="summary bad">${failing} failing, ${disabled} disabled, of ${sources.length} sources.</p>`;
}

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
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${discovery.join('\n')}
<style>${INDEX_STYLE}</style></head>
<body><header><h1>${escapeHtml(title)}</h1><nav><a href="/opml">OPML</a> · <a href="/healthz">health</a> · <a href="/metrics">metrics</a></nav></header>
<h2>Topics</h2><ul class="topics">${topics.map(topicCard).join('\n')}</ul>
<h2>Sources</h2>${summary(sources)}
<table><thead><tr><th>Source</th><th>Health</th><th>Last poll</th><th>Last error</th><th>Next poll</th><th>Entries</th></tr></thead>
<tbody>${sortSources(sources)
    .map((source) => sourceRow(source, now))
    .join('\n')}</tbody></table>
<h2 id="topicfeed-extension">The <code>_topicfeed</code> JSON Feed extension</h2>
<p>Each JSON Feed item carries <code>_topicfeed</code>: <code>story</code> (the story's stable id, also the item id),
<code>topics</code> (the topics the story is in) and <code>members</code>, every copy of the story across sources,
the representative first: <code>source</code> (source id), <code>id</code> (the entry's id in its feed),
<code>url</code>, <code>title</code>, <code>published</code>, and <code>score</code>/<code>signals</code> saying why it joined.</p>
<footer><small>Generated ${escapeHtml(now.toISOString())}</small></footer>
</body></html>
`;
}
