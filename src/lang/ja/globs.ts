// A Japanese cue pattern as dictionary patterns (quanteda): its words as written, one pattern per
// choice of alternatives, joined by spaces (a multi-word pattern). A "..." gap cannot be written
// in a dictionary: its words stand next to each other.
export function japaneseCueGlobs(pattern: string): string[] {
  const slots = pattern
    .trim()
    .split(/\s+/)
    .filter((part) => part !== '...')
    .map((part) => part.split('|').filter((word) => word !== ''));
  const patterns = slots.reduce<string[]>(
    (heads, choices) => heads.flatMap((head) => choices.map((word) => (head ? `${head} ${word}` : word))),
    [''],
  );
  return [...new Set(patterns)];
}
