import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { analyzeInputs } from '../../src/run.js';
import { paint, wantsColour } from '../../src/toolkit/ansi.js';
import { explainStatements, explanationsJson, formatExplanations } from '../../src/toolkit/explain.js';

const codebook = loadCodebook().compiled;
const SEED = '2021-11-17_japan-eu-ict-strategy-workshop-12';
const corpus = analyzeInputs({ inputs: ['corpus'] }).documents;
const heldout5 = analyzeInputs({
  inputs: ['tests/fixtures/heldout5/2020-02-14_data-economy-dialogue.txt'],
}).documents;

describe('explain', () => {
  it('one statement: side, stance and topic in words, with the evidence behind them', () => {
    const [item, ...rest] = explainStatements(corpus, codebook, { doc: SEED, sentence: 14 });
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      doc: SEED,
      sentence: 14,
      statement: 1,
      side: 'japan',
      stance: 'raised_issues',
      topic: 'platforms',
      why: { actor: { basis: 'subject', words: 'the Japanese side' }, cue: { lemma: 'raise' } },
      lines: {
        side: 'japan: the subject "the Japanese side" names japan',
        stance: expect.stringMatching(
          /^raised_issues: "raised issues" \(cue "raise \.\.\. issue\|.*", lemma raise\)$/,
        ),
        topic: 'platforms: the heading "Platform"',
        cut: '',
        person: '',
      },
    });
    expect(formatExplanations([item as NonNullable<typeof item>], paint(false))).toBe(
      [
        `${SEED} sentence 14 statement 1 [2717, 2780)`,
        '  "In response, the Japanese side raised issues with the EU bills."',
        '  side    japan: the subject "the Japanese side" names japan',
        `  stance  ${item?.lines.stance}`,
        '  topic   platforms: the heading "Platform"',
        '',
      ].join('\n'),
    );
  });

  it('names the person the document introduced whom the actor names', () => {
    const people = explainStatements(heldout5, codebook)
      .filter((item) => item.lines.person !== '')
      .map((item) => [item.why.actor.words, item.lines.person]);
    expect(people).toContainEqual([
      'Fujiwara',
      '"FUJIWARA" is a person this document introduces, on the japan side',
    ]);
    // The longest name the actor's words hold.
    expect(people).toContainEqual([
      'Jan KOWALSKI, Head of Unit, DG JUST',
      '"Jan KOWALSKI" is a person this document introduces, on the eu side',
    ]);
    expect(people.every(([words]) => !/side$/i.test(words ?? ''))).toBe(true);
  });

  it('says where a clause was cut from the one before', () => {
    const cuts = explainStatements(corpus, codebook)
      .map((item) => item.lines.cut)
      .filter(Boolean);
    expect(cuts.length).toBeGreaterThan(0);
    expect(cuts[0]).toMatch(/^cut from the clause before at ".+"$/);
  });

  it('JSON: every statement with its why and its lines', () => {
    const items = explainStatements(corpus, codebook);
    const json = JSON.parse(explanationsJson(items)) as typeof items;
    expect(json).toHaveLength(corpus[0]?.statements.length ?? -1);
    expect(json[0]?.why).toEqual(corpus[0]?.statements[0]?.why);
  });

  it.each<[string, { doc?: string; sentence?: number }, RegExp]>([
    ['an unknown document', { doc: 'nope' }, /--doc "nope" is none of the inputs' documents/],
    ['a sentence past the end', { sentence: 999 }, /--sentence 999 is past the last sentence/],
  ])('%s is an option error', (_name, options, message) => {
    expect(() => explainStatements(corpus, codebook, options)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID', message: expect.stringMatching(message) }),
    );
  });
});

describe('colour', () => {
  it.each<[string, boolean | undefined, Record<string, string>, boolean]>([
    ['a terminal', true, {}, true],
    ['a pipe', false, {}, false],
    ['unknown', undefined, {}, false],
    ['a terminal with NO_COLOR', true, { NO_COLOR: '1' }, false],
    ['a terminal with NO_COLOR empty', true, { NO_COLOR: '' }, true],
  ])('%s', (_name, isTTY, env, expected) => {
    expect(wantsColour(isTTY, env)).toBe(expected);
  });

  it('colours with ANSI codes only when asked', () => {
    const items = explainStatements(corpus, codebook, { sentence: 14 });
    const esc = String.fromCharCode(27);
    expect(formatExplanations(items, paint(false))).not.toContain(esc);
    const coloured = formatExplanations(items, paint(true));
    expect(coloured).toContain(`${esc}[1m2021-11-17`);
    expect(coloured.replace(new RegExp(`${esc}\\[\\d+m`, 'g'), '')).toBe(
      formatExplanations(items, paint(false)),
    );
  });
});
