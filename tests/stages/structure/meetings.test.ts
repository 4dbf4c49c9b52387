// The meetings a release reports, as other publishers write them: headlines that name no meeting,
// the meeting introduced in the first sentence, front matter above and below the title, dates
// given relative to the release, a pair of parties written either way.
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../../src/codebook/load.js';
import { toSourceDocument } from '../../../src/ingest/read.js';
import { analyzeStructure } from '../../../src/stages/structure/index.js';
import type { BlockKind } from '../../../src/types.js';

const codebook = loadCodebook().compiled;
const doc = (...lines: string[]): string => `${lines.join('\n')}\n`;

function metadataOf(text: string, book = codebook) {
  const source = toSourceDocument('doc.txt', Buffer.from(text));
  const structure = analyzeStructure(source, undefined, book);
  const kinds = structure.blocks.map((b) => b.kind);
  const { title, releaseDate, meetings } = structure.metadata;
  return {
    kinds,
    title,
    releaseDate,
    meetings: meetings.map(({ series, meeting, date }) => ({ series, meeting, date })),
  };
}

type Meeting = { series: string; meeting: number | null; date: string | null };

describe('the meeting, its number and date, where a headline names none', () => {
  it.each<[string, string, Meeting]>([
    [
      "a headline's short name the codebook does not know, the opening sentence's full one it knows",
      doc(
        'EU and Japan step up joint research on 5G and ageing at 13th Joint Committee',
        '',
        'The 13th meeting of the EU-Japan Joint Committee on Science and Technology Cooperation took place in Brussels on 21 November 2017.',
      ),
      {
        series: 'Japan-EU Joint Committee on Science and Technology Cooperation',
        meeting: 13,
        date: '2017-11-21',
      },
    ],
    [
      'a dateline before another written date in its sentence (a past meeting it follows up on)',
      doc(
        'EU and Japan hold Cyber Dialogue',
        '',
        'Brussels, 3 May 2023 – The EU and Japan held the fourth Japan-EU Cyber Dialogue, following up on the Summit on 13 July 2022.',
      ),
      { series: 'Japan-EU Cyber Dialogue', meeting: 4, date: '2023-05-03' },
    ],
    [
      "a headline's short name for another meeting than the opening sentence's, with the same number",
      doc(
        'EU and Japan hold 3rd Hydrogen Forum',
        '',
        'The 3rd Japan-EU Cyber Dialogue took place in Tokyo on 5 May 2023.',
      ),
      { series: 'Japan-EU Hydrogen Forum', meeting: 3, date: '2023-05-05' },
    ],
    [
      'a dateline opening the sentence that says the meeting was "yesterday"',
      doc(
        'EU and Japan agree to co-finance a submarine cable study',
        '',
        'Tokyo, 26 November 2026 – The European Union and Japan held the fifth meeting of the Japan-EU Connectivity Partnership in Tokyo yesterday.',
      ),
      { series: 'Japan-EU Connectivity Partnership', meeting: 5, date: '2026-11-25' },
    ],
    [
      'the first sentence names it, with a date without a year',
      doc(
        'EU and Japan step up cooperation on data flows and 5G',
        '',
        'Published on 26 October 2018',
        '',
        'The European Commission and MIC held the twenty-third EU-Japan ICT Policy Dialogue in Tokyo on 24 October. Both sides discussed data flows.',
      ),
      { series: 'Japan-EU ICT Policy Dialogue', meeting: 23, date: '2018-10-24' },
    ],
    [
      '"Today" on a city dateline',
      doc(
        'EU and Japan deepen Digital Partnership on chips',
        '',
        'Tokyo, 3 July 2023',
        '',
        'Today, the EU and Japan held the second EU-Japan Digital Partnership Council in Tokyo. Both sides agreed on deliverables.',
      ),
      { series: 'Japan-EU Digital Partnership Council', meeting: 2, date: '2023-07-03' },
    ],
    [
      '"Yesterday" under a breadcrumb and a signature',
      doc(
        'Ministry of Internal Affairs and Communications',
        'Home > About MIC > Messages from the Vice-Ministers',
        '',
        'Looking back on the 27th Japan-EU ICT Policy Dialogue',
        'October 14, 2021',
        'YOSHIDA Satoshi, Vice-Minister for Policy Coordination (International Affairs)',
        '',
        'Yesterday, together with my counterpart, I co-chaired the 27th Japan-EU ICT Policy Dialogue by videoconference. We discussed five topics.',
      ),
      { series: 'Japan-EU ICT Policy Dialogue', meeting: 27, date: '2021-10-13' },
    ],
    [
      '"Last week ... on Tuesday", the day in the next sentence',
      doc(
        'Why Japan and Europe are doubling down on trusted AI',
        '',
        'By Henrik Aalto, Director-General, DG CONNECT',
        'Posted on 21 October 2024',
        '',
        'Last week I co-chaired the 30th EU-Japan ICT Policy Dialogue in Tokyo with my counterpart. The meeting took place on Tuesday at the Ministry.',
      ),
      { series: 'Japan-EU ICT Policy Dialogue', meeting: 30, date: '2024-10-15' },
    ],
    [
      'a weekday in a post that starts with its first sentence',
      doc(
        'Marco Bellini',
        'International Relations Officer, European Commission (DG CONNECT) | EU-Japan digital cooperation',
        'Published Jun 14, 2024',
        '',
        "I'm back in Brussels after an intense Wednesday in Tokyo at the 15th EU-Japan ICT Strategy Workshop 🇪🇺🇯🇵",
        '',
        'My team and I spent a full day with colleagues from MIC and around 40 participants from industry.',
      ),
      { series: 'Japan-EU ICT Strategy Workshop', meeting: 15, date: '2024-06-12' },
    ],
    [
      'no title line at all: "held their fifth ..." with a bare series',
      doc(
        'Japan and the European Union held their fifth Industrial Policy Dialogue on 9 December 2020 by videoconference. The Dialogue was co-chaired by Mr. MORI Takeshi.',
      ),
      { series: 'Japan-EU Industrial Policy Dialogue', meeting: 5, date: '2020-12-09' },
    ],
    [
      '"between the European Union and Japan", and a day-first date',
      doc(
        'EU and Japan step up cyber cooperation',
        '',
        'Article 04.06.2021',
        '',
        'Today I had the honour of opening the seventh Cyber Dialogue between the European Union and Japan, held by videoconference.',
      ),
      { series: 'Japan-EU Cyber Dialogue', meeting: 7, date: '2021-06-04' },
    ],
    [
      'the number from a later sentence naming the series',
      doc(
        'Joint Statement on Data Free Flow with Trust by the Japan-EU Data Strategy Working Group',
        '',
        '1. The Japan-EU Data Strategy Working Group met in Brussels on 15 October 2024. This was its third meeting.',
        '2. The third meeting of the Japan-EU Data Strategy Working Group took stock of progress.',
      ),
      { series: 'Japan-EU Data Strategy Working Group', meeting: 3, date: '2024-10-15' },
    ],
    [
      "the opening's date before a title's, which is the release's",
      doc(
        'Holding of the Japan-EU Vice-Ministerial Meeting on Digital Policy (February 26, 2021)',
        '',
        'On Wednesday, February 24, the Vice-Minister met online with the Director-General of DG CONNECT.',
      ),
      { series: 'Japan-EU Vice-Ministerial Meeting on Digital Policy', meeting: null, date: '2021-02-24' },
    ],
  ])('%s', (_, text, meeting) => {
    expect(metadataOf(text).meetings).toEqual([meeting]);
  });
});

