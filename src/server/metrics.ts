import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PollOutcome } from '../model/index.js';
import type { SourceStore, StoryReader } from '../store/index.js';

export interface Metrics {
  registry: Registry;
  countPoll(outcome: PollOutcome): void;
  recordRequest(route: string, status: number): void;
}

/** What the gauges read when scraped: the store, on either backend. */
export interface MetricsStores {
  sources: Pick<SourceStore, 'summarizeSources'>;
  stories: Pick<StoryReader, 'countStories' | 'countEntries'>;
}

/**
 * A registry of its own (no global default registry) with topicfeed's metrics: this process's
 * polls and requests, and gauges read from the store at each scrape (the same series on SQLite
 * and PostgreSQL, where every instance reports the shared store's counts).
 */
export function createMetrics(stores: MetricsStores): Metrics {
  const registry = new Registry();
  const polls = new Counter({
    name: 'topicfeed_polls_total',
    help: 'Source polls by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const pollErrors = new Counter({
    name: 'topicfeed_poll_errors_total',
    help: 'Source polls that failed',
    labelNames: ['source'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'topicfeed_fetch_duration_seconds',
    help: 'Duration of one source poll',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const newEntries = new Counter({
    name: 'topicfeed_new_entries_total',
    help: 'Entries stored for the first time',
    registers: [registry],
  });
  const requests = new Counter({
    name: 'topicfeed_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'],
    registers: [registry],
  });
  new Gauge({
    name: 'topicfeed_last_successful_poll_timestamp_seconds',
    help: 'Unix time of the last successful poll of any source (from the database)',
    registers: [registry],
    async collect() {
      const { lastSuccessAt } = await stores.sources.summarizeSources();
      this.set(lastSuccessAt ? Date.parse(lastSuccessAt) / 1000 : 0);
    },
  });
  new Gauge({
    name: 'topicfeed_sources',
    help: 'Active sources (from the database)',
    registers: [registry],
    async collect() {
      this.set((await stores.sources.summarizeSources()).active);
    },
  });
  new Gauge({
    name: 'topicfeed_entries',
    help: 'Entries stored',
    registers: [registry],
    async collect() {
      this.set(await stores.stories.countEntries());
    },
  });
  new Gauge({
    name: 'topicfeed_stories',
    help: 'Stories stored',
    registers: [registry],
    async collect() {
      this.set(await stores.stories.countStories('all'));
    },
  });
  // Labelled children kept per route and status: a request then costs one increment.
  const requestsByRoute = new Map<string, ReturnType<typeof requests.labels>>();
  return {
    registry,
    countPoll(outcome) {
      polls.inc({ outcome: outcome.outcome });
      duration.observe(outcome.durationMs / 1000);
      newEntries.inc(outcome.newEntries);
      if (outcome.outcome === 'error') pollErrors.inc({ source: outcome.sourceId });
    },
    recordRequest(route, status) {
      const key = `${route} ${status}`;
      let child = requestsByRoute.get(key);
      if (!child) {
        child = requests.labels(route, String(status));
        requestsByRoute.set(key, child);
      }
      child.inc();
    },
  };
}
