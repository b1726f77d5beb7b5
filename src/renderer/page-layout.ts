import { escapeHtml } from '../normalizer/index.js';

/**
 * The frame of the reading pages (`/stories/{id}`, `/topics/{id}`): one inline stylesheet, no
 * script, no external resource, so they pass `default-src 'none'; style-src 'unsafe-inline'`;
 * one column on a phone, wider grids on a desktop. `body` is HTML the caller escaped.
 */
export function renderPageLayout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style></head>
<body><nav class="top"><a href="/">topicfeed</a></nav>
${body}
</body></html>
`;
}

/** A date as people read it in a list: `2025-06-22 17:04 UTC`, or the raw text when unparsable. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "1 outlet", "2 outlets". */
export function countOutlets(count: number): string {
  return `${count} ${count === 1 ? 'outlet' : 'outlets'}`;
}

const PAGE_STYLE = `*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:72rem;margin:0 auto;padding:.8rem 1rem 2rem;color:#1d1d1f;background:#fff}
a{color:#1a4fa0}nav.top{font-size:.9rem;margin-bottom:.6rem}nav.top a{text-decoration:none;font-weight:600}
h1{font-size:1.55rem;line-height:1.25;margin:.3rem 0 .5rem;overflow-wrap:anywhere}
h2{font-size:1.15rem;margin:1.6rem 0 .6rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.meta{color:#555;font-size:.9rem;margin:.2rem 0}.meta a{color:#555}
.lead p{margin:.5rem 0;overflow-wrap:anywhere}.lead{max-width:44rem}
mark.only{background:#ffe28a;padding:0 .15em;border-radius:.2em}
.members{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:.8rem}
.member{border:1px solid #d6d6d6;border-radius:.6rem;padding:.7rem .9rem;background:#fafafa;min-width:0}
.member.rep{border-color:#1a4fa0}.member h3{font-size:1rem;margin:.1rem 0 .3rem;overflow-wrap:anywhere}
.member .source{font-weight:700}.tag{display:inline-block;font-size:.75rem;background:#e8eefb;color:#1a4fa0;border-radius:.3rem;padding:0 .4rem;margin-left:.3rem}
.signals{font-size:.8rem;color:#555;overflow-wrap:anywhere}
.only-here{margin:.5rem 0 0;padding:.5rem .6rem;background:#fff6d6;border-left:4px solid #e0a800;border-radius:.3rem}
.only-here strong{display:block;font-size:.85rem}.nothing{color:#666;font-size:.85rem;margin:.5rem 0 0}
blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #ccc;font-style:italic;overflow-wrap:anywhere}
ul.chips{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.3rem}
ul.chips li{background:#fff;border:1px solid #ddd;border-radius:1rem;padding:0 .55rem;font-size:.85rem}
.confirmed{background:#eef8ee;border-left:4px solid #2e8b57;padding:.5rem .8rem;border-radius:.3rem}
ol.stories{list-style:none;padding:0;margin:0}ol.stories li{padding:.65rem 0;border-bottom:1px solid #e4e4e4}
ol.stories a.title{font-weight:600;font-size:1.05rem;text-decoration:none;overflow-wrap:anywhere}
.pager{display:flex;justify-content:space-between;margin-top:1rem}
@media (min-width:48rem){h1{font-size:1.9rem}}`;
