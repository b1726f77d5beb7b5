import type { PairMeasures } from './pair-measures.js';
import { type PairModel, predictPair } from './pair-model.js';

/** Verbatim quotes shared this much (rarity-weighted, see measurePair) make a copy. */
const QUOTED_COPY = 0.6;
const QUOTED_COPY_SCORE = 0.85;
/**
 * The names the two share (rareNames) a quoted copy needs: a quote many unrelated items repeat
 * ("…and we will not stop") is no copy's mark unless the items name the same people.
 */
const QUOTED_COPY_NAMES = 0.25;
/**
 * An explainer, live page, gallery, digest, opinion, video or profile is not the report it is
 * about, and headlines that contradict each other are not one story: however much the pair
 * shares, it stays under any joining threshold.
 */
export const KEPT_APART_SCORE = 0.3;
/**
 * Shared rarity under which a pair is not a copy however alike it reads (sharedRare 0.1 is about
 * 3 units, half a rare term): two short items that share one common word ("s0 item", "s1 item")
 * are alike in every similarity and share nothing that says so. No same-story candidate pair of
 * the labelled corpora or tgcontest shares this little.
 */
const THIN_EVIDENCE = 0.1;
/** Headlines this alike whose numbers conflict are one template told twice (8 vs 18 November). */
const TEMPLATE_TITLE_SIM = 0.5;
/** Signals shown for a model decision: the measures that moved it most. */
const MAX_SIGNALS = 5;

export interface MeasuredDecision {
  score: number;
  signals: string[];
  /** Whether the pair model decided (no rule did). */
  byModel: boolean;
}

/**
 * The decision on a measured pair: the pair model, then the rules that stand on the measures
 * alone — another genre or contradicting headlines keep a pair apart, a rewrite that keeps rare
 * quotes word for word is a copy. `genres` names the two genres for the signal
 * (`report/gallery`). Cross-validation decides its pairs with this too, so that its figures are
 * those of the shipped decision.
 */
export function decideOnMeasures(
  model: PairModel,
  measures: PairMeasures,
  genres = '',
): MeasuredDecision {
  const prediction = predictPair(model, withoutIncidentDays(measures));
  const apart = (signals: string[]) => ({ score: KEPT_APART_SCORE, signals, byModel: false });
  if (measures.genreMismatch === 1 && prediction.probability > KEPT_APART_SCORE)
    return apart([`other-genre:${genres}`]);
  const conflict = findHeadlineConflict(measures);
  if (conflict !== undefined && prediction.probability > KEPT_APART_SCORE)
    return apart([conflict, `titleSim:${round(measures.titleSim)}`]);
  if (measures.sharedRare < THIN_EVIDENCE && prediction.probability > KEPT_APART_SCORE)
    return apart([`thin-evidence:${round(measures.sharedRare)}`]);
  if (isQuotedCopy(measures) && prediction.probability < QUOTED_COPY_SCORE)
    return {
      score: QUOTED_COPY_SCORE,
      signals: [
        `verbatim-quotes:${round(measures.sharedQuotes)}`,
        `leadSim:${round(measures.leadSim)}`,
      ],
      byModel: false,
    };
  const signals = prediction.contributions
    .slice(0, MAX_SIGNALS)
    .map(([name]) => `${name}:${round(measures[name])}`);
  return { score: round(prediction.probability), signals, byModel: true };
}

