import type { PairSide } from './pair-side.js';
import { withoutVClass } from './skeletonize-name.js';

/*
 * Whom two headlines name by full name (read-people.ts), against each other. A person is said by
 * the other side when it names the surname, with a given name that may be the same one (or with
 * none); a surname named only with another given name is another person (Anna Novak and Ivan
 * Novak), and a given name that meets the other's by skeleton says nothing of the surname.
 */

/**
 * Whether two given-name skeletons may be one name across spellings: equal; one of two classes
 * or more the other's start (a short form: Alex, Alexander); one the other's end but for a first
 * class (the Belarusian Volha of Olga, Hanna of Anna, Uladzimir of Vladimir, Yauhen of Yevgeny,
 * Jan of Ян); equal but for the first class (Mikita and Nikita, Zmitser and Dmitry); or equal
 * without the class of v, f and w, of two classes or more (the Belarusian Liavon of Leon, Paval
 * of Paul: Belarusian writes a v or ў the other forms lack). Short skeletons meet too easily for
 * more (a given name of one class is the start of many).
 */
export function givenNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length >= 2 && long.startsWith(short)) return true;
  if (long.length === short.length + 1 && long.endsWith(short)) return true;
  if (a.length >= 3 && a.length === b.length && a.slice(1) === b.slice(1)) return true;
  if (!a.includes('f') && !b.includes('f')) return false;
  const withoutF = withoutVClass(a);
  return withoutF.length >= 2 && withoutF === withoutVClass(b);
}

/**
 * Whether two surname skeletons may be one name: equal, or equal without the class of v, f and w
 * (Belarusian ў and Latin u write it or not: Zhaulyk and Жаўлык).
 */
export function surnamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.includes('f') && !b.includes('f')) return false;
  // Both read without f and with repeats collapsed, compared class by class (no string built).
  let i = 0;
  let j = 0;
  let lastA = '';
  let lastB = '';
  for (;;) {
    while (i < a.length && (a[i] === 'f' || a[i] === lastA)) i++;
    while (j < b.length && (b[j] === 'f' || b[j] === lastB)) j++;
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    if (a[i] !== b[j]) return false;
    lastA = a[i] as string;
    lastB = b[j] as string;
    i++;
    j++;
  }
}

/**
 * Both headlines name someone by full name, and neither side says anyone the other's headline
 * names so (see saysPerson): two people, two stories, however alike the rest. `said`: what else
 * each side says (as for hasNameConflict); `terms`: each side's word terms of headline and lead,
 * for a pair of one language (undefined across languages).
 */
export function hasPersonConflict(
  a: PairSide,
  b: PairSide,
  said: [readonly string[], readonly string[]],
  terms: [Set<string>, Set<string>] | undefined,
): boolean {
  const peopleA = a.features.titlePeople;
  const peopleB = b.features.titlePeople;
  if (peopleA.length === 0 || peopleB.length === 0) return false;
  for (let i = 0; i < peopleA.length; i += PERSON)
    if (saysPerson(b, peopleA, i, said[1], terms?.[1])) return false;
  for (let i = 0; i < peopleB.length; i += PERSON)
    if (saysPerson(a, peopleB, i, said[0], terms?.[0])) return false;
  return true;
}

/** A person is three strings of a people list: given name, surname (skeletons), surname's term. */
const PERSON = 3;

const AGREES = 1;
const OTHER = 2;

/**
 * AGREES when `people` name someone of an agreeing surname with an agreeing given name, else
 * OTHER when they name the surname with another given name or as someone's given name, else 0.
 */
function meets(people: readonly string[], given: string, surname: string): number {
  let other = 0;
  for (let i = 0; i < people.length; i += PERSON) {
    const g = people[i] as string;
    if (surnamesAgree(people[i + 1] as string, surname)) {
      if (givenNamesAgree(g, given)) return AGREES;
      other = OTHER;
    } else if (g === surname) other = OTHER;
  }
  return other;
}

/**
 * Whether `side` says the person at `at` of `people`: it names someone of an agreeing surname
 * with an agreeing given name; or says the surname with no other given name, and not only as
 * someone's given name — in a pair of one language as a word of its headline or lead (`terms`:
 * the skeleton of a place can be a surname's), across languages as a name, a word of its
 * headline, or in `said`.
 */
function saysPerson(
  side: PairSide,
  people: readonly string[],
  at: number,
  said: readonly string[],
  terms: Set<string> | undefined,
): boolean {
  const given = people[at] as string;
  const surname = people[at + 1] as string;
  const title = meets(side.features.titlePeople, given, surname);
  if (title === AGREES) return true;
  const lead = meets(side.features.leadPeople, given, surname);
  if (lead === AGREES) return true;
  if (title === OTHER || lead === OTHER) return false;
  if (terms !== undefined) return terms.has(people[at + 2] as string);
  return (
    side.names.has(surname) ||
    side.features.titleMentions.includes(surname) ||
    said.includes(surname)
  );
}
