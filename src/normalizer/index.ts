export { escapeHtml } from './escape-html.js';
export { type NormalizeContext, normalizeItem } from './normalize-item.js';
