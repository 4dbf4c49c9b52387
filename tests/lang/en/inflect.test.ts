import { describe, expect, it } from 'vitest';
import { inflect, type VerbForm } from '../../../src/lang/en/inflect.js';

const textsOf = (lemma: string): string[] => inflect(lemma).map((f) => f.text);
const formsOf = (lemma: string, form: VerbForm): string[] =>
  inflect(lemma)
    .filter((f) => f.form === form)
    .map((f) => f.text);

describe('inflect: every form a cue lemma can be written in', () => {
  it.each([
    ['explain', ['explain', 'explains', 'explained', 'explaining']],
    ['introduce', ['introduce', 'introduces', 'introduced', 'introducing']],
    ['concur', ['concur', 'concurs', 'concurred', 'concurring']],
    ['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['focus', ['focus', 'focuses', 'focused', 'focusing']],
    ['criticize', ['criticize', 'criticizes', 'criticized', 'criticizing']],
    ['commit', ['commit', 'commits', 'committed', 'committing']],
    ['study', ['study', 'studies', 'studied', 'studying']],
    ['co-chair', ['co-chair', 'co-chairs', 'co-chaired', 'co-chairing']],
  ])('%s -> %j', (lemma, expected) => {
    expect(textsOf(lemma)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['give', ['gave'], ['given'], 'gived'],
    ['hold', ['held'], ['held'], 'holded'],
    ['meet', ['met'], ['met'], 'meeted'],
    ['take', ['took'], ['taken'], 'taked'],
    ['stand', ['stood'], ['stood'], 'standed'],
    ['make', ['made'], ['made'], 'maked'],
  ])('irregular %s: past %j, participle %j, and no regular %s', (lemma, past, participle, wrong) => {
    expect(formsOf(lemma, 'past')).toEqual(past);
    expect(formsOf(lemma, 'participle')).toEqual(participle);
    expect(textsOf(lemma)).not.toContain(wrong);
  });

  it('labels each form: explain -> base, present, past, participle, gerund', () => {
    expect(formsOf('explain', 'base')).toEqual(['explain']);
    expect(formsOf('explain', 'present')).toEqual(['explains']);
    expect(formsOf('explain', 'past')).toEqual(['explained']);
    expect(formsOf('explain', 'participle')).toEqual(['explained']);
    expect(formsOf('explain', 'gerund')).toEqual(['explaining']);
  });

  it('reads the lemma in any case and gives lower-case forms', () => {
    expect(inflect('Explain')).toEqual(inflect('explain'));
    for (const { text } of inflect('Co-Chair')) expect(text).toBe(text.toLowerCase());
  });

  it.each(['explain', 'give', 'co-chair', 'concur', 'show', 'commit'])(
    'lists no (form, text) pair of %s twice',
    (lemma) => {
      const keys = inflect(lemma).map((f) => `${f.form}:${f.text}`);
      expect(new Set(keys).size).toBe(keys.length);
    },
  );

  it('gives one-word forms only (no "will explain")', () => {
    for (const lemma of ['explain', 'give', 'hold', 'co-chair']) {
      for (const { text } of inflect(lemma)) expect(text).not.toMatch(/\s/);
    }
  });
});
