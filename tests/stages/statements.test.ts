import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { AnalyzedDocument } from '../../src/types.js';
import { textSource } from '../helpers.js';

const codebook = loadCodebook().compiled;

function analyze(text: string): AnalyzedDocument {
  const source = textSource(text);
  return analyzeDocument(source, codebook);
}

interface Row {
  side: string;
  stance: string;
  /** Words that must lie inside the statement. */
  text: string;
}

const row = (side: string, stance: string, text: string): Row => ({ side, stance, text });

/** Statements of `sentence` against expected rows: same count, and each row's words inside its statement. */
function expectRows(sentence: string, expected: Row[]): void {
  const got = analyze(sentence).statements.map(({ side, stance, text }) => ({ side, stance, text }));
  expect(got).toEqual(
    expected.map(({ side, stance, text }) => ({ side, stance, text: expect.stringContaining(text) })),
  );
}

describe('splitting a sentence into statements', () => {
  describe('joint texts in the present tense', () => {
    it.each<[string, Row[]]>([
      // An aside between the subject and its verb.
      [
        'Japan and the EU, as close partners sharing fundamental values, reaffirm their commitment to work together.',
        [row('both', 'concurred', 'reaffirm their commitment')],
      ],
      // A present verb after a comma and "and", followed by "to" or a determiner, is a predicate.
      [
        'The participants took stock of cooperation on capacity building, and intend to hold a second course in 2027.',
        [row('both', 'other', 'took stock of cooperation'), row('both', 'concurred', 'intend to hold')],
      ],
      // …never a noun ending a list, nor one of a coordinated noun phrase.
      [
        'Japan explained its policies on 5G, AI, and support to start-ups.',
        [row('japan', 'explained', 'support to start-ups')],
      ],
      [
        'The EU outlined its funding for research and development programmes.',
        [row('eu', 'explained', 'research and development programmes')],
      ],
      [
        'The leaders note with concern the global shortage of semiconductors.',
        [row('both', 'raised_issues', 'note with concern')],
      ],
    ])('%s', expectRows);
  });

  describe('splits where the actor changes', () => {
    it.each<[string, Row[]]>([
      [
        'The EU side explained the status of research and development to advanced 5G and 6G, and Japan and the EU concurred to promote their cooperation.',
        [
          row('eu', 'explained', 'The EU side explained the status of research'),
          row('both', 'concurred', 'Japan and the EU concurred to promote their cooperation'),
        ],
      ],
      [
        // The cut falls before the new actor, never inside "research and development programmes".
        'The EU outlined its funding for research and development programmes under Horizon 2020 and the two sides agreed to prepare a coordinated call.',
        [
          row(
            'eu',
            'explained',
            'The EU outlined its funding for research and development programmes under Horizon 2020',
          ),
          row('both', 'concurred', 'and the two sides agreed to prepare'),
        ],
      ],
      [
        // A colon before a clause of its own cuts like a comma; one opening a quotation does not.
        'The EU side did not agree on everything: the Japanese side still has doubts about the scope.',
        [
          row('eu', 'other', 'The EU side did not agree on everything:'),
          row('japan', 'raised_issues', 'the Japanese side still has doubts about the scope'),
        ],
      ],
      [
        'The EU side explained the Data Act, while the Japanese side introduced its data strategy.',
        [
          row('eu', 'explained', 'The EU side explained the Data Act'),
          row('japan', 'explained', 'the Japanese side introduced its data strategy'),
        ],
      ],
      [
        'The EU side explained the Data Act; the Japanese side explained its data strategy.',
        [
          row('eu', 'explained', 'The EU side explained the Data Act'),
          row('japan', 'explained', 'the Japanese side explained its data strategy'),
        ],
      ],
      [
        'The Japanese side explained the possibility of Japan-EU cooperation in industrial data utilization, and the EU side explained the Data Governance Act, the Data Act, and the General Data Protection Regulation (GDPR).',
        [
          row('japan', 'explained', 'The Japanese side explained the possibility'),
          row(
            'eu',
            'explained',
            'the EU side explained the Data Governance Act, the Data Act, and the General',
          ),
        ],
      ],
      [
        'The EU side explained the status of Japan-EU cooperation, and the two sides agreed to hold an expert meeting.',
        [
          row('eu', 'explained', 'The EU side explained the status of Japan-EU cooperation'),
          row('both', 'concurred', 'the two sides agreed to hold an expert meeting'),
        ],
      ],
      [
        'As for research cooperation, the European Commission explained the Horizon 2020 work programme, and both sides agreed to promote joint calls.',
        [
          row('eu', 'explained', 'As for research cooperation, the European Commission explained'),
          row('both', 'concurred', 'both sides agreed to promote joint calls'),
        ],
      ],
      [
        'This workshop is usually held twice a year, and the EU will host the next one in the spring of next year.',
        [
          row('none', 'other', 'This workshop is usually held twice a year'),
          row('eu', 'other', 'the EU will host the next one'),
        ],
      ],
      [
        'The EU side explained the Digital Services Act, the Japanese side raised issues with it, and both sides agreed to continue the dialogue.',
        [
          row('eu', 'explained', 'The EU side explained the Digital Services Act'),
          row('japan', 'raised_issues', 'the Japanese side raised issues with it'),
          row('both', 'concurred', 'both sides agreed to continue the dialogue'),
        ],
      ],
    ])('%s', expectRows);
  });

  describe('keeps two agentless clauses of one stance together: no actor changes', () => {
    it.each<[string, Row[]]>([
      [
        'A wide range of agenda items related to the digital field, including ICT, was taken up, and opinions were freely exchanged between the public and private sectors.',
        [row('none', 'other', 'and opinions were freely exchanged')],
      ],
    ])('%s', expectRows);
  });

  describe('splits where another actor (even of the same side) or a semicolon starts a clause', () => {
    it.each<[string, Row[]]>([
      [
        'Opinions were exchanged on joint research; however, no agreement was reached on a framework.',
        [row('none', 'other', 'Opinions were exchanged'), row('none', 'other', 'no agreement was reached')],
      ],
      [
        'MIC introduced its study on time-stamping services, and Japanese companies presented their use of electronic seals.',
        [
          row('japan', 'explained', 'MIC introduced'),
          row('japan', 'explained', 'Japanese companies presented'),
        ],
      ],
    ])('%s', expectRows);
  });

  describe('splits off an agentless joint outcome after a joint statement', () => {
    it.each<[string, Row[]]>([
      [
        'Both sides pointed out the importance of Japan-EU cooperation in multilateral discussions, and it was acknowledged to continue the exchange of views and discussions.',
        [
          row('both', 'concurred', 'Both sides pointed out the importance of Japan-EU cooperation'),
          row('both', 'concurred', 'it was acknowledged to continue the exchange of views'),
        ],
      ],
      [
        'Both sides stressed the importance of Japan-EU joint research toward 6G, and it was agreed to consider a new coordinated call.',
        [
          row('both', 'concurred', 'Both sides stressed the importance of Japan-EU joint research'),
          row('both', 'concurred', 'it was agreed to consider a new coordinated call'),
        ],
      ],
    ])('%s', expectRows);
  });

  describe("splits one actor's coordinated predicates that carry different stances", () => {
    it.each<[string, Row[]]>([
      [
        'Both sides pointed out the progress of joint research, and concurred to continue cooperation.',
        [
          row('both', 'explained', 'Both sides pointed out the progress of joint research'),
          row('both', 'concurred', 'concurred to continue cooperation'),
        ],
      ],
      [
        "The EU side pointed out the importance of high privacy standards, and agreed to Japan's proposal to hold an expert meeting.",
        [
          row('eu', 'explained', 'The EU side pointed out the importance of high privacy standards'),
          row('eu', 'concurred', "agreed to Japan's proposal"),
        ],
      ],
      [
        'The Japanese side showed interest in the Data Act, and called for changes to the Digital Services Act.',
        [
          row('japan', 'explained', 'The Japanese side showed interest in the Data Act'),
          row('japan', 'raised_issues', 'called for changes to the Digital Services Act'),
        ],
      ],
      [
        'MIC pointed out problems in the draft rules and explained its own approach.',
        [
          row('japan', 'raised_issues', 'MIC pointed out problems in the draft rules'),
          row('japan', 'explained', 'explained its own approach'),
        ],
      ],
    ])('%s', expectRows);
  });

  describe('does not split an object list', () => {
    it.each<[string, Row[]]>([
      [
        'The Japanese side explained the results of the Beyond 5G International Conference, the implementation status of the Beyond 5G promotion strategy, e.g., the research and development of Beyond 5G including the Japan-EU international joint research, and the efforts of open architecture for 5G by private companies.',
        [row('japan', 'explained', 'and the efforts of open architecture for 5G by private companies')],
      ],
      [
        'In addition, the Japanese side explained the status of studies to improve the competitive environment for the mobile ecosystem, countermeasures against illegal and harmful information, and handling of user information.',
        [row('japan', 'explained', 'and handling of user information')],
      ],
      [
        'The EU side explained the General Data Protection Regulation (GDPR) adopted in April and its application from May 2018.',
        [row('eu', 'explained', 'and its application from May 2018')],
      ],
      [
        'In addition, the EU side explained the programme and Japan’s participation in it.',
        [row('eu', 'explained', 'the programme and Japan’s participation in it')],
      ],
    ])('%s', expectRows);
  });

  describe('does not split a participial add-on or a relative clause', () => {
    it.each<[string, Row[]]>([
      [
        'The EU side explained the Data Act, noting that it will apply from 2025.',
        [row('eu', 'explained', 'noting that it will apply from 2025')],
      ],
      [
        'The EU side explained the Data Act, which will apply from 2025, and introduced the Data Governance Act.',
        [row('eu', 'explained', 'and introduced the Data Governance Act')],
      ],
      [
        'The EU side gave a presentation on the latest status of the Digital Services Act and the Digital Markets Act, which were announced in December last year.',
        [row('eu', 'explained', 'which were announced in December last year')],
      ],
      [
        'The EU side explained the Data Act, while introducing the Data Governance Act.',
        [row('eu', 'explained', 'while introducing the Data Governance Act')],
      ],
    ])('%s', expectRows);
  });

  describe('does not split a coordination of predicates with one stance', () => {
    it.each<[string, Row[]]>([
      [
        'The Japanese side explained its AI strategy and introduced its data policy.',
        [row('japan', 'explained', 'and introduced its data policy')],
      ],
      [
        'The Japanese side explained Japan’s Beyond 5G Promotion Strategy announced in June and introduced the establishment of the Beyond 5G Promotion Consortium.',
        [row('japan', 'explained', 'and introduced the establishment')],
      ],
      [
        'DG CONNECT showed interest in the draft principles and described the research on robotics and AI.',
        [row('eu', 'explained', 'and described the research on robotics')],
      ],
      [
        'Japan and the EU reaffirmed their commitment and agreed to continue the dialogue.',
        [row('both', 'concurred', 'and agreed to continue the dialogue')],
      ],
      [
        'Both sides welcomed the progress and confirmed their cooperation.',
        [row('both', 'concurred', 'and confirmed their cooperation')],
      ],
      [
        'Japan and the EU will continue cooperating on 5G and promote cooperation in standardization.',
        [row('both', 'concurred', 'and promote cooperation in standardization')],
      ],
    ])('%s', expectRows);
  });

  describe('does not split at a reduced relative or a list of parties inside an object', () => {
    it.each<[string, Row[]]>([
      [
        'The Japanese side explained the security exercises held by Japan, the US, and the EU for the Indo-Pacific region.',
        [row('japan', 'explained', 'held by Japan, the US, and the EU for the Indo-Pacific region')],
      ],
      [
        'Japan introduced its efforts to promote cooperation among organizations in Japan and the EU.',
        [row('japan', 'explained', 'among organizations in Japan and the EU')],
      ],
      [
        'The Japanese side explained cooperation among organizations in Japan and the EU and the security exercises held by the EU for the Indo-Pacific region.',
        [row('japan', 'explained', 'and the security exercises held by the EU')],
      ],
      [
        'The Japanese side explained the study group’s report, including the measures discussed by the study group and the results of the survey.',
        [row('japan', 'explained', 'including the measures discussed by the study group')],
      ],
    ])('%s', expectRows);
  });
});

