/** Named zones of RFC 822 and common practice, in minutes east of UTC, as `NAME minutes` pairs. */
const NAMED_ZONES: ReadonlyMap<string, number> = new Map(
  (
    'UT 0,UTC 0,GMT 0,Z 0,WET 0,BST 60,CET 60,MET 60,CEST 120,MEST 120,EET 120,EEST 180,MSK 180,' +
    'EST -300,EDT -240,CST -360,CDT -300,MST -420,MDT -360,PST -480,PDT -420,AST -240,ADT -180,' +
    'AT -240,ET -300,CT -360,MT -420,PT -480,HST -600,AKST -540,AKDT -480,JST 540,KST 540,' +
    'IST 330,AEST 600,AEDT 660'
  )
    .split(',')
    .map((pair) => [pair.split(' ')[0] ?? '', Number(pair.split(' ')[1])] as const),
);
const NUMERIC_ZONE = /^([+-])(\d{1,2})(?::?(\d{2}))?$/;

/**
 * Minutes east of UTC for a zone token: `Z`, `GMT`, `EST`, `+0300`, `-01:01`, `GMT+3`,
 * `Etc/GMT`; undefined when the token is not a zone.
 */
export function parseZoneOffset(token: string): number | undefined {
  const upper = token.toUpperCase().replace(/^ETC\//, '');
  const named = NAMED_ZONES.get(upper);
  if (named !== undefined) return named;
  const numeric = NUMERIC_ZONE.exec(upper.replace(/^(?:GMT|UTC|UT)(?=[+-])/, ''));
  if (!numeric) return undefined;
  const hours = Number(numeric[2]);
  const minutes = Number(numeric[3] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
