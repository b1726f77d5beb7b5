import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/clusterer/choose-story.js';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { scorePair } from '../../src/clusterer/score-pair.js';
import { stemWord } from '../../src/clusterer/stem-word.js';
import { makeEntry } from './make-entry.js';

const DAY = '2025-03-11T08:00:00Z';
const threshold = DEFAULT_CLUSTER_OPTIONS.threshold;

function features(title: string, text = title) {
  return fingerprintEntry(makeEntry({ title, text, publishedAt: DAY, contentHash: title + text }))
    .features;
}

/** One made-up activist released and detained, told in English, Russian and Belarusian. */
const RELEASED = {
  en: 'Activist Vikjak Belnikson walked free after eight months in custody',
  ru: 'Активист Викяк Бельниксон вышел на свободу после восьми месяцев в колонии',
  be: 'Актывіст Вікяк Бельніксан выйшаў на волю пасля васьмі месяцаў у калоніі',
};
const DETAINED = {
  en: 'Activist Vikjak Belnikson detained in Riverton',
  ru: 'Активиста Викяка Бельниксона задержали в Ривертоне',
  be: 'Актывіста Вікяка Бельніксана затрымалі ў Рывертане',
};

describe('release and detention headlines', () => {
  it('reads the event of a release told as a phrase or an inflected form', () => {
    for (const title of [
      ...Object.values(RELEASED),
      'Vikjak Belnikson set free by court in Riverton',
      'Викяк Бельниксон освобожден из колонии',
      'Викяка Бельниксона отпустили из-под ареста',
      'Вікяк Бельніксан вызвалены з калоніі',
    ])
      expect(features(title).titleEvents, title).toContain('release');
    for (const title of Object.values(DETAINED))
      expect(features(title).titleEvents, title).toEqual(['arrest']);
  });

  it('keeps the words of a phrase as words besides its concept', () => {
    // Two reports that both say "set free" share "set" and "free" as well as the release: read as
    // the concept alone, their lead similarity fell under the quoted-copy rule's bar.
    const english = features('Vikjak Belnikson set free by court in Riverton').titleTerms;
    for (const term of ['c:release', `w:${stemWord('set')}`, `w:${stemWord('free')}`])
      expect(english, term).toContain(term);
    const russian = features(RELEASED.ru).titleTerms;
    for (const term of ['c:release', `w:${stemWord('вышел')}`, `w:${stemWord('свободу')}`])
      expect(russian, term).toContain(term);
  });

  it('reads no release in freedom of speech', () => {
    expect(features('Суд в Ривертоне и свобода слова').titleEvents).toEqual([]);
    expect(features('Free speech in Riverton').titleEvents).toEqual([]);
  });

  it('keeps a release and a detention of one name apart in every pair of languages', () => {
    for (const [from, released] of Object.entries(RELEASED))
      for (const [to, detained] of Object.entries(DETAINED)) {
        const result = scorePair(features(released), features(detained));
        expect(result.score, `${from} released / ${to} detained`).toBeLessThanOrEqual(threshold);
        if (from !== to) expect(result.measures?.crossEventConflict).toBe(1);
        else expect(result.measures?.eventConflict).toBe(1);
      }
  });

  it('still joins the release told in another language', () => {
    const en = features(RELEASED.en);
    expect(scorePair(en, features(RELEASED.ru)).measures?.crossEventConflict).toBe(0);
    expect(scorePair(en, features(RELEASED.be)).measures?.crossEventConflict).toBe(0);
  });
});

describe('events that tell another', () => {
  it('reads the killed as dead and prisoners swapped as released, not the other way to a conflict', () => {
    const killed = features('Two miners killed in rockfall at Zaretsk potash mine');
    const died = features('Two miners died in rockfall at Zaretsk potash mine');
    const russian = features('Обрушение в шахте под Зарецком: погибли два горняка');
    expect(killed.titleEvents).toEqual(['kill']);
    expect(scorePair(killed, died).measures?.eventConflict).toBe(0);
    expect(scorePair(killed, russian).measures?.crossEventConflict).toBe(0);
    const swap = features('Ruritania and Vardo swap ten prisoners at border crossing');
    const freed = features('Vikjak Belnikson released in Ruritania–Vardo prisoner swap');
    expect(swap.titleEvents).toContain('exchange');
    expect(scorePair(swap, freed).measures?.eventConflict).toBe(0);
    // A killing and an arrest stay two events.
    const arrested = features('Two miners arrested at Zaretsk potash mine');
    expect(scorePair(killed, arrested).measures?.eventConflict).toBe(1);
  });

  it('reads an official removed and one who resigned as one departure, in any language', () => {
    const sacked = features('Ruritania president sacks transport minister over bridge collapse');
    const resigned = features('Ruritania transport minister resigns over bridge collapse');
    const russian = features('Президент Рурітании уволил министра транспорта');
    const belarusian = features('Прэзідэнт Рурытаніі звольніў міністра транспарту');
    expect(sacked.titleEvents).toEqual(['remove']);
    expect(features('President dismisses transport minister').titleEvents).toEqual(['remove']);
    expect(scorePair(sacked, resigned).measures?.eventConflict).toBe(0);
    expect(scorePair(sacked, russian).measures?.crossEventConflict).toBe(0);
    expect(scorePair(sacked, belarusian).measures?.crossEventConflict).toBe(0);
    // A dismissal and an appointment stay two events.
    const appointed = features('Президент Рурітании назначил министра транспорта');
    expect(scorePair(sacked, appointed).measures?.crossEventConflict).toBe(1);
  });
});

describe('a detention pending trial', () => {
  it('reads jailing or remanding pending trial as a detention, which the detention of a copy agrees with', () => {
    const jailed = features('Court jails Zaretsk news editor pending trial over interview');
    expect(jailed.titleEvents).toContain('arrest');
    expect(features('Zaretsk editor remanded in custody').titleEvents).toContain('arrest');
    const detained = features('В Зарецке задержана редактор местного сайта');
    expect(scorePair(jailed, detained).measures?.crossEventConflict).toBe(0);
    // Jailed after a verdict is a sentence, which a detention is not.
    const sentenced = features('Court jails Zaretsk news editor for four years over interview');
    expect(sentenced.titleEvents).not.toContain('arrest');
  });
});
