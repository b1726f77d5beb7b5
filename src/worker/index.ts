export { createParsePool, type ParsePool } from './create-parse-pool.js';
