export { buildContentHtml } from './content-html.js';
export { countWords, escapeHtml, htmlToText } from './html-to-text.js';
export { type NormalizeContext, normalizeItem } from './normalize-item.js';
