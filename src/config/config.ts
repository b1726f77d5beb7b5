import type { CompiledTopic, ExampleRecord } from '../classifier/index.js';

export interface SourceConfig {
  id: string;
  /** Absolute: http(s) as written, file: resolved against the config file's folder. */
  url: string;
  title?: string;
  language?: string;
  intervalMs: number;
  preferred: boolean;
  /**
   * `full_text`: fetch each new entry's article page once and extract it (`always`), only when
   * the feed's own text is under about 80 words (`auto`), or never (the default, also when absent).
   */
  fullText?: FullTextMode;
  /** `full_text_serve`: serve the extracted article instead of the feed's own content. */
  fullTextServe?: boolean;
}

export type FullTextMode = 'never' | 'always' | 'auto';

export interface TopicConfig {
  id: string;
  title: string;
  description?: string;
  query: string;
  minScore?: number;
  /**
   * As compiled from the config: configured weights. The app replaces it with the topic as learned
   * from its examples (the file's and those taught in the database) once the store is open.
   */
  compiled: CompiledTopic;
  /** The labelled examples of the topic's `examples:` file (absolute path; sha256 of its text). */
  examples?: { file: string; records: ExampleRecord[]; hash: string };
}

/** The loaded, validated and compiled configuration; every path absolute, every duration in ms. */
export interface Config {
  file: string;
  database: string;
  server: {
    host: string;
    port: number;
    baseUrl: string;
    websubHub?: string;
    /** `/` shows source URLs (without credentials or query) and `/opml` lists the sources. */
    showSources: boolean;
    /** Open connections the server accepts at once; more are refused. */
    maxConnections: number;
    /** Bytes the feed cache may hold (bodies and their compressed copies). */
    cacheBytes: number;
    /** Time a client has to send its request headers, and the whole request. */
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    /** `/search`: on or off, its deadline and how many searches run at once. */
    search: { enabled: boolean; timeoutMs: number; concurrency: number };
  };
  poll: {
    schedule: string;
    intervalMs: number;
    concurrency: number;
    perHost: number;
    timeoutMs: number;
    maxBytes: number;
    allowPrivateNetworks: boolean;
  };
  retention: { days: number };
  stories: { windowMs: number };
  sources: SourceConfig[];
  /** The configured topics; the implicit `all` topic is not listed here. */
  topics: TopicConfig[];
}
