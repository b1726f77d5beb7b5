import { TextDecoder } from 'node:util';

/** windows-1252 characters for the bytes 0x80–0x9F that it defines (byte → char). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
/** Bytes windows-1252 leaves undefined: decoders often drop them, so they vanish from the text. */
const LOST_BYTE_GUESSES: ReadonlyMap<string, string> = new Map([
  ['â€', '\u201D'], // E2 80 9D: right double quotation mark, by far the most frequent
  ['Ñ', 'с'], // D1 81: Cyrillic es; the other candidates (э я) are rarer and are not guessed
]);

/** The byte a windows-1252 / latin-1 decoder turned into `char`, or -1. */
function toCp1252Byte(char: string | undefined): number {
  if (char === undefined) return -1;
  const code = char.charCodeAt(0);
  if (code >= 0x80 && code <= 0xff) return code;
  const index = CP1252_HIGH.indexOf(char);
  return index === -1 ? -1 : 0x80 + index;
}

function countContinuations(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  return lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
}

interface Repair {
  replacement: string;
  /** How many characters of the damaged text it replaces. */
  length: number;
}

/** The UTF-8 sequence whose lead is at `at`, read as windows-1252 text, decoded; or undefined. */
function decodeSequenceAt(text: string, at: number, decoder: TextDecoder): Repair | undefined {
  const lead = toCp1252Byte(text[at]);
  const count = countContinuations(lead);
  if (count === 0) return undefined;
  const bytes = [lead];
  for (let k = 1; k <= count; k++) {
    const byte = toCp1252Byte(text[at + k]);
    if (byte < 0x80 || byte > 0xbf) return undefined;
    bytes.push(byte);
  }
  try {
    return { replacement: decoder.decode(new Uint8Array(bytes)), length: count + 1 };
  } catch {
    return undefined;
  }
}

function guessLostByteAt(text: string, at: number): Repair | undefined {
  for (const [prefix, guess] of LOST_BYTE_GUESSES) {
    const next = toCp1252Byte(text[at + prefix.length]);
    if (text.startsWith(prefix, at) && (next < 0x80 || next > 0xbf)) {
      return { replacement: guess, length: prefix.length };
    }
  }
  return undefined;
}

/** A UTF-8 lead byte read as windows-1252 or latin-1: the only characters a repair starts at. */
const LEAD = /[\u00c2-\u00f4]/g;

/**
 * The text with every complete sequence repaired and lost bytes guessed where they fit. Both
 * start at a lead character only (`â€` and `Ñ` are leads too), so the text between is copied.
 */
function repairPass(text: string): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let out = '';
  let from = 0;
  for (const lead of text.matchAll(LEAD)) {
    const at = lead.index;
    if (at < from) continue;
    const repair = decodeSequenceAt(text, at, decoder) ?? guessLostByteAt(text, at);
    if (!repair) continue;
    out += text.slice(from, at) + repair.replacement;
    from = at + repair.length;
  }
  return out + text.slice(from);
}

/**
 * Repairs UTF-8 text that was decoded as windows-1252 or latin-1 (`Hereâ€™s` → `Here’s`).
 * Only complete, valid UTF-8 sequences are repaired; a byte that windows-1252 drops is guessed
 * only in text that holds at least one such certain repair. Correct text is returned unchanged.
 */
export function repairMojibake(text: string): string {
  return hasCertainRepair(text) ? repairPass(text) : text;
}

/**
 * True when some complete UTF-8 sequence would be repaired: the first one found scanning left to
 * right is the first repair a pass makes, so this says whether a pass makes any, without building
 * its text (most text with accented letters holds none).
 */
function hasCertainRepair(text: string): boolean {
  let decoder: TextDecoder | undefined;
  for (const lead of text.matchAll(LEAD)) {
    decoder ??= new TextDecoder('utf-8', { fatal: true });
    if (decodeSequenceAt(text, lead.index, decoder)) return true;
  }
  return false;
}
