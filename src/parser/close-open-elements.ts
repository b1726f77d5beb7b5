/** Element names as XML writes them (with a prefix); anything else is not an element. */
const NAME = /^[A-Za-z_][\w.:-]*/;

/** The markup at `lt` that opens no element: comment, CDATA, declaration, PI; index after it. */
function skipSpecial(xml: string, lt: number): number | undefined {
  const ends: [string, string][] = [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
    ['<!', '>'],
  ];
  for (const [open, close] of ends) {
    if (!xml.startsWith(open, lt)) continue;
    const end = xml.indexOf(close, lt + open.length);
    return end === -1 ? -1 : end + close.length;
  }
  return undefined;
}

function applyTag(xml: string, lt: number, gt: number, stack: string[]): void {
  const closing = xml[lt + 1] === '/';
  const name = NAME.exec(xml.slice(lt + (closing ? 2 : 1), lt + 200))?.[0];
  if (!name) return;
  if (!closing) {
    if (xml[gt - 1] !== '/') stack.push(name);
    return;
  }
  const open = stack.lastIndexOf(name);
  if (open !== -1) stack.length = open;
}

/**
 * Repairs a document cut short: drops the unfinished markup at the end and closes the elements
 * still open, so the items before the cut can be read. One linear scan; undefined when there is
 * nothing to close.
 */
export function closeOpenElements(xml: string): string | undefined {
  const stack: string[] = [];
  let complete = 0;
  let i = xml.indexOf('<');
  while (i !== -1) {
    const special = skipSpecial(xml, i);
    const end = special ?? xml.indexOf('>', i + 1) + 1;
    if (end <= 0) break;
    if (special === undefined) applyTag(xml, i, end - 1, stack);
    complete = end;
    i = xml.indexOf('<', end);
  }
  if (stack.length === 0) return undefined;
  const closers = stack.reverse().map((name) => `</${name}>`);
  return xml.slice(0, complete) + closers.join('');
}
