// Metadata read off the text: the title, the release date from the dateline, and the meetings the
// release reports, each with its series, number and date.
//
// Where the meetings are named: a title naming one or several ("Results of the 12th Japan-EU ICT
// Strategy Workshop"; 「…（第24回）及び…（第8回）の結果」); else the first sentence of the opening
// paragraphs that names one ("Japan and the European Union held their fifth Industrial Policy
// Dialogue on 9 December 2020"), as releases of other publishers and blog posts do. A meeting
// without a number takes it from a sentence naming its series with one ("The third meeting of the
// EU-Japan Digital Partnership Council took place ..."). Its date, first found first: its own
// section's heading or schedule line (「日時：10月18日（火）」); the date paired with it where one
// sentence names as many meetings as dates; the one in the sentence that names it (or later in that
// paragraph), where a date the text gives relative to the release ("yesterday", "On Monday") goes
// before a dateline; its section's prose; else the opening's first date.
//
// Series names become the codebook's canonical ones where it knows them; unknown ones are cleaned
// of release wording and written with the codebook's pair ("EU-Japan" -> "Japan-EU"). The
// language reads the words (lang/<id>/meetings.ts and dates.ts).
import type { CompiledCodebook } from '../../codebook/compile.js';
import type { CompiledLanguage, FoundDate, MeetingMention, RelativeDate } from '../../lang/types.js';
import type { DocumentMeeting, DocumentMetadata, Section } from '../../types.js';
import { resolveDate, resolveRelative } from './dates.js';

export interface MetadataInput {
  title: string;
  /** The dateline and title lines, where the release date stands. */
  releaseLine: string;
  /** The lines above the body (dateline, title, byline): a year for dates without one. */
  front?: string;
  /** Body paragraphs in order, with the section each stands in. */
  paragraphs: readonly { text: string; section: number | null }[];
  sections: readonly Section[];
}

/** How many body paragraphs open a release: where its meetings are introduced. */
const OPENING_PARAGRAPHS = 3;

/** A series name as reports give it: the codebook's label, or the name less its release wording. */
export function canonicalSeries(
  name: string,
  language: CompiledLanguage,
  codebook: CompiledCodebook,
): { series: string; known: boolean } {
  const cleaned = language.cleanSeries(name);
  const paired = language.canonicalPair(cleaned);
  const known =
    codebook.series.find(paired) ??
    codebook.series.find(cleaned) ??
    codebook.series.find(name) ??
    codebook.series.within(paired);
  return known ? { series: known.label, known: true } : { series: paired, known: false };
}

/** A sentence of the body, with the paragraph it stands in and the rest of that paragraph. */
interface BodySentence {
  text: string;
  paragraph: number;
  /** The sentence and what follows it in its paragraph: where its meeting's date may stand. */
  rest: string;
  /** Its paragraph before it: the date "the following day" counts from. */
  before: string;
}

function sentencesOf(paragraphs: readonly string[], language: CompiledLanguage): BodySentence[] {
  return paragraphs.flatMap((paragraph, i) =>
    language.splitSentences(paragraph, { start: 0, end: paragraph.length }).map((span) => ({
      text: paragraph.slice(span.start, span.end),
      paragraph: i,
      rest: paragraph.slice(span.start),
      before: paragraph.slice(0, span.start),
    })),
  );
}

type NamedIn = (text: string, where: 'title' | 'sentence') => MeetingMention[];

/** Meetings a text names with a series noun: numbered ones, and series the codebook knows by name. */
function namedMeetings(
  text: string,
  where: 'title' | 'sentence',
  language: CompiledLanguage,
  codebook: CompiledCodebook,
): MeetingMention[] {
  const numbered = language
    .meetingMentions(text, where)
    .filter((m) => m.name !== '' && language.namesSeries(m.name));
  const known = codebook.series
    .findIn(text)
    .filter((k) => !numbered.some((m) => m.start < k.end && k.start < m.end))
    .map(
      (k): MeetingMention => ({ name: text.slice(k.start, k.end), number: null, start: k.start, end: k.end }),
    );
  // A meeting still to come ("in preparation for the third ministerial meeting") is not the release's.
  return [...numbered, ...known].filter((m) => !m.ahead).sort((a, b) => a.start - b.start);
}

/** Does the mention end `named`, shorter ("the Council" after "... Digital Partnership Council")? */
function isAnaphor(named: string, mention: MeetingMention, language: CompiledLanguage): boolean {
  const own = language.cleanSeries(mention.name).toLowerCase();
  return own !== '' && own.length < named.length && named.toLowerCase().endsWith(own);
}

