// Units -> blocks: front matter (dateline, title), headings, body paragraphs and items, and the
// furniture that is not body text (footnote glosses, the contact block).

import type { FoundDate, StructureGrammar } from '../../lang/types.js';
import type { BlockKind, Span } from '../../types.js';
import { BARE_GLOSS, BULLET, ENUMERATORS, FOOTNOTE_MARKER_ONLY, FOOTNOTE_WITH_MARKER } from './model.js';

/** What the structure stage asks of the document's language and codebook. */
export interface StructureReader {
  grammar: StructureGrammar;
  findDates(text: string): FoundDate[];
  isDateOnly(text: string): boolean;
  /** Does the line name a meeting ("Japan-EU Digital Partnership Council")? Then it is no publisher line. */
  namesMeeting(text: string): boolean;
  /** Does the line hold a finite verb? Then a line ending in a colon leads into a list. */
  holdsClause(text: string): boolean;
}

/** How many first lines may hold front matter: dates, labels, publishers, breadcrumbs, title, bylines. */
const FRONT_MATTER_LINES = 20;

/** A heading with text right below it (no blank line) is this short; a longer line is wrapped text. */
const SHORT_HEADING_WORDS = 6;

/** A line this long, with text right below it, is a hard-wrapped paragraph, not a heading. */
const HARD_WRAP_LENGTH = 64;

/** A heading with text right below it has at most this many words ("EU-Japan ICT Policy Dialogue – 16 June 2021"). */
const TIGHT_HEADING_WORDS = 10;

import type { Unit } from './units.js';

/** A block before sections are assigned, with what nesting needs to know about headings. */
export interface RawBlock {
  kind: BlockKind;
  span: Span;
  content: Span;
  marker: string;
  /** For headings: the enumerator style ("decimal", "paren-decimal", "plain", "h3") and number. */
  style?: string;
  number?: number | null;
  hintLevel?: number;
}

interface Marker {
  text: string;
  /** Length of the marker and the spaces after it. */
  length: number;
  style: string;
  number: number | null;
}

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
};

function markerNumber(style: string, value: string, numbers?: readonly string[]): number | null {
  if (numbers) return numbers.indexOf(value) + 1 || null;
  // Full-width digits (「（１）」) count as their ASCII forms.
  value = value.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (style.includes('roman')) return ROMAN[value.toLowerCase()] ?? null;
  if (style.includes('alpha')) return value.toLowerCase().charCodeAt(0) - 96;
  if (style === 'decimal-dotted') return Number(value.split('.').at(-1));
  return Number(value);
}

export function findMarker(text: string, reader?: StructureReader): Marker | null {
  const enumerators: readonly { style: string; pattern: RegExp; numbers?: readonly string[] }[] = [
    ...ENUMERATORS,
    ...(reader?.grammar.enumerators ?? []),
  ];
  for (const { style, pattern, numbers } of enumerators) {
    const match = pattern.exec(text);
    if (match && match[0].length < text.length) {
      return {
        text: match[0].trim(),
        length: match[0].length,
        style,
        number: markerNumber(style, match[1] ?? '', numbers),
      };
    }
  }
  const bullet = BULLET.exec(text);
  if (bullet && bullet[0].length < text.length) {
    return { text: bullet[0].trim(), length: bullet[0].length, style: 'bullet', number: null };
  }
  return null;
}

/** A line that is nothing but list markers: "• 2.", "(3)", "ii.". */
function isMarkerOnly(text: string, reader: StructureReader): boolean {
  const rest = text.replace(BULLET, '');
  const enumerator = findMarker(`${rest} x`, reader);
  return enumerator !== null && enumerator.style !== 'bullet' && `${rest} x`.slice(enumerator.length) === 'x';
}

/** Short, capitalised, and not closed like a sentence. */
export function isHeadingLike(
  reader: StructureReader,
  text: string,
  maxChars = reader.grammar.headingMaxChars,
  /** A title may hold a label ("Joint Press Statement: EU-Japan ..."); a heading may not. */
  title = false,
): boolean {
  const { grammar } = reader;
  // "3. Data and AI, etc.": a list left open is still a heading.
  text = text.replace(grammar.headingTail, '');
  if (text.length > maxChars || !/\p{L}/u.test(text)) return false;
  if (grammar.sentenceEnd.test(text) || /^[\p{Ll}]/u.test(text)) return false;
  if (reader.isDateOnly(text) || grammar.attributionLine.test(text)) return false;
  // "Japanese side: Mr. X, ..." and "Venue: Tokyo" are label-value lines, not headings.
  if ((!title && /[:：]\s*\S/.test(text)) || (text.match(/,/g) ?? []).length >= 2) return false;
  // "Outline:" is a heading; "Participants ... exchanged views on the following issues:" opens a list.
  if (/[:：]$/.test(text) && (text.split(/\s+/).length > 5 || reader.holdsClause(text))) return false;
  // A title is bounded by its characters alone: headlines run to 15 or 20 words.
  return title || text.split(/\s+/).length <= grammar.headingMaxWords;
}

