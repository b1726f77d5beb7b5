import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  root: string;
  version: string;
  migrationsDir: string;
}

/** Finds the package root (the folder with package.json) above this module: works from src/ and dist/src/. */
export function readPackageInfo(): PackageInfo {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { root: dir, version: pkg.version, migrationsDir: join(dir, 'migrations') };
}
