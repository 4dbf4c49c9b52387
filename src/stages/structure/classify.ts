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
}

/** How many first lines may hold front matter: date, press label, publishers, title. */
const FRONT_MATTER_LINES = 5;

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
  if (reader.isDateOnly(text)) return false;
  // "Japanese side: Mr. X, ..." and "Venue: Tokyo" are label-value lines, not headings.
  if ((!title && /[:：]\s*\S/.test(text)) || (text.match(/,/g) ?? []).length >= 2) return false;
  // "Outline:" is a heading; "Participants ... exchanged views on the following issues:" opens a list.
  if (/[:：]$/.test(text) && text.split(/\s+/).length > 5) return false;
  return text.split(/\s+/).length <= grammar.headingMaxWords;
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

/** "Press release | 12 May 2025 | Tokyo": a short line with a full date and no sentence in it. */
function isDateline(reader: StructureReader, text: string): boolean {
  const [date] = reader.findDates(text);
  if (date === undefined || date.year === null || text.split(/\s+/).length > 10) return false;
  return /[|｜·•–—]/u.test(text) || reader.grammar.datelineLabel.test(text);
}

/** Reads the first units for the dateline and the title; returns the blocks and how many units it used. */
function frontMatter(reader: StructureReader, units: readonly Unit[]): { blocks: RawBlock[]; used: number } {
  const blocks: RawBlock[] = [];
  let used = 0;
  for (const unit of units.slice(0, FRONT_MATTER_LINES)) {
    const { text } = unit;
    if (unit.hint?.kind === 'heading' && (unit.hint.level ?? 1) <= 1) {
      blocks.push(block('title', unit));
    } else if (isFrontLine(reader, text) || isDateline(reader, text) || reader.grammar.byline.test(text)) {
      blocks.push(block('dateline', unit));
      used++;
      continue;
    } else {
      const [date] = reader.findDates(text);
      if (date && date.index === 0 && date.year !== null) {
        // "November 19, 2021 Results of 12th ...": the release date, then the title on one line.
        const rest = text.slice(date.length).replace(/^[\s,:\-–—|]+/, '');
        const start = unit.span.end - rest.length;
        blocks.push({ kind: 'title', span: unit.span, content: { start, end: unit.span.end }, marker: '' });
      } else if (
        !unit.hint &&
        isHeadingLike(reader, text, reader.grammar.titleMaxChars, true) &&
        !findMarker(text, reader)
      ) {
        blocks.push(block('title', unit));
      } else {
        break;
      }
    }
    used++;
    // After the title only datelines and bylines may still belong to the front matter ("Blog post |
    // 14 October 2024", "By Katrin Holmberg, Director-General ...", "Joint Press Release with ...").
    for (let next = units[used]; next && used < FRONT_MATTER_LINES + 2; next = units[used]) {
      if (
        !isFrontLine(reader, next.text) &&
        !isDateline(reader, next.text) &&
        !reader.grammar.byline.test(next.text)
      )
        break;
      blocks.push(block('dateline', next));
      used++;
    }
    break;
  }
  return { blocks, used };
}

export function classifyUnits(reader: StructureReader, units: readonly Unit[]): RawBlock[] {
  const { grammar } = reader;
  const { blocks, used } = frontMatter(reader, units);
  let inContact = false;
  let inReferences = false;
  let glossPending = false;
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
    const standsApart = unit.blankBefore;
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
      !LABEL_LINE.test(text);
    if (continues && previous) {
      previous.span = { start: previous.span.start, end: unit.span.end };
      previous.content = { start: previous.content.start, end: unit.span.end };
      continue;
    }
    blocks.push(block(marker || hintKind === 'item' ? 'item' : 'paragraph', unit, marker));
  }
  return blocks;
}
