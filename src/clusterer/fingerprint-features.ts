import type { Genre } from './detect-genre.js';

/*
 * What the clusterer keeps of an entry (fingerprint-entry.ts builds it): the input it reads, the
 * features it stores with the entry, and their version.
 */

export interface ClusterInput {
  title: string;
  text: string;
  url?: string;
  language?: string;
  publishedAt: string;
  contentHash: string;
  /**
   * Whether the feed gave the publication date (false: `publishedAt` is the fetch time, and no
   * weekday the text names is read back from it). Given when known.
   */
  hasFeedDate?: boolean;
}

/** The shape of FingerprintFeatures; a stored fingerprint of another version is recomputed. */
export const FINGERPRINT_VERSION = 113;

/** What the clusterer keeps of an entry to compare it with later ones. JSON-serialisable. */
export interface FingerprintFeatures {
  version: number;
  /** URL skeleton (host and path, see skeletonizeUrl); '' when none. */
  url: string;
  contentHash: string;
  /** `en`, `ru`, `be`…: given, else read from the script. */
  language?: string;
  publishedAt: string;
  /** Hash of the headline's words in order ('' under four words): identical wire headlines. */
  titleKey: string;
  /** What kind of item the headline announces ('' for a news report; see detectGenre). */
  genre: Genre;
  /** Whether the headline is a teaser that holds back who and what (see isTeaser). */
  teaser: boolean;
  /** The headline read as terms (see analyzeText): same-language and language-free. */
  titleTerms: string[];
  titleCross: string[];
  /** Given names of the headline ("Marco" of "Marco Rubio"): not distinctive (see analyzeText). */
  titleGivenNames: string[];
  /** Headline words read as names (`w:` terms): what may be distinctive (see mayBeDistinct). */
  titleNameTerms: string[];
  /** Event concepts of the headline ("arrest", "sentence", "die"). */
  titleEvents: string[];
  /** Name skeletons of who the headline says is speaking ("X says…"; see readSpeakers). */
  titleSpeakers: string[];
  /**
   * Canonical numbers of the title, and its terms as total months ("18 months", "полтора года":
   * "18mo"): copies do not contradict each other's headline numbers.
   */
  titleNumbers: string[];
  /**
   * What the headline's numbers with a unit measure, as `kind=number` ("time=6", "percent=3.5",
   * "money=60"; readNumberKinds): a number with none is a count.
   */
  titleNumberKinds: string[];
  /** Name skeletons of the headline. */
  titleNames: string[];
  /**
   * Skeletons of every capitalised word of the headline, sentence start and Title Case included
   * ("Rubio visits…", "pro-Trump"): what it *mentions* when it does not read a word as a name.
   * Only asked whether the other side's headline names are among them, never read as names.
   */
  titleMentions: string[];
  /** Name skeletons of the lead. */
  leadNames: string[];
  /**
   * People the headline names by given name and surname: three strings each, the given name's and
   * the surname's skeletons and the surname's word term (see read-people.ts).
   */
  titlePeople: string[];
  /** The same of the lead. */
  leadPeople: string[];
  /**
   * Skeletons of the capitalised words opening a sentence of headline or lead that are not read
   * as names (see collectStartMentions): a pair counts such a word as said when the other side
   * names it ("Maladzechna teacher jailed" and "учительницу из Молодечно").
   */
  startMentions: string[];
  /**
   * Those of them that are known places (see listStartPlaces): a pair of one language counts them
   * as said too ("Perth bakes in record heat" says the Perth another report names).
   */
  startPlaces: string[];
  /**
   * Phrases of headline and lead that an abbreviation may stand for ("Министерство лесного
   * хозяйства" for "Минлесхоз"), each as its words' name skeletons (see read-abbreviations.ts).
   */
  phrases: string[];
  /**
   * Initials of the runs of capitalised Latin words of headline and lead ("RBA" of "Reserve Bank of
   * Australia"), each with its words' name skeletons, and the words written in capitals
   * ("RBA"): see read-initialisms.ts.
   */
  initialisms: string[];
  acronyms: string[];
  /** Roots of the places the headline names by an adjective or a people (see place-roots.ts). */
  titlePlaces: string[];
  /** Roots of the towns and provinces the headline sets its news in (see read-locations.ts). */
  titleLocations: string[];
  /**
   * Belarus's regions headline and lead refer to as regions ("Брестской области", "Віцебшчына")
   * and the places of Belarus the entry names, each as `region skeleton term` (read-regions.ts):
   * a region said in one copy and a town of it in another are one place.
   */
  regionRefs: string[];
  regionPlaces: string[];
  /**
   * The provinces and countries of the towns, and the countries of the provinces, headline and
   * lead name, and a larger town's other names, each as `skeleton term` (read-world-places.ts):
   * a copy naming Genoa says Liguria and Italy, one naming Oskemen says Ust-Kamenogorsk.
   */
  placesWithin: string[];
  /** The headline's numbers told as a change or as a level: `by:N`, `to:N` (read-changes.ts). */
  titleChanges: string[];
  /** The headline's places, each with a larger place it lies in: `term container-term`. */
  placesInside: string[];
  /** Place roots of every capitalised word (and place adjective) of headline and text. */
  placeMentions: string[];
  /** Names the headline quotes ("«Утренний туман»"), as stem keys (see quoted-names.ts). */
  titleQuoted: string[];
  /** Names the headline and text quote. */
  quotedNames: string[];
  /** Calendar dates of headline and lead that can be the day of the news (newsDates), as `month-day`. */
  dates: string[];
  /**
   * The day of the event, `month-day`, as headline and lead tell it: a weekday or "yesterday"
   * read back from the publication, or a date a few days before it (readEventDays).
   */
  eventDays: string[];
  /** The contests of a meet the headline names, as `axis:value` (readContests). */
  titleContests: string[];
  /** The countries the headline names by the country's or its capital's name (listCountryNames). */
  titleCountries: string[];
  /** Ages headline and lead give their people ("27-летнего", "aged 61"; see readAges). */
  ages: string[];
  /** The lead (the text's first words, the headline left out) read as terms. */
  leadTerms: string[];
  leadCross: string[];
  leadEvents: string[];
  /** Entity skeletons of the whole text (script-independent), most frequent first. */
  entities: string[];
  /**
   * Quantities headline and lead tell approximately, as marks (`~1/3`, `~c17`), and which of
   * their numbers say which mark (`31=~1/3`; see read-quantities.ts).
   */
  quantities: string[];
  numberQuantities: string[];
  /** Canonical numbers of title and text, years left out. */
  numbers: string[];
  /** Hashes of 4-word shingles of verbatim quotes. */
  quotes: string[];
  /** MinHash of the text's word 4-shingles; empty for very short texts. */
  minHash: number[];
  /** Words of the text (capped): a MinHash of a few words proves little. */
  textWords: number;
  /** `term=word` for language-free terms: which word was read as which name or concept. */
  evidence: string[];
}

export interface Fingerprint {
  /** Candidate-index keys, at most MAX_KEYS. */
  keys: string[];
  features: FingerprintFeatures;
}
