// Metadata read off the text: title, series and meeting number from the title (or the first body
// sentence naming the meeting), release date from the dateline, meeting date from the body.
import type { DocumentMetadata } from '../../types.js';
import { findDate, resolveDate } from './dates.js';
import { TITLE_PREFIX } from './model.js';

const WORD_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};

const ORDINAL = new RegExp(
  String.raw`\b(\d{1,3})(?:st|nd|rd|th)\b|\b(${Object.keys(WORD_ORDINALS).join('|')})\b`,
  'i',
);

/** "12th Japan-EU ICT Strategy Workshop" -> { meeting: 12, series: "Japan-EU ICT Strategy Workshop" }. */
export function seriesAndMeeting(
  name: string,
  inSentence = false,
): { series: string; meeting: number | null } | null {
  const ordinal = ORDINAL.exec(name);
  if (!ordinal) return null;
  const meeting = ordinal[1] ? Number(ordinal[1]) : (WORD_ORDINALS[(ordinal[2] ?? '').toLowerCase()] ?? null);
  const after = name.slice(ordinal.index + ordinal[0].length);
  // In a title the series runs to the end (less a closing bracket); in a sentence it stops where
  // the clause goes on ("... was held", "in the form of", "on Wednesday", ", co-chaired by").
  const end = inSentence
    ? /\s+(?:was|were|is|in the|in [A-Z]|on (?:[A-Z]|\d)|at|by|with|held|between|from|took|has|had)\b|[(,.;:]/
    : /\s*[(（][^)）]*[)）]\s*$|[.;:]\s*$|\s+in\s+\p{Lu}[\p{L}-]*(?:,\s*\p{Lu}[\p{L}-]*)?$/u;
  // "Results of “Japan-EU ICT Policy Dialogue” (25th)": the number follows the name; no series here.
  const series = unquote((after.split(end)[0] ?? '').replace(/^[\s)）\]」』,.:;-]+/, ''));
  return { series: /\p{L}/u.test(series) ? series : '', meeting };
}

/** Without the quotes or brackets a title may put around a name: "“24th Japan-EU ICT Policy Dialogue”". */
const unquote = (name: string): string => name.replace(/^[\s"'“”‘’「」『』]+|[\s"'“”‘’「」『』]+$/g, '');

export function titleSeries(title: string): string {
  return unquote(
    unquote(title)
      .replace(TITLE_PREFIX, '')
      .replace(/\s*[(（][^)）]*[)）]\s*$/, ''),
  );
}

export function inferMetadata(input: { title: string; releaseLine: string; body: string }): DocumentMetadata {
  const release = findDate(input.releaseLine);
  const releaseDate = release ? resolveDate(release, null) : null;
  const fromTitle = seriesAndMeeting(input.title);
  // A title without an ordinal ("Japan-EU Digital Partnership Council") names the series itself;
  // the first body sentence may still give the number ("held the 3rd Japan-EU ...").
  const fromBody = fromTitle ?? seriesAndMeeting(firstMention(input.body, input.title), true);
  const series = fromTitle?.series || fromBody?.series || titleSeries(input.title);
  const meeting = fromTitle?.meeting ?? fromBody?.meeting ?? null;
  const held = findDate(input.body);
  return {
    title: input.title,
    series,
    meeting,
    date: held ? resolveDate(held, releaseDate) : null,
    releaseDate,
    extra: {},
  };
}

/** The body sentence that names the meeting ("held the 3rd Japan-EU ..."), or "". */
function firstMention(body: string, title: string): string {
  const name = titleSeries(title).toLowerCase();
  if (name === '') return '';
  const sentences = body.split(/(?<=\.)\s+/);
  return sentences.find((s) => ORDINAL.test(s) && s.toLowerCase().includes(name)) ?? '';
}
