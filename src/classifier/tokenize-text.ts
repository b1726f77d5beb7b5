import { foldText } from './fold-text.js';

/** Splits text into folded word tokens: runs of Unicode letters and digits; all else separates. */
export function tokenizeText(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