/** Dates in text order, written and relative alike. */
function datesIn(text: string, language: CompiledLanguage): (FoundDate | RelativeDate)[] {
  return [...language.findDates(text), ...language.relativeDates(text)].sort((a, b) => a.index - b.index);
}

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A date of `text` made ISO: a written one with the release's year where it has none; a relative
 * one from the release ("yesterday") or from the date before it in `before` and the text ("the
 * following day").
 */
function resolveIn(
  date: FoundDate | RelativeDate,
  text: string,
  before: string,
  releaseDate: string | null,
  language: CompiledLanguage,
): string | null {
  if ('month' in date) return resolveDate(date, releaseDate);
  if (date.fromPrevious) {
    const previous = language.findDates(before + text.slice(0, date.index)).at(-1);
    const base = previous ? resolveDate(previous, releaseDate) : null;
    return base ? addDays(base, date.days ?? 0) : null;
  }
  return releaseDate ? resolveRelative(date, releaseDate) : null;
}

/** Characters a schedule line may hold after its date: a time, a place (「１０時００分から１７時３０分まで」). */
const SCHEDULE_TAIL = 30;

/**
 * Is the text a schedule line: a date, alone or after a label (「日時：」「Date:」), and at most a
 * time or place after it? Not prose that opens with a date (「本年５月３０日に施行された…」, "25 May
 * 2018 was the date ...").
 */
function isScheduleLine(text: string, language: CompiledLanguage): boolean {
  const [date] = language.findDates(text);
  if (!date) return false;
  const label = text.slice(0, date.index).trim();
  const tail = text.slice(date.index + date.length).trim();
  return (
    (label === '' || /[:：]$/u.test(label)) &&
    tail.length <= SCHEDULE_TAIL &&
    !/[。.!?！？]\s|[。！？]$/u.test(tail)
  );
}

/** A dateline opening the text ("Tokyo, 26 November 2026 – The EU and Japan held ..."). */
function isDateline(date: FoundDate | RelativeDate, text: string, language: CompiledLanguage): boolean {
  return (
    'month' in date &&
    language.structure.datelinePlace.test(text.slice(0, date.index)) &&
    /^\s*[–—-]/u.test(text.slice(date.index + date.length))
  );
}

/**
 * The first date of a text that can be made ISO; a dateline's after a relative date the text gives
 * ("Tokyo, 26 November 2026 – ... held the fifth meeting ... yesterday": the 25th), but before
 * another written one ("... following up on the Summit of 13 July 2022").
 */
function dateIn(
  text: string,
  releaseDate: string | null,
  language: CompiledLanguage,
  before = '',
): string | null {
  const dates = datesIn(text, language);
  const relative = dates.filter((date) => !('month' in date));
  const dateline = dates.filter((date) => isDateline(date, text, language));
  const ordered =
    dateline.length > 0 && relative.length > 0
      ? [...relative, ...dates.filter((date) => 'month' in date)]
      : dates;
  for (const date of ordered) {
    const iso = resolveIn(date, text, before, releaseDate, language);
    if (iso) return iso;
  }
  return null;
}

/** The section and every section nested in it. */
function withinSection(sections: readonly Section[], root: number, section: number | null): boolean {
  for (let s = section; s !== null; s = sections[s]?.parent ?? null) if (s === root) return true;
  return false;
}

const contentWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2);

/**
 * The top-level section each meeting of a several-meeting release stands in: the section whose
 * heading names it by number or series, or by the words of its series no other meeting's has
 * ("Monday: the Strategy Workshop" next to a Policy Dialogue).
 */