describe('two meetings in one release', () => {
  it.each<[string, string, Meeting[]]>([
    [
      'one sentence, the second "on the following day"',
      doc(
        'October 16, 2017 Results of the 5th Japan-EU ICT Policy Dialogue and the 2nd Meeting of the Japan-EU Working Group on IoT',
        '',
        'MIC held the 5th Japan-EU ICT Policy Dialogue in Tokyo on Wednesday, October 11, and the 2nd meeting of the Japan-EU Working Group on IoT on the following day.',
      ),
      [
        { series: 'Japan-EU ICT Policy Dialogue', meeting: 5, date: '2017-10-11' },
        { series: 'Japan-EU Working Group on IoT', meeting: 2, date: '2017-10-12' },
      ],
    ],
    [
      'a title naming the second without a number, which the body gives',
      doc(
        'Joint Statement of the Third EU-Japan Digital Partnership Council and the Ministerial Meeting on Semiconductors',
        '',
        '1. The third meeting of the EU-Japan Digital Partnership Council took place in Brussels on 12 May 2025.',
        '',
        'I. Digital Partnership Council',
        '',
        '2. The partners reaffirm their commitment.',
        '',
        'II. Ministerial Meeting on Semiconductors',
        '',
        '3. The first EU-Japan Ministerial Meeting on Semiconductors was held in Brussels on 13 May 2025.',
      ),
      [
        { series: 'Japan-EU Digital Partnership Council', meeting: 3, date: '2025-05-12' },
        { series: 'Japan-EU Ministerial Meeting on Semiconductors', meeting: 1, date: '2025-05-13' },
      ],
    ],
    [
      'weekdays in one sentence of a blog post',
      doc(
        'A Japan week in Brussels',
        '',
        'Posted on 22 November 2019 by Sofia Lindgren, Head of Unit',
        '',
        'On Monday I was glad to open the 9th EU-Japan ICT Strategy Workshop, and on Wednesday my Director-General co-chaired the 25th EU-Japan ICT Policy Dialogue.',
      ),
      [
        { series: 'Japan-EU ICT Strategy Workshop', meeting: 9, date: '2019-11-18' },
        { series: 'Japan-EU ICT Policy Dialogue', meeting: 25, date: '2019-11-20' },
      ],
    ],
    [
      'a section per meeting under a title that names neither, the year from a dd/mm/yyyy dateline',
      doc(
        'Tokyo, 10/10/2025 - Press and information team of the Delegation to JAPAN',
        '',
        'A digital week in Tokyo',
        '',
        'This week, Tokyo hosted two EU-Japan meetings on digital matters.',
        '',
        '29th EU-Japan ICT Policy Dialogue (8 October)',
        '',
        'We presented the EU strategy for 6G research.',
        '',
        '8th EU-Japan Cyber Dialogue (9 October)',
        '',
        'We briefed on the Cyber Solidarity Act.',
      ),
      [
        { series: 'Japan-EU ICT Policy Dialogue', meeting: 29, date: '2025-10-08' },
        { series: 'Japan-EU Cyber Dialogue', meeting: 8, date: '2025-10-09' },
      ],
    ],
    [
      'a second day joined to the first (「19日（火）及び20日（水）」), paired in order',
      doc(
        '第9回日EUデータ戦略ワーキンググループ及び第7回日EUデジタルアイデンティティ対話を開催しました',
        '',
        '公開日：2028年9月22日',
        '',
        'デジタル庁は、2028年9月19日（火）及び20日（水）、第9回日EUデータ戦略ワーキンググループ及び第7回日EUデジタルアイデンティティ対話を開催しました。',
      ),
      [
        { series: 'Japan-EU Data Strategy Working Group', meeting: 9, date: '2028-09-19' },
        { series: 'Japan-EU Digital Identity Dialogue', meeting: 7, date: '2028-09-20' },
      ],
    ],
    [
      "each section's schedule line over the opening's order; a date in its prose does not count",
      doc(
        '平成２３年１０月２１日',
        '',
        '日EU・ICT政策対話（第１７回）及び日EU・ICT戦略ワークショップ（第１回）の結果',
        '',
        '総務省は、平成２３年１０月１７日（月）及び１８日（火）、東京において、「日EU・ICT政策対話（第１７回）」及び「日EU・ICT戦略ワークショップ（第１回）」を開催しました。',
        '',
        '１．日EU・ICT政策対話（第１７回）',
        '（１）日時',
        '平成２３年１０月１８日（火）１０時００分から',
        '（２）概要',
        '日本側から、本年５月３０日に施行された法律について説明した。',
        '',
        '２．日EU・ICT戦略ワークショップ（第１回）',
        '（１）日時',
        '平成２３年１０月１７日（月）',
      ),
      [
        { series: 'Japan-EU ICT Policy Dialogue', meeting: 17, date: '2011-10-18' },
        { series: 'Japan-EU ICT Strategy Workshop', meeting: 1, date: '2011-10-17' },
      ],
    ],
  ])('%s', (_, text, meetings) => {
    expect(metadataOf(text).meetings).toEqual(meetings);
  });
});

