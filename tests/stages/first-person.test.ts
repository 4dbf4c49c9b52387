// The first person and joint statements (docs/ANNOTATION.md, "Who speaks in other kinds of
// release"), each as [release, side/stance of each statement].
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { textSource } from '../helpers.js';

const codebook = loadCodebook().compiled;

const analysed = (text: string) => analyzeDocument(textSource(text), codebook);
const coded = (text: string) => analysed(text).statements.map((s) => `${s.side}/${s.stance}`);

/** A blog post by the Commission's side: "our Japanese counterparts" says who writes. */
const blog = (body: string) =>
  `Two days of digital dialogue with Japan\n\nI was glad to meet our Japanese counterparts in Tokyo.\n\n${body}\n`;

describe('first person', () => {
  it.each([
    // An act that needs two parties, done by "we" in one side's text, is both sides'.
    ['We agreed to hold the next Policy Dialogue in Tokyo.', ['both/concurred']],
    ['We shared the view that supply chains must be more resilient.', ['both/concurred']],
    // Other acts of "we" stay the publisher's.
    ['We presented the Digital Decade programme.', ['eu/explained']],
    ['We did not agree on the timetable.', ['eu/other']],
    // A person introduced as the first person's own is the publisher's, by name later too.
    [
      'My colleague Pieter VAN DAM, Head of Unit for Future Networks, presented Open RAN. Van Dam clarified the timetable.',
      ['eu/explained', 'eu/explained'],
    ],
    // "together with" names its partner: one of one's own side is no joint act.
    ['I attended the Council together with Commissioner Lindqvist.', ['eu/other']],
  ])('%s', (body, expected) => {
    expect(coded(blog(body)).slice(1)).toEqual(expected);
  });

  it('a question asserts nothing, whoever it names', () => {
    const text = blog(
      'Q: Did the two sides discuss the AI Act?\n\nA: Yes, the EU side explained its timetable.',
    );
    expect(coded(text).slice(1)).toEqual(['none/other', 'eu/explained']);
  });
});

describe('joint statements', () => {
  it('a "Joint Statement" line under the title makes both sides the publisher', () => {
    const text = [
      'European Council | Council of the European Union',
      'Statements and remarks',
      '',
      'EU-Japan Summit, Brussels, 25 April 2019',
      'Joint Statement',
      '',
      '1. We welcome the mutual adequacy decisions adopted in January.',
      '',
    ].join('\n');
    const result = analysed(text);
    expect(result.structure.metadata.publisher).toBe('both');
    expect(result.statements.map((s) => `${s.side}/${s.stance}`)).toEqual(['both/concurred']);
  });

  it('"We, the leaders of Japan and the European Union" is both sides writing', () => {
    const text =
      'Summit in Brussels\n\nWe, the leaders of Japan and the European Union, met in Brussels today.\n\nWe are determined to promote Data Free Flow with Trust. We encourage researchers to use Horizon Europe.\n';
    expect(coded(text)).toEqual(['both/other', 'both/concurred', 'both/concurred']);
  });

  it('a site banner above the title is no title', () => {
    const text =
      'EEAS | European External Action Service\n\nJapan-EU: Joint Press Statement on the Sixth Cyber Dialogue\n\n1. Both sides reaffirm that international law applies in cyberspace.\n';
    const result = analysed(text);
    expect(result.structure.metadata.publisher).toBe('both');
    expect(result.structure.metadata.meetings[0]?.series).toBe('Japan-EU Cyber Dialogue');
  });
});