/**
 * What the headlines contradict, if anything: `other-names` when each names someone the other
 * side never mentions (the forecast for one city and for another, one minister and another);
 * `other-places` when each names a region by its adjective or people that the other never
 * mentions ("Зарецкие почтальоны" / "Мирградцы-ветераны"); `other-quoted-names` when each quotes a
 * name the other never says (two categories of one contest); `other-dates` when headline and lead
 * name dates more than a day apart (a daily count of another day); `other-events` when headlines
 * in two languages each tell what happened and it differs (a translation tells the event it
 * translates; a name's consonant skeleton can meet another's); `other-numbers` when headlines
 * alike in everything else carry different numbers (another day, another count), and so do
 * headlines in two languages that share no name (namesNothingAcross);
 * `other-protagonists` when the same headline word for word leads with people the other never
 * mentions (a template: a verdict, a court session); `other-ages` when headlines alike give their
 * people ages more than a year apart (a 27-year-old and a 61-year-old); `other-people` when
 * headlines of one language alike each name someone the other never mentions ("<Name>, 34,
 * detained in <City>"); `other-person` when both headlines name someone by full name and neither
 * side says anyone the other's headline names so (a surname met with another given name, a given
 * name met by skeleton: measure-people.ts); `follow-up` when one headline tells a legal step
 * over the incident the other tells, or a reopening after the closure the other tells
 * (measure-facts.ts); `other-contests` when the headlines name different contests of a meet (the
 * sprint and the pursuit, the women's race and the men's; read-contests.ts); `other-countries`
 * when one headline is set in Belarus and the other names another country, and neither side
 * mentions the other's (measure-countries.ts). Copies agree on who, where, which and how many: of
 * the development pairs, no same-story pair had any of them.
 */
function findHeadlineConflict(m: PairMeasures): string | undefined {
  if (m.nameConflict === 1) return 'other-names';
  if (m.placeConflict === 1) return 'other-places';
  if (m.quoteConflict === 1) return 'other-quoted-names';
  if (m.dateConflict === 1) return 'other-dates';
  if (m.speakerConflict === 1) return 'other-speakers';
  if (m.crossEventConflict === 1) return 'other-events';
  if (m.numberConflict === 1 && (m.titleSim > TEMPLATE_TITLE_SIM || namesNothingAcross(m)))
    return 'other-numbers';
  if (m.sameTitle === 1 && m.leadNameConflict === 1) return 'other-protagonists';
  if (m.ageConflict === 1 && m.titleSim > TEMPLATE_TITLE_SIM) return 'other-ages';
  if (m.otherPeople === 1 && m.titleSim > TEMPLATE_TITLE_SIM) return 'other-people';
  if (m.personConflict === 1) return 'other-person';
  if (m.contestConflict === 1) return 'other-contests';
  if (m.countryConflict === 1) return 'other-countries';
  if (m.followUp === 1) return 'follow-up';
  if (m.outcomeOfPreview === 1) return 'preview-and-outcome';
  return undefined;
}

/**
 * Headlines in two languages that share no name: across languages they meet through names and
 * numbers, and with no name shared, numbers that differ leave nothing that ties them to one event
 * (two central banks cutting their rates on one day, to 9% and to 1.75%).
 */
function namesNothingAcross(m: PairMeasures): boolean {
  return m.crossTitleSim > 0 && m.rareNames === 0;
}

/**
 * A rewrite that keeps the original's rare quotes word for word, names the same people (they
 * share names, and neither names many the other does not) and
 * places, contradicts none of its numbers, tells the events its headline tells and says much the
 * same: a copy, however reworded its headline (the seed documents are the example). A headline
 * event the other side never tells ("X leaves Brest" against "Y detained in Brest", one stock
 * quote in both) is another story.
 */
function isQuotedCopy(m: PairMeasures): boolean {
  return (
    m.sharedQuotes >= QUOTED_COPY &&
    m.rareNames >= QUOTED_COPY_NAMES &&
    m.nameMismatch <= 0.3 &&
    m.nameConflict === 0 &&
    m.personConflict !== 1 &&
    !(m.otherPeople === 1 && m.titleSim > TEMPLATE_TITLE_SIM) &&
    m.numberConflict === 0 &&
    m.genreMismatch === 0 &&
    m.eventUnsaid === 0 &&
    m.leadSim >= 0.3
  );
}

/**
 * The measures the model weighs for a pair: as measured, but with no days apart when both tell
 * one incident as it goes on (ongoingIncident). The model learns what days between two reports
 * mean in general (a follow-up's news); an incident's course over days is one story in every
 * labelled corpus that has one.
 */
function withoutIncidentDays(m: PairMeasures): PairMeasures {
  return m.ongoingIncident === 1 && m.daysApart > 0 ? { ...m, daysApart: 0 } : m;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
