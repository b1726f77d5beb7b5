/** Bounds that keep a hostile or mistaken query from costing more than a config error. */
export const QUERY_LIMITS = {
  maxLength: 4000,
  maxTerms: 500,
  maxDepth: 50,
  maxNearDistance: 100,
  minPrefixLength: 2,
} as const;
