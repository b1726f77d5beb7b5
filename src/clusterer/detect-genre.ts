import { readMonth } from './extract-dates.js';

/**
 * What kind of item a headline announces, from how news is written in English, Russian and
 * Belarusian. An explainer, a live page, a gallery, a digest, an opinion piece or a video is not the
 * report of the event it is about; a preview is not the outcome. An item announcing that footage
 * has appeared ("Появилось видео…", "Video emerges of…") is a video item too.
 */
export type Genre =
  | ''
  | 'explainer'
  | 'live'
  | 'gallery'
  | 'digest'
  | 'opinion'
  | 'video'
  | 'profile'
  | 'preview';

const RULES: [Exclude<Genre, ''>, RegExp][] = [
  [
    'live',
    /^live\b|\blive(?: updates| blog| coverage)\b|\bas it happened\b|\bminute[- ]by[- ]minute\b|онлайн|трансляци|хроника событий|в прямом эфире|анлайн|хроніка падзей|наўпрост/iu,
  ],
  [
    'gallery',
    /\bin (?:pictures|photos|images)\b|\bphotos? (?:of|and video)\b|^photos?(?=\s*[:|–—-]|\s+from\b)|\bphoto gallery\b|\bbest photos\b|фоторепортаж|в фотографиях|фотографи[ия] дня|фотарэпартаж|у фотаздымках/iu,
  ],
  [
    'digest',
    /\bnewsletter\b|\bbriefing\b|\bdigest\b|\bquiz\b|\bround-?up\b|\bthe week unwrapped\b|\bnews in brief\b|\bwhat happened (?:today|this week)\b|[.!?] (?:and|plus|also)[,:] |[.!?] (?:а также|а ещё|а еще|а таксама)[,:]? |дайджест|главное за|итоги (?:дня|недели)|коротко о главном|дайджэст|галоўнае за|вынікі (?:дня|тыдня)/iu,
  ],
  [
    'opinion',
    /^(?:opinion|analysis|comment|editorial|column|review|letters?)\b|\b(?:film|book|theatre|music) reviews?\b|^(?:мнение|колонка|комментарий|аналитика|разбор|меркаванне|калонка|каментар)\b/iu,
  ],
  [
    'video',
    /^(?:watch|listen)(?=\s*[:|–—-]|\s+(?:as|how|live|the moment|moment|now|again|this|these)\b)|^video\b(?!\s+(?:games?|gaming|assistant|referee|calls?|streaming)\b)|^podcast\b|[:|–—-]\s*(?:the\s+)?podcast\s*$|\(podcast\)|\bpodcast\s*[:|]|^(?:видео|відэа)\s*[:|]|\b(?:video|footage) (?:has )?(?:emerges|emerged|released)\b|(?:появил|опубликова)\p{L}* (?:видео|кадры)|(?:з'явіл|апублікава)\p{L}* відэа/iu,
  ],
  [
    'profile',
    /\bobituary\b|\ba life in\b|\blife and legacy\b|^all about\b|некролог|памяти |памяці /iu,
  ],
  [
    'explainer',
    /\bwhat (?:to|you need to|we) know\b|\bwhat to expect\b|\bhere'?s what\b|\bwhat we learned\b|\bexplained\b|\bexplainer\b|\bwhat'?s next\b|\bwhat it means\b|что известно|что нужно знать|чего (?:ждать|ожидать)|объясняем|што вядома|чаго чакаць|тлумачым/iu,
  ],
  [
    // A backgrounder: a wire's label ("Timeline:", "Factbox:", "Справка:") or the history of
    // something ("X and Russia's history of poisonings"; not "a man with a history of violence").
    'explainer',
    /^(?:timeline|factbox|fact box|q&a|background(?:er)?|хронология|справка|досье|храналогія|даведка|дасье)\s*[:|—–-]|(?:['’]s|\bthe|\ba (?:brief|short)) history of\b|(?<!\p{L})(?:краткая история|история вопроса|кароткая гісторыя|гісторыя пытання)(?!\p{L})/iu,
  ],
];

/**
 * Pieces of which every match of RULES holds one, in lower case: a headline with none of them
 * (after toLowerCase) is of no genre of RULES, and the patterns are not run on it.
 */
const RULE_PIECES = [
  ...['live', 'as it happened', 'minute', 'нлайн', 'трансляци', 'хроника событий'],
  ...['в прямом эфире', 'хроніка падзей', 'наўпрост'],
  ...['pictures', 'photo', 'images', 'фоторепортаж', 'фотографи', 'фотарэпартаж', 'у фотаздымках'],
  ...['newsletter', 'briefing', 'digest', 'quiz', 'round', 'unwrapped', 'news in brief'],
  ...['and,', 'and:', 'plus,', 'plus:', 'also,', 'also:'],
  ...[' а также', ' а ещё', ' а еще', ' а таксама'],
  ...['what happened', 'дайджест', 'главное за', 'итоги', 'коротко о главном', 'дайджэст'],
  ...['галоўнае за', 'вынікі'],
  ...['opinion', 'analysis', 'comment', 'editorial', 'column', 'review', 'letter', 'мнение'],
  ...['колонка', 'комментарий', 'аналитика', 'разбор', 'меркаванне', 'калонка', 'каментар'],
  ...['watch', 'video', 'listen', 'podcast', 'footage', 'видео', 'кадры', 'відэа'],
  ...['obituary', 'life', 'all about', 'некролог', 'памяти ', 'памяці '],
  ...['what', 'explain', 'что известно', 'что нужно знать', 'объясняем', 'што вядома', 'тлумачым'],
  ...['чего ждать', 'чего ожидать', 'чаго чакаць'],
  ...['timeline', 'factbox', 'fact box', 'q&a', 'background', 'хронология', 'справка', 'досье'],
  ...['храналогія', 'даведка', 'дасье', 'history of', 'истори', 'гісторыя'],
];
/** The same for PREVIEW. */
const PREVIEW_PIECES = [
  ...['to ', 'will ', ' for ', 'проведут', 'пройд', 'состоится', 'намерен', 'собира', 'правядуць'],
  ...['адбудзецца', 'збіраюцца', 'ожида', 'планиру', 'плануе', 'плануюць', 'preview', 'анонс'],
];
/**
 * Letters that a case-insensitive pattern matches to a Latin or Cyrillic letter but toLowerCase
 * leaves as they are (ſ is s, ᲀ–ᲈ are в, д, о, с, т, ъ, ѣ, ꙋ): a headline with one runs the
 * patterns.
 */
const FOLDED_ELSEWHERE = /[\u017f\u1c80-\u1c88]/u;

/**
 * An issue of a series, named by its date after a dash, colon or bar ("Magazine solutions -
 * February 27, 2026", "Africa Today – 17 February 2026", "Новости Зарецка — 5 марта 2026
 * года"): each issue is another item, as a digest's (a report dates its event in its sentence,
 * not after a dash with its year). The month word is read as dates are (readMonth).
 */
const DATED_TAIL =
  /\s[-–—:|]\s*(?:(\p{L}+)\.? \d{1,2},? \d{4}|\d{1,2} (\p{L}+)\.?,? \d{4}(?: г\.?| года)?)\s*$/u;

function isDatedIssue(text: string): boolean {
  const tail = DATED_TAIL.exec(text);
  const month = tail?.[1] ?? tail?.[2];
  return month !== undefined && readMonth(month) !== undefined;
}

const QUESTION_START =
  /^(?:how|why|what|who|whom|which|where|when|is|are|can|could|will|would|should|does|do|did|почему|как|что|кто|зачем|чем|где|когда|ли|чаму|як|што|хто|навошта|дзе|калі)\b/iu;
/** What a meeting, vote or start ahead is ("to meet", "will vote", "plans to open"). */
const AHEAD = String.raw`\b(?:to|will|plans? to) (?:meet|hold|vote|visit|sign|host|begin|start|open|face|decide|announce|travel|attend|resume|debate|rule|testify)\b`;
/**
 * A "to" a headline tells as tried, refused or ordered ("the man who tried to start a union",
 * "jailed for refusing to testify", "orders the government to hold down prices"): a report of
 * what happened, no preview.
 */
const DONE_BEFORE = String.raw`(?<!\b(?:tried|tries|trying|attempted|attempting|failed|fails|failing|refused|refuses|refusing|dared|managed) |\b(?:ordered|orders|ordering|forced|forces|forcing)(?: \p{L}+)? )`;
const PREVIEW = new RegExp(
  [
    String.raw`^preview\b|\bpreview\s*[:|—–]|^анонс(?!\p{L})|(?<!\p{L})анонс\s*[:|—–]`,
    DONE_BEFORE + AHEAD,
    String.raw`\b(?:expected|set|poised|likely|tipped|slated) to \p{L}`,
    String.raw`\b(?:set|poised|braced) for (?:an? |the )?(?:\p{L}+ )?(?:decision|vote|talks|showdown|ruling|verdict|meeting|summit|election|announcement)\b`,
    'проведут|пройд[её]т|состоится|намерен[аы]? |собира[ею]тся|ожида[ею]тся,? что|планиру[ею]т |правядуць|пройдзе|адбудзецца|збіраюцца|плануе |плануюць ',
  ].join('|'),
  'iu',
);
/**
 * A decision still being weighed: "EU weighs sanctions", "is considering a curfew", "обсуждает
 * исключение нардепов", "абмяркоўвае павышэнне" — its outcome is another story. In Russian and
 * Belarusian "discusses" is a preview only before the action weighed (a verbal noun, "the
 * possibility of", "the question of"): "обсуждает с Путиным газ" is the meeting itself.
 */
const DELIBERATION =
  /\b(?:weighs|mulls|is (?:weighing|mulling|considering)|are (?:weighing|mulling|considering))\b|(?<!\p{L})(?:обсуждает|обсуждают|обдумывает|обдумывают|абмяркоўвае|абмяркоўваюць) (?:возможност\p{L}*|вопрос|магчымасц\p{L}*|пытанне|\p{L}+(?:ение|ание|ения|ания|тие|тия|нне|нні|ццё))(?!\p{L})/iu;

/**
 * Whether one of two items is a preview and the other not: a preview of a meeting is not the
 * report of its outcome (the pair measure `previewMismatch`; a second look takes no such pair).
 */
export function oneIsPreview(a: Genre, b: Genre): boolean {
  return (a === 'preview') !== (b === 'preview');
}

/** The genre of an item from its headline; '' for a plain news report. */
export function detectGenre(title: string): Genre {
  const text = title.trim();
  const genre = genreOfWhole(text);
  return genre === 'explainer' && reportsBeforeHook(text) ? '' : genre;
}

/**
 * Whether a headline states its news before a hook: "Bank trims rates – what it means for your
 * mortgage", "Priest detained after sermon — because of what he said?", "Суд приговорил
 * блогера к четырём годам: что известно". A headline of four words or more before its last dash or
 * colon that is itself a plain report is the report with a teaser's tail, not an explainer; a
 * label before the colon ("Explainer:", "Winter Olympics: what you need to know") is not.
 */
function reportsBeforeHook(text: string): boolean {
  const cut = Math.max(...[...text.matchAll(HOOK_SEPARATOR)].map((match) => match.index ?? -1));
  if (cut <= 0) return false;
  const head = text.slice(0, cut).trim();
  return head.split(/\s+/u).length >= 4 && genreOfWhole(head) === '' && !head.endsWith('?');
}

const HOOK_SEPARATOR = /\s[—–-]\s|:\s/gu;

function genreOfWhole(text: string): Genre {
  const lower = FOLDED_ELSEWHERE.test(text) ? undefined : text.toLowerCase();
  if (mayHold(lower, RULE_PIECES))
    for (const [genre, pattern] of RULES) if (pattern.test(text)) return genre;
  if (isDatedIssue(text)) return 'digest';
  // "WHO", "CAN" in capitals are organisations, not questions.
  const acronym = /^\p{Lu}{2,}\b/u.test(text);
  if (text.endsWith('?') || (QUESTION_START.test(text) && !acronym)) return 'explainer';
  if (mayHold(lower, PREVIEW_PIECES) && PREVIEW.test(text)) return 'preview';
  if (DELIBERATION.test(text)) return 'preview';
  return '';
}

/** Whether a lowered headline holds one of the pieces (always, when it was not lowered). */
function mayHold(lower: string | undefined, pieces: string[]): boolean {
  return lower === undefined || pieces.some((piece) => lower.includes(piece));
}
