// Coding that needs more than one clause: people a document introduces, quoted speakers, gapped
// clauses, topics carried by an opener, logistics and overviews.
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { textSource } from '../helpers.js';

const codebook = loadCodebook().compiled;

/** [side, stance, topic] of each statement of a document made of `paragraphs`. */
function coded(...paragraphs: string[]): [string, string, string][] {
  const text = `${paragraphs.join('\n\n')}\n`;
  return analyzeDocument(textSource(text), codebook).statements.map((s) => [s.side, s.stance, s.topic]);
}

const sides = (...paragraphs: string[]) => coded(...paragraphs).map(([side]) => side);

describe('people a document introduces act for their side later', () => {
  it.each<[string, string[], string[]]>([
    [
      'an honorific and an appositive naming the side',
      [
        'Mr. Lorenzo Bellini, Director-General of DG CONNECT, opened the meeting.',
        'Mr. Bellini explained the Digital Compass.',
      ],
      ['eu', 'eu'],
    ],
    [
      'an appositive ends at a finite verb: what the clause says after it is no title',
      ['Mr. Kenji Sato, Director, explained the plans of the EU side.', 'Sato presented the roadmap.'],
      ['none', 'none'],
    ],
    [
      "a side's title right before the honorific",
      ['European Commissioner Dr Anna Lindqvist opened the dialogue.', 'Lindqvist explained the Data Act.'],
      ['eu', 'eu'],
    ],
    [
      'a participant line',
      ['EU side: Mr. Roberto Bianchi, Director, DG CONNECT', 'Bianchi presented the Data Act.'],
      ['eu', 'eu'],
    ],
    [
      'a title alias before the name',
      [
        'Minister for Internal Affairs and Communications Ryo Okada met the delegation.',
        'Okada explained the AI guidelines.',
      ],
      ['japan', 'japan'],
    ],
    [
      'a name with a particle and no honorific',
      [
        'Pieter de Waal, Deputy Secretary General of the EEAS, led the delegation.',
        'De Waal explained the toolbox.',
        'de Waal welcomed the results.',
      ],
      ['eu', 'eu', 'eu'],
    ],
    [
      'a long title running into the name, in a list of co-chairs, then the title alone',
      [
        "The Dialogue was co-chaired by Commission Vice-President for Jobs, Growth, Investment and Competitiveness Mikael Åström and Japan's Minister for Foreign Affairs Kenta Morishita.",
        'Vice-President Åström presented the state of play.',
        'The Vice-President presented the Digital Single Market strategy.',
        'Minister Morishita explained the measures.',
      ],
      ['both', 'eu', 'eu', 'japan'],
    ],
    [
      'a party, a title and its words before the name',
      [
        'EEAS Deputy Secretary-General for Economic and Global Issues Lukas Brenner travelled to Tokyo.',
        'Brenner presented recent Global Gateway investments.',
      ],
      ['eu', 'eu'],
    ],
    // …but not a title two sides hold.
    [
      'a role both sides hold names nobody alone',
      [
        'The Dialogue was co-chaired by Commission Vice-President for Jobs, Growth, Investment and Competitiveness Mikael Åström and Mr. SATO Taro, Vice-President of JETRO.',
        'The Vice-President presented the plan.',
      ],
      ['both', 'none'],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(sides(...paragraphs)).toEqual(expected);
  });

  it('does not give the next person of a list the title before the list', () => {
    const [, berg] = sides(
      "Japan's Minister for Digital Transformation, Taro Kono, and Anna Berg of the European Commission opened the meeting.",
      'Anna Berg presented the AI Act.',
    );
    expect(berg).not.toBe('japan');
  });

  it('does not learn a name from a phrase without a role', () => {
    expect(
      sides(
        'Smart City Security Guidelines, published by MIC, were explained.',
        'Guidelines explained nothing.',
      ),
    ).toEqual(['none', 'none']);
  });
});

describe('clauses that borrow from their neighbour', () => {
  it.each<[string, [string, string, string][]]>([
    [
      '"Our partnership turns shared values into shared projects," said Commissioner Breton.',
      [['eu', 'explained', 'general']],
    ],
    [
      'The EU was represented by Commissioner Breton, and Japan by the Minister for Internal Affairs and Communications.',
      [
        ['eu', 'other', 'general'],
        ['japan', 'other', 'general'],
      ],
    ],
    [
      'Japan raised questions about state aid rules, while expressing interest in joint research on chips.',
      [
        ['japan', 'raised_issues', 'general'],
        ['japan', 'explained', 'semiconductors'],
      ],
    ],
    [
      'Concerns were raised by the Japanese side about the slow progress on AI.',
      [['japan', 'raised_issues', 'ai']],
    ],
    ['However, no agreement was reached on a joint early warning mechanism.', [['none', 'other', 'general']]],
    ['The EU side could not accept the Japanese proposal on data.', [['eu', 'raised_issues', 'data']]],
    ['The AI Act was adopted in 2024.', [['none', 'other', 'ai']]],
    [
      'Both sides pointed out the importance of resilient supply chains, and concurred to set up an expert exchange.',
      [
        ['both', 'concurred', 'general'],
        ['both', 'concurred', 'general'],
      ],
    ],
    ['It was confirmed that the two sides would continue the dialogue.', [['both', 'concurred', 'general']]],
  ])('%s', (sentence, expected) => {
    expect(coded(sentence)).toEqual(expected);
  });
});

describe('topics from the context', () => {
  it('an opener topic carries through its paragraph until another topic is named', () => {
    expect(
      coded(
        'On 5G, the EU side explained its plans. Both sides agreed to continue cooperation. The Japanese side explained its AI guidelines. They agreed to meet again.',
      ).map(([, , topic]) => topic),
    ).toEqual(['5g-6g', '5g-6g', 'ai', 'general']);
  });

  it('logistics are general even inside a topic section', () => {
    expect(
      coded('1. AI', 'The EU side explained the AI Act. The next meeting will be held in Tokyo.'),
    ).toEqual([
      ['eu', 'explained', 'ai'],
      ['none', 'other', 'general'],
    ]);
  });

  it('a clause sharing its actor and referring back ("such") keeps the topic of the clause before it', () => {
    expect(
      coded(
        'The two sides have not yet reached agreement on provisions on the free flow of data, and agree to reassess the need for such provisions. The EU side welcomed progress on AI and described its Digital Decade programme.',
      ).map(([, , topic]) => topic),
    ).toEqual(['data', 'data', 'ai', 'general']);
  });

  it('a list of four or more topics is an overview', () => {
    expect(coded('The two sides discussed 5G, AI, data flows and online platforms.')).toEqual([
      ['both', 'other', 'general'],
    ]);
  });

  it('the series title gives the topic to statements without one, not to meeting logistics', () => {
    expect(
      coded(
        'Results of the 4th Japan-EU Cybersecurity Dialogue',
        'The Japanese side explained its recent strategy. The dialogue consisted of two sessions.',
      ).map(([, , topic]) => topic),
    ).toEqual(['cybersecurity', 'general']);
  });
});

describe('list items after a lead-in act for its actor', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'bullets opening with their verb after "the co-chairs:"',
      '5. On trust services, the co-chairs:\n   - recognise that the two frameworks pursue the same objectives;\n   - intend to complete the comparative study by the end of 2025.',
      [
        ['both', 'concurred'],
        ['both', 'concurred'],
      ],
    ],
    [
      'one side as the lead-in',
      'On data, the EU side:\n- explained the Data Act;\n- raised concerns about data localisation.',
      [
        ['eu', 'explained'],
        ['eu', 'raised_issues'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    const rows = coded('Results of the meeting', text).map(([side, stance]) => [side, stance]);
    expect(rows.slice(-expected.length)).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    [
      'a lead-in with a predicate of its own lends nothing',
      ['On data, the co-chairs discussed the following:\n- recognise the Data Act.'],
      ['both', 'none'],
    ],
    [
      'a paragraph after the list starts afresh',
      ['On data, the co-chairs:\n- recognise the progress made.', 'Explained the plans.'],
      ['both', 'none'],
    ],
    [
      "an item with a subject of its own keeps it, and the next item is the lead-in's again",
      ['On data, the co-chairs:\n- the EU side explained the plans;\n- intend to meet again.'],
      ['eu', 'both'],
    ],
    [
      'an item of another kind of marker ends the list',
      ['1. On data, the co-chairs:\n- recognise the progress made;\n2. Explained the plans.'],
      ['both', 'none'],
    ],
    ['a heading without a colon lends nothing', ['Data', '- explained the plans.'], ['none']],
  ])('%s', (_, paragraphs, expected) => {
    expect(sides('Results of the meeting', ...paragraphs).slice(-expected.length)).toEqual(expected);
  });
});

describe('a side phrase after the verb and a list of sides', () => {
  it.each<[string, string, string[]]>([
    [
      'a clause done "on the Japanese side" by a subject naming no side',
      'Representatives of two research funders joined on the Japanese side.',
      ['japan'],
    ],
    ['a side phrase must end its noun phrase', 'Experts reported on the Japanese side proposals.', ['none']],
    [
      'a comma inside a list of sides after a preposition cuts nothing',
      'Colleagues from MIC, METI and the Digital Agency joined the meeting.',
      ['japan'],
    ],
    [
      'a comma after a side that is no list still cuts',
      'The Japanese side thanked MIC, the EU and Japan then agreed to cooperate on AI.',
      ['japan', 'both'],
    ],
  ])('%s', (_, text, expected) => {
    expect(sides('Results of the meeting', text)).toEqual(expected);
  });
});
