import { describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../src/scheduler/run-poll-cycle.js';

interface Gate {
  open: () => void;
  wait: Promise<void>;
}

function createGate(): Gate {
  let open = () => {};
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, wait };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('createHostLimiter', () => {
  it('runs at most perHost tasks for one host and queues the rest in order', async () => {
    const limiter = createHostLimiter(2, 10);
    const gates = [createGate(), createGate(), createGate()];
    const started: number[] = [];
    const runs = gates.map((gate, i) =>
      limiter.run('a.example', async () => {
        started.push(i);
        await gate.wait;
        return i;
      }),
    );
    await flush();
    expect(started).toEqual([0, 1]);
    gates[0]?.open();
    await flush();
    expect(started).toEqual([0, 1, 2]);
    for (const gate of gates) gate.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
  });

  it('caps the total across hosts but lets another host pass a busy one', async () => {
    const limiter = createHostLimiter(1, 2);
    const gate = createGate();
    const started: string[] = [];
    const task = (name: string) => async () => {
      started.push(name);
      await gate.wait;
    };
    const runs = [
      limiter.run('a', task('a1')),
      limiter.run('a', task('a2')),
      limiter.run('b', task('b1')),
      limiter.run('c', task('c1')),
    ];
    await flush();
    expect(started).toEqual(['a1', 'b1']);
    gate.open();
    await Promise.all(runs);
    expect(started).toEqual(['a1', 'b1', 'a2', 'c1']);
  });

  it('frees the slot when a task fails', async () => {
    const limiter = createHostLimiter(1, 1);
    await expect(limiter.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run('a', async () => 'next')).toBe('next');
  });
});
