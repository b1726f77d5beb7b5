export { escapeHtml } from './html-to-text.js';
export { type NormalizeContext, normalizeItem } from './normalize-item.js';
