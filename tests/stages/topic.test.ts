import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { tokenize } from '../../src/lang/en/tokens.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { statementsTable } from '../../src/report/tables.js';
import { topicHits } from '../../src/stages/topic.js';
import type { AnalyzedDocument } from '../../src/types.js';
import { textSource } from '../helpers.js';

const codebook = loadCodebook().compiled;

function analyze(text: string): AnalyzedDocument {
  const source = textSource(text);
  return analyzeDocument(source, codebook);
}

type Row = [topic: string, topics: string[]];

/** [topic, topics] of each statement. */
const rowsOf = (text: string): Row[] => analyze(text).statements.map((s) => [s.topic, s.topics]);

/** A plain-text summary: a title line, then blocks separated by blank lines. */
const summary = (...blocks: string[]): string =>
  ['Results of the 5th Japan-EU ICT Policy Dialogue', ...blocks].join('\n\n');

describe('topic: from the section heading', () => {
  it.each<[string, string, Row[]]>([
    [
      'a heading naming a topic gives it, whatever the words say',
      summary(
        '1. AI',
        'The EU side explained the Data Act.\nJapan and the EU agreed to continue cooperation.',
      ),
      [
        ['ai', ['ai', 'data']],
        ['ai', ['ai']],
      ],
    ],
    [
      'the seed layout: an unnumbered heading, then numbered topic headings',
      summary(
        'Major achievements of the 12th Japan-EU ICT Strategy Workshop',
        '1. 5G/Beyond 5G (6G)',
        'The EU side explained the status of research and development, and Japan and the EU concurred to promote their cooperation.',
        '4. Platform',
        'In response, the Japanese side raised issues with the EU bills.',
      ),
      [
        ['5g-6g', ['5g-6g', 'research-standards']],
        ['5g-6g', ['5g-6g']],
        ['platforms', ['platforms']],
      ],
    ],
    [
      'a heading with two topics: the statement’s own words choose, else the first',
      summary(
        '1. Data and AI',
        'The EU side explained the AI Act.\nThe EU side explained its plans.\nThe Japanese side explained quantum computing.',
      ),
      [
        ['ai', ['ai', 'data']],
        ['data', ['ai', 'data']],
        ['data', ['ai', 'data', 'quantum']],
      ],
    ],
  ])('%s', (_what, text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });

  it.each<[string, string, Row[]]>([
    [
      'a sub-heading naming no topic inherits the enclosing heading’s',
      summary(
        'I. Cybersecurity',
        '1. Recent measures',
        'The EU side explained its plans.',
        '2. Exercises',
        'Japan and the EU agreed to continue the joint exercise.',
      ),
      [
        ['cybersecurity', ['cybersecurity']],
        ['cybersecurity', ['cybersecurity']],
      ],
    ],
    [
      'a sub-heading naming a topic under a heading naming none',
      summary('1. Major achievements', '(1) Cybersecurity', 'The EU side explained its plans.'),
      [['cybersecurity', ['cybersecurity']]],
    ],
  ])('%s', (_what, text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('topic: from the statement’s own words outside a topic section', () => {
  it.each<[string, string, Row[]]>([
    [
      'under a heading that names no topic',
      summary('2. Other matters', 'The EU side explained the Data Act.\nThe two sides met again.'),
      [
        ['data', ['data']],
        ['general', []],
      ],
    ],
    [
      'before any heading',
      summary(
        'MIC and the European Commission held the dialogue.\nThe EU side explained its AI strategy.',
        '1. Data',
        'The EU side explained its plans.',
      ),
      [
        ['general', []],
        ['ai', ['ai']],
        ['data', ['data']],
      ],
    ],
  ])('%s', (_what, text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });

  it.each<[string, Row[]]>([
    ['The EU side explained its AI strategy.', [['ai', ['ai']]]],
    ['The Japanese side explained competition among online platforms.', [['platforms', ['platforms']]]],
    ['The Japanese side explained its policy on smart cities.', [['smart-cities', ['smart-cities']]]],
    ['The Japanese side explained a smart city project.', [['smart-cities', ['smart-cities']]]],
    ['The EU side explained eID and trust services.', [['digital-identity', ['digital-identity']]]],
    ['The EU side explained e-commerce rules.', [['digital-trade', ['digital-trade']]]],
    ['The EU side explained the G7 framework.', [['multilateral', ['multilateral']]]],
    ['The Japanese side explained the security exercises.', [['cybersecurity', ['cybersecurity']]]],
    [
      'The Japanese side explained the promotion of ISAC cooperation.',
      [['cybersecurity', ['cybersecurity']]],
    ],
    ['The EU side explained the Chips Act.', [['semiconductors', ['semiconductors']]]],
    ['The EU side explained its plans for high performance computing.', [['hpc', ['hpc']]]],
    ['The EU side explained the submarine cable project.', [['connectivity', ['connectivity']]]],
    ['The EU side explained the GDPR.', [['data', ['data']]]],
    ['The Japanese side explained Open RAN.', [['5g-6g', ['5g-6g']]]],
    // the most mentioned topic wins; a tie goes to the first mentioned
    ['The Japanese side explained the AI Act and the Data Act, and the GDPR.', [['data', ['ai', 'data']]]],
    [
      'The EU side explained quantum computing, the AI Act and 5G.',
      [['quantum', ['5g-6g', 'ai', 'quantum']]],
    ],
    // each statement of a split sentence has its own words
    [
      'The EU side explained the Data Act, and the Japanese side explained its AI strategy.',
      [
        ['data', ['data']],
        ['ai', ['ai']],
      ],
    ],
  ])('%s -> %j', (sentence, expected) => {
    expect(rowsOf(sentence)).toEqual(expected);
  });
});

describe('topic: general when nothing points to a topic', () => {
  it.each<[string, Row[]]>([
    ['The two sides met in Brussels.', [['general', []]]],
    ['The purpose of this workshop is to deepen mutual understanding.', [['general', []]]],
    ['This workshop is usually held twice a year.', [['general', []]]],
  ])('%s -> %j', (sentence, expected) => {
    expect(rowsOf(sentence)).toEqual(expected);
  });
});

describe('topic terms match whole words and phrases', () => {
  it.each<[string, Row[]]>([
    // "AI" is an acronym: not "ai" inside other words, and not lower-case "ai"
    ['The EU side said that it will maintain its position.', [['general', []]]],
    ['Japan explained the said strategy, maintaining its position.', [['general', []]]],
    ['The Thai delegation explained its plans.', [['general', []]]],
    // number does not matter
    ['The Japanese side explained the regulation of digital platforms.', [['platforms', ['platforms']]]],
    ['The Japanese side explained its platform policy.', [['platforms', ['platforms']]]],
    ['The EU side explained its semiconductor strategy.', [['semiconductors', ['semiconductors']]]],
    // "DG CONNECT" is an actor, not connectivity
    ['DG CONNECT explained its plans.', [['general', []]]],
    ['DG CONNECT explained its connectivity plans.', [['connectivity', ['connectivity']]]],
    // "data" inside a compound word is no mention of the data topic
    ['The Japanese side explained its metadata registry.', [['general', []]]],
    // "UN" as an acronym, not "un" inside words
    ['The EU side explained the unusual timing of its plans.', [['general', []]]],
    ['The EU side explained its plans at the UN.', [['multilateral', ['multilateral']]]],
  ])('%s -> %j', (sentence, expected) => {
    expect(rowsOf(sentence)).toEqual(expected);
  });
});

describe('the fallback topic research-standards applies only when nothing more specific does', () => {
  it.each<[string, Row[]]>([
    ['The Japanese side explained joint research.', [['research-standards', ['research-standards']]]],
    ['The Japanese side explained the R&D programme.', [['research-standards', ['research-standards']]]],
    ['The Japanese side explained joint research on 5G.', [['5g-6g', ['5g-6g', 'research-standards']]]],
    ['The Japanese side explained standardization of AI.', [['ai', ['ai', 'research-standards']]]],
    [
      'The Japanese side explained joint research and standardization in the field of quantum technology.',
      [['quantum', ['quantum', 'research-standards']]],
    ],
  ])('%s -> %j', (sentence, expected) => {
    expect(rowsOf(sentence)).toEqual(expected);
  });
});

describe('topics in codebook order', () => {
  it('lists every topic of the words and the section, in codebook order', () => {
    const text = summary('1. Cybersecurity', 'The EU side explained quantum computing, the AI Act and 5G.');
    const order = codebook.topics.map((t) => t.id);
    const [statement] = analyze(text).statements;
    expect(statement?.topic).toBe('cybersecurity');
    expect(statement?.topics).toEqual(['5g-6g', 'ai', 'cybersecurity', 'quantum']);
    expect(statement?.topics).toEqual(
      [...(statement?.topics ?? [])].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
  });

  it('joins topics with ";" in the statements CSV table', () => {
    const document = analyze('The EU side explained quantum computing, the AI Act and 5G.');
    const table = statementsTable([document]);
    const topicsColumn = table.header.indexOf('topics');
    const topicColumn = table.header.indexOf('topic');
    expect(table.rows[0]?.[topicsColumn]).toBe('5g-6g;ai;quantum');
    expect(table.rows[0]?.[topicColumn]).toBe('quantum');
  });

  it('leaves the topics cell empty when no topic applies', () => {
    const table = statementsTable([analyze('The two sides met in Brussels.')]);
    expect(table.rows[0]?.[table.header.indexOf('topics')]).toBe('');
  });
});

describe('topicHits', () => {
  it.each<[string, string[]]>([
    ['Beyond 5G and 6G', ['5g-6g']],
    ['the AI Act and the Data Act', ['ai', 'data']],
    ['network security of 5G', ['5g-6g']],
    ['the security exercises held by Japan', ['cybersecurity']],
    ['said, maintain, domain', []],
    ['DG CONNECT', []],
  ])('%s -> %j', (text, expected) => {
    expect(
      topicHits({ topics: codebook.topics, language: codebook.language('en') }, tokenize(text)).map(
        (h) => h.id,
      ),
    ).toEqual(expected);
  });

  it('counts mentions and remembers the first', () => {
    expect(
      topicHits(
        { topics: codebook.topics, language: codebook.language('en') },
        tokenize('the AI Act, AI principles and generative AI'),
      ).find((h) => h.id === 'ai'),
    ).toMatchObject({ count: 3, first: 1 });
  });
});
