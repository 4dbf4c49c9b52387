// Meetings named in English titles and sentences: "12th Japan-EU ICT Strategy Workshop", "the
// Third Japan-EU Digital Partnership Council", "Results of 24th ... Policy Dialogue and 8th ...
// Strategy Workshop" (two meetings), "“Japan-EU ICT Policy Dialogue” (25th)".
import type { MeetingMention } from '../types.js';
import type { EnglishGrammar } from './grammar.js';

/** Without the quotes or brackets a title may put around a name: "“24th Japan-EU ICT Policy Dialogue”". */
export const unquote = (name: string): string =>
  name.replace(/^[\s"'“”‘’「」『』]+|[\s"'“”‘’「」『』]+$/g, '');

export interface EnglishMeetings {
  meetingMentions(text: string, where: 'title' | 'sentence'): MeetingMention[];
  /** The title less its release wording: "Results of the X (Tokyo)" -> "X". */
  titleSeries(title: string): string;
}

export function englishMeetings(grammar: EnglishGrammar): EnglishMeetings {
  const words = [...grammar.ordinals.keys()].join('|');
  const ordinal = new RegExp(
    `\\b(\\d{1,3})(?:${grammar.ordinalSuffixes.join('|')})\\b|\\b(${words})\\b`,
    'gi',
  );
  // Where one meeting's name gives way to the next one's: "... Dialogue and 8th ...", "..., the 3rd ...".
  const joiner = /\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+followed by\s+)(?:the\s+)?$/i;

  function numberOf(match: RegExpMatchArray): number | null {
    if (match[1]) return Number(match[1]);
    return grammar.ordinals.get((match[2] ?? '').toLowerCase()) ?? null;
  }

  function meetingMentions(text: string, where: 'title' | 'sentence'): MeetingMention[] {
    // In a title the series runs to the end (less a closing bracket); in a sentence it stops where
    // the clause goes on ("... was held", "in the form of", "on Wednesday", ", co-chaired by").
    const end = where === 'sentence' ? grammar.seriesEndInSentence : grammar.seriesEndInTitle;
    const ordinals = [...text.matchAll(ordinal)];
    return ordinals.map((match, k) => {
      const after = match.index + match[0].length;
      const next = ordinals[k + 1];
      let stretch = text.slice(after, next ? next.index : text.length);
      // Several meetings in one title: this name stops at the joiner before the next ordinal.
      if (next && where === 'title') stretch = stretch.replace(joiner, '');
      const name = unquote((stretch.split(end)[0] ?? '').replace(/^[\s)）\]」』,.:;-]+/, ''));
      return {
        name: /\p{L}/u.test(name) ? name : '',
        number: numberOf(match),
        start: match.index,
        end: after + name.length,
      };
    });
  }

  return {
    meetingMentions,
    titleSeries(title) {
      return unquote(
        unquote(title)
          .replace(grammar.titlePrefix, '')
          .replace(/\s*[(（][^)）]*[)）]\s*$/, ''),
      );
    },
  };
}
