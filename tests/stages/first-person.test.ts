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
    ['We also exchanged views on generative AI.', ['both/other']],
    // Other acts of "we" stay the publisher's, and so does not agreeing.
    ['We presented the Digital Decade programme.', ['eu/explained']],
    ['We did not agree on the timetable.', ['eu/other']],
    // A person introduced as the first person's own is the publisher's, by name later too.
    [
      'My colleague Pieter VAN DAM, Head of Unit for Future Networks, presented Open RAN. Van Dam clarified the timetable.',
      ['eu/explained', 'eu/explained'],
    ],
    // Over the name's honorific too.
    [
      'My colleague Mr. Marc DELCOURT, Director for Artificial Intelligence, opened the session. Mr. Delcourt presented the AI Act.',
      ['eu/other', 'eu/explained'],
    ],
    // "together with" names its partner: one of one's own side is no joint act, nor one of one's own people.
    ['I attended the Council together with Commissioner Lindqvist.', ['eu/other']],
    [
      'My colleague Ms. Anna BERG, Head of Unit, joined me. I led the delegation together with my colleague Ms. Berg.',
      ['eu/other', 'eu/other'],
    ],
    // Agreeing on what both sides will do is done with the other side.
    ['We confirmed that the two sides will cooperate closely on AI.', ['both/concurred']],
    ['Our two sides agreed to prepare a second coordinated call.', ['both/concurred']],
    // An op-ed's opinions without a reporting verb still present the writer's view.
    ['I am convinced that the agreement will anchor our partnership for decades.', ['eu/explained']],
    ['I assured him that we are doing everything we can to conclude it.', ['eu/explained']],
    ['I would also like to see many more young engineers spend a year in Europe.', ['eu/explained']],
    ['I would like to thank Mr. Schmidt and his team for travelling to Tokyo.', ['eu/other']],
  ])('%s', (body, expected) => {
    expect(coded(blog(body)).slice(1)).toEqual(expected);
  });

  it("a transcript's speaker label is no part of the subject; a participant line keeps its label", () => {
    const text = [
      'Press Conference by Foreign Minister KAMIYA Naoko',
      '',
      'Minister: The EU side presented the Global Gateway projects.',
      '',
      'Minister: There was no discussion of that proposal at the summit.',
      '',
      'Japanese side: Mr. SATO Ichiro, Vice-Minister for Policy Coordination',
      '',
    ].join('\n');
    expect(coded(text)).toEqual(['eu/explained', 'none/other', 'japan/other']);
  });

  it("a quoted question is its asker's act", () => {
    expect(coded(blog('The Japanese side asked: "Will the EU reconsider the rules?"')).slice(1)).toEqual([
      'japan/raised_issues',
    ]);
  });

  it('a question asserts nothing, whoever it names', () => {
    const text = blog(
      'Q: Did the two sides discuss the AI Act?\n\nA: Yes, the EU side explained its timetable.',
    );
    expect(coded(text).slice(1)).toEqual(['none/other', 'eu/explained']);
  });
});

describe('who a name is', () => {
  const body = (text: string) => coded(`Results of the 2nd Test Dialogue\n\n${text}\n`);
  it.each([
    // The body a title serves outweighs the bare title another party also uses.
    [
      'Ms. OGAWA Reiko, Commissioner of the PPC, and Mr. Thomas BRENNER, Director at DG JUST, co-chaired the meeting. Commissioner Ogawa explained the amendments.',
      ['both/other', 'japan/explained'],
    ],
    // The office before the name ("the President of the European Commission, Mr. X").
    [
      'The Prime Minister of Japan, Mr. OKUMURA Hideki, and the President of the European Commission, Mr. Paolo RINALDI, met in Brussels. President Rinaldi presented the proposal.',
      ['both/other', 'eu/explained'],
    ],
    // A list of people, each with a title, is no appositive of the first; a title elsewhere decides.
    [
      'Today, Executive Vice-President for Tech Sovereignty, Security and Democracy Lena Hartmann, Japan\'s Minister for Digital Transformation MURAKAMI Akira co-chaired the Council. Executive Vice-President Hartmann said: "We are partners." Hartmann presented the AI Act.',
      ['both/other', 'eu/explained', 'eu/explained'],
    ],
    // The two sides' adjectives joined with a group noun are both sides.
    [
      'Japanese and European participants jointly pointed out the need for common test methods.',
      ['both/concurred'],
    ],
    // "He" refers back to the last single party that acted.
    [
      'The EU side presented Horizon Europe. He underlined that association would be open.',
      ['eu/explained', 'eu/explained'],
    ],
  ])('%s', (text, expected) => {
    expect(body(text)).toEqual(expected);
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

  it("a newsletter's publisher line gives the first person its side", () => {
    const text =
      'EU-JAPAN NEWS\nNewsletter of the Delegation of the European Union to Japan\nNo. 41 | October 2013\n\nDIGITAL AGENDA\n\nThe EU and Japan held their nineteenth ICT Policy Dialogue in Tokyo on 8 October.\n\nWe were pleased to host a reception for both delegations.\n';
    expect(coded(text)).toEqual(['both/other', 'eu/other']);
  });

  it('a headline with the site after a bar is still the title', () => {
    const text =
      "EU and Japan step up cooperation on AI | Shaping Europe's digital future\n\nThe two sides agreed to cooperate.\n";
    const blocks = analysed(text).structure.blocks;
    expect(blocks[0]?.kind).toBe('title');
  });

  it('a site banner above the title is no title', () => {
    const text =
      'EEAS | European External Action Service\n\nJapan-EU: Joint Press Statement on the Sixth Cyber Dialogue\n\n1. Both sides reaffirm that international law applies in cyberspace.\n';
    const result = analysed(text);
    expect(result.structure.metadata.publisher).toBe('both');
    expect(result.structure.metadata.meetings[0]?.series).toBe('Japan-EU Cyber Dialogue');
  });
});