describe('statement records', () => {
  it('numbers statements within their sentence and points to the sentence', () => {
    const doc = analyze(
      'The EU side explained the Data Act, and Japan and the EU concurred to cooperate. MIC explained its plans.',
    );
    expect(doc.statements.map((s) => [s.sentence, s.index])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
    ]);
  });

  it('folds whitespace in `text` and keeps the span on the raw text', () => {
    const text = 'The EU side \t explained  the Data Act.';
    const doc = analyze(text);
    expect(doc.statements).toHaveLength(1);
    const [statement] = doc.statements;
    expect(statement?.text).toBe('The EU side explained the Data Act.');
    expect(text.slice(statement?.span.start, statement?.span.end)).toBe(text);
  });

  it('names the actor and the predicate as written', () => {
    const [statement] = analyze('In response, the Japanese side raised issues with the EU bills.').statements;
    expect(statement).toMatchObject({
      actor: 'the Japanese side',
      predicate: 'raised',
      cue: 'raised issues',
      unknownActor: '',
    });
  });

  it('keeps an actor-like subject that no alias matched for unmatched.csv', () => {
    const [statement] = analyze('The delegation explained its plans.').statements;
    expect(statement).toMatchObject({
      side: 'none',
      stance: 'explained',
      actor: '',
      unknownActor: 'The delegation',
    });
  });
});

