import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Node flags of a start script (`node <flags> dist/src/bin.js …`). The memory scenario starts
 * the daemon with the flags of package.json's `start`, which the other launchers (the Dockerfile,
 * the bin's shebang) share (test/config/launchers.test.ts keeps them the same).
 */
export function startFlags(startScript: string): string[] {
  const words = startScript.trim().split(/\s+/);
  const script = words.findIndex((word) => word.endsWith('bin.js'));
  if (words[0] !== 'node' || script < 0) {
    throw new Error(
      `bench: package.json start is not "node [flags] dist/src/bin.js …": ${startScript}`,
    );
  }
  return words.slice(1, script);
}

/** The Node flags `npm start` gives the daemon, from the package.json in `root`. */
export function launcherFlags(root: string): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts?: { start?: string };
  };
  return startFlags(pkg.scripts?.start ?? '');
}
