/** An article page's main text, as the extractor hands it on: cleaned like feed content. */
export interface ExtractedArticle {
  /** The page's own title (Readability's reading of `<title>`, og:title, the headline). */
  title?: string;
  /** The article body: sanitized by the feed-content allowlist, mojibake and repeats repaired. */
  contentHtml: string;
  /** Plain text of the body, for clustering, classification, provenance and search. */
  text: string;
  wordCount: number;
  byline?: string;
  /** The page's declared language, when it has one. */
  language?: string;
}

/** Bounds on one extraction: the page's size in elements and the size of what is kept. */
export interface ArticleLimits {
  /** Pages with more elements (start tags) than this are refused before a DOM is built. */
  maxElements: number;
  /** Characters kept of the extracted body HTML; a longer body is cut before sanitizing. */
  maxChars: number;
}
