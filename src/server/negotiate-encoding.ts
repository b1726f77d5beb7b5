export type ContentCoding = 'br' | 'gzip' | 'identity';

/** The common case: a plain list with no q-values (`gzip`, `gzip, deflate, br`). */
function pickFromPlainList(header: string): ContentCoding {
  const codings = header.toLowerCase().split(',');
  let gzip = false;
  for (const raw of codings) {
    const coding = raw.trim();
    if (coding === 'br' || coding === '*') return 'br';
    if (coding === 'gzip') gzip = true;
  }
  return gzip ? 'gzip' : 'identity';
}

/** Picks br, then gzip, from an Accept-Encoding header, honouring q=0. */
export function negotiateEncoding(header: string | undefined): ContentCoding {
  if (!header) return 'identity';
  if (!header.includes(';')) return pickFromPlainList(header);
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const allows = (coding: string) => (accepted.get(coding) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return 'identity';
}
