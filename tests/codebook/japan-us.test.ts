import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { SourceDocument } from '../../src/types.js';

// The default codebook with the EU party swapped for a "us" party: the tool codes another pair of
// parties from the codebook alone.
const JAPAN_US = fileURLToPath(new URL('../fixtures/codebooks/japan-us.json', import.meta.url));
const codebook = loadCodebook(JAPAN_US).compiled;

function statements(text: string) {
  const source: SourceDocument = {
    id: 'japan-us',
    path: 'japan-us.txt',
    format: 'txt',
    bytes: text.length,
    sha256: '',
    text,
    hints: [],
  };
  return analyzeDocument(source, codebook).statements;
}

const sidesOf = (text: string) => statements(text).map((s) => s.side);

describe('the Japan-US codebook', () => {
  it('loads, with the parties japan and us', () => {
    expect(codebook.parties.map((p) => p.id)).toEqual(['japan', 'us']);
  });

  describe('one statement per sentence: the side from the codebook', () => {
    it.each([
      // us aliases
      ['The U.S. side explained its efforts on Open RAN.', ['us']],
      ['The US side raised issues with data localization.', ['us']],
      ['The United States explained its spectrum policy.', ['us']],
      ['The U.S. explained its spectrum policy.', ['us']],
      ['The US explained its spectrum policy.', ['us']],
      ['The Department of State introduced its cyber diplomacy.', ['us']],
      ['The Federal Communications Commission presented its rules.', ['us']],
      ['The FCC presented its rules.', ['us']],
      ['NTIA described its data policy.', ['us']],
      ['In response, the U.S. side expressed concerns about the proposal.', ['us']],
      ['Regarding Open RAN, the FCC explained its plans.', ['us']],
      // japan aliases, unchanged
      ['The Japanese side explained its Beyond 5G strategy.', ['japan']],
      ['MIC introduced its data strategy.', ['japan']],
      // joint forms
      ['Japan and the U.S. agreed to continue cooperation.', ['both']],
      ['Both Japan and the US welcomed the Global CBPR Forum.', ['both']],
      ['Both sides welcomed the Global CBPR Forum.', ['both']],
      ['MIC and the Department of State held the 14th dialogue in Tokyo.', ['both']],
      // mentions that are not actors
      ['The Japanese side explained the status of Japan-US cooperation.', ['japan']],
      ['The Japanese side explained the rules of the FCC.', ['japan']],
      ['The 14th Japan-US Policy Cooperation Dialogue was held in Tokyo.', ['none']],
      ['Discussions were held on data flows.', ['none']],
      // a passive with an agent
      ['The results were presented by the U.S. side.', ['us']],
      // the EU is no party in this codebook
      ['The EU side explained its plans.', ['none']],
    ])('%s -> %j', (sentence, expected) => {
      expect(sidesOf(sentence)).toEqual(expected);
    });
  });

  describe('an alias whose last word looks like a verb ("the United States") is no predicate', () => {
    it.each<[string, [string, string, string][]]>([
      [
        'Japan and the United States concurred to promote vendor diversification.',
        [['both', 'concurred', 'concurred']],
      ],
      ['Both Japan and the United States welcomed the forum.', [['both', 'concurred', 'welcomed']]],
      ['The Japanese side and the United States agreed to cooperate.', [['both', 'concurred', 'agreed']]],
      ['The United States explained its spectrum policy.', [['us', 'explained', 'explained']]],
    ])('%s -> %j', (sentence, expected) => {
      expect(statements(sentence).map((s) => [s.side, s.stance, s.cue])).toEqual(expected);
    });
  });

  it('splits where the actor changes between japan and us', () => {
    expect(
      statements(
        'The U.S. side explained its efforts on Open RAN, and the Japanese side introduced its Beyond 5G strategy.',
      ).map(({ side, stance }) => [side, stance]),
    ).toEqual([
      ['us', 'explained'],
      ['japan', 'explained'],
    ]);
  });

  it('codes a Japan-US summary: sides, pronouns after a joint sentence, and stances', () => {
    const text = [
      'Results of the 14th Japan-US Policy Cooperation Dialogue on the Internet Economy',
      '',
      'The Ministry of Internal Affairs and Communications and the Department of State held the 14th Japan-US Policy Cooperation Dialogue on the Internet Economy in Tokyo.',
      'The purpose of this dialogue is to exchange views on the digital economy.',
      '',
      '1. Data',
      '',
      'The Japanese side explained DFFT. In response, the US side raised issues with data localization.',
      'Both sides welcomed the Global CBPR Forum.',
      'They also confirmed to continue cooperation.',
      'The U.S. will host the next dialogue.',
    ].join('\n');
    expect(statements(text).map(({ side, stance, topic }) => [side, stance, topic])).toEqual([
      ['both', 'other', 'general'],
      ['none', 'other', 'general'],
      ['japan', 'explained', 'data'],
      ['us', 'raised_issues', 'data'],
      ['both', 'concurred', 'data'],
      ['both', 'concurred', 'data'],
      ['us', 'other', 'data'],
    ]);
  });
});