/** "EU side: Mr. Roberto Viola, ...", "Venue: Tokyo": a line that starts a record of its own. */
const LABEL_LINE = /^[^\s:：][^:：]{0,40}[:：]\s/u;

/** A sentence written out: closed by a full stop, and long enough to say something. */
function isFullSentence(text: string): boolean {
  return (
    /[.。!?！？]$/u.test(text) && (text.split(/\s+/).length >= 8 || (!/\s/.test(text) && text.length >= 20))
  );
}

function endsSentence(text: string): boolean {
  return /[.!?;:。)"”]$/.test(text);
}

/** "ISAC: Information Sharing and Analysis Center": an acronym glossed by its expansion. */
function isBareGloss(text: string): boolean {
  const match = BARE_GLOSS.exec(text);
  if (!match) return false;
  const [, acronym = '', expansion = ''] = match;
  if (/[.;]$/.test(expansion) || expansion.split(/\s+/).length > 14) return false;
  return expansion[0]?.toUpperCase() === acronym[0];
}

function isFootnoteWithMarker(text: string): boolean {
  if (!FOOTNOTE_WITH_MARKER.test(text)) return false;
  // "*1 ...", "※ ..." and "(*) ..." are footnote markers whatever follows; a bare "* " may also be a
  // Markdown-style bullet, so it is a footnote only when a gloss ("TERM: ...") follows it.
  if (/^(?:[•・●\-–]\s*)?(?:\*\d+|※|\(\*\d*\)|\[\^?\*?\d+\])/u.test(text)) return true;
  const rest = text.replace(/^(?:[•・●\-–]\s*)?\*\s*/u, '');
  return /^[^\s:：]+(?:\s+[^\s:：]+){0,5}\s*[:：]\s*\S/u.test(rest);
}

function isContactOpener(reader: StructureReader, text: string): boolean {
  return reader.grammar.contactOpeners.some((pattern) => pattern.test(text));
}

/** A publisher line above the title that is no meeting's own name. */
function isPublisher(reader: StructureReader, text: string): boolean {
  return reader.grammar.publisher.test(text) && !reader.namesMeeting(text);
}

/** Front matter on a line of its own: a date, a press label, a publisher, a dateline. */
function isFrontLine(reader: StructureReader, text: string): boolean {
  return reader.isDateOnly(text) || reader.grammar.pressLabel.test(text) || isPublisher(reader, text);
}

function block(kind: BlockKind, unit: Unit, marker: Marker | null = null): RawBlock {
  const offset = marker ? marker.length : 0;
  return {
    kind,
    span: unit.span,
    content: { start: unit.span.start + offset, end: unit.span.end },
    marker: marker ? marker.text : '',
  };
}

/**
 * "Press release | 12 May 2025 | Tokyo", "Brussels, 18 June 2021", "Published on 26 October
 * 2018": a short line with a full date and no sentence in it.
 */
function isDateline(reader: StructureReader, text: string): boolean {
  const [date] = reader.findDates(text);
  if (date === undefined || text.split(/\s+/).length > 10) return false;
  if (/[|｜·•–—]/u.test(text) || reader.grammar.datelineLabel.test(text)) return date.year !== null;
  // A place or a weekday before the date, nothing after it: "Tokyo, 4 June".
  const after = text.slice(date.index + date.length);
  return /^[\s.,)]*$/u.test(after) && reader.grammar.datelinePlace.test(text.slice(0, date.index));
}

/** "Home > Press and information > Speeches": where a page stands on its site. */
const BREADCRUMB = /\S\s+[>›»＞]\s+\S/u;

/** "MEDIA NOTE", "OFFICE OF THE SPOKESPERSON": a label of a page set in capitals (Latin script only). */
function isCapitalsLabel(reader: StructureReader, text: string): boolean {
  return (
    !/\p{Ll}/u.test(text) &&
    /\p{Lu}{2}/u.test(text) &&
    /^[\p{Script=Latin}\p{N}\s\p{P}\p{S}]+$/u.test(text) &&
    text.split(/\s+/).length <= 8 &&
    !reader.namesMeeting(text)
  );
}

