// A small YAML writer for plain data (objects, lists, strings, numbers, booleans, null): block
// style, two spaces per level, strings plain where that is safe and in JSON's double quotes (valid
// YAML) otherwise. Enough for a codebook and a quanteda dictionary; no dependency needed.

type Plain = string | number | boolean | null | undefined | Plain[] | { [key: string]: Plain };

// YAML 1.1 reads these plain words as booleans or null; quanteda's reader (R's yaml) is 1.1.
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

/** A string as a YAML scalar: plain when it is words, else double-quoted. */
export function yamlString(text: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_ .\-/]*$/u.test(text) && !/[ ]$/.test(text) && !RESERVED.test(text);
  return plain ? text : JSON.stringify(text);
}

function scalar(value: Plain): string | null {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (!Array.isArray(value) && Object.keys(value).length === 0) return '{}';
  return null;
}

function lines(value: Plain, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const simple = scalar(item);
      if (simple !== null) return [`${pad}- ${simple}`];
      // The item's first line follows the dash; the rest line up under it.
      const [first = '', ...rest] = lines(item, indent + 2);
      return [`${pad}- ${first.trimStart()}`, ...rest];
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => {
      const simple = scalar(item);
      if (simple !== null) return [`${pad}${yamlString(key)}: ${simple}`];
      return [`${pad}${yamlString(key)}:`, ...lines(item, indent + 2)];
    });
  }
  return [`${pad}${scalar(value)}`];
}

/** `value` as a YAML document, with `comments` as # lines on top. */
export function toYaml(value: unknown, comments: readonly string[] = []): string {
  return [...comments.map((line) => `# ${line}`), ...lines(value as Plain, 0)].join('\n').concat('\n');
}
