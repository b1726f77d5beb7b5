import { spawnSync } from 'node:child_process';

/** XML 1.0 forbids these; a strict reader rejects the document that holds one. */
export const XML_ILLEGAL_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters under test
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const SCRIPT = `
import sys, xml.dom.minidom
try:
    xml.dom.minidom.parseString(sys.stdin.buffer.read())
    print("ok")
except Exception as error:
    print("error: " + str(error))
`;

/**
 * Parses a document with a strict XML reader (Python's expat, always present with python3):
 * "ok", or the reader's error. Expat refuses illegal characters, raw or as references.
 */
export function parseStrictXml(text: string | Buffer): string {
  const run = spawnSync('python3', ['-c', SCRIPT], { input: text, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`strict-xml: python3 failed: ${run.stderr}`);
  return run.stdout.trim();
}
