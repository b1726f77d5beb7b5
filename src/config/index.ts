export type { Config, FullTextMode, SourceConfig, TopicConfig } from './config.js';
export { ConfigError, formatConfigIssue } from './config-error.js';
export { checkSourceEntry } from './config-schema.js';
export {
  type DatabaseLocation,
  describeDatabase,
  isPostgresUrl,
  locateDatabase,
  redactDatabase,
} from './database-location.js';
export { loadConfig, parseConfig } from './load-config.js';
