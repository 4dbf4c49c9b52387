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

/** [side, stance, cue] of each statement of `text`. */
const rowsOf = (text: string): [string, string, string][] =>
  statements(text).map((s) => [s.side, s.stance, s.cue]);

type Row = [side: string, stance: string, cue: string];

describe('stance from the predicate', () => {
  describe('a cue lemma matches in every inflection of the predicate', () => {
    it.each<[string, Row[]]>([
      ['The EU side explained its AI strategy.', [['eu', 'explained', 'explained']]],
      ['The EU side will explain its AI strategy.', [['eu', 'explained', 'explain']]],
      ['The EU side has explained its AI strategy.', [['eu', 'explained', 'explained']]],
      ['The EU side explains its AI strategy.', [['eu', 'explained', 'explains']]],
      ['The EU side is explaining its AI strategy.', [['eu', 'explained', 'explaining']]],
      ['The EU side also briefly explained its AI strategy.', [['eu', 'explained', 'explained']]],
      ['The Japanese side introduced the status of participation.', [['japan', 'explained', 'introduced']]],
      ['DG CONNECT presented the EU’s 5G Action Plan.', [['eu', 'explained', 'presented']]],
      ['The EU described the European Strategy for Data.', [['eu', 'explained', 'described']]],
      ['The Japanese side reported on the security measures.', [['japan', 'explained', 'reported']]],
      ['The EU side outlined the White Paper on Artificial Intelligence.', [['eu', 'explained', 'outlined']]],
      [
        'The EU side indicated that the results would be taken into account.',
        [['eu', 'explained', 'indicated']],
      ],
      ['The Japanese side showed interest in the Data Act.', [['japan', 'explained', 'showed']]],
      ['Japan and the EU concurred to promote their cooperation.', [['both', 'concurred', 'concurred']]],
      ['Both sides agree to continue cooperation.', [['both', 'concurred', 'agree']]],
      ['Japan and the EU have agreed to continue cooperation.', [['both', 'concurred', 'agreed']]],
      [
        'Japan and the EU acknowledged to promote their further cooperation.',
        [['both', 'concurred', 'acknowledged']],
      ],
      ['Japan and the EU reaffirmed the importance of DFFT.', [['both', 'concurred', 'reaffirmed']]],
      ['Both sides welcomed the results of the joint exercise.', [['both', 'concurred', 'welcomed']]],
      // Welcoming a person or a delegation is hosting them, not agreeing.
      ['The EU side welcomed Mr. Sato and his delegation.', [['eu', 'other', 'welcomed']]],
      ['The EU side welcomed H.E. Mr. Sato.', [['eu', 'other', 'welcomed']]],
      ['The EU side welcomed Commissioner Lindqvist to Tokyo.', [['eu', 'other', 'welcomed']]],
      ['The EU side welcomed Mr. Sato’s initiative on AI.', [['eu', 'concurred', 'welcomed']]],
      [
        'The EU side welcomed the Japanese delegation to Brussels.',
        [['eu', 'other', 'welcomed the Japanese delegation']],
      ],
      ['The EU side welcomed the proposal by Mr. Sato.', [['eu', 'concurred', 'welcomed']]],
      ['Japan and the EU decided to launch a joint call.', [['both', 'concurred', 'decided']]],
      ['The Japanese side questioned the approach.', [['japan', 'raised_issues', 'questioned']]],
      ['In response, Japan objected to the proposal.', [['japan', 'raised_issues', 'objected']]],
      ['The Japanese side criticized the proposal.', [['japan', 'raised_issues', 'criticized']]],
    ])('%s -> %j', (sentence, expected) => {
      expect(rowsOf(sentence)).toEqual(expected);
    });
  });

  describe('multiword cues', () => {
    it.each<[string, Row[]]>([
      [
        'The EU side gave a presentation on the latest status of the Digital Services Act.',
        [['eu', 'explained', 'gave a presentation']],
      ],
      [
        'In response, the Japanese side raised issues with the EU bills.',
        [['japan', 'raised_issues', 'raised issues']],
      ],
      [
        'The Japanese side raised several serious issues with the bills.',
        [['japan', 'raised_issues', 'raised several serious issues']],
      ],
      [
        'The Japanese side expressed concerns about the possible burden on small businesses.',
        [['japan', 'raised_issues', 'expressed concerns']],
      ],
      [
        'The EU side expressed reservations about the timeline.',
        [['eu', 'raised_issues', 'expressed reservations']],
      ],
      ['The EU side called for changes to the proposal.', [['eu', 'raised_issues', 'called for changes']]],
      ['MIC pointed out problems in the draft rules.', [['japan', 'raised_issues', 'pointed out problems']]],
      [
        'The EU side pointed out the importance of high privacy standards.',
        [['eu', 'explained', 'pointed out the importance']],
      ],
      [
        'Japan and the EU shared the view that cooperation in AI is important.',
        [['both', 'concurred', 'shared the view']],
      ],
      ['Japan and the EU stand united on data flows.', [['both', 'concurred', 'stand united']]],
      [
        'Japan and the EU will continue cooperating on 5G and promote cooperation in standardization.',
        [['both', 'concurred', 'continue cooperating']],
      ],
      [
        'Japan and the EU both agreed to continue sharing information and promote cooperation.',
        [['both', 'concurred', 'agreed']],
      ],
    ])('%s -> %j', (sentence, expected) => {
      expect(rowsOf(sentence)).toEqual(expected);
    });
  });

  describe('the noun "issues" is no cue', () => {
    it.each<[string, Row[]]>([
      [
        'The purpose of this workshop is to share policy trends and issues in the digital field.',
        [['none', 'other', '']],
      ],
      [
        'At this strategic workshop, considering policy trends and issues in actual business settings in Japan and the EU, dialogues were held mainly on the following matters.',
        [['none', 'other', 'held']],
      ],
      ['Both sides exchanged views on current issues in ICT.', [['both', 'other', 'exchanged views']]],
      [
        'At this (10th) strategic workshop, the following issues were mainly discussed.',
        [['none', 'other', 'discussed']],
      ],
      ['The following issues were discussed.', [['none', 'other', 'discussed']]],
      ['The EU side explained public policy issues.', [['eu', 'explained', 'explained']]],
    ])('%s -> %j', (sentence, expected) => {
      expect(rowsOf(sentence)).toEqual(expected);
    });
  });

  describe('negation turns a cue off; the cue shows the negation', () => {
    it.each<[string, Row[]]>([
      ['The two sides did not agree on the timeline.', [['both', 'other', 'did not agree']]],
      ['The Japanese side did not agree with the proposal.', [['japan', 'other', 'did not agree']]],
      ['The EU side could not concur with some of the proposals.', [['eu', 'other', 'could not concur']]],
      ['Japan and the EU have not agreed on the timeline.', [['both', 'other', 'have not agreed']]],
      ['Japan and the EU failed to agree on the timeline.', [['both', 'other', 'failed to agree']]],
      ['Japan and the EU were unable to agree on the timeline.', [['both', 'other', 'were unable to agree']]],
      ['The EU side did not raise issues with the proposal.', [['eu', 'other', 'did not raise issues']]],
      ['The two sides never agreed on the timeline.', [['both', 'other', 'never agreed']]],
      ['Both sides cannot agree on the timeline.', [['both', 'other', 'cannot agree']]],
      ["Both sides didn't agree on the timeline.", [['both', 'other', "didn't agree"]]],
    ])('%s -> %j', (sentence, expected) => {
      expect(rowsOf(sentence)).toEqual(expected);
    });

    it.each([
      ['However, no agreement was reached on a joint contribution to the ITU Plenipotentiary Conference.'],
      ['No agreement was reached on the timeline.'],
      ['It was not agreed to extend the programme.'],
    ])('%s -> other', (sentence) => {
      expect(statements(sentence).map((s) => s.stance)).toEqual(['other']);
    });
  });

  describe('pointing out the importance: concurred when both sides do it jointly, explained for one side', () => {
    it.each<[string, Row[]]>([
      [
        'Both sides pointed out the importance of Japan-EU cooperation in multilateral discussions.',
        [['both', 'concurred', 'pointed out the importance']],
      ],
      [
        'Japan and the EU stressed the importance of joint research.',
        [['both', 'concurred', 'stressed the importance']],
      ],
      [
        'Both Japan and the EU stressed the importance of continuing the discussion at the OECD.',
        [['both', 'concurred', 'stressed the importance']],
      ],
      [
        'The two sides emphasized the need for trusted data flows.',
        [['both', 'concurred', 'emphasized the need']],
      ],
      [
        'The Japanese side pointed out the importance of joint research.',
        [['japan', 'explained', 'pointed out the importance']],
      ],
      [
        'The EU side stressed the importance of joint research.',
        [['eu', 'explained', 'stressed the importance']],
      ],
      [
        'MIC underlined the significance of the project.',
        [['japan', 'explained', 'underlined the significance']],
      ],
      ['Both sides confirmed the importance of AI.', [['both', 'concurred', 'confirmed']]],
      ['The EU side confirmed the schedule.', [['eu', 'explained', 'confirmed']]],
    ])('%s -> %j', (sentence, expected) => {
      expect(rowsOf(sentence)).toEqual(expected);
    });
  });

  describe('other predicates: other, with the predicate as the cue', () => {
    it.each<[string, Row[]]>([
      [
        'MIC and the European Commission held the 23rd Japan-EU ICT Policy Dialogue in Brussels.',
        [['both', 'other', 'held']],
      ],
      ['The two sides met in Brussels on 10 October 2017.', [['both', 'other', 'met']]],
      [
        'The Vice-Minister for Policy Coordination of the Ministry of Internal Affairs and Communications and the Deputy Director-General of DG CONNECT co-chaired the dialogue.',
        [['both', 'other', 'co-chaired']],
      ],
      ['The EU will host the next one in the spring of next year.', [['eu', 'other', 'host']]],
      ['Japan will host the next one in the spring of next year.', [['japan', 'other', 'host']]],
      ['Both sides exchanged views on AI.', [['both', 'other', 'exchanged views']]],
      [
        'The two sides discussed cooperation in the ITU and the Internet Governance Forum.',
        [['both', 'other', 'discussed']],
      ],
      ['Japan and the EU will discuss specific details.', [['both', 'other', 'discuss']]],
      ['The 5th dialogue was held in Tokyo.', [['none', 'other', 'held']]],
    ])('%s -> %j', (sentence, expected) => {
      expect(rowsOf(sentence)).toEqual(expected);
    });

    it.each([
      ['The purpose of this workshop is to deepen mutual understanding.'],
      ['The EU side maintained its position on the matter.'],
    ])('no cue at all: other with an empty cue (%s)', (sentence) => {
      expect(rowsOf(sentence).map(([, stance, cue]) => [stance, cue])).toEqual([['other', '']]);
    });
  });

  describe("a statement's stance comes from its own predicate, not from its neighbours", () => {
    it.each<[string, Row[]]>([
      [
        'The EU side gave a presentation on the Digital Services Act. In response, the Japanese side raised issues with the EU bills. In addition, the Japanese side explained the status of studies.',
        [
          ['eu', 'explained', 'gave a presentation'],
          ['japan', 'raised_issues', 'raised issues'],
          ['japan', 'explained', 'explained'],
        ],
      ],
      [
        'The Japanese side explained its AI strategy, and the EU side raised issues with it.',
        [
          ['japan', 'explained', 'explained'],
          ['eu', 'raised_issues', 'raised issues'],
        ],
      ],
      [
        'The Japanese side showed interest in the Data Act, and called for changes to the DSA.',
        [
          ['japan', 'explained', 'showed'],
          ['japan', 'raised_issues', 'called for changes'],
        ],
      ],
      [
        'The EU side described the Data Act, on which a political agreement was reached.',
        [['eu', 'explained', 'described']],
      ],
    ])('%s -> %j', (text, expected) => {
      expect(rowsOf(text)).toEqual(expected);
    });
  });
});

describe('noting and stressing: explained by one side, concurred by both', () => {
  it.each<[string, Row[]]>([
    [
      'The co-chairs noted with satisfaction the conclusions of the review.',
      [['both', 'concurred', 'noted']],
    ],
    ['Both sides underlined their support for the OECD Declaration.', [['both', 'concurred', 'underlined']]],
    ['The EU side noted the progress of the review.', [['eu', 'explained', 'noted']]],
    ['Japan highlighted its new data strategy.', [['japan', 'explained', 'highlighted']]],
  ])('%s', (sentence, expected) => {
    expect(rowsOf(sentence)).toEqual(expected);
  });
});
