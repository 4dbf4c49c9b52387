import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CompiledCodebook } from '../../src/codebook/compile.js';
import { DEFAULT_CODEBOOK_PATH, loadCodebook, parseCodebook } from '../../src/codebook/load.js';
import type { LanguagePart } from '../../src/codebook/types.js';
import { compileEnglish } from '../../src/lang/en/model.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { textSource } from '../helpers.js';

const codebook = loadCodebook().compiled;
const english = compileEnglish(codebook.source, codebook.source.languages.en as LanguagePart, 'default');
const defaultText = readFileSync(DEFAULT_CODEBOOK_PATH, 'utf8');

// biome-ignore lint/suspicious/noExplicitAny: the codebook is edited as plain JSON
function editedCodebook(edit: (codebook: any) => void): CompiledCodebook {
  const json = JSON.parse(defaultText);
  edit(json);
  return parseCodebook(JSON.stringify(json), 'edited.json').compiled;
}

function rows(text: string, compiled: CompiledCodebook = codebook) {
  const source = textSource(text);
  return analyzeDocument(source, compiled).statements.map(({ side, stance, topic, cue }) => ({
    side,
    stance,
    topic,
    cue,
  }));
}

describe('cue expansion: a lemma in the codebook matches its inflections', () => {
  it.each([
    ['explained', 'explain', 'past'],
    ['explains', 'explain', 'present'],
    ['explaining', 'explain', 'gerund'],
    ['gave', 'give', 'past'],
    ['given', 'give', 'participle'],
    ['co-chaired', 'co-chair', 'past'],
    ['held', 'hold', 'past'],
    ['concurred', 'concur', 'past'],
  ])('%s is a form of %s (%s)', (text, lemma, form) => {
    expect(english.verbForms.get(text)).toEqual(expect.arrayContaining([{ lemma, form }]));
  });

  it('does not invent regular forms of irregular verbs', () => {
    expect(english.verbForms.get('gived')).toBeUndefined();
    expect(english.verbForms.get('holded')).toBeUndefined();
  });

  it.each([
    ['The EU side gave a presentation on the Data Act.', 'gave a presentation'],
    ['The EU side has given a presentation on the Data Act.', 'given a presentation'],
    ['The EU side gives a presentation on the Data Act.', 'gives a presentation'],
  ])('the multiword cue "give ... presentation" matches %j', (sentence, cue) => {
    expect(rows(sentence)).toEqual([{ side: 'eu', stance: 'explained', topic: 'data', cue }]);
  });
});

describe('an edited codebook changes the coding without code changes', () => {
  it('a new cue lemma is matched in every inflection', () => {
    const edited = editedCodebook((c) =>
      c.languages.en.cues.unshift({ stance: 'raised_issues', patterns: ['lament'] }),
    );
    for (const sentence of [
      'The EU side lamented the delay.',
      'The EU side laments the delay.',
      'The EU side has lamented the delay.',
      'The EU side will lament the delay.',
    ]) {
      expect(rows(sentence, edited), sentence).toEqual([
        expect.objectContaining({ side: 'eu', stance: 'raised_issues' }),
      ]);
    }
    expect(rows('The EU side lamented the delay.')).toEqual([
      expect.objectContaining({ side: 'eu', stance: 'other' }),
    ]);
  });

  it('a cue taken out no longer decides the stance', () => {
    const sentence = 'The Japanese side raised issues with the EU bills.';
    expect(rows(sentence)[0]?.stance).toBe('raised_issues');
    const edited = editedCodebook((c) => {
      for (const group of c.languages.en.cues)
        group.patterns = group.patterns.filter((p: string) => !p.startsWith('raise'));
    });
    expect(rows(sentence, edited)[0]?.stance).toBe('other');
  });

  it('whenSingle gives a single side another stance than both sides', () => {
    const edited = editedCodebook((c) =>
      c.languages.en.cues.unshift({ stance: 'concurred', whenSingle: 'raised_issues', patterns: ['ponder'] }),
    );
    expect(rows('Both sides pondered the proposal.', edited)[0]?.stance).toBe('concurred');
    expect(rows('The EU side pondered the proposal.', edited)[0]?.stance).toBe('raised_issues');
  });

  it('a new alias makes a new actor', () => {
    const sentence = 'The Delegation of Ruritania explained its plans.';
    expect(rows(sentence)[0]?.side).toBe('none');
    const edited = editedCodebook((c) => c.sides[1].aliases.en.push('the Delegation of Ruritania'));
    expect(rows(sentence, edited)[0]?.side).toBe('eu');
  });

  it('a new topic term and a new topic are found', () => {
    const sentence = 'The EU side explained its space programme.';
    expect(rows(sentence)[0]?.topic).toBe('general');
    const edited = editedCodebook((c) =>
      c.topics.push({ id: 'space', label: 'Space', terms: { en: ['space programme'] } }),
    );
    expect(rows(sentence, edited)[0]?.topic).toBe('space');
  });

  it('a new negation word turns a cue off', () => {
    const sentence = 'Japan and the EU could barely agree on the timeline.';
    const withAdverb = editedCodebook((c) => c.languages.en.predicates.adverbs.push('barely'));
    expect(rows(sentence, withAdverb)[0]?.stance).toBe('concurred');
    const withNegation = editedCodebook((c) => {
      c.languages.en.predicates.adverbs.push('barely');
      c.languages.en.negation.push('barely');
    });
    expect(rows(sentence, withNegation)[0]).toEqual(
      expect.objectContaining({ side: 'both', stance: 'other', cue: 'could barely agree' }),
    );
  });
});
