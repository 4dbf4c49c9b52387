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
});
