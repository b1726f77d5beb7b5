/**
 * Whether a headline is a teaser: written to make the reader click, not to state the news. A
 * teaser holds back who and what ("He ran faster than anyone ever has", "Scientists just found
 * WATER on a planet — but there's a catch", "The terrifying storm that just hit the coast"), and
 * its lead carries the facts. Its headline words are then not the item's distinctive statement: a
 * report of the same event need not repeat them (see measureDistinctMissing).
 *
 * Marks, from how clickbait is written in English, Russian and Belarusian:
 * - a headline that opens on a personal pronoun ("He ran…", "Она…"): it holds back who; or that
 *   points with a demonstrative and a noun or an age at what it hides, first ("This new
 *   satellite…", "This 23-year-old…", "Этот город…") or later ("…Hidden Under This Farmer's
 *   Field", "Now this teacher is going to prison");
 * - a short exclamation first ("Ghost ship! 380-year-old vessel found…");
 * - "just" before a verb of the past ("just found", "just freed", "just dug up");
 * - a hook: "but there's a catch", "here's what / who / why", "you won't believe", "what happened
 *   next", "had no idea", "all along", "couldn't believe", "вы не поверите", "…right now";
 * - emotive emphasis ("terrifying", "jaw-dropping", "mysterious", "miracle", "шокирующий");
 * - a headline of two sentences, the second the hook ("He landed for a conference. Police were
 *   waiting at the gate");
 * - someone pointed at as "the man who…", "the woman who…" ("Five years for the man who tried to
 *   start a union"), not after a name ("Jan Nowak, the man who…");
 * - a headline that is a quotation and nothing else ("“They Can't Reach Me, So They Go After My
 *   Parents”");
 * - the reader addressed at the end ("…to Reach Us"), a speculation or a question after a dash
 *   ("— Could Be Sent Back", "— What Did Washington Promise?"; not a question after a colon, which
 *   opens an analysis: "Talks: what next?");
 * - a whole word in capitals for emphasis in a headline that is not in capitals ("found WATER"):
 *   a common word of five letters or more (acronyms are mostly shorter) that the lead says in
 *   lower case or capitalised ("Viking"), or a number word ("9 BILLION Years").
 */

/**
 * A pronoun, then a word: in English case-insensitive (a headline in Title Case too, "He Fled
 * Belarus"); in Russian and Belarusian, which write no Title Case, a word in lower case ("Она
 * вернулась…"), for "Яна Семёнова…" is a woman's name, not "she".
 */