describe('one meeting, however the opening names others', () => {
  it.each<[string, string, Meeting]>([
    [
      "a meeting still to come is not the release's, nor is its number",
      doc(
        'Director General-level Meeting of the Japan-EU Digital Partnership Council was held',
        '',
        'Published: February 20, 2025',
        '',
        'On February 18, the Director General-level Meeting of the Japan-EU Digital Partnership Council was held online in preparation for the third ministerial meeting of the Council.',
      ),
      { series: 'Japan-EU Digital Partnership Council', meeting: null, date: '2025-02-18' },
    ],
    [
      'a series name ends before "together with"; the year of a date comes from a byline',
      doc(
        'Tokyo notes: a bigger research partnership with Japan',
        '',
        'Blog post - 21 June 2024 - by Marta Kowalczyk, Director for International Cooperation',
        '',
        'Last week I travelled to Tokyo to co-chair the 16th EU-Japan Joint Committee on Science and Technology Cooperation together with Mr. NISHIDA Takeshi. The meeting took place on 18 June.',
      ),
      {
        series: 'Japan-EU Joint Committee on Science and Technology Cooperation',
        meeting: 16,
        date: '2024-06-18',
      },
    ],
  ])('%s', (_, text, meeting) => {
    expect(metadataOf(text).meetings).toEqual([meeting]);
  });
});

