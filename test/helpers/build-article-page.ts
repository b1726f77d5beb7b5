/**
 * A news site's page around an article body, in one of two layouts: `semantic` (HTML5: a cookie
 * dialog, <nav>, <article>, <aside>, <footer>) and `div-soup` (an older site: every part a <div>
 * with a class name, a cookie notice without a role, comments inside the article's column). Both
 * carry navigation and a search form, a share bar, an inline newsletter box, "most read", comments
 * with their form, a footer and scripts. For the tests, the quality evaluation and the benchmark,
 * which check that the body comes out and none of this does.
 */

/** Sentences of the page around the body: none may be in what is extracted. */
export const SHELL_SENTENCES = [
  'We use cookies to measure our audience and to personalise what you see.',
  'Accept all cookies',
  'Share on Facebook',
  'Get the morning briefing in your inbox, free, every weekday.',
  'Most read this week',
  'Councillors approve the new tram timetable',
  'Comments are reviewed by our moderators before they appear.',
  'I have followed this story from the start and I think the coverage has been fair so far.',
  'Post your comment',
  'All rights reserved. Reproduction without permission is prohibited.',
];

export type PageLayout = 'semantic' | 'div-soup';

export interface ArticlePageOptions {
  title: string;
  /** The article body as HTML (paragraphs, figures, lists…). */
  bodyHtml: string;
  layout?: PageLayout;
  lang?: string;
  /** Links in a "more stories" panel after the article: the element count of a heavy page. */
  moreStories?: number;
  /** Pad the page with an inline state script to about this many bytes (a 2 MB page). */
  targetBytes?: number;
}

function comments(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `<div class="comment" id="c${i}"><p class="comment-author">reader${i}</p><p>I have followed this story from the start and I think the coverage has been fair so far. Comment ${i}.</p></div>`,
  ).join('\n');
}

function moreStories(count: number): string {
  if (count <= 0) return '';
  const links = Array.from(
    { length: count },
    (_, i) =>
      `<li><a href="/story/${i}"><img src="/thumbs/${i}.jpg" alt=""><span>More coverage, part ${i}</span></a></li>`,
  );
  return `<div class="more-stories"><h2>More stories</h2><ul>${links.join('')}</ul></div>`;
}

function padding(bytes: number): string {
  if (bytes <= 0) return '';
  const item =
    '{"id":1234567,"headline":"Another story from the archive","url":"/archive/1234567"},';
  const items = item.repeat(Math.ceil(bytes / item.length));
  return `<script id="__STATE__" type="application/json">{"archive":[${items}{}]}</script>`;
}

const MOST_READ =
  '<h2>Most read this week</h2><ol><li><a href="/1">Councillors approve the new tram timetable</a></li><li><a href="/2">Heatwave expected at the weekend</a></li><li><a href="/3">Five things to do in the city this month</a></li></ol>';
const COMMENTS_INTRO = '<p>Comments are reviewed by our moderators before they appear.</p>';
const COPYRIGHT =
  '<p>© 2025 The Daily Example. All rights reserved. Reproduction without permission is prohibited.</p>';

function semanticBody(o: ArticlePageOptions): string {
  return `<div class="consent" role="dialog" aria-modal="true"><p>We use cookies to measure our audience and to personalise what you see.</p><button>Accept all cookies</button><button>Settings</button></div>
<header><a href="/" class="logo">The Daily Example</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<form action="/search"><input name="q"><button>Search</button></form></header>
<main>
<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ol>
<article>
<h1>${o.title}</h1>
<div class="share"><a href="https://facebook.example/share">Share on Facebook</a> <a href="https://x.example/share">Share on X</a></div>
<div class="article-body">
${o.bodyHtml}
<div class="newsletter-promo"><p>Get the morning briefing in your inbox, free, every weekday.</p><form action="/newsletter"><input type="email" name="email"><button>Sign up</button></form></div>
</div>
</article>
<aside class="most-read">${MOST_READ}</aside>
${moreStories(o.moreStories ?? 0)}
<section id="comments"><h2>Comments</h2>${COMMENTS_INTRO}
${comments(5)}
<form action="/comment"><textarea name="c"></textarea><button>Post your comment</button></form></section>
</main>
<footer>${COPYRIGHT}<p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>`;
}

function divSoupBody(o: ArticlePageOptions): string {
  return `<div id="page">
<div class="top"><div class="logo"><a href="/">The Daily Example</a></div>
<div class="menu"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a> | <a href="/business">Business</a> | <a href="/sport">Sport</a></div>
<div class="search-box"><form action="/search"><input name="q"><input type="submit" value="Search"></form></div></div>
<div class="columns">
<div class="main-col">
<div class="title-block"><h1>${o.title}</h1><div class="date">17.06.2025</div></div>
<div class="social"><a href="https://facebook.example/share">Share on Facebook</a> <a href="https://x.example/share">Share on X</a></div>
<div class="text">
${o.bodyHtml}
<div class="promo-box"><b>Newsletter.</b> Get the morning briefing in your inbox, free, every weekday. <form action="/newsletter"><input type="email" name="email"><input type="submit" value="Sign up"></form></div>
</div>
<div class="article-comments"><h3>Comments</h3>${COMMENTS_INTRO}
${comments(5)}
<div class="comment-form"><textarea name="c"></textarea><button>Post your comment</button></div></div>
</div>
<div class="right-col"><div class="block">${MOST_READ}</div>${moreStories(o.moreStories ?? 0)}</div>
</div>
<div class="bottom">${COPYRIGHT}<a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></div>
</div>
<div class="cookie-bar"><p>We use cookies to measure our audience and to personalise what you see.</p><a href="#" class="ok">Accept all cookies</a></div>`;
}

/** The page, as a site would serve it (UTF-8). */
export function buildArticlePage(options: ArticlePageOptions): string {
  const body = options.layout === 'div-soup' ? divSoupBody(options) : semanticBody(options);
  const page = `<!DOCTYPE html>
<html lang="${options.lang ?? 'en'}">
<head><meta charset="utf-8"><title>${options.title} | The Daily Example</title>
<meta property="og:title" content="${options.title}"><meta property="og:site_name" content="The Daily Example">
<script>window.analytics = { section: "news" };</script></head>
<body>
${body}
<script src="/static/app.js"></script>
`;
  const pad = padding((options.targetBytes ?? 0) - Buffer.byteLength(page));
  return `${page}${pad}\n</body>\n</html>\n`;
}
