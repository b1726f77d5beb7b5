export { addSourcesToConfig } from './add-sources-to-config.js';
export { parseOpml } from './parse-opml.js';