// A small grammar of report sentences: actors, predicates, objects and connectors.
const ACTORS = [
  'The Japanese side',
  'The EU side',
  'Japan',
  'MIC',
  'DG CONNECT',
  'the European Commission',
  'Japan and the EU',
  'Both sides',
  'The two sides',
  'They',
];
const PREDICATES = [
  'explained',
  'introduced',
  'gave a presentation on',
  'raised issues with',
  'expressed concerns about',
  'pointed out the importance of',
  'concurred to promote',
  'agreed to continue',
  'shared the view on',
  'did not agree on',
  'discussed',
  'will explain',
  'has explained',
];
const OBJECTS = [
  'the Data Act',
  'the status of Japan-EU cooperation',
  'its AI strategy',
  'joint research toward 6G',
  'the security exercises held by Japan, the US, and the EU',
  'policy trends and issues in actual business settings',
  'the Digital Services Act and the Digital Markets Act, which were announced in December',
  'the results of the conference, the status of the strategy, and the efforts of private companies',
];
// Noun phrases for object lists: prepositional phrases, reduced relatives, parties inside objects.
const LIST_ITEMS = [
  'the Data Act',
  'the status of Japan-EU cooperation',
  'its AI strategy',
  'joint research toward 6G',
  'policy trends and issues in actual business settings',
  'the results of the Beyond 5G International Conference',
  'countermeasures against illegal and harmful information',
  'handling of user information',
  'the efforts of open architecture for 5G by private companies',
  'the security exercises held by the EU for the Indo-Pacific region',
  'cooperation among organizations in Japan and the EU',
  'the Data Governance Act adopted in 2022',
];
const CONNECTORS = [', and ', ', while ', '; ', ' and ', ', noting that ', ', '];

