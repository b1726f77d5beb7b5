export {
  countWords,
  DEFAULT_ARTICLE_LIMITS,
  ExtractError,
  extractArticle,
} from './extract-article.js';
export { createParsePool, type ParsePool } from './parse-pool.js';
