import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli.js';
import { httpGet } from './helpers/http-get.js';
import { collectIo, writeDemoConfig } from './helpers/start-demo-app.js';

describe('topicfeed run and SIGHUP', () => {
  it('reloads a good config, keeps serving on a bad one, stops on SIGTERM', async () => {
    const { dir, configPath } = writeDemoConfig();
    const good = readFileSync(configPath, 'utf8').replace('  port: 8080\n', '  port: 0\n');
    writeFileSync(configPath, good);
    const io = collectIo();
    const running = runCli(['run', '--config', configPath], io);
    await vi.waitFor(() => expect(io.stdout.join('')).toMatch(/running on/), { timeout: 10_000 });
    const base = /running on (http:\/\/[^/]+)\//.exec(io.stdout.join(''))?.[1] ?? '';
    const title = async () =>
      (
        JSON.parse((await httpGet(`${base}/feeds/belarus.json`)).body.toString()) as {
          title: string;
        }
      ).title;
    expect(await title()).toBe('Belarus — topicfeed');

    writeFileSync(configPath, good.replace('title: Belarus\n', 'title: Belarus (renamed)\n'));
    process.emit('SIGHUP', 'SIGHUP');
    expect(await title()).toBe('Belarus (renamed) — topicfeed');

    writeFileSync(configPath, good.replace('topics:\n', 'topics:\n  - id: BAD ID\n'));
    process.emit('SIGHUP', 'SIGHUP');
    expect(await title()).toBe('Belarus (renamed) — topicfeed');

    process.emit('SIGTERM', 'SIGTERM');
    expect(await running).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