/** A front line that is neither title nor body: a date, label, publisher, breadcrumb, byline or signature. */
function isFrontFurniture(reader: StructureReader, text: string): boolean {
  const { grammar } = reader;
  return (
    isFrontLine(reader, text) ||
    isDateline(reader, text) ||
    grammar.byline.test(text) ||
    grammar.signature.test(text) ||
    grammar.contactLine.test(text) ||
    grammar.pageChrome.test(text) ||
    BREADCRUMB.test(text) ||
    isBanner(reader, text) ||
    isCapitalsLabel(reader, text)
  );
}

/**
 * "European Council | Council of the European Union", "EEAS | European External Action Service": a
 * site's banner, names set side by side with bars, none of them a meeting's.
 */
function isBanner(reader: StructureReader, text: string): boolean {
  // Split on the bars, then trim: a regular expression with spaces around the bar would scan a run
  // of spaces again from each of its positions.
  const parts = text.split(/[|｜]/u).map((part) => part.trim());
  // "EU and Japan step up cooperation on AI | Shaping Europe's digital future" is a headline.
  const names = parts.every((part) => part.split(/\s+/).length <= BANNER_WORDS);
  return (
    parts.length > 1 &&
    parts.every((part) => part !== '') &&
    names &&
    !isFullSentence(text) &&
    !reader.namesMeeting(text)
  );
}

/** Each name of a site's banner is this short ("Council of the European Union"). */
const BANNER_WORDS = 5;

/** Where the body starts: a sentence written out, or a numbered line. */
function startsBody(reader: StructureReader, unit: Unit): boolean {
  if (unit.hint?.kind === 'heading' && (unit.hint.level ?? 1) >= 2) return true;
  if (reader.grammar.proseOpener.test(unit.text)) return true;
  const marker = findMarker(unit.text, reader);
  return (
    isFullSentence(unit.text) ||
    (marker !== null && marker.style !== 'bullet') ||
    isMarkerOnly(unit.text, reader)
  );
}

/** The title, and the release date at the start of the line: "November 19, 2021 Results of 12th ...". */
function titleBlock(reader: StructureReader, unit: Unit): RawBlock {
  const [date] = reader.findDates(unit.text);
  if (date && date.index === 0 && date.year !== null && !reader.isDateOnly(unit.text)) {
    const rest = unit.text.slice(date.length).replace(/^[\s,:\-–—|]+/, '');
    return {
      kind: 'title',
      span: unit.span,
      content: { start: unit.span.end - rest.length, end: unit.span.end },
      marker: '',
    };
  }
  return block('title', unit);
}

/**
 * Reads the front matter: the lines before the body (at most FRONT_MATTER_LINES) hold the title
 * and around it datelines, labels, publishers, breadcrumbs, bylines and signatures, in any order
 * (publishers' pages put them above or below the title). The title is the line that names a
 * meeting, else a page's top heading, else the one right above a date or byline, else the first
 * line that could be one; the lines before it
 * are front matter, and after it the furniture that follows. Returns the blocks and how many units
 * they used.
 */
