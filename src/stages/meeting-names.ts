// A meeting's name says which meeting, not what was said: "The Seventh Japan-France Cyber Dialogue
// was held in Tokyo" is about no topic, and neither is a section headed by a meeting of the release
// ("1. 24th Japan-EU ICT Policy Dialogue"). These say where such names stand.
import type { CompiledLanguage } from '../lang/types.js';
import type { DocumentStructure, Span } from '../types.js';

/** The sections that stand for a meeting of the release: its own, or one whose heading names it. */
export function meetingSections(structure: DocumentStructure, language: CompiledLanguage): Set<number> {
  const { meetings } = structure.metadata;
  const namesOne = (heading: string) =>
    language
      .meetingMentions(heading, 'title')
      .some((m) => m.name !== '' && meetings.some((meeting) => m.name === meeting.named));
  return new Set(
    structure.sections
      .filter((section) => meetings.some((m) => m.section === section.index) || namesOne(section.heading))
      .map((section) => section.index),
  );
}

/** Where a sentence (`span` of `docText`) names a meeting, as offsets into the document. */
export function meetingNameSpans(language: CompiledLanguage, docText: string, span: Span): Span[] {
  return language
    .meetingMentions(docText.slice(span.start, span.end), 'sentence')
    .map((m) => ({ start: span.start + m.start, end: span.start + m.end }));
}
