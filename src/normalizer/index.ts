export { type NormalizeContext, normalizeItem } from './normalize-item.js';