function frontMatter(reader: StructureReader, units: readonly Unit[]): { blocks: RawBlock[]; used: number } {
  // A page with no top heading may give its title a lower one (「<h2 class="title">…第１回実務者
  // 会合の開催</h2>」): its first heading, when it names a meeting, is the title, not the body's start.
  const headings = units.filter((u) => u.hint?.kind === 'heading');
  const topless = !headings.some((u) => (u.hint?.level ?? 1) <= 1);
  const pageTitle = (unit: Unit) => topless && unit === headings[0] && reader.namesMeeting(unit.text);
  let end = 0;
  while (
    end < units.length &&
    end < FRONT_MATTER_LINES &&
    (!startsBody(reader, units[end] as Unit) || pageTitle(units[end] as Unit))
  )
    end++;
  const front = units.slice(0, end);
  const candidate = (unit: Unit) => {
    if (unit.hint?.kind === 'heading' && (unit.hint.level ?? 1) <= 1) return true;
    if (isFrontFurniture(reader, unit.text) || findMarker(unit.text, reader)) return false;
    if (reader.grammar.proseOpener.test(unit.text)) return false;
    const [date] = reader.findDates(unit.text);
    // "November 19, 2021 Results of 12th ...": a title after the release date.
    const dated = date !== undefined && date.index === 0 && date.year !== null;
    const text = dated ? unit.text.slice(date.length).replace(/^[\s,:\-–—|]+/, '') : unit.text;
    if (dated && text !== '' && !isFullSentence(text) && reader.namesMeeting(text)) return true;
    return (
      (!unit.hint || unit.hint.kind === 'heading') &&
      isHeadingLike(reader, text, reader.grammar.titleMaxChars, true)
    );
  };
  const candidates = front.map((unit, i) => (candidate(unit) ? i : -1)).filter((i) => i >= 0);
  // A headline stands right above its date or byline ("Director's Notes No. 7" above it is a label).
  const aboveDateline = (i: number) => {
    const next = front[i + 1];
    return next !== undefined && !candidate(next) && isFrontFurniture(reader, next.text);
  };
  // A label ("Press release", "News story") stands right above its headline; what is above the
  // label is the page's navigation ("Menu", "Home", "Business and industry").
  const afterLabel = (i: number) => i > 0 && reader.grammar.pressLabel.test((front[i - 1] as Unit).text);
  const title =
    candidates.find((i) => reader.namesMeeting((front[i] as Unit).text)) ??
    candidates.find(afterLabel) ??
    candidates.find((i) => (front[i] as Unit).hint?.kind === 'heading') ??
    candidates.find(aboveDateline) ??
    candidates[0];
  if (title === undefined) {
    // No title: only the leading furniture is front matter.
    let used = 0;
    while (used < end && isFrontFurniture(reader, (units[used] as Unit).text)) used++;
    return { blocks: units.slice(0, used).map((unit) => block('dateline', unit)), used };
  }
  const blocks = front.slice(0, title).map((unit) => block('dateline', unit));
  blocks.push(titleBlock(reader, front[title] as Unit));
  let used = title + 1;
  while (used < end && isFrontFurniture(reader, (units[used] as Unit).text)) {
    blocks.push(block('dateline', units[used] as Unit));
    used++;
  }
  return { blocks, used };
}

/**
 * "- Mr. SAKAMOTO Hiroshi, Vice-Minister ..., MIC" then "Lindqvist presented ... . Sakamoto ...": a
 * line far longer than any hard wrap, after a list item, is the paragraph after the list, not the
 * item's wrapped tail.
 */
function unwrappedAfterItem(previous: RawBlock | undefined, text: string): boolean {
  return previous?.kind === 'item' && text.length > 2 * HARD_WRAP_LENGTH && /^\p{Lu}/u.test(text);
}

