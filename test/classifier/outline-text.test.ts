import { describe, expect, it } from 'vitest';
import { splitFoldedWords } from '../../src/classifier/fold-text.js';
import { outlineText } from '../../src/classifier/outline-text.js';

function subjectWords(title: string, text: string): string[] {
  const tokens = splitFoldedWords(text);
  return outlineText(title, text, tokens).subject.map((pos) => tokens[pos] as string);
}

describe("the headline's subject in the text", () => {
  it('finds a name of the title in the text, in any inflection and script folding', () => {
    const text =
      'Суд в Гомеле рассмотрел жалобу. Правозащитники признали Колесникову политзаключенной. ' +
      'Адвокат Колесниковой не пришел.';
    expect(subjectWords('Приговор Марии Колесниковой оставлен в силе', text)).toEqual([
      'колесникову',
      'колесниковои',
    ]);
  });

  it("does not take a title-case headline's common words for names", () => {
    const text = 'She told Trump they will do what is needed on Monday.';
    expect(subjectWords('Machado Insists Trump Will Do What’s Needed', text)).toEqual(['trump']);
  });

  it('ignores a capital that only starts a sentence, and words too short to tell', () => {
    const text = 'Markets rallied on Monday. Markets closed higher. The UN met in Geneva.';
    expect(subjectWords('Markets Rally as UN Meets', text)).toEqual([]);
  });
});

describe('the sentences of the text', () => {
  it('start after . ! ? … (closing quotes too), not inside a number', () => {
    const text = 'He paid 3.5 million. "Why?" she asked! Then… nothing. Last one';
    const tokens = splitFoldedWords(text);
    const starts = outlineText('', text, tokens).sentenceStarts;
    expect(starts.map((pos) => tokens[pos])).toEqual([
      'he',
      'why',
      'she',
      'then',
      'nothing',
      'last',
    ]);
  });
});
