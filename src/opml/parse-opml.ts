import { parseStringPromise } from 'xml2js';

export interface OpmlOutline {
  title: string;
  xmlUrl: string;
  htmlUrl?: string;
  language?: string;
}

type Node = { $?: Record<string, string>; outline?: Node[] };

function collect(nodes: Node[] | undefined, out: OpmlOutline[], depth: number): void {
  if (!nodes || depth > 20) return;
  for (const node of nodes) {
    const attrs = node.$ ?? {};
    const xmlUrl = attrs.xmlUrl ?? attrs.xmlurl;
    if (xmlUrl) {
      out.push({
        title: attrs.title ?? attrs.text ?? xmlUrl,
        xmlUrl,
        htmlUrl: attrs.htmlUrl,
        language: attrs.language,
      });
    }
    collect(node.outline, out, depth + 1);
  }
}

/** Every outline with an `xmlUrl` in an OPML document, nested folders included. */
export async function parseOpml(text: string): Promise<OpmlOutline[]> {
  let document: { opml?: { body?: { outline?: Node[] }[] } };
  try {
    document = await parseStringPromise(text, { strict: true });
  } catch (error) {
    throw new Error(
      `opml: not a readable OPML document: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
      { cause: error },
    );
  }
  const body = document.opml?.body?.[0];
  if (!body) throw new Error('opml: no <opml><body> element');
  const outlines: OpmlOutline[] = [];
  collect(body.outline, outlines, 0);
  return outlines;
}