const clause = fc.oneof(
  fc.record({
    actor: fc.constantFrom(...ACTORS),
    predicate: fc.constantFrom(...PREDICATES),
    object: fc.constantFrom(...OBJECTS),
  }),
  fc.record({
    actor: fc.constant(''),
    predicate: fc.constantFrom(...PREDICATES),
    object: fc.constantFrom(...OBJECTS),
  }),
  fc.record({
    actor: fc.constant('it was'),
    predicate: fc.constantFrom('agreed to continue', 'acknowledged to promote'),
    object: fc.constantFrom(...OBJECTS),
  }),
);
const sentence = fc
  .tuple(
    fc.record({
      actor: fc.constantFrom(...ACTORS),
      predicate: fc.constantFrom(...PREDICATES),
      object: fc.constantFrom(...OBJECTS),
    }),
    fc.array(fc.tuple(fc.constantFrom(...CONNECTORS), clause), { maxLength: 3 }),
    fc.option(fc.constantFrom('In response, ', 'Regarding AI, ', 'In addition, '), { nil: '' }),
  )
  .map(([first, rest, opener]) => {
    const words = (c: { actor: string; predicate: string; object: string }) =>
      [c.actor, c.predicate, c.object].filter((w) => w !== '').join(' ');
    return `${opener}${words(first)}${rest.map(([connector, c]) => `${connector}${words(c)}`).join('')}.`;
  });
