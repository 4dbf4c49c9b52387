// Phenomena of releases by other publishers and pairs (issue 9), each as [document body,
// expected side/stance/topic of its statements]: titles spelt with or without hyphens, meeting
// names that name no topic, headings between paragraphs with no blank lines, joint verbs.
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { textSource } from '../helpers.js';

const codebooks = {
  default: loadCodebook().compiled,
  us: loadCodebook('codebooks/japan-us.json').compiled,
  uk: loadCodebook('codebooks/japan-uk.json').compiled,
  de: loadCodebook('codebooks/japan-de.json').compiled,
};

const coded = (codebook: keyof typeof codebooks, body: string, title = 'Results of the 9th Test Dialogue') =>
  analyzeDocument(textSource(`${title}\n\n${body}\n`), codebooks[codebook]).statements.map(
    (s) => `${s.side}/${s.stance}/${s.topic}`,
  );

describe('statements of other publishers', () => {
  it.each<[keyof typeof codebooks, string, string[]]>([
    // "Ambassador-at-Large" in the codebook, "Ambassador at Large" in the text; then the surname.
    [
      'us',
      'Ambassador at Large for Cyberspace and Digital Policy Margaret Ellison led the United States delegation. Ellison explained the National Cybersecurity Strategy.',
      ['us/other/general', 'us/explained/cybersecurity'],
    ],
    // A GOV.UK title before a name makes the name the side's.
    [
      'uk',
      'Technology Secretary Rachel Holloway met Japanese officials. Holloway presented the Online Safety Act.',
      ['uk/other/general', 'uk/explained/platforms'],
    ],
    // Joint verbs of declarations and read-outs.
    [
      'de',
      'Germany and Japan want to cooperate more closely on early warning. Both sides share the conviction that digital technologies must serve people. Both countries face similar challenges.',
      ['both/concurred/general', 'both/concurred/general', 'both/other/general'],
    ],
  ])('%s: %s', (codebook, body, expected) => {
    expect(coded(codebook, body)).toEqual(expected);
  });

  // People introduced as the agent of "led by", one clause each, and named by surname later.
  it.each<[string, string[]]>([
    [
      'The EU side was led by Ms Sofia Lindgren, Deputy Director-General of DG ENER, and the Japanese side by Mr. NOMURA Akio, Director-General of the Agency for Natural Resources and Energy. Nomura presented the Act. Lindgren explained the plan.',
      ['eu/other/general', 'japan/other/general', 'japan/explained/general', 'eu/explained/general'],
    ],
    // A title between "by" and the name.
    [
      'The EU delegation was led by Director-General Lucia Benedetti. Benedetti presented the AI Act.',
      ['eu/other/general', 'eu/explained/ai'],
    ],
    // An "and" inside a title ("Security and Defence Policy") does not end the appositive.
    [
      'Mr. OGAWA Shinji, Deputy Director-General of NISC, and Ms. Petra Hollander, Director for Security and Defence Policy of the EEAS, co-chaired the dialogue. Hollander explained the Cyber Resilience Act.',
      ['both/other/general', 'eu/explained/cybersecurity'],
    ],
    // A role heading the subject governs its whole list, with and without the preposition.
    [
      'Representatives of NISC, MIC and METI, as well as of DG CONNECT and ENISA, also participated.',
      ['both/other/general'],
    ],
    // The title alias as the agent of "led by", and a full name as the agent.
    [
      'The EU delegation was led by Pia Kuusela of the EEAS, and the Japanese delegation by Ambassador in charge of Cyber Policy NAKAMURA Ken. Ambassador NAKAMURA outlined the strategy. Kuusela presented the toolbox.',
      ['eu/other/general', 'japan/other/general', 'japan/explained/general', 'eu/explained/general'],
    ],
    // A bare joint noun acts together; heading a complement or a head count it does not.
    [
      'Participants agreed to compare the schemes. About 80 participants from industry attended. Participants from Japanese industry gave presentations. Colleagues from DG CONNECT and MIC also took part.',
      ['both/concurred/general', 'none/other/general', 'japan/explained/general', 'both/other/general'],
    ],
    // A party before an office ("EU Ambassador to Japan"), a label before a title another party also
    // uses ("From the PPC, Commissioner ..."), a body "of" its country coordinated with another body.
    [
      'EU Ambassador to Japan Lucas Bernhardt opened the dialogue. From the PPC, Commissioner ISHIDA Makoto attended. Commissioner Ishida explained the rules. Bernhardt presented the toolbox.',
      ['eu/other/general', 'japan/other/general', 'japan/explained/general', 'eu/explained/general'],
    ],
    [
      'The Digital Agency of Japan and DG CONNECT held the dialogue. Both agencies discussed the plan.',
      ['both/other/general', 'both/other/general'],
    ],
  ])('learns the side of a person or list: %s', (body, expected) => {
    expect(coded('default', body)).toEqual(expected);
  });

  // The first person is the publisher (here the EU side, from "our Japanese counterparts").
  it.each<[string, string]>([
    ['My colleague Anders Holm presented the Quantum Europe Strategy.', 'eu/explained/quantum'],
    ['Our Ministry explained its study group on smartphone applications.', 'eu/explained/general'],
    // "together with the EU" belongs to the infinitive's action, not to the first person's.
    ["I conveyed Japan's intention to build supply chains together with the EU side.", 'eu/other/general'],
    ['We and our Japanese partners agreed to organise a workshop.', 'both/concurred/general'],
    ['Let me share the main results.', 'eu/explained/general'],
    // A first-person group heading a complement is the complement's side.
    ['On 6G, our colleagues from MIC presented their research.', 'japan/explained/5g-6g'],
    // A partner after an honorific in the opener is no actor; with the other side it makes the act
    // joint, with one of the first person's own side it does not.
    ['Yesterday, together with Mr. KATO Jun of MIC, I co-chaired the dialogue.', 'both/other/general'],
    [
      'Yesterday, together with Mr. Henrik AALTO of the European Commission, I co-chaired the dialogue.',
      'eu/other/general',
    ],
  ])('first person: %s', (sentence, expected) => {
    const statements = coded(
      'default',
      `We met our Japanese counterparts in Tokyo.\n\n${sentence}`,
      'A week in Tokyo',
    );
    expect(statements.at(-1)).toBe(expected);
  });

  it('reads "my Director-General" in a Commission blog as the publisher\'s side', () => {
    expect(
      coded(
        'default',
        'Posted on 22 November 2019 by Sofia Lindgren, Head of Unit, DG CONNECT\n\nOn Monday I opened the workshop, and on Wednesday my Director-General co-chaired the dialogue.',
        'A Japan week in Brussels',
      ),
    ).toEqual(['eu/other/general']);
  });

  it("takes no topic from an office's title: 'Ambassador in charge of Cyber Policy'", () => {
    expect(
      coded(
        'default',
        'The dialogue was co-chaired by Mr. SATO Kenji, Ambassador in charge of Cyber Policy, and the EU side.',
      ),
    ).toEqual(['both/other/general']);
  });

  it("takes no topic from a meeting's name: the Cyber Dialogue was held", () => {
    expect(
      coded(
        'default',
        'The 7th Japan-EU Cyber Dialogue was held in Tokyo.\n\nThe EU side explained the Cyber Resilience Act.',
        'Results of the 7th Japan-EU ICT Policy Dialogue',
      ),
    ).toEqual(['none/other/general', 'eu/explained/cybersecurity']);
  });

  it('reads a short line between two paragraphs without blank lines as a heading', () => {
    const doc = analyzeDocument(
      textSource(
        'Results of the 8th Japan-EU ICT Policy Dialogue\n\nData\nThe EU side explained the Data Act.\nMobile networks and 6G\nThe EU side outlined its Gigabit strategy.\n',
      ),
      codebooks.default,
    );
    expect(doc.structure.sections.map((s) => s.heading)).toEqual(['Data', 'Mobile networks and 6G']);
    expect(doc.statements.map((s) => s.topic)).toEqual(['data', '5g-6g']);
  });

  it('reads a short Japanese line between two paragraphs as a heading too', () => {
    const doc = analyzeDocument(
      textSource(
        '日EU・ICT政策対話（第24回）の結果\n\n本日、日EU・ICT政策対話が開催された。\nデータ流通\nEU側からデータ法について説明があった。\n',
      ),
      codebooks.default,
    );
    expect(doc.structure.sections.map((s) => s.heading)).toEqual(['データ流通']);
  });

  // A colon after a noun announcing what follows does not cut; one before another clause does.
  it.each<[string, string[]]>([
    [
      'The Japanese side raised one concern: the EU side would have to notify every change.',
      ['japan/raised_issues/general'],
    ],
    [
      'We did not agree on everything: the Japanese side still has doubts about the timing.',
      ['none/other/general', 'japan/raised_issues/general'],
    ],
  ])('a colon: %s', (body, expected) => {
    expect(coded('default', body)).toEqual(expected);
  });
});

