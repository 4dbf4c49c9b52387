// Heading nesting. Press releases nest by enumerator style ("2. Major achievements" > "(1) 5G"),
// by restarting a numbering ("2. Major achievements" then "1. 5G"), or by HTML/Markdown level.
import type { Section } from '../../types.js';
import type { RawBlock } from './classify.js';

interface Open {
  section: number;
  style: string;
  number: number | null;
  hintLevel: number | undefined;
}

/** Where a new heading goes: how many open headings stay open above it. */
function keepDepth(stack: readonly Open[], heading: RawBlock, previous: RawBlock | undefined): number {
  const { style = 'plain', number = null, hintLevel } = heading;
  if (hintLevel !== undefined) {
    let depth = stack.length;
    while (depth > 0) {
      const level = stack[depth - 1]?.hintLevel;
      if (level !== undefined && level < hintLevel) break;
      depth--;
    }
    return depth;
  }
  const same = stack.findLastIndex((open) => open.style === style);
  if (same < 0) {
    // An unnumbered heading right under a heading is its child; after body text it starts a new
    // top-level part ("Future schedule" after the numbered agenda).
    if (style === 'plain' && previous?.kind !== 'heading') return 0;
    return stack.length;
  }
  const top = stack[same];
  if (same === stack.length - 1 && number === 1 && top?.number !== null && top?.number !== undefined) {
    return stack.length; // the numbering restarts: a nested list of headings
  }
  if (number !== null) {
    // "3. Future" after "3. Data" under "2. Major achievements": a sibling of the outer heading.
    for (let i = same; i >= 0; i--) {
      const open = stack[i];
      if (open?.style === style && open.number !== null && open.number + 1 === number) return i;
    }
  }
  return same;
}

/** Assigns levels and parents to the headings and a section to every body block. */
export function nestSections(
  raw: readonly RawBlock[],
  headingText: (block: RawBlock) => string,
): { sections: Section[]; sectionOf: (number | null)[]; levels: (number | undefined)[] } {
  const sections: Section[] = [];
  const sectionOf: (number | null)[] = [];
  const levels: (number | undefined)[] = [];
  const stack: Open[] = [];
  raw.forEach((block, i) => {
    // "(Reference)" closes the agenda: a background sentence under it stands in no section.
    if (block.kind === 'reference') stack.length = 0;
    if (block.kind !== 'heading') {
      sectionOf.push(
        block.kind === 'paragraph' || block.kind === 'item' ? (stack.at(-1)?.section ?? null) : null,
      );
      levels.push(undefined);
      return;
    }
    stack.length = keepDepth(stack, block, raw[i - 1]);
    const index = sections.length;
    sections.push({
      index,
      heading: headingText(block),
      marker: block.marker,
      level: stack.length + 1,
      span: block.span,
      parent: stack.at(-1)?.section ?? null,
    });
    stack.push({
      section: index,
      style: block.style ?? 'plain',
      number: block.number ?? null,
      hintLevel: block.hintLevel,
    });
    sectionOf.push(null);
    levels.push(stack.length);
  });
  return { sections, sectionOf, levels };
}
