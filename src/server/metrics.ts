import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PollOutcome } from '../model/index.js';
import { countEntries, countStories, type Db, summarizeSources } from '../store/index.js';

export interface Metrics {
  registry: Registry;
  countPoll(outcome: PollOutcome): void;
  recordRequest(route: string, status: number): void;
}

/** A registry of its own (no global default registry) with topicfeed's metrics. */
export function createMetrics(db: Db): Metrics {
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
    collect() {
      const { lastSuccessAt } = summarizeSources(db);
      this.set(lastSuccessAt ? Date.parse(lastSuccessAt) / 1000 : 0);
    },
  });
  new Gauge({
    name: 'topicfeed_entries',
    help: 'Entries stored',
    registers: [registry],
    collect() {
      this.set(countEntries(db));
    },
  });
  new Gauge({
    name: 'topicfeed_stories',
    help: 'Stories stored',
    registers: [registry],
    collect() {
      this.set(countStories(db, 'all'));
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
