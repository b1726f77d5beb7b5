import { escapeHtml, xmlSafeText } from '../normalizer/index.js';
import type { FeedFormatName } from './build-feed.js';
import {
  describeSourceHealth,
  HEALTH_ORDER,
  type IndexSource,
  renderSourceRow,
} from './render-source-row.js';

/** A topic as the index page shows it: its subscribe links and how many stories it holds. */
export interface IndexTopic {
  id: string;
  title: string;
  description?: string;
  storyCount: number;
  urls: Record<FeedFormatName, string>;
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
  const read = `<a class="sub read" href="/topics/${encodeURIComponent(topic.id)}">Read the stories</a>`;
  const description = topic.description ? `<p>${escapeHtml(topic.description)}</p>` : '';
  const count = `${topic.storyCount} ${topic.storyCount === 1 ? 'story' : 'stories'}`;
  return `<li class="topic"><h3>${escapeHtml(topic.title)} <small><code>${escapeHtml(topic.id)}</code> · ${count}</small></h3>${description}<p>${read} ${links}</p></li>`;
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
  return xmlSafeText(
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${discovery.join('\n')}
<style>${INDEX_STYLE}</style></head>
<body><header><h1>${escapeHtml(title)}</h1><nav><a href="/opml">OPML</a> · <a href="/healthz">health</a> · <a href="/metrics">metrics</a></nav></header>
<h2>Topics</h2><ul class="topics">${topics.map(topicCard).join('\n')}</ul>
<h2>Sources</h2>${summary(sources)}
<table><thead><tr><th>Source</th><th>Health</th><th>Last poll</th><th>Last error</th><th>Next poll</th><th>Entries</th></tr></thead>
<tbody>${sortSources(sources)
      .map((source) => renderSourceRow(source, now))
      .join('\n')}</tbody></table>
<h2 id="topicfeed-extension">The <code>_topicfeed</code> JSON Feed extension</h2>
<p>Each JSON Feed item carries <code>_topicfeed</code>: <code>story</code> (the story's stable id, also the item id),
<code>topics</code> (the topics the story is in) and <code>members</code>, every copy of the story across sources,
the representative first: <code>source</code> (source id), <code>id</code> (the entry's id in its feed),
<code>url</code>, <code>title</code>, <code>published</code>, <code>score</code>/<code>signals</code> saying why it joined,
and <code>unique</code> (<code>quotes</code>, <code>names</code>, <code>numbers</code> found in that copy and in no other);
<code>shared</code> holds the claims every copy makes and <code>page</code> the story's page on this instance.</p>
<footer><small>Generated ${escapeHtml(now.toISOString())}</small></footer>
</body></html>
`,
    '',
  );
}

/** The index page's stylesheet: readable without JavaScript, failing and disabled rows stand out. */
const INDEX_STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:76rem;margin:1.5rem auto;padding:0 1rem;color:#222}
header{display:flex;justify-content:space-between;align-items:baseline;border-bottom:2px solid #333}
h1{margin:.2rem 0}h2{margin-top:1.8rem}small{color:#555}code{font-size:.9em}
ul.topics{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:.8rem}
li.topic{border:1px solid #ddd;border-radius:.5rem;padding:.2rem .9rem}li.topic h3{margin:.6rem 0 .2rem}
a.sub{display:inline-block;padding:.15rem .6rem;margin-right:.3rem;border-radius:.3rem;background:#eef3ff;text-decoration:none}
a.read{background:#1a4fa0;color:#fff}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.45rem;text-align:left;vertical-align:top}
a.url{font-size:.85em;word-break:break-all;color:#35a}.error{color:#a00;font-size:.9em}
.badge{padding:.1rem .45rem;border-radius:.3rem;white-space:nowrap;font-weight:600;font-size:.9em}
.ok .badge{background:#dfd;color:#174}.failing .badge{background:#c22;color:#fff}
.disabled .badge{background:#666;color:#fff}.pending .badge{background:#ffd}
tr.failing td{background:#fff1f1}tr.disabled td{background:#f3f3f3;color:#666}
.summary{padding:.4rem .7rem;border-radius:.3rem}.summary.ok{background:#efe}.summary.bad{background:#fdd;font-weight:600}
footer{margin:2rem 0 1rem}`;