export function classifyUnits(reader: StructureReader, units: readonly Unit[]): RawBlock[] {
  const { grammar } = reader;
  const { blocks, used } = frontMatter(reader, units);
  let inContact = false;
  let inReferences = false;
  let glossPending = false;
  let labelPending = false;
  let previousText = '';
  for (let at = used; at < units.length; at++) {
    const unit = units[at] as Unit;
    const next = units[at + 1];
    const { text } = unit;
    const lastText = previousText;
    previousText = text;
    const previous = blocks.at(-1);
    const hintKind = unit.hint?.kind;

    if (inContact || isContactOpener(reader, text)) {
      inContact = true;
      blocks.push(block('contact', unit));
      continue;
    }
    // "From:", "Published", "Tags": a page's labels mid-page, each with the publisher, date or
    // list on the line under it.
    const pageLabel = grammar.pageLabel.test(text);
    if (pageLabel || (labelPending && !isFullSentence(text) && !findMarker(text, reader))) {
      labelPending = pageLabel;
      blocks.push(block('dateline', unit));
      continue;
    }
    labelPending = false;
    // Under "(Reference)" the links and page titles are furniture; a background sentence written
    // out in full (「…は、平成26年から開催されている。」) is body text like any other.
    const opener = grammar.referenceOpener.exec(text);
    const opensReferences = opener !== null;
    const rest = opener ? text.slice(opener[0].length).trim() : text;
    // 「（参考）日EUサイバー対話は、…立ち上げられたものです。」: the note after the mark is a sentence too.
    const backgroundSentence =
      (inReferences || opensReferences) && !grammar.referenceLine.test(text) && isFullSentence(rest);
    if (backgroundSentence) inReferences = true;
    if (!backgroundSentence && (inReferences || opensReferences || grammar.referenceLine.test(text))) {
      inReferences ||= opensReferences;
      blocks.push(block('reference', unit));
      continue;
    }
    // "Global Strategy Division, ..., MIC" right above a TEL line belongs to the contact block.
    if (
      grammar.contactLine.test(text) ||
      (next && !next.blankBefore && grammar.contactLine.test(next.text) && !endsSentence(text))
    ) {
      blocks.push(block('contact', unit));
      continue;
    }
    if (FOOTNOTE_MARKER_ONLY.test(text)) {
      glossPending = true;
      blocks.push(block('footnote', unit));
      continue;
    }
    if (glossPending && previous?.kind === 'footnote') {
      // "• *" then "ISAC: ...": one gloss, written on two lines.
      glossPending = false;
      previous.span = { start: previous.span.start, end: unit.span.end };
      previous.content = { start: unit.span.start, end: unit.span.end };
      continue;
    }
    if (
      hintKind === 'footnote' ||
      isFootnoteWithMarker(text) ||
      isBareGloss(text) ||
      grammar.noteLine.test(text)
    ) {
      glossPending = false;
      blocks.push(block('footnote', unit));
      continue;
    }

    // "• 2." alone on its line, the item's text on the next: the number is a marker, no text.
    if (isMarkerOnly(text, reader)) continue;
    const marker = findMarker(text, reader);
    const content = marker ? text.slice(marker.length) : text;
    if (hintKind === 'heading') {
      const headingMarker = marker && marker.style !== 'bullet' ? marker : null;
      blocks.push({
        ...block('heading', unit, headingMarker),
        style: `h${unit.hint?.level ?? 2}`,
        number: headingMarker?.number ?? null,
        hintLevel: unit.hint?.level ?? 2,
      });
      continue;
    }
    // An unnumbered heading stands apart; a short line right under a heading ("1. Date and time"
    // then "Tuesday, 8 October 2019") is its content.
    // So does one between two paragraphs with no blank lines at all: a short line after a finished
    // sentence, its text on the next line ("... priority.", "Mobile networks and 6G", "Kessler ...").
    const standsApart =
      unit.blankBefore ||
      (previous?.kind === 'paragraph' &&
        endsSentence(lastText) &&
        next !== undefined &&
        !next.blankBefore &&
        reader.grammar.sentenceStart.test(next.text) &&
        text.split(/\s+/).length <= SHORT_HEADING_WORDS);
    if (marker && marker.style !== 'bullet' && isHeadingLike(reader, content)) {
      blocks.push({ ...block('heading', unit, marker), style: marker.style, number: marker.number });
      continue;
    }
    // A short bullet with its text below it is a heading: "■ Open RAN" then a paragraph, or
    // "- 6G" then indented sub-bullets.
    const shortHeading =
      isHeadingLike(reader, content) &&
      content.split(/\s+/).length <= SHORT_HEADING_WORDS &&
      !grammar.runsOn.test(content);
    if (marker?.style === 'bullet' && !unit.hint && shortHeading && next && !next.blankBefore) {
      const nextMarker = findMarker(next.text, reader);
      if ((!nextMarker && !/^\p{Ll}/u.test(next.text)) || (nextMarker && next.indent > unit.indent)) {
        blocks.push({ ...block('heading', unit, marker), style: `bullet-${unit.indent}`, number: null });
        continue;
      }
    }
    // A heading-like first line of a hard-wrapped paragraph runs on into a lower-case line.
    const runsOn =
      next !== undefined &&
      !next.blankBefore &&
      !unit.hint &&
      (/^\p{Ll}/u.test(next.text) ||
        grammar.runsOn.test(text) ||
        text.length >= HARD_WRAP_LENGTH ||
        // A heading with its text right below it is short and holds no clause ("As for smart
        // cities, Japan presented the Smart City Reference" is the first line of a wrapped paragraph).
        (text.split(/\s+/).length > SHORT_HEADING_WORDS &&
          (text.split(/\s+/).length > TIGHT_HEADING_WORDS || text.includes(','))));
    if (!marker && hintKind !== 'item' && standsApart && !runsOn && isHeadingLike(reader, text)) {
      blocks.push({ ...block('heading', unit), style: 'plain', number: null });
      continue;
    }
    // A hard-wrapped line continues the block above it.
    const continues =
      !unit.hint &&
      !marker &&
      !unit.blankBefore &&
      previous !== undefined &&
      (previous.kind === 'paragraph' || previous.kind === 'item' || previous.kind === 'footnote') &&
      !endsSentence(lastText) &&
      !LABEL_LINE.test(text) &&
      !unwrappedAfterItem(previous, text);
    if (continues && previous) {
      previous.span = { start: previous.span.start, end: unit.span.end };
      previous.content = { start: previous.content.start, end: unit.span.end };
      continue;
    }
    blocks.push(block(marker || hintKind === 'item' ? 'item' : 'paragraph', unit, marker));
  }
  return blocks;
}
