// Meetings named in Japanese: 「第12回日EU・ICT戦略ワークショップ」, 「日EU・ICT戦略ワークショップ
// （第12回）」, and two in one title: 「日EU・ICT政策対話（第24回）及び日EU・ICT戦略ワークショップ
// （第8回）の結果」. A name is a run of kanji, katakana and Latin letters: kana particles end it.
import type { MeetingMention } from '../types.js';
import type { JapaneseGrammar } from './grammar.js';
import { foldWidth } from './width.js';

/** Hiragana, and punctuation that no name holds. */
const NOT_NAME = /[\u3040-\u309f、。，．「」『』（）()【】［］[\]：:；;！？!?]/u;

export interface JapaneseMeetings {
  meetingMentions(text: string, where: 'title' | 'sentence'): MeetingMention[];
  cleanSeries(name: string): string;
}

export function japaneseMeetings(grammar: JapaneseGrammar): JapaneseMeetings {
  const number = new RegExp(grammar.meetingNumber.source, 'gu');
  const startsWithAny = (text: string, at: number, list: readonly string[]) =>
    list.find((w) => text.startsWith(w, at));

  /** The name that runs forward from `from` (after 「第N回」). */
  function nameAfter(text: string, from: number): { start: number; end: number } {
    let end = from;
    while (end < text.length) {
      if (startsWithAny(text, end, grammar.nameStops)) break;
      const joiner = startsWithAny(text, end, grammar.nameJoiners);
      if (joiner) {
        end += joiner.length;
        continue;
      }
      if (NOT_NAME.test(text[end] as string)) break;
      end++;
    }
    return { start: from, end };
  }

  /** The name that runs back from `to` (before 「（第N回）」). */
  function nameBefore(text: string, to: number): { start: number; end: number } {
    let start = to;
    while (start > 0) {
      const joiner = grammar.nameJoiners.find((w) => text.endsWith(w, start));
      if (joiner) {
        start -= joiner.length;
        continue;
      }
      if (grammar.nameStops.some((w) => text.endsWith(w, start))) break;
      if (NOT_NAME.test(text[start - 1] as string)) break;
      start--;
    }
    return { start, end: to };
  }

  const trim = (text: string) => text.replace(/^[\s・]+|[\s・]+$/gu, '');

  function numberedMentions(text: string): MeetingMention[] {
    const folded = foldWidth(text);
    const mentions: MeetingMention[] = [];
    for (const match of folded.matchAll(number)) {
      const numberEnd = match.index + match[0].length;
      const bracketed =
        /[（(]$/u.test(folded.slice(0, match.index)) && /^[）)]/u.test(folded.slice(numberEnd));
      let span = bracketed ? nameBefore(folded, match.index - 1) : nameAfter(folded, numberEnd);
      // 「日EU連結性パートナーシップ第１回実務者会合」: a generic meeting after the number is one of
      // the series named before it; with none named there (「…の下での第１回実務者会合」), it names
      // no series of its own.
      const before = bracketed ? null : nameBefore(folded, match.index);
      const generic = !bracketed && grammar.genericMeetings.includes(trim(text.slice(span.start, span.end)));
      if (generic && before && before.end > before.start) span = { start: before.start, end: span.end };
      const series = bracketed || span.start >= match.index ? span : { start: span.start, end: match.index };
      const name = generic && series.start >= match.index ? '' : trim(text.slice(series.start, series.end));
      mentions.push({
        name: /\p{L}/u.test(name) ? name : '',
        number: Number(match[1]),
        start: Math.min(span.start, match.index),
        end: Math.max(span.end, bracketed ? numberEnd + 1 : numberEnd),
      });
    }
    return mentions;
  }

  /** A title without a number that is a series' name and nothing else names it: 「日EU半導体政策対話の開催」. */
  function meetingMentions(text: string, where: 'title' | 'sentence'): MeetingMention[] {
    const numbered = numberedMentions(text);
    if (numbered.length > 0 || where === 'sentence') return numbered;
    const cleaned = cleanSeries(text);
    return cleaned !== '' && grammar.seriesHeads.some((head) => cleaned.includes(head))
      ? [{ name: cleaned, number: null, start: 0, end: text.length }]
      : [];
  }

  function cleanSeries(name: string): string {
    let cleaned = foldWidth(name).trim();
    for (const prefix of grammar.titlePrefixes)
      if (cleaned.startsWith(prefix)) cleaned = cleaned.slice(prefix.length);
    cleaned = cleaned
      .replace(new RegExp(grammar.meetingNumber.source, 'gu'), '')
      .replace(/[（(]\s*[）)]/gu, '');
    // 「…の結果について」: several release words may follow one another.
    for (let changed = true; changed; ) {
      changed = false;
      for (const suffix of grammar.titleSuffixes) {
        if (cleaned.endsWith(suffix) && cleaned.length > suffix.length) {
          cleaned = cleaned.slice(0, -suffix.length).trim();
          changed = true;
        }
      }
    }
    return trim(cleaned.replace(/^[「『“"]+|[」』”"]+$/gu, ''));
  }

  return { meetingMentions, cleanSeries };
}