describe('front matter around the title', () => {
  it.each<[string, string, string, string | null, BlockKind[]]>([
    [
      'a page label and breadcrumb above, the headline chosen over a label',
      doc(
        'Ministry of Internal Affairs and Communications',
        "Home > International Policy > Director's Notes",
        '',
        "Director's Notes No. 7",
        'Hosting our European friends in Tokyo',
        'May 27, 2022',
        'ISHIDA Mariko, Director, International Cooperation Division',
        '',
        'On 18 May, I had the pleasure of hosting the 13th Japan-EU ICT Strategy Workshop in Tokyo.',
      ),
      'Hosting our European friends in Tokyo',
      '2022-05-27',
      ['dateline', 'dateline', 'dateline', 'title', 'dateline', 'dateline', 'paragraph'],
    ],
    [
      'labels in capitals and a title below the date',
      doc(
        'MEDIA NOTE',
        '',
        'Twelfth U.S.-Japan Policy Cooperation Dialogue on the Internet Economy',
        '',
        'OFFICE OF THE SPOKESPERSON',
        '',
        'NOVEMBER 18, 2021',
        '',
        'The United States and Japan held the Twelfth U.S.-Japan Policy Cooperation Dialogue on the Internet Economy virtually on November 16 and 17.',
      ),
      'Twelfth U.S.-Japan Policy Cooperation Dialogue on the Internet Economy',
      '2021-11-18',
      ['dateline', 'title', 'dateline', 'dateline', 'paragraph'],
    ],
    [
      'a page\'s "From:" and "Published" labels below its lede',
      doc(
        'UK and Japan agree to work together on 5G security',
        '',
        'The Minister met Japanese officials for the seventh UK-Japan ICT Policy Dialogue.',
        '',
        'From:',
        'Department for Science, Innovation and Technology',
        'Published',
        '10 December 2020',
        '',
        'The seventh UK-Japan ICT Policy Dialogue took place virtually on 9 December 2020.',
      ),
      'UK and Japan agree to work together on 5G security',
      '2020-12-10',
      ['title', 'paragraph', 'dateline', 'dateline', 'dateline', 'dateline', 'paragraph'],
    ],
  ])('%s', (_, text, title, releaseDate, kinds) => {
    const found = metadataOf(text);
    expect(found.title).toBe(title);
    expect(found.releaseDate).toBe(releaseDate);
    expect(found.kinds).toEqual(kinds);
  });

  it('the meeting date of a page with a lede comes from the sentence that dates it', () => {
    const text = doc(
      'UK and Japan agree to work together on 5G security',
      '',
      'The Minister met Japanese officials for the seventh Japan-EU ICT Policy Dialogue.',
      '',
      'Published',
      '10 December 2020',
      '',
      'The seventh Japan-EU ICT Policy Dialogue took place virtually on 9 December 2020.',
    );
    expect(metadataOf(text).meetings).toEqual([
      { series: 'Japan-EU ICT Policy Dialogue', meeting: 7, date: '2020-12-09' },
    ]);
  });
});

describe("a page's navigation and a headline under its label", () => {
  it('skips the navigation lines copied above "Press release" and takes the headline under it', () => {
    const read = metadataOf(
      doc(
        'Skip to main content',
        'GOV.UK',
        'Menu',
        'Home',
        'Business and industry',
        'Science and innovation',
        '',
        'Press release',
        'UK and Japan step up cooperation on chips',
        '',
        'From:',
        'Department for Science, Innovation and Technology',
        'Published',
        '5 December 2024',
        '',
        '- UK and Japan agree a joint research call',
        '- both countries to share expertise online',
        '',
        'The UK and Japan have agreed to deepen their cooperation at the second meeting of the UK-Japan Digital Partnership, held in London today (5 December).',
      ),
      loadCodebook('codebooks/japan-uk.json').compiled,
    );
    expect(read.title).toBe('UK and Japan step up cooperation on chips');
    expect(read.meetings).toEqual([
      { series: 'Japan-UK Digital Partnership', meeting: 2, date: '2024-12-05' },
    ]);
  });

  it('takes the meetings of an opening sentence that names more of them than the title', () => {
    const read = metadataOf(
      doc(
        'France and Japan hold ICT Policy Dialogue and Cyber Dialogue in Tokyo',
        'Published on 30 January 2025',
        '',
        'France and Japan held two rounds of consultations this week: the 6th France-Japan ICT Policy Dialogue on 28 January and the 8th France-Japan Cyber Dialogue on 29 January 2025.',
      ),
      loadCodebook('codebooks/japan-fr.json').compiled,
    );
    expect(read.meetings).toEqual([
      { series: 'Japan-France ICT Policy Dialogue', meeting: 6, date: '2025-01-28' },
      { series: 'Japan-France Cyber Dialogue', meeting: 8, date: '2025-01-29' },
    ]);
  });
});
