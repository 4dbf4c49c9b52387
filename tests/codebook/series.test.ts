// The codebook's series list: one name per series, found however a publisher writes it.
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { foldSeries, headOf, seriesMatcher } from '../../src/codebook/series.js';

const series = seriesMatcher([
  { id: 'pd', label: 'Japan-EU ICT Policy Dialogue', aliases: ['ICT Policy Dialogue', '日EU・ICT政策対話'] },
  {
    id: 'dpc',
    label: 'Japan-EU Digital Partnership Council',
    aliases: ['日EUデジタルパートナーシップ協議会'],
  },
]);

describe('foldSeries', () => {
  it.each<[string, string]>([
    ['EU-Japan ICT Policy Dialogue', 'Japan-EU ICT Policy Dialogue'],
    ['the Japan-EU ICT Policy Dialogue', 'japan-eu ict policy dialogue'],
    ['日EU ICT政策対話', '日EU・ICT政策対話'],
    ['日ＥＵ・ＩＣＴ政策対話', '日EU・ICT政策対話'],
  ])('%j folds as %j', (a, b) => {
    expect(foldSeries(a)).toBe(foldSeries(b));
  });
});

describe('find: a name, folded', () => {
  it.each<[string, string | null]>([
    ['EU-Japan ICT Policy Dialogue', 'pd'],
    ['ICT Policy Dialogue', 'pd'],
    ['日EU・ICT政策対話', 'pd'],
    ['Japan-EU Cyber Dialogue', null],
  ])('%j -> %s', (name, id) => {
    expect(series.find(name)?.id ?? null).toBe(id);
  });
});

describe('within: a known name inside a longer one', () => {
  it.each<[string, string | null]>([
    ['Ministerial Meeting of the EU-Japan Digital Partnership Council', 'dpc'],
    ['Japan-EU Digital Partnership Council Read-out', 'dpc'],
    // Another pair's dialogue holds a pair of its own.
    ['Japan-Germany ICT Policy Dialogue', null],
    ['Japan-EU Summit', null],
  ])('%j -> %s', (name, id) => {
    expect(series.within(name)?.id ?? null).toBe(id);
  });
});

describe('findIn: known names in running text, where they stand', () => {
  it.each<[string, [string, string][]]>([
    [
      'On 12 May the EU-Japan Digital Partnership Council met.',
      [['dpc', 'EU-Japan Digital Partnership Council']],
    ],
    ['at the ICT Policy Dialogue and the Digital Partnership Council', [['pd', 'ICT Policy Dialogue']]],
    ['第5回日EU・ICT政策対話を開催した。', [['pd', '日EU・ICT政策対話']]],
    ['日EU ICT政策対話', [['pd', '日EU ICT政策対話']]],
    ['the SICT Policy Dialogues', []],
    // Written in capitals, with an en dash: found, though a text without any name's head is skipped.
    ['THE JAPAN–EU ICT POLICY DIALOGUE MET', [['pd', 'JAPAN–EU ICT POLICY DIALOGUE']]],
    ['Japan and the EU discussed 6G.', []],
  ])('%j', (text, expected) => {
    expect(series.findIn(text).map((f) => [f.series.id, text.slice(f.start, f.end)])).toEqual(expected);
  });
});

describe('headOf: the end every match of a name holds', () => {
  it.each<[string, string]>([
    ['Japan-EU ICT Policy Dialogue', 'dialogue'],
    ['日EU・ICT政策対話', '対話'],
    // The part after a middle dot, not the dot: "日米" in running text holds "米", not "・米".
    ['日・米', '米'],
    ['Japan-US', 'us'],
    ['Japan-EU 5G', '5g'],
    ['EU-Japan -', ''],
  ])('%j -> %j', (name, head) => {
    expect(headOf(name)).toBe(head);
  });

  it('a name written with a middle dot is found where the text has none', () => {
    const pair = seriesMatcher([{ id: 'us', label: 'Japan-US Dialogue', aliases: ['日・米'] }]);
    expect(pair.findIn('日米の対話').map((f) => f.series.id)).toEqual(['us']);
  });
});

describe('findIn finds every name of the shipped codebooks, however it is spaced or cased', () => {
  for (const file of ['default', 'japan-us', 'japan-uk', 'japan-de', 'japan-fr']) {
    const book = loadCodebook(`codebooks/${file}.json`).compiled;
    it(file, () => {
      for (const entry of book.source.series) {
        for (const name of [entry.label, ...entry.aliases]) {
          for (const written of [name, name.toUpperCase(), name.replace(/-/g, '–')]) {
            const text = `The 3rd ${written} was held.`;
            expect(
              book.series.findIn(text).some((f) => f.series.id === entry.id),
              `${file}: ${written}`,
            ).toBe(true);
          }
        }
      }
    });
  }
});