const documentText = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '\n', '  ', ' \n'))
  .map(([sentences, gap]) => sentences.join(gap));

const nonSpace = (text: string): string => text.replace(/\s+/g, '');

describe('statement spans (property)', () => {
  it('are in order, disjoint, inside their sentence and cover all its non-space characters', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const doc = analyze(text);
        expect(doc.sentences.length).toBeGreaterThan(0);
        for (const sent of doc.sentences) {
          const own = doc.statements.filter((s) => s.sentence === sent.index);
          expect(own.length).toBeGreaterThan(0);
          expect(own.map((s) => s.index)).toEqual(own.map((_, i) => i + 1));
          let previousEnd = sent.span.start;
          for (const statement of own) {
            expect(statement.span.start).toBeGreaterThanOrEqual(previousEnd);
            expect(statement.span.end).toBeGreaterThan(statement.span.start);
            expect(statement.span.end).toBeLessThanOrEqual(sent.span.end);
            expect(statement.text).toBe(
              text.slice(statement.span.start, statement.span.end).replace(/\s+/g, ' ').trim(),
            );
            previousEnd = statement.span.end;
          }
          expect(own.map((s) => nonSpace(text.slice(s.span.start, s.span.end))).join('')).toBe(
            nonSpace(text.slice(sent.span.start, sent.span.end)),
          );
        }
        // Every statement belongs to a sentence, and they come in sentence order.
        const indexes = doc.statements.map((s) => s.sentence);
        const known = new Set(doc.sentences.map((s) => s.index));
        expect(indexes.filter((i) => !known.has(i))).toEqual([]);
        expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it('an object list after one actor and predicate never makes a second statement', () => {
    const objects = fc.array(fc.constantFrom(...LIST_ITEMS), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.constantFrom(...ACTORS.slice(0, 6)),
        fc.constantFrom('explained', 'introduced', 'gave a presentation on'),
        objects,
        fc.boolean(),
        (actor, predicate, list, oxford) => {
          const last = list.at(-1);
          const head = list.slice(0, -1).join(', ');
          const text = `${actor} ${predicate} ${head}${oxford ? ',' : ''} and ${last}.`;
          const got = analyze(text).statements;
          expect(
            got.map((s) => s.stance),
            text,
          ).toEqual(['explained']);
        },
      ),
      { numRuns: 200 },
    );
  });
});
