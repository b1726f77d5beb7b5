export { buildContentHtml } from './content-html.js';
export { cleanFeedTitle, cleanSiteUrl, MAX_FEED_TITLE_CHARS } from './feed-fields.js';
export { countWords, escapeHtml, htmlToText } from './html-to-text.js';
export { type NormalizeContext, normalizeItem } from './normalize-item.js';
export { isXmlChar, xmlSafeText } from './xml-safe.js';
