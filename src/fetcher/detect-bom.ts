export interface ByteOrderMark {
  encoding: string;
  length: number;
}

const marks: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16be', [0xfe, 0xff]],
  ['utf-16le', [0xff, 0xfe]],
];

/** The byte order mark at the start of `bytes`, if any (UTF-32 checked before UTF-16). */
export function detectBom(bytes: Uint8Array): ByteOrderMark | undefined {
  for (const [encoding, mark] of marks) {
    if (mark.every((byte, i) => bytes[i] === byte)) return { encoding, length: mark.length };
  }
  return undefined;
}
