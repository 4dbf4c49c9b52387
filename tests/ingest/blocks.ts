// The layout rules every extractor result obeys, and its blocks as [kind, text, level?].
import { expect } from 'vitest';
import type { ExtractedText } from '../../src/ingest/html.js';
import type { BlockHint } from '../../src/types.js';

export type Expected = [kind: BlockHint['kind'], text: string, level?: number];

/** The blocks as [kind, text, level?], read through the hints, after checking the layout rules. */
export function blocks(result: ExtractedText): Expected[] {
  const { text, hints } = result;
  if (text === '') {
    expect(hints).toEqual([]);
    return [];
  }
  expect(text.endsWith('\n')).toBe(true);
  expect(text).toBe(`${text.trim()}\n`);
  // One hint per block, in order: the blocks between blank lines are exactly the hint slices.
  const lines = text.slice(0, -1).split('\n\n');
  expect(hints.map((hint) => text.slice(hint.span.start, hint.span.end))).toEqual(lines);
  let previousEnd = 0;
  for (const hint of hints) {
    expect(hint.span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(hint.span.end).toBeGreaterThan(hint.span.start);
    previousEnd = hint.span.end;
    const slice = text.slice(hint.span.start, hint.span.end);
    expect(slice).toBe(slice.trim());
    expect(slice).not.toMatch(/\s{2}|\n/);
  }
  return hints.map((hint) => {
    const slice = text.slice(hint.span.start, hint.span.end);
    return hint.level === undefined ? [hint.kind, slice] : [hint.kind, slice, hint.level];
  });
}

// The body lines of the seed press release (seeds/000_c62885b4be0373d6.txt); the fixture renders
// each as one paragraph.
export const SEED_PARAGRAPHS = [
  'The Ministry of Internal Affairs and Communications (MIC) and Directorate-General for Communications Networks, Content and Technology of the European Commission held the 12th Japan-EU ICT Strategy Workshop in the form of a web conference on Wednesday, November 17.',
  'The purpose of this workshop is to deepen mutual understanding among the public and private sectors of Japan and the European Union (EU) on digital policies and promote collaboration and cooperation. A wide range of agenda items related to the digital field, including ICT, was taken up, and opinions were freely exchanged between the public and private sectors.',
  'In response to the results of this workshop, Japan and the EU will discuss specific details that will contribute to future Japan-EU cooperation.',
  'At this (12th) strategic workshop, considering policy trends and issues in actual business settings in Japan and the EU, dialogues were held mainly on the following matters.',
  'The Japanese side explained the results of the Beyond 5G International Conference, the implementation status of the Beyond 5G promotion strategy, e.g., the research and development of Beyond 5G including the Japan-EU international joint research, and the efforts of open architecture for 5G by private companies. The EU side explained the status of research and development to advanced 5G and 6G, and Japan and the EU concurred to promote their cooperation.',
  'The EU side explained the status of the proposed AI regulation. The Japanese side introduced the status of participation in international discussions, such as the Global Partnership on Artificial Intelligence (GPAI) and United Nations Educational, Scientific and Cultural Organization (UNESCO), contributions through the development of AI utilization guidelines and other guidelines to date, AI governance guidelines and the status of industry regarding the implementation of AI principles. Japan explained its belief that soft law effectively and flexibly responds to technological change. Both sides pointed out the importance of Japan-EU cooperation in multilateral discussions, and it was acknowledged to continue the exchange of views and discussions.',
  'The Japanese side explained the possibility of Japan-EU cooperation in industrial data utilization, and the EU side explained the Data Governance Act, the Data Act, and the General Data Protection Regulation (GDPR).',
  'The EU side gave a presentation on the latest status of the Digital Services Act and the Digital Markets Act, which were announced in December last year. In response, the Japanese side raised issues with the EU bills. In addition, the Japanese side explained the status of studies to improve the competitive environment for the mobile ecosystem, countermeasures against illegal and harmful information, and handling of user information.',
  'The Japanese side explained Japan’s ICT Cybersecurity Comprehensive Measures 2021, Smart City Security Guidelines (version 2.0), research on ICT architecture standardization, and the security exercises held by Japan, the US, and the EU for the Indo-Pacific region. The EU side explained the implementation status of the EU’s cybersecurity strategy announced in December 2020 and the promotion of ISAC* cooperation. Japan and the EU acknowledged to promote their further cooperation.',
  'This workshop is usually held twice a year, and the EU will host the next one in the spring of next year.',
  'For further information about this press release, please fill in the inquiry form and submit it to MIC on the website',
  'Global Strategy Division, Global Strategy Bureau, MIC',
  'TEL: +81 3 5253 5920',
  'FAX: +81 3 5253 5924',
];