const PRONOUN_START = /^(?:he|she|they|he's|she's|they're)\s+\p{L}/iu;
const CYRILLIC_PRONOUN_START = /^(?:[ОоЁё]н|[Оо]на|[Оо]ни|[Яя]на|[Яя]ны)\s+\p{Ll}/u;

/**
 * A headline that opens on a demonstrative and a noun ("This new satellite can see through
 * clouds", "Этот город…") or an age ("This 23-year-old…"): it points at what it does not name.
 * Not a time ("This week…", "This 2027 budget"; "В этом году" does not open so), nor "this is".
 */
const DEMONSTRATIVE_START =
  /^(?:this|these|этот|эта|эти|гэты|гэтая|гэтыя)\s+(?!(?:year|week|month|morning|evening|weekend|summer|winter|spring|autumn|fall|time|season|is|was|will|has|год|недел\p{L}*|месяц|раз)(?!\p{L}))(?:\p{L}|\d{1,3}(?!\d))/iu;

/**
 * An English demonstrative and a noun later in the headline ("…Found in This Cyclist's Sample",
 * "Now this teacher is going to prison"): news names what it reports, a teaser points at it. Not
 * a time ("this week", "this Sunday", "this season"), nor "this is".
 */
const DEMONSTRATIVE_LATER =
  /\s(?:this|these)\s+(?!(?:year|week|month|morning|evening|afternoon|night|weekend|summer|winter|spring|autumn|fall|time|season|decade|century|round|term|session|is|was|will|has|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\p{L}))\p{L}/iu;

/** A short exclamation that opens the headline, the news after it ("Ghost ship! 380-year-old…"). */
const EXCLAMATION_START = /^(?:\p{L}+\s){0,2}\p{L}+!\s/u;

/**
 * "just" before a verb of the past: a word in -ed ("just freed"; not "need", "speed", "feed",
 * which only end so) or a common irregular past ("just dug", "just let").
 */
const JUST_DONE =
  /\bjust (?:(?!(?:n|sp|s|f|br|bl|w|h|d|gr|ind)eed\b)\p{L}{2,}ed|found|hit|made|won|broke|did|got|became|beat|lost|set|struck|dug|gave|let|told|sold|took|went|came|ran|fell|grew|left|bought|caught|sent|built|shut|cut|spent|paid|held|met|kept|brought|thought|wrote|drew|threw|saw|stole|chose|froze|woke|shook|swept|split|quit)\b/iu;

const HOOK =
  /\bbut there['’]?s a (?:catch|twist|problem)\b|\bhere['’]?s (?:the (?:catch|twist)|what|who|why|how|when|where)\b|\bhere is (?:the catch|what|who|why|how|when|where)\b|\byou (?:won['’]?t|will not) believe\b|\bwhat happened next\b|\byou need to see\b|\bwill (?:shock|amaze|surprise) you\b|\bthe reason (?:why )?(?:will|may) surprise\b|\bhad no idea\b|\ball along\b|\bthe whole time\b|\b(?:couldn['’]?t|can['’]?t|could not|cannot) believe\b|\bright now[.!?]*$|но есть нюанс|вы не поверите|не паверыце|вот что (?:случилось|произошло) дальше/iu;

const EMOTIVE =
  /\b(?:terrifying|jaw-?dropping|mind-?blowing|heart-?stopping|spine-?chilling|insane|unbelievable|shocking|mysterious|bizarre|stunning|incredible|heartbreak(?:ing)?|miracle)\b|шокирующ|жутк(?:ий|ая|ое|ие)|страшн(?:ый|ая|ое) (?:шторм|ураган)|загадочн|таинственн|невероятн|шакуюч|жахлів|загадкав|неверагодн/iu;

/**
 * The reader addressed at the headline's end ("…to Reach Us", "…Will Surprise You"), or a
 * speculation after a dash ("… — Could Be Sent Back"): the headline sells, the lead tells. "US"
 * in capitals is a country.
 */
const ADDRESS =
  /\b(?:[Uu]s|[Yy]ou)[.!?]*$|[—–]\s*(?:[Cc]ould|[Mm]ight|[Mm]ay)\s+(?:[Bb]e|[Ff]ace|[Ss]oon)\b/u;

/**
 * A question after a dash that ends the headline ("… — What Did Washington Promise Him?"): the
 * statement before the dash is the news, the question the hook. Not one after a colon, which opens
 * an analysis ("Talks: what next?").
 */
const DASH_QUESTION =
  /[—–]\s*(?:what|who|why|how|when|where|is|are|was|will|could|can|did|does)\b[^—–:]*\?$/iu;

/**
 * A headline of two sentences ("He landed for a conference. Police were waiting at the gate"):
 * a news headline is one statement; a second sentence is the hook. A word's period before a
 * capital ends a sentence unless the word is an abbreviation ("Gov. Newsom", "St. Louis").
 */
const SENTENCE_END = /(\p{L}{2,})[.!?]\s+["“«]?\p{Lu}/gu;
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st mt ft gov sen rep gen col lt sgt capt cmdr adm prof rev corp inc ltd co jr sr ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc approx dept univ est ' +
    'г гг ул им проф акад тыс млн млрд руб'
  ).split(' '),
);

function hasTwoSentences(text: string): boolean {
  for (const match of text.matchAll(SENTENCE_END)) {
    const word = match[1] as string;
    if (word !== word.toUpperCase() && !ABBREVIATIONS.has(word.toLowerCase())) return true;
  }
  return false;
}

/**
 * Someone pointed at, not named: "the man who", "the unknown runner who", "the woman who". Not an
 * apposition after a comma, which follows the name it describes.
 */
const PERSON_WHO =
  /(?<!,\s*)\bthe (?:\p{L}+[ -]){0,2}(?:man|woman|men|women|boy|girl|teenager|teen|couple|family|person|people|runner|pilot|doctor|teacher|student|guide|officer|worker|mother|father|grandfather|grandmother) who\b/iu;

/** A headline that is a quotation and nothing else: who said it, the lead tells. */
const QUOTE_ONLY = /^["“«„][^"“”«»„]{12,}["”»“]$/u;

/** Number words shouted ("9 BILLION Years"): never an acronym, whatever the lead says. */
const SHOUTED_NUMBER =
  /^(?:HUNDREDS?|THOUSANDS?|MILLIONS?|BILLIONS?|ТЫСЯЧ\p{Lu}*|МИЛЛИОН\p{Lu}*|МИЛЛИАРД\p{Lu}*|МІЛЬЁН\p{Lu}*|МІЛЬЯРД\p{Lu}*)$/u;

/**
 * Labels in capitals are the item's genre, not emphasis: a bracketed one ("(VIDEO)") or a leading
 * one before a bar or a colon ("PODCAST | THE INTERVIEW:").
 */
const LABELS = /\([^)]*\)|\[[^\]]*\]|^[^\p{Ll}]*[|:]/gu;

/** Letters of an all-capitals word long enough to be emphasis rather than an acronym. */
const EMPHASIS_LETTERS = 5;

/** Whether the headline reads as a teaser (see above). `lead`: the text's opening, for emphasis. */
export function isTeaser(title: string, lead = ''): boolean {
  const text = title.trim();
  if (PRONOUN_START.test(text) || CYRILLIC_PRONOUN_START.test(text)) return true;
  if (DEMONSTRATIVE_START.test(text)) return true;
  if (DEMONSTRATIVE_LATER.test(text) || EXCLAMATION_START.test(text)) return true;
  if (QUOTE_ONLY.test(text) || hasTwoSentences(text)) return true;
  if (JUST_DONE.test(text) || HOOK.test(text) || EMOTIVE.test(text)) return true;
  if (ADDRESS.test(text) || DASH_QUESTION.test(text) || PERSON_WHO.test(text)) return true;
  return hasEmphasisWord(text, lead);
}

/** What withholdsNames reads of a Title-Case headline (FingerprintFeatures' fields). */
export interface HeadlineNames {
  titleMentions: readonly string[];
  titlePlaces: readonly string[];
  titleLocations: readonly string[];
  titleCountries: readonly string[];
}

/**
 * Whether a headline in Title Case holds back every name and place its lead gives ("Museum
 * Experts Found a Secret Dog Hiding in a 380-Year-Old Painting", its lead naming the restorers,
 * the town and the museum): none of its words is a name the text capitalises (`headNames`, the
 * headline's names, and `leadNames`, the lead's, as skeletons), none is a word the lead names,
 * and it names no town, province, country or people (`headline`); the lead names someone or
 * somewhere. In Title Case only the text tells which words are names, so this is read once the
 * text is (fingerprint-entry.ts), not by isTeaser.
 */
export function withholdsNames(
  headNames: readonly string[],
  leadNames: readonly string[],
  headline: HeadlineNames,
): boolean {
  return (
    headNames.length === 0 &&
    leadNames.length > 0 &&
    !leadNames.some((name) => headline.titleMentions.includes(name)) &&
    headline.titlePlaces.length === 0 &&
    headline.titleLocations.length === 0 &&
    headline.titleCountries.length === 0
  );
}

/**
 * A word in capitals of EMPHASIS_LETTERS letters or more, in a headline mostly in lower case,
 * that the lead says in lower case: shouted, not an acronym.
 */
function hasEmphasisWord(text: string, lead: string): boolean {
  const words = text.replace(LABELS, ' ').match(/\p{L}+/gu) ?? [];
  const capitals = words.filter((word) => word.length > 1 && word === word.toUpperCase());
  if (capitals.length === 0 || capitals.length * 2 > words.length) return false;
  // The lead says the word in lower case, or capitalised as a proper adjective ("Viking").
  const leadWords = new Set(
    (lead.match(/\p{Lu}?\p{Ll}+/gu) ?? []).map((word) => word.toLowerCase()),
  );
  return capitals.some(
    (word) =>
      SHOUTED_NUMBER.test(word) ||
      (word.length >= EMPHASIS_LETTERS && leadWords.has(word.toLowerCase())),
  );
}
