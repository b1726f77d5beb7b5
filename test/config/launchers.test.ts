import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFlags } from '../../bench/perf/launcher-flags.js';
import { REPO } from '../helpers/temp-config.js';

const read = (file: string) => readFileSync(join(REPO, file), 'utf8');

/** The Node flags each way of starting the daemon gives it. */
function launchers(): Record<string, string[]> {
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
  const entrypoint = /^ENTRYPOINT\s+(\[.*\])\s*$/m.exec(read('Dockerfile'))?.[1];
  const shebang = read('src/bin.ts').split('\n')[0] ?? '';
  return {
    'npm start': startFlags(scripts.start ?? ''),
    'npm run demo': startFlags(scripts.demo ?? ''),
    'the image': (JSON.parse(entrypoint ?? '[]') as string[]).slice(1, -1),
    'the bin': shebang
      .replace(/^#!\/usr\/bin\/env -S node\s*/, '')
      .split(/\s+/)
      .filter(Boolean),
  };
}

/** The young generation's size (bytes) of a Node started with `flags` after some allocation. */
function newSpaceSize(flags: string[]): number {
  const script =
    'const a=[];for(let i=0;i<1e6;i++)a.push({i});' +
    'console.log(require("v8").getHeapSpaceStatistics().find((s)=>s.space_name==="new_space").space_size)';
  const run = spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return Number(run.stdout.trim());
}

describe('the launchers', () => {
  it('start Node with the same flags: npm start, the demo, the image and the bin', () => {
    const flags = launchers();
    expect(read('src/bin.ts').startsWith('#!/usr/bin/env -S node')).toBe(true);
    expect(flags['npm start']).toEqual(['--max-semi-space-size=2', '--heap-growing-percent=50']);
    for (const [launcher, given] of Object.entries(flags)) {
      expect(given, launcher).toEqual(flags['npm start']);
    }
  });

  it("cap the main thread's young generation, which the memory bench measures", () => {
    const capped = newSpaceSize(launchers()['npm start'] ?? []);
    expect(capped).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(capped).toBeLessThan(newSpaceSize([]));
  });

  it('are read by the memory bench from the start script, and a start script it cannot read is an error', () => {
    expect(startFlags('node --a=1 --b dist/src/bin.js run')).toEqual(['--a=1', '--b']);
    expect(startFlags('node dist/src/bin.js run')).toEqual([]);
    expect(() => startFlags('tsx src/bin.ts run')).toThrow(/package\.json start/);
  });
});
