/**
 * What a feed prints around a story that is no part of it, left out of what the clusterer reads
 * (the stored text keeps it all).
 *
 * Picture credits a feed prints inside its teaser ("(Image credit: Jane Roe)", "(AP Photo/John
 * Doe, File)", "(Photo by A. N. Other/AFP via Getty Images)", "(Фото: БелТА)"): they name the
 * photographer and the agency, not the story, and read as names of it they set two copies of
 * one report apart (each credits its own photographer) or bring two reports together (one
 * agency's).
 *
 * WordPress's closing line, "The post <headline> appeared first on <site>.": the site's name, on
 * every post of the feed, is no name of the story either.
 */

/** A parenthesis without another inside it, short as a credit is. */
const PARENTHESIS = /\s*\(([^()]{1,160})\)/gu;
/** What a credit says, at its start or anywhere (an agency's picture desk, a stock library). */
const CREDIT =
  /^(?:image|photo|picture|video)s?(?: credits?)?\s*(?::|by\b|\/)|^(?:фото|фота|фотографи[яи])(?:\s*[:—–-]|$)|\b(?:AP|AFP|Reuters|EPA|AAP|PA) (?:photo|images?)\b|\bgetty images\b|\bstock photo\b|\bshutterstock\b|\bfile photo\b|\bphoto by\b/iu;
/**
 * A credit closing the text, after its last sentence: "… 2,5 млрд. Фото: архив ИА «Повестка Дня»",
 * "Источник, фото: riastrela.ru". One at the start has no such edge to end it, and stays.
 */
const CLOSING_CREDIT =
  /(?<=[.!?…»"”)])\s*(?:(?:источник|крыніца|source),\s*)?(?:фото|фота|photos?|images?|pictures?)(?: credits?)?\s*:\s*(?:[^.!?\n]|\.(?=\S)){1,60}\s*$/iu;
/** Letters a text needs before a credit can be in it: most texts skip the pass. */
const HINT = /photo|image|getty|shutterstock|фот/iu;
/** WordPress's closing line, up to the end of the text. */
const WORDPRESS_CLOSING = /\s*\bThe post .{1,300}? appeared first on [^\n]{1,100}$/su;

/** `text` without the picture credits and closing lines a feed prints (the same string when none). */
export function dropBoilerplate(text: string): string {
  return dropCredits(
    text.includes('appeared first on') ? text.replace(WORDPRESS_CLOSING, '') : text,
  );
}

/** `text` without the picture credits it prints. */
function dropCredits(text: string): string {
  if (!HINT.test(text)) return text;
  const kept = text.includes('(')
    ? text.replace(PARENTHESIS, (whole, inside: string) =>
        CREDIT.test(inside.trim()) ? '' : whole,
      )
    : text;
  return kept.replace(CLOSING_CREDIT, '');
}
