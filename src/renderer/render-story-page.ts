import type { Claims, StoryMember, StoryView } from '../model/index.js';
import { escapeHtml, htmlToText } from '../normalizer/index.js';
import { countOutlets, formatTime, renderPageLayout } from './page-layout.js';
import { isWebUrl } from './render-also-reported.js';

/** The representative's text is cut here: the page is about the copies, the link has the rest. */
const MAX_TEXT_CHARS = 12_000;
const MAX_MARKS = 40;

/**
 * `GET /stories/{id}`: the representative's text (what only it says marked), every member side
 * by side (source, time, title, link, the score and signals it joined on, what only it says), and
 * what all of them say, confirmed by N outlets. Every byte of story data is escaped. Pure.
 */
export function renderStoryPage(story: StoryView): string {
  const outlets = new Set(story.members.map((member) => member.sourceId)).size;
  const rep = story.members[0];
  const topics = story.topics
    .map((topic) => `<a href="/topics/${encodeURIComponent(topic)}">${escapeHtml(topic)}</a>`)
    .join(', ');
  const link = isWebUrl(story.link)
    ? ` · <a href="${escapeHtml(story.link)}" rel="noopener noreferrer nofollow">original</a>`
    : '';
  const body = `<main><h1>${escapeHtml(story.title || '(untitled)')}</h1>
<p class="meta">${escapeHtml(formatTime(story.publishedAt))} · ${countOutlets(outlets)}${topics ? ` · ${topics}` : ''}${link}</p>
<h2>Every copy</h2>
<div class="members">${story.members.map((member, i) => renderMember(member, i === 0)).join('\n')}</div>
${renderShared(story.shared, outlets)}
<h2>The text${rep ? ` from ${escapeHtml(rep.sourceTitle)}` : ''}</h2>
<section class="lead">${renderText(story, rep?.unique)}</section>
</main>`;
  return renderPageLayout(`${story.title || 'Story'} — topicfeed`, body);
}

function renderText(story: StoryView, unique: Claims | undefined): string {
  const text = (htmlToText(story.contentHtml) || story.summary).slice(0, MAX_TEXT_CHARS);
  const marks = unique
    ? [...unique.quotes, ...unique.names, ...unique.numbers].slice(0, MAX_MARKS)
    : [];
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${markClaims(line, marks)}</p>`)
    .join('\n');
}

/** Escapes a line, wrapping each claim it contains (as written) in `<mark class="only">`. */
function markClaims(line: string, claims: readonly string[]): string {
  const found = claims.filter((claim) => claim.length >= 2 && line.includes(claim));
  if (found.length === 0) return escapeHtml(line);
  const pattern = new RegExp(
    found
      .sort((a, b) => b.length - a.length)
      .map((claim) => claim.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join('|'),
    'gu',
  );
  let out = '';
  let last = 0;
  for (const match of line.matchAll(pattern)) {
    out += `${escapeHtml(line.slice(last, match.index))}<mark class="only">${escapeHtml(match[0])}</mark>`;
    last = match.index + match[0].length;
  }
  return out + escapeHtml(line.slice(last));
}

function renderMember(member: StoryMember, representative: boolean): string {
  const title = escapeHtml(member.title || '(untitled)');
  const heading = isWebUrl(member.url)
    ? `<a href="${escapeHtml(member.url)}" rel="noopener noreferrer nofollow">${title}</a>`
    : title;
  const founded = member.signals.length === 0;
  const joined = `${representative ? '<span class="tag">representative</span>' : ''}<span class="tag">${
    founded ? 'first copy' : `score ${escapeHtml(member.score.toFixed(2))}`
  }</span>`;
  const signals =
    member.signals.length > 0
      ? `<p class="signals">joined on: ${escapeHtml(member.signals.join(', '))}</p>`
      : '';
  return `<article class="member${representative ? ' rep' : ''}">
<p class="meta"><span class="source">${escapeHtml(member.sourceTitle)}</span>${joined}<br>${escapeHtml(formatTime(member.publishedAt))}</p>
<h3>${heading}</h3>${signals}${renderOnlyHere(member.unique)}</article>`;
}

function renderOnlyHere(unique: Claims | undefined): string {
  if (unique === undefined) return '';
  if (unique.quotes.length + unique.names.length + unique.numbers.length === 0)
    return '<p class="nothing">Nothing only here: every quote, name and number is also in another copy.</p>';
  return `<div class="only-here"><strong>Only here</strong>${renderClaims(unique)}</div>`;
}

function renderShared(shared: Claims | undefined, outlets: number): string {
  if (shared === undefined || outlets < 2) return '';
  if (shared.quotes.length + shared.names.length + shared.numbers.length === 0) return '';
  return `<h2>Confirmed by ${countOutlets(outlets)}</h2><div class="confirmed">${renderClaims(shared)}</div>`;
}

function renderClaims(claims: Claims): string {
  const quotes = claims.quotes.map((quote) => `<blockquote>“${escapeHtml(quote)}”</blockquote>`);
  const chips = (label: string, items: string[]) =>
    items.length === 0
      ? ''
      : `<ul class="chips" aria-label="${label}">${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  return `${quotes.join('')}${chips('names', claims.names)}${chips('numbers', claims.numbers)}`;
}
