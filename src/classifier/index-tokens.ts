/** Token positions by token, plus the sorted distinct tokens for prefix lookups. */
export interface TokenIndex {
  tokens: string[];
  positions: Map<string, number[]>;
  vocabulary: string[];
}

export function indexTokens(tokens: string[]): TokenIndex {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, pos) => {
    const list = positions.get(token);
    if (list) list.push(pos);
    else positions.set(token, [pos]);
  });
  const vocabulary = [...positions.keys()].sort();
  return { tokens, positions, vocabulary };
}
