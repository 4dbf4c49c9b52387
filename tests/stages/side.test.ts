import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { Statement } from '../../src/types.js';
import { textSource } from '../helpers.js';

const codebook = loadCodebook().compiled;

function statements(text: string): Statement[] {
  const source = textSource(text);
  return analyzeDocument(source, codebook).statements;
}

/** The side of each statement of `text`, in order. */
const sidesOf = (text: string): string[] => statements(text).map((s) => s.side);

describe('side: the actor is the subject of the reporting predicate', () => {
  describe('wherever the subject stands', () => {
    it.each([
      ['Regarding Beyond 5G (6G), Japan explained its research strategy.', ['japan']],
      ['In response, the Japanese side raised issues with the EU bills.', ['japan']],
      ['As for data spaces, the European Commission explained its strategy.', ['eu']],
      ['At the meeting, MIC explained its plans.', ['japan']],
      // A side's adjective before a group noun of the codebook: its leaders, officials, experts.
      ['The European leaders expressed their full support.', ['eu']],
      ['In addition, the EU side explained the programme.', ['eu']],
      [
        'Regarding the Data Act, which will apply from 2025, the EU side explained its implementation.',
        ['eu'],
      ],
      [
        'Regarding AI, Japan explained its contribution to the launch of GPAI and to the OECD AI Principles.',
        ['japan'],
      ],
      ["In response to the EU side's proposal, the Japanese side explained its position.", ['japan']],
    ])('%s -> %j', (sentence, expected) => {
      expect(sidesOf(sentence)).toEqual(expected);
    });
  });

  describe('every alias form of a party', () => {
    it.each([
      ['The Japanese side', 'japan'],
      ['Japanese side', 'japan'],
      ['Japan', 'japan'],
      ['MIC', 'japan'],
      ['The Ministry of Internal Affairs and Communications', 'japan'],
      ['the Ministry of Internal Affairs and Communications', 'japan'],
      ['The Minister for Internal Affairs and Communications', 'japan'],
      [
        'The Vice-Minister for Policy Coordination of the Ministry of Internal Affairs and Communications',
        'japan',
      ],
      ['The EU side', 'eu'],
      ['The EU', 'eu'],
      ['the EU', 'eu'],
      ['The European Commission', 'eu'],
      ['DG CONNECT', 'eu'],
      ['Commissioner Breton', 'eu'],
      ['The Commissioner for Internal Market', 'eu'],
      ['The Director-General of DG CONNECT', 'eu'],
      ['The Deputy Director-General of DG CONNECT', 'eu'],
      ['Representatives of Japan', 'japan'],
    ])('%s explained its plans -> %s', (actor, side) => {
      expect(sidesOf(`${actor} explained its plans.`)).toEqual([side]);
    });
  });

  describe('joint forms', () => {
    it.each([
      ['Japan and the EU agreed to continue cooperation.', ['both']],
      ['Both sides agreed to continue cooperation.', ['both']],
      ['The two sides agreed to continue cooperation.', ['both']],
      ['the two sides agreed to continue cooperation.', ['both']],
      ['Both Japan and the EU confirmed their cooperation.', ['both']],
      ['Japan and the EU both welcomed the agreement.', ['both']],
      ['MIC and the European Commission held the 23rd Japan-EU ICT Policy Dialogue.', ['both']],
      [
        'The Ministry of Internal Affairs and Communications (MIC) and Directorate-General for Communications Networks, Content and Technology of the European Commission held the 12th Japan-EU ICT Strategy Workshop in the form of a web conference.',
        ['both'],
      ],
      [
        'The Vice-Minister for Policy Coordination of the Ministry of Internal Affairs and Communications and the Deputy Director-General of DG CONNECT co-chaired the dialogue.',
        ['both'],
      ],
      ['The workshop was organized by MIC and DG CONNECT.', ['both']],
    ])('%s -> %j', (sentence, expected) => {
      expect(sidesOf(sentence)).toEqual(expected);
    });
  });

  describe('mentions inside objects, prepositional phrases and possessives are no actors', () => {
    it.each([
      ['The EU side explained the status of Japan-EU cooperation.', ['eu']],
      [
        'Japan introduced its efforts to promote cooperation among organizations in Japan and the EU.',
        ['japan'],
      ],
      [
        'The Ministry of Internal Affairs and Communications introduced its efforts among organizations in Japan and the EU.',
        ['japan'],
      ],
      ['The 10th Japan-EU ICT Strategy Workshop was recently held.', ['none']],
      ['The EU side explained the implementation status of the EU’s cybersecurity strategy.', ['eu']],
      ['The Japanese side explained Japan’s ICT Cybersecurity Comprehensive Measures 2021.', ['japan']],
      ['In addition, the EU side explained the programme and Japan’s participation in it.', ['eu']],
      ["The EU side explained Japan's proposal.", ['eu']],
      ['The Japanese side explained the security exercises held by Japan, the US, and the EU.', ['japan']],
      [
        'The purpose of this workshop is to deepen mutual understanding among the public and private sectors of Japan and the European Union (EU).',
        ['none'],
      ],
      ['Japan’s proposal was discussed.', ['none']],
    ])('%s -> %j', (sentence, expected) => {
      expect(sidesOf(sentence)).toEqual(expected);
    });
  });

  describe('"They" / "their" refer back to the last actor: both after a joint sentence', () => {
    it.each([
      [
        'Japan and the EU reaffirmed their cooperation. They also confirmed the importance of AI.',
        ['both', 'both'],
      ],
      [
        'Both sides welcomed the results. They also confirmed to promote the exchange of information.',
        ['both', 'both'],
      ],
      ['Japan and the EU reaffirmed their cooperation. Their experts will meet next year.', ['both', 'both']],
      [
        'Japan and the EU reaffirmed their cooperation. The next meeting will be held in Tokyo. They also confirmed the plan.',
        ['both', 'none', 'both'],
      ],
    ])('%s -> %j', (text, expected) => {
      expect(sidesOf(text)).toEqual(expected);
    });
  });

  describe('an agentless acknowledgement or agreement in an outcome is joint', () => {
    it.each([
      ['It was acknowledged that cooperation should continue.', ['both']],
      ['It was agreed that the two sides would cooperate on 6G.', ['both']],
      ['It was also agreed that both sides would hold an expert meeting.', ['both']],
      ['It was acknowledged to continue the exchange of views and discussions.', ['both']],
    ])('%s -> %j', (sentence, expected) => {
      expect(sidesOf(sentence)).toEqual(expected);
    });
  });

  describe('agentless passives and purpose sentences: none', () => {
    it.each([
      ['Discussions were held on AI.', ['none']],
      ['The 22nd Japan-EU ICT Policy Dialogue was held in Tokyo on Wednesday, May 18.', ['none']],
      ['The next dialogue will be held in Brussels in 2017.', ['none']],
      ['The following issues were mainly discussed.', ['none']],
      ['Opinions were exchanged on a wide range of agenda items.', ['none']],
      ['The purpose of this workshop is to deepen mutual understanding.', ['none']],
      ['However, no agreement was reached on a joint contribution.', ['none']],
      ['It was not agreed to extend the programme.', ['none']],
    ])('%s -> %j', (sentence, expected) => {
      expect(sidesOf(sentence)).toEqual(expected);
    });
  });

  describe('a passive with an agent: the agent acts', () => {
    it.each([
      ['The progress report was presented by the EU side.', ['eu']],
      ['The results were explained by the Japanese side.', ['japan']],
      ['The report was explained by Japan and the EU.', ['both']],
      ['The report was presented by the Director-General of DG CONNECT.', ['eu']],
    ])('%s -> %j', (sentence, expected) => {
      expect(sidesOf(sentence)).toEqual(expected);
    });
  });

  describe('each statement of a split sentence has its own actor', () => {
    it.each([
      [
        'The EU side explained the status of research and development, and Japan and the EU concurred to promote their cooperation.',
        ['eu', 'both'],
      ],
      ['The Japanese side explained the results, while the EU side introduced its plans.', ['japan', 'eu']],
      ['This workshop is usually held twice a year, and the EU will host the next one.', ['none', 'eu']],
      ['The Japanese side pointed out the delays, and agreed to share information.', ['japan', 'japan']],
    ])('%s -> %j', (sentence, expected) => {
      expect(sidesOf(sentence)).toEqual(expected);
    });
  });

  it('names the words taken as the actor', () => {
    expect(statements('Regarding AI, Japan and the EU both welcomed the agreement.')[0]?.actor).toBe(
      'Japan and the EU',
    );
    expect(statements('The results were presented by the EU side.')[0]?.actor).toBe('the EU side');
    expect(statements('Discussions were held on AI.')[0]?.actor).toBe('');
  });
});

describe('side: a mention after an article or an honorific is read from the word before them', () => {
  it.each([
    // The role before "of the" governs the party: the Director-General speaks for DG CONNECT's side.
    ['The Director-General of the DG CONNECT explained the Digital Decade targets.', ['eu']],
    // The second conjunct after "and the" shares the first one's preposition: both are oblique.
    ['Officials of Japan and the European Commission discussed data flows.', ['both']],
    ['With Japan and the EU present, MIC explained its 6G roadmap.', ['japan']],
  ])('%s -> %j', (sentence, expected) => {
    expect(sidesOf(sentence)).toEqual(expected);
  });
});
