const UNIT_BYTES: Record<string, number> = {
  b: 1,
  kb: 1024,
  mb: 1024 ** 2,
  gb: 1024 ** 3,
};

/** `512KB`, `10MB`, `1GB`, `2048B` (case-insensitive, binary units) → bytes; undefined when invalid. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)$/i.exec(text.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (UNIT_BYTES[(match[2] ?? '').toLowerCase()] ?? 0));
}
