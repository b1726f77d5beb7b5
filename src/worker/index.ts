export { createParsePool, type ParsePool } from './parse-pool.js';