function meetingSections(
  meetings: readonly { number: number | null; series: string }[],
  sections: readonly Section[],
  language: CompiledLanguage,
  codebook: CompiledCodebook,
): (number | null)[] {
  const seriesOf = (name: string) => canonicalSeries(name, language, codebook).series;
  const own = meetings.map((meeting) => {
    const others = new Set(meetings.filter((m) => m !== meeting).flatMap((m) => contentWords(m.series)));
    return contentWords(meeting.series).filter((word) => !others.has(word));
  });
  const taken = new Set<number>();
  return meetings.map((meeting, i) => {
    const section = sections.find((s) => {
      if (s.parent !== null || taken.has(s.index)) return false;
      const named = language.meetingMentions(s.heading, 'title');
      if (
        named.some(
          (m) =>
            (m.number !== null && m.number === meeting.number) ||
            (m.name !== '' && seriesOf(m.name) === meeting.series),
        )
      )
        return true;
      const words = new Set(contentWords(s.heading));
      const distinctive = own[i] ?? [];
      return (
        distinctive.length > 0 && distinctive.filter((w) => words.has(w)).length * 2 >= distinctive.length
      );
    });
    if (section) taken.add(section.index);
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
  sentences: readonly BodySentence[],
  releaseDate: string | null,
  language: CompiledLanguage,
  codebook: CompiledCodebook,
  namedIn: NamedIn,
): (string | null)[] {
  const found: (string | null)[] = meetings.map(() => null);
  for (const sentence of sentences) {
    const mentions = namedIn(sentence.text, 'sentence');
    const all = datesIn(sentence.text, language);
    // A joined day may be a second day of one meeting (「19日（火）及び20日（水）に第9回…を、22日に…」).
    const dates = all.length === mentions.length ? all : all.filter((d) => !('joined' in d && d.joined));
    if (mentions.length < 2 || mentions.length !== dates.length) continue;
    const resolve = (date: FoundDate | RelativeDate) =>
      resolveIn(date, sentence.text, sentence.before, releaseDate, language);
    mentions.forEach((mention, k) => {
      const series = canonicalSeries(mention.name, language, codebook).series;
      const at = meetings.findIndex(
        (m, i) =>
          found[i] === null &&
          series === m.series &&
          (mention.number === null || m.number === null || m.number === mention.number),
      );
      const date = dates[k];
      if (at >= 0 && date) found[at] = resolve(date);
    });
  }
  return found;
}

export function inferMetadata(
  input: MetadataInput,
  language: CompiledLanguage,
  codebook: CompiledCodebook,
): DocumentMetadata {
  const [release] = language.findDates(input.releaseLine);
  const releaseDate = release ? resolveDate(release, null) : null;
  // Dates without a year take it from the release; where no dateline gives one, from the first
  // written date above the body or in the opening paragraph (a blog's byline: "Blog post · 21 June
  // 2024 · by ...").
  const opensWith = [input.front ?? '', input.paragraphs[0]?.text ?? '']
    .flatMap((text) => language.findDates(text))
    .find((date) => date.year !== null);
  const anchor = releaseDate ?? (opensWith ? resolveDate(opensWith, null) : null);
  const body = input.paragraphs.map((p) => p.text);
  const sentences = sentencesOf(body, language);
  const opening = sentences.filter((s) => s.paragraph < OPENING_PARAGRAPHS);
  const seriesOf = (name: string) => canonicalSeries(name, language, codebook);
  // Each text's meetings are read once: the steps below ask for the same sentences many times.
  const namedCache = new Map<string, MeetingMention[]>();
  const namedIn: NamedIn = (text, where) => {
    const key = `${where}\u0000${text}`;
    let found = namedCache.get(key);
    if (!found) {
      found = namedMeetings(text, where, language, codebook);
      namedCache.set(key, found);
    }
    return found;
  };

  // The meetings: the title's, else the first opening sentence's.
  let named = namedIn(input.title, 'title');
  let from: BodySentence | null = null;
  for (const sentence of named.length <= 1 ? opening : []) {
    const mentions = namedIn(sentence.text, 'sentence');
    if (mentions.length === 0) continue;
    // One meeting per series; after the first, only numbered ones ("the 9th ..., and on
    // Wednesday ... the 25th ..."): a series named in passing is no meeting of the release.
    const [first, ...others] = mentions;
    // "... in preparation for the third ministerial meeting of the Council": a head noun alone,
    // ending the first meeting's name, refers back to that series.
    const inSentence = [
      first as MeetingMention,
      ...others.filter((m) => m.number !== null && !isAnaphor(first?.name ?? '', m, language)),
    ];
    // A title naming one meeting or none gives way to an opening sentence naming more ("France
    // and Japan hold ICT Policy Dialogue ..." over "the 6th ... on 28 January and the 8th ... on 29").
    // A headline's short name the codebook does not know ("... at 13th Joint Committee") gives way
    // to the opening sentence's full one for the same meeting, which it knows ("The 13th meeting of
    // the EU-Japan Joint Committee on Science and Technology Cooperation").
    const [titled] = named;
    const [opened] = inSentence;
    const fuller =
      named.length === 1 &&
      inSentence.length === 1 &&
      titled !== undefined &&
      opened !== undefined &&
      (titled.number === null || titled.number === opened.number) &&
      !seriesOf(titled.name).known &&
      seriesOf(opened.name).known &&
      contentWords(language.cleanSeries(titled.name)).every((word) =>
        contentWords(opened.name).includes(word),
      );
    if (named.length === 0 || inSentence.length > named.length || fuller) {
      named = inSentence;
      from = sentence;
    }
    break;
  }
  // Top-level sections that each head one numbered meeting ("29th EU-Japan ICT Policy Dialogue (8
  // October)", "8th EU-Japan Cyber Dialogue (9 October)"), under a title that names fewer.
  const headed = input.sections
    .filter((section) => section.parent === null)
    .flatMap((section) => {
      const mentions = namedIn(section.heading, 'title');
      return mentions.length === 1 && mentions[0]?.number !== null ? mentions : [];
    });
  if (headed.length >= 2 && headed.length > named.length) {
    named = headed;
    from = null;
  }
  const seen = new Set<string>();
  const bases = named
    .map((mention) => ({
      mention,
      number: mention.number,
      named: language.cleanSeries(mention.name),
      series: seriesOf(mention.name).series,
    }))
    .filter((base) => {
      const key = `${base.series}\u0000${base.number ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });

  // A number the naming text leaves out, from a sentence naming the series with one.
  const numbered = bases.map((base) => {
    if (base.number !== null) return base.number;
    for (const sentence of sentences) {
      const mention = namedIn(sentence.text, 'sentence').find(
        (m) => m.number !== null && seriesOf(m.name).series === base.series,
      );
      if (mention) return mention.number;
    }
    return bases.length === 1 ? (numberInOpening(body, language)?.number ?? null) : null;
  });

  const several = bases.length >= 2;
  const sections = several ? meetingSections(bases, input.sections, language, codebook) : [];
  const paired = several ? datesInSentences(bases, sentences, anchor, language, codebook, namedIn) : [];
  const firstDate = (texts: readonly string[]) => {
    for (const text of texts) {
      const date = dateIn(text, anchor, language);
      if (date) return date;
    }
    return null;
  };

  const meetings: DocumentMeeting[] = bases.map((base, i) => {
    const section = sections[i] ?? null;
    // The sentences that name the meeting: the one it was found in, and any naming its series. The
    // date is in the first of them that gives one, else later in the first one's paragraph ("Last
    // week I co-chaired the 30th ... The meeting took place on Tuesday").
    const naming = sentences.filter(
      (s) =>
        s === from ||
        namedIn(s.text, 'sentence').some(
          (m) => seriesOf(m.name).series === base.series && (m.number === null || m.number === numbered[i]),
        ),
    );
    const alone = (s: BodySentence) => !several || namedIn(s.text, 'sentence').length === 1;
    let namingDate: string | null = null;
    for (const s of naming.filter(alone)) {
      namingDate = dateIn(s.text, anchor, language, s.before);
      if (namingDate) break;
    }
    const [firstNaming] = naming.filter(alone);
    if (!namingDate && firstNaming)
      namingDate = dateIn(firstNaming.rest, anchor, language, firstNaming.before);
    // Its heading's date (「２．第2回日EUサイバー実務者協議（11月14日）」), or a line of its own that
    // is one (「日時：平成23年10月18日（火）10時から」), comes first: an opening sentence may
    // give the days in another order than the meetings (「10月17日（月）及び18日（火）、…政策対話
    // （第17回）及び…ワークショップ（第1回）」, the workshop on the 17th). A date inside its prose
    // (「本年5月30日に施行された」) comes after the others.
    const sectionTexts =
      section === null
        ? []
        : input.paragraphs
            .filter((p) => withinSection(input.sections, section, p.section))
            .map((p) => p.text);
    const scheduleDate =
      section === null
        ? null
        : firstDate([
            input.sections[section]?.heading ?? '',
            ...sectionTexts.filter((text) => isScheduleLine(text, language)),
          ]);
    const sectionDate = section === null ? null : firstDate(sectionTexts);
    // Then the opening paragraph's first date, before a title's, which is often the release's
    // ("Holding of the ... Meeting (February 26, 2021)" above "On Wednesday, February 24, ...").
    const date =
      scheduleDate ??
      paired[i] ??
      namingDate ??
      sectionDate ??
      (several ? null : (dateIn(body[0] ?? '', anchor, language) ?? dateIn(input.title, anchor, language))) ??
      (i === 0 ? firstDate(body) : null);
    return { series: base.series, named: base.named, meeting: numbered[i] ?? null, date, section };
  });
  if (meetings.length === 0)
    meetings.push({
      series: '',
      named: '',
      meeting: numberInOpening(body, language)?.number ?? null,
      date: firstDate(body),
      section: null,
    });
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

/**
 * A number for a title that gives none, from the opening paragraphs where they name no other
 * meeting: 「第3回目となる今回の対話には」, "The two sides held their fifth Cyber Dialogue".
 */
function numberInOpening(body: readonly string[], language: CompiledLanguage): MeetingMention | undefined {
  for (const paragraph of body.slice(0, 2)) {
    const mentions = language
      .meetingMentions(paragraph, 'sentence')
      .filter((m) => m.number !== null && !m.ahead);
    if (mentions.length === 1) return mentions[0];
  }
  return undefined;
}
