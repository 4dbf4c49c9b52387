// kwic: every match of a word, phrase or regular expression in the statements, with its context,
// the statement's coding and its offsets: a concordance to read a cue or a term in use. Patterns
// are matched as each document's language matches codebook cues (CompiledLanguage.patternMatcher);
// a regular expression runs on each sentence's text as it stands in the document.
import type { CompiledCodebook } from '../codebook/compile.js';
import { DialogueStanceError } from '../errors.js';
import type { LanguageId, Phrase, PhraseMatcher, Token } from '../lang/types.js';
import type { AnalyzedDocument, Sentence, Span } from '../types.js';
import { type Located, locate, matchesFilter, type StatementFilter } from './select.js';

export interface KwicOptions {
  /** A word, a phrase or a cue-style pattern ("raise ... issue|concern"); with `regex`, a regular expression. */
  pattern: string;
  regex?: boolean;
  /** Context on each side: words in English, characters in Japanese (default 8 and 20). */
  window?: number;
  filter?: StatementFilter;
}

export const KWIC_COLUMNS = [
  'doc',
  'series',
  'meeting',
  'date',
  'sentence',
  'statement',
  'side',
  'stance',
  'topic',
  'left',
  'match',
  'right',
  'start',
  'end',
] as const;

export type KwicRow = Record<(typeof KWIC_COLUMNS)[number], string | number | null>;

/** How far the context reaches by default, in the unit a language's words are counted in. */
export const KWIC_WINDOW: Record<LanguageId, { unit: 'words' | 'characters'; size: number }> = {
  en: { unit: 'words', size: 8 },
  ja: { unit: 'characters', size: 20 },
};

const invalid = (message: string): never => {
  throw new DialogueStanceError('OPTION_INVALID', message);
};

/** A regular expression as given: "source" (flags gu) or "/source/flags". */
export function searchRegex(pattern: string): RegExp {
  const literal = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  const [source, flags] = literal ? [literal[1] ?? '', literal[2] ?? ''] : [pattern, 'u'];
  try {
    return new RegExp(source, `${flags.replace(/[gy]/g, '')}g`);
  } catch (error) {
    return invalid(
      `--regex ${JSON.stringify(pattern)} is not a regular expression (${error instanceof Error ? error.message : error})`,
    );
  }
}

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();
const isWord = (token: Token): boolean => /[\p{L}\p{N}]/u.test(token.text);

/** The spans a pattern matches in a sentence's tokens (and inside hyphenated compounds), left to right. */
function patternSpans(matcher: PhraseMatcher<Phrase>, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  const scan = (list: readonly Token[]) => {
    for (let i = 0; i < list.length; ) {
      const found = matcher.at(list, i);
      const last = found ? list[found.end - 1] : undefined;
      if (found && last) {
        spans.push({ start: (list[i] as Token).start, end: last.end });
        i = found.end;
        continue;
      }
      const parts = list[i]?.parts;
      if (list === tokens && parts) scan(parts);
      i++;
    }
  };
  scan(tokens);
  return spans;
}

function regexSpans(regex: RegExp, text: string, offset: number): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(regex))
    if (match[0] !== '')
      spans.push({ start: offset + match.index, end: offset + match.index + match[0].length });
  return spans;
}

/** The context around `span` in its sentence: `size` words (by tokens) or characters on each side. */
function context(
  text: string,
  sentence: Span,
  tokens: readonly Token[],
  span: Span,
  window: { unit: 'words' | 'characters'; size: number },
): { left: string; right: string } {
  if (window.unit === 'characters') {
    const left = [...text.slice(sentence.start, span.start)];
    const right = [...text.slice(span.end, sentence.end)];
    return {
      left: fold(left.slice(Math.max(0, left.length - window.size)).join('')),
      right: fold(right.slice(0, window.size).join('')),
    };
  }
  const before = tokens.filter((t) => t.end <= span.start && isWord(t));
  const after = tokens.filter((t) => t.start >= span.end && isWord(t));
  const from = window.size === 0 ? span.start : ((before.at(-window.size) ?? before[0])?.start ?? span.start);
  const to = window.size === 0 ? span.end : ((after[window.size - 1] ?? after.at(-1))?.end ?? span.end);
  return { left: fold(text.slice(from, span.start)), right: fold(text.slice(span.end, to)) };
}

/** The statement of a sentence that holds `start` (the last one starting before it). */
function statementAt(statements: readonly Located[], start: number): Located | undefined {
  let found: Located | undefined;
  for (const located of statements) if (located.statement.span.start <= start) found = located;
  return found ?? statements[0];
}

/** Every match in the statements that pass the filter, in document and text order. */
export function kwic(
  documents: readonly AnalyzedDocument[],
  codebook: CompiledCodebook,
  options: KwicOptions,
): KwicRow[] {
  const pattern = options.pattern;
  if (
    pattern.trim() === '' ||
    (!options.regex &&
      pattern
        .trim()
        .split(/\s+/)
        .every((w) => w === '...'))
  )
    invalid('the kwic pattern is empty: give a word, a phrase or (with --regex) a regular expression');
  const regex = options.regex ? searchRegex(pattern) : null;
  const matchers = new Map<LanguageId, PhraseMatcher<Phrase>>();
  const filter = options.filter ?? {};
  const rows: KwicRow[] = [];
  for (const document of documents) {
    const language = codebook.language(document.lang);
    let matcher = matchers.get(document.lang);
    if (!regex && !matcher) {
      matcher = language.patternMatcher(pattern);
      matchers.set(document.lang, matcher);
    }
    const window = {
      ...KWIC_WINDOW[document.lang],
      ...(options.window === undefined ? {} : { size: options.window }),
    };
    const bySentence = new Map<number, Located[]>();
    for (const located of locate([document]))
      bySentence.set(located.statement.sentence, [
        ...(bySentence.get(located.statement.sentence) ?? []),
        located,
      ]);
    const { text } = document.source;
    for (const sentence of document.sentences as readonly Sentence[]) {
      const statements = bySentence.get(sentence.index) ?? [];
      if (!statements.some((located) => matchesFilter(located.row, filter))) continue;
      const slice = text.slice(sentence.span.start, sentence.span.end);
      const tokens = language.tokenize(slice, sentence.span.start);
      const spans = regex
        ? regexSpans(regex, slice, sentence.span.start)
        : patternSpans(matcher as PhraseMatcher<Phrase>, tokens);
      for (const span of spans) {
        const located = statementAt(statements, span.start);
        if (!located || !matchesFilter(located.row, filter)) continue;
        const { row } = located;
        rows.push({
          doc: row.doc,
          series: row.series,
          meeting: row.meeting,
          date: row.date,
          sentence: row.sentence,
          statement: row.statement,
          side: row.side,
          stance: row.stance,
          topic: row.topic,
          ...context(text, sentence.span, tokens, span, window),
          match: fold(text.slice(span.start, span.end)),
          start: span.start,
          end: span.end,
        });
      }
    }
  }
  return rows;
}