describe('the publisher named by the page title', () => {
  const publisherOf = (pageTitle: string, body: string) =>
    analyzeDocument(
      { ...textSource(`第12回日EUサイバー対話の開催（結果）\n\n${body}\n`), format: 'html', pageTitle },
      codebooks.default,
    ).structure.metadata.publisher;

  it.each<[string, string, string | null]>([
    ['a ministry after ｜', '第12回日EUサイバー対話の開催（結果）｜外務省', 'japan'],
    ['a ministry in brackets', '第12回日EUサイバー対話の開催（結果） （METI/経済産業省）', 'japan'],
    [
      'the Mission, whose name holds 欧州連合',
      '第12回日EUサイバー対話の開催（結果） | 欧州連合日本政府代表部',
      'japan',
    ],
    ['a title that adds nothing', '第12回日EUサイバー対話の開催（結果）', null],
    ['full-width digits in the page title', '第１２回日EUサイバー対話の開催（結果）｜外務省', 'japan'],
    ["a title that is not the page's", '外務省トップページ', null],
  ])('%s', (_name, pageTitle, expected) => {
    expect(publisherOf(pageTitle, '双方は、協力を確認した。')).toBe(expected);
  });

  it("makes the first person the site's side", () => {
    const statements = analyzeDocument(
      {
        ...textSource(
          '日EU連結性パートナーシップ第１回実務者会合の開催\n\n当代表部からも木場俊明公使が出席しました。\n',
        ),
        format: 'html',
        pageTitle: '日EU連結性パートナーシップ第１回実務者会合の開催 | 欧州連合日本政府代表部',
      },
      codebooks.default,
    ).statements;
    expect(statements.map((s) => s.side)).toEqual(['japan']);
  });

  it('reads the first person beside the other side as both', () => {
    const statements = analyzeDocument(
      {
        ...textSource(
          '第８回日EUデータ保護対話の結果について\n\n当委員会と欧州委員会司法・消費者総局は、東京において、対話を開催しました。\n',
        ),
        format: 'html',
        pageTitle: '第８回日EUデータ保護対話の結果について｜個人情報保護委員会',
      },
      codebooks.default,
    ).statements;
    expect(statements.map((s) => [s.side, [...new Set(s.why.actor.sides)].sort()])).toEqual([
      ['both', ['eu', 'japan']],
    ]);
  });
});
