// Metadata read off the text: the title, the release date from the dateline, and the meetings the
// release reports. A title naming one meeting ("Results of the 12th Japan-EU ICT Strategy
// Workshop") gives one; a title naming several ("Results of 24th ... Policy Dialogue and 8th ...
// Strategy Workshop", 「…（第24回）及び…（第8回）の結果」) gives one per name, each with the section
// that reports it and its own date. Series names become the codebook's canonical ones where it
// knows them; the language reads the words (see lang/<id>/meetings.ts and dates.ts).
import type { CompiledCodebook } from '../../codebook/compile.js';
import type { CompiledLanguage, MeetingMention } from '../../lang/types.js';
import type { DocumentMeeting, DocumentMetadata, Section } from '../../types.js';
import { resolveDate } from './dates.js';

export interface MetadataInput {
  title: string;
  /** The dateline and title lines, where the release date stands. */
  releaseLine: string;
  /** Body paragraphs in order, with the section each stands in. */
  paragraphs: readonly { text: string; section: number | null }[];
  sections: readonly Section[];
}

/** A series name as reports give it: the codebook's label, or the name less its release wording. */
export function canonicalSeries(
  name: string,
  language: CompiledLanguage,
  codebook: CompiledCodebook,
): { series: string; known: boolean } {
  const cleaned = language.cleanSeries(name);
  const known = codebook.series.find(cleaned) ?? codebook.series.find(name);
  return known ? { series: known.label, known: true } : { series: cleaned, known: false };
}

/** The top-level section each meeting of a several-meeting release stands in, by name or number. */
function meetingSections(
  mentions: readonly MeetingMention[],
  sections: readonly Section[],
  language: CompiledLanguage,
  codebook: CompiledCodebook,
): (number | null)[] {
  const seriesOf = (name: string) => canonicalSeries(name, language, codebook).series;
  return mentions.map((mention) => {
    const series = seriesOf(mention.name);
    const section = sections.find((s) =>
      language
        .meetingMentions(s.heading, 'title')
        .some(
          (m) =>
            (m.number !== null && m.number === mention.number) ||
            (m.name !== '' && seriesOf(m.name) === series),
        ),
    );
    return section?.index ?? null;
  });
}

/**
 * Dates of several meetings named in one sentence: "the 8th ... on Tuesday, June 4, followed by
 * the 24th ... on Thursday, June 6"; 「6月4日（火）に第8回…を、6月6日（木）に第24回…を開催」. Where a
 * sentence names as many meetings as it gives dates, they pair in order.
 */
function datesInSentences(
  meetings: readonly { number: number | null; series: string }[],
  paragraphs: readonly string[],
  language: CompiledLanguage,
  codebook: CompiledCodebook,
): (ReturnType<CompiledLanguage['findDates']>[number] | null)[] {
  const found: (ReturnType<CompiledLanguage['findDates']>[number] | null)[] = meetings.map(() => null);
  for (const paragraph of paragraphs) {
    const mentions = language.meetingMentions(paragraph, 'sentence').filter((m) => m.number !== null);
    const dates = language.findDates(paragraph);
    if (mentions.length < 2 || mentions.length !== dates.length) continue;
    mentions.forEach((mention, k) => {
      const series = mention.name ? canonicalSeries(mention.name, language, codebook).series : '';
      const at = meetings.findIndex(
        (m, i) => found[i] === null && m.number === mention.number && (series === '' || series === m.series),
      );
      if (at >= 0) found[at] = dates[k] ?? null;
    });
  }
  return found;
}

/** The section and every section nested in it. */
function withinSection(sections: readonly Section[], root: number, section: number | null): boolean {
  for (let s = section; s !== null; s = sections[s]?.parent ?? null) if (s === root) return true;
  return false;
}

export function inferMetadata(
  input: MetadataInput,
  language: CompiledLanguage,
  codebook: CompiledCodebook,
): DocumentMetadata {
  const [release] = language.findDates(input.releaseLine);
  const releaseDate = release ? resolveDate(release, null) : null;
  const body = input.paragraphs.map((p) => p.text);
  const firstDate = (texts: readonly string[]) => {
    for (const text of texts) {
      const [date] = language.findDates(text);
      if (date) return resolveDate(date, releaseDate);
    }
    return null;
  };
  const titleMentions = language.meetingMentions(input.title, 'title');
  const named = titleMentions.filter((m) => m.name !== '');
  let meetings: DocumentMeeting[];
  if (named.length >= 2) {
    const sections = meetingSections(named, input.sections, language, codebook);
    const bases = named.map((mention) => ({
      number: mention.number,
      named: language.cleanSeries(mention.name),
      series: canonicalSeries(mention.name, language, codebook).series,
    }));
    const paired = datesInSentences(bases, body, language, codebook);
    meetings = bases.map((base, i) => {
      const section = sections[i] ?? null;
      // A meeting's own date: in its heading (「２．第2回日EUサイバー実務者協議（11月14日）」), else its section.
      const own =
        section === null
          ? null
          : firstDate([
              input.sections[section]?.heading ?? '',
              ...input.paragraphs
                .filter((p) => withinSection(input.sections, section, p.section))
                .map((p) => p.text),
            ]);
      const pairedDate = paired[i];
      return {
        series: base.series,
        named: base.named,
        meeting: base.number,
        date: pairedDate ? resolveDate(pairedDate, releaseDate) : (own ?? (i === 0 ? firstDate(body) : null)),
        section,
      };
    });
  } else {
    const fromTitle = titleMentions[0];
    // A title without an ordinal ("Japan-EU Digital Partnership Council") names the series itself;
    // the first body sentence naming it may still give the number ("held the 3rd Japan-EU ...").
    const titleName = language.cleanSeries(input.title);
    const fromBody =
      fromTitle ?? firstBodyMention(body, titleName, language) ?? numberInOpening(body, language);
    const name = fromTitle?.name || fromBody?.name || titleName;
    meetings = [
      {
        series: name === '' ? '' : canonicalSeries(name, language, codebook).series,
        named: name === '' ? '' : language.cleanSeries(name),
        meeting: fromTitle?.number ?? fromBody?.number ?? null,
        date: firstDate(body),
        section: null,
      },
    ];
  }
  const first = meetings[0] as DocumentMeeting;
  return {
    title: input.title,
    series: first.series,
    meeting: first.meeting,
    date: first.date,
    releaseDate,
    meetings,
    // Known once the statements are read (stages/publisher.ts).
    publisher: null,
    extra: {},
  };
}

/** The meeting named in the body sentence that names the title's series ("held the 3rd Japan-EU ..."). */
function firstBodyMention(
  body: readonly string[],
  titleName: string,
  language: CompiledLanguage,
): MeetingMention | undefined {
  const name = titleName.toLowerCase();
  if (name === '') return undefined;
  for (const paragraph of body) {
    for (const sentence of paragraph.split(/(?<=[.。])\s*/)) {
      if (!sentence.toLowerCase().includes(name)) continue;
      const [mention] = language.meetingMentions(sentence, 'sentence');
      if (mention) return mention;
    }
  }
  return undefined;
}

/**
 * A number for a title that gives none, from the opening paragraphs where they name no other
 * meeting: 「第3回目となる今回の対話には」, "The two sides held their fifth Cyber Dialogue".
 */
function numberInOpening(body: readonly string[], language: CompiledLanguage): MeetingMention | undefined {
  for (const paragraph of body.slice(0, 2)) {
    const mentions = language.meetingMentions(paragraph, 'sentence').filter((m) => m.number !== null);
    if (mentions.length === 1) return mentions[0];
  }
  return undefined;
}
