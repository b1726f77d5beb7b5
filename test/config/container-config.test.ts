import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runTopicfeed } from '../helpers/run-cli.js';
import { REPO } from '../helpers/temp-config.js';

/** The `COPY <repo path> /config/...` lines of the Dockerfile: what the image's /config holds. */
function readConfigCopies(): [string, string][] {
  const dockerfile = readFileSync(join(REPO, 'Dockerfile'), 'utf8');
  return [...dockerfile.matchAll(/^COPY\s+(config\/\S+)\s+(\/config\/\S*)\s*$/gm)].map((m) => [
    m[1] ?? '',
    m[2] ?? '',
  ]);
}

/** Rebuilds the image's /config in a temp folder, the way the Dockerfile does. */
function buildImageConfigDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'topicfeed-image-'));
  for (const [from, to] of readConfigCopies()) {
    const target = join(root, to);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(REPO, from), target, { recursive: true });
  }
  return join(root, 'config');
}

describe("the container image's default config", () => {
  it('is copied to /config/topicfeed.yaml, with the watch-lists it names', () => {
    const copies = readConfigCopies().map(([, to]) => to);
    expect(copies).toContain('/config/topicfeed.yaml');
    expect(readFileSync(join(REPO, 'Dockerfile'), 'utf8')).toMatch(
      /TOPICFEED_CONFIG=\/config\/topicfeed\.yaml/,
    );
  });

  it('passes topicfeed check as the image holds it', async () => {
    const file = join(buildImageConfigDir(), 'topicfeed.yaml');
    const result = await runTopicfeed(['check', '--config', file]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });

  it('keeps its database in the /data volume and listens on every interface', () => {
    const config = parse(readFileSync(join(REPO, 'config/container.yaml'), 'utf8'));
    expect(config.database).toBe('/data/topicfeed.db');
    expect(config.server.host).toBe('0.0.0.0');
  });

  it('has the same sources and topics as config/topicfeed.yaml', () => {
    const read = (name: string) => parse(readFileSync(join(REPO, 'config', name), 'utf8'));
    const container = read('container.yaml');
    const shipped = read('topicfeed.yaml');
    expect(container.sources).toEqual(shipped.sources);
    expect(container.topics).toEqual(shipped.topics);
  });
});
