import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../src/clusterer/drop-boilerplate.js';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { skeletonizeName } from '../../src/clusterer/skeletonize-name.js';
import { makeEntry } from './make-entry.js';

describe('dropBoilerplate', () => {
  it('drops the picture credits a teaser prints in parentheses, of each agency and library', () => {
    expect(dropBoilerplate('A remote earthquake was a test. (Image credit: Jane Roe)')).toBe(
      'A remote earthquake was a test.',
    );
    expect(dropBoilerplate('Crowds gather (AP Photo/John Doe, File) in the square.')).toBe(
      'Crowds gather in the square.',
    );
    expect(dropBoilerplate('Police move in (Photo by A. N. Other / AFP) at dawn.')).toBe(
      'Police move in at dawn.',
    );
    expect(dropBoilerplate('A rally in the capital (Anadolu via Getty Images).')).toBe(
      'A rally in the capital.',
    );
    expect(dropBoilerplate('Рабочие на площади (Фото: БелТА) разошлись.')).toBe(
      'Рабочие на площади разошлись.',
    );
  });

  it('drops a credit closing the text after its last sentence, a domain in it included', () => {
    expect(dropBoilerplate('Эпидемия началась в 2003 году. Фото: pixabay.com')).toBe(
      'Эпидемия началась в 2003 году.',
    );
    expect(dropBoilerplate('Выделено 5 млрд. Фото: архив ИА «Повестка Дня»')).toBe(
      'Выделено 5 млрд.',
    );
    expect(dropBoilerplate('Площадку открыли летом. Источник, фото: riastrela.ru')).toBe(
      'Площадку открыли летом.',
    );
  });

  it('leaves other parentheses, a credit with no edge to end it, and photos as a subject', () => {
    const kept = [
      'She was arrested (for a photo) on Monday.',
      'Фото: Почта России С 6 по 8 мая сотрудники разнесут открытки',
      'The minister said photos: none were taken.',
      'A gallery (photos of the flood) opened.',
      'The company (NYSE: ACME) fell.',
    ];
    for (const text of kept) expect(dropBoilerplate(text)).toBe(text);
  });
});

describe('dropBoilerplate on WordPress', () => {
  it("drops the closing line 'The post … appeared first on …', the site's name in it", () => {
    expect(
      dropBoilerplate(
        'The council voted to close the library.\nThe post Library to close after vote appeared first on Example.com.',
      ),
    ).toBe('The council voted to close the library.');
  });

  it('leaves the words anywhere but in a closing line', () => {
    const kept =
      'The post office appeared first on the list, and the council closed it on Monday.\nMore follows.';
    expect(dropBoilerplate(kept)).toBe(kept);
  });
});

describe('a fingerprint without the credits', () => {
  it('does not read a photographer credited in the teaser as a name of the story', () => {
    const fingerprint = fingerprintEntry(
      makeEntry({
        title: 'Officials release new details on a secret test',
        text: 'An official said a remote earthquake was caused by a test. (Image credit: Kevin Frayer)',
      }),
    );
    expect(fingerprint.features.leadNames).not.toContain(skeletonizeName('Frayer'));
    expect(fingerprint.features.evidence.join(' ')).not.toContain('Frayer');
  });
});
