import type { Claims, StoryMember, StoryView } from '../model/index.js';
import { escapeHtml } from '../normalizer/index.js';

/** At most this many claims of each kind per outlet: the list stays a line, not a report. */
const MAX_QUOTES = 2;
const MAX_NAMES = 4;
const MAX_NUMBERS = 4;
const QUOTE_CHARS = 60;

/** True for an http(s) URL: the only member links a feed item may carry. */
export function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

/**
 * The "Also reported by" list: every other outlet that carried the story, each linked, and what
 * only it reports ("— only here: a quote “With my release…”, Vilnius"). Every byte escaped.
 */
export function renderAlsoReported(story: StoryView): string {
  const others = story.members.slice(1);
  if (others.length === 0) return '';
  const items = others.map((member) => {
    const name = escapeHtml(member.sourceTitle);
    const outlet = isWebUrl(member.url)
      ? `<a href="${escapeHtml(member.url)}" rel="noopener noreferrer nofollow">${name}</a>`
      : name;
    return `<li>${outlet}: ${escapeHtml(member.title)}${renderOnlyHere(member)}</li>`;
  });
  return `<hr/><p>Also reported by:</p><ul>${items.join('')}</ul>`;
}

function renderOnlyHere(member: StoryMember): string {
  const summary = summarizeClaims(member.unique);
  return summary === '' ? '' : ` — only here: ${escapeHtml(summary)}`;
}

/** One short line of a member's unique claims, unescaped: quotes first, then names, then numbers. */
export function summarizeClaims(claims: Claims | undefined): string {
  if (claims === undefined) return '';
  const quotes = claims.quotes.slice(0, MAX_QUOTES).map((quote) => `a quote “${shorten(quote)}”`);
  const parts = [
    ...quotes,
    ...claims.names.slice(0, MAX_NAMES),
    ...claims.numbers.slice(0, MAX_NUMBERS),
  ];
  return parts.join(', ');
}

function shorten(quote: string): string {
  if (quote.length <= QUOTE_CHARS) return quote;
  return `${quote.slice(0, QUOTE_CHARS).replace(/\s+\S*$/u, '')}…`;
}
