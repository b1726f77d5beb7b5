import sanitizeHtml from 'sanitize-html';
import { resolveUrl } from './urls.js';

const ALLOWED_TAGS = (
  'p br hr h1 h2 h3 h4 h5 h6 blockquote q cite pre code kbd samp var tt em strong b i u s ' +
  'strike sub sup small big mark abbr acronym dfn del ins span div center address bdo bdi ' +
  'wbr ul ol li dl dt dd a img figure figcaption picture table caption thead tbody tfoot tr ' +
  'th td colgroup col section article aside header footer details summary time ruby rt rp'
).split(' ');
/** Presentational and structural attributes that carry no URL and no script. */
const HARMLESS_ATTRIBUTES = (
  'abbr align alt axis border cellpadding cellspacing char charoff clear color cols colspan ' +
  'compact datetime dir headers height hreflang hspace lang noshade nowrap rows rowspan ' +
  'rules scope span start summary title type valign value vspace width reversed'
).split(' ');
const URL_ATTRIBUTES = ['href', 'src', 'cite'];
/** Disallowed elements whose text is dropped too; other disallowed elements keep their text. */
const DROPPED_WITH_CONTENT =
  'script style textarea option noscript template noframes noembed xmp title head svg math'.split(
    ' ',
  );
const LINK_REL = 'noopener noreferrer nofollow';

/** Makes URL attributes absolute and safe; drops the ones that are not http(s) (or mailto links). */
function resolveUrlAttributes(attribs: sanitizeHtml.Attributes, tag: string, base?: string) {
  if (tag !== 'a' && !URL_ATTRIBUTES.some((name) => attribs[name] !== undefined)) return attribs;
  const out: sanitizeHtml.Attributes = { ...attribs };
  for (const name of URL_ATTRIBUTES) {
    const value = out[name];
    if (value === undefined) continue;
    const resolved = resolveUrl(value, base);
    const mailtoAllowed = tag === 'a' && name === 'href';
    if (resolved && (mailtoAllowed || !resolved.startsWith('mailto:'))) out[name] = resolved;
    else delete out[name];
  }
  if (tag === 'a') out.rel = LINK_REL;
  return out;
}

/**
 * Sanitizes HTML with an allowlist: no script, style, frames, objects, forms or meta; no event
 * handlers; links and images absolute (resolved against `baseUrl`), http(s) only (links also
 * mailto), every link with rel="noopener noreferrer nofollow".
 */
export function sanitizeContent(html: string, baseUrl?: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      '*': HARMLESS_ATTRIBUTES,
      a: ['href', 'rel'],
      img: ['src'],
      blockquote: ['cite'],
      q: ['cite'],
      del: ['cite'],
      ins: ['cite'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: URL_ATTRIBUTES,
    allowProtocolRelative: false,
    nonTextTags: DROPPED_WITH_CONTENT,
    disallowedTagsMode: 'discard',
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
    transformTags: {
      '*': (tagName, attribs) => ({
        tagName,
        attribs: resolveUrlAttributes(attribs, tagName, baseUrl),
      }),
    },
  }).trim();
}
