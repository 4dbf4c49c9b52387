// Every regular expression of src/ audited for super-linear backtracking. The audit is static:
// the literals of every source file (read with the TypeScript parser), the patterns written in the
// grammars (src/lang/*/grammar.json) and those the code builds at run time from the grammars and
// codebooks (caught by wrapping RegExp while each shipped codebook is compiled and used) all pass
// backtrackingProblem, the check a codebook's own patterns must pass at load. Then each family that
// failed it before was fixed, and is run on the adversarial input that made it blow up: its work on
// 4n characters stays within a generous multiple of its work on n (quadratic work would be 16x).
// The heading tail was quadratic without backtracking (tried at every space of a run); it was
// found by tests/pipeline.test.ts and is in the table too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { backtrackingProblem } from '../src/codebook/backtracking.js';

interface Found {
  where: string;
  source: string;
  flags: string;
}

const LITERAL = /^\/(.*)\/([dgimsuvy]*)$/s;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function literals(): Found[] {
  const found: Found[] = [];
  for (const file of sourceFiles('src')) {
    const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const [, source = '', flags = ''] = LITERAL.exec(node.getText(tree)) ?? [];
        found.push({
          where: `${file}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
          source,
          flags,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}

function grammarPatterns(): Found[] {
  const found: Found[] = [];
  for (const language of ['en', 'ja']) {
    const walk = (value: unknown, path: string): void => {
      const match = typeof value === 'string' ? LITERAL.exec(value) : null;
      if (match)
        found.push({ where: `${language} grammar ${path}`, source: match[1] ?? '', flags: match[2] ?? '' });
      else if (value !== null && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    };
    walk(JSON.parse(readFileSync(`src/lang/${language}/grammar.json`, 'utf8')), '');
  }
  return found;
}

/** The patterns the code builds with `new RegExp` while the shipped codebooks are compiled and used. */
async function builtPatterns(): Promise<Found[]> {
  const seen = new Map<string, Found>();
  const Original = RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      const where = new Error().stack?.split('\n')[2]?.trim() ?? '';
      if (where.includes('/src/'))
        seen.set(`/${made.source}/${made.flags}`, { where, source: made.source, flags: made.flags });
      return made;
    },
  });
  try {
    const { loadCodebook } = await import('../src/codebook/load.js');
    const { readInputs } = await import('../src/ingest/read.js');
    const { analyzeDocument } = await import('../src/pipeline.js');
    const documents = readInputs(['corpus', 'tests/fixtures/ja1', 'tests/fixtures/en-commission']).documents;
    for (const name of readdirSync('codebooks').filter((file) => file.endsWith('.json'))) {
      const { compiled } = loadCodebook(join('codebooks', name));
      for (const document of documents.slice(0, 6)) {
        try {
          analyzeDocument(document, compiled);
        } catch {
          // A pair codebook without a Japanese part cannot code Japanese documents; its patterns count.
        }
      }
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}

/** The patterns that fail the check, each with where it is written and why. */
const failing = (found: readonly Found[]): string[] =>
  found.flatMap(({ where, source, flags }) => {
    const problem = backtrackingProblem(source, flags);
    return problem ? [`${where} /${source.slice(0, 200)}/${flags}: ${problem}`] : [];
  });

describe('the audit: no pattern of src/ can backtrack super-linearly', () => {
  it('regular expression literals of every source file', () => {
    const found = literals();
    expect(found.length).toBeGreaterThan(250);
    expect(failing(found)).toEqual([]);
  });

  it('patterns written in the grammars', () => {
    const found = grammarPatterns();
    expect(found.length).toBeGreaterThan(40);
    expect(failing(found)).toEqual([]);
  });

  it('patterns built at run time from grammars and codebooks', async () => {
    const found = await builtPatterns();
    expect(found.length).toBeGreaterThan(30);
    expect(failing(found)).toEqual([]);
  }, 120_000);

  it.each<[string, string]>([
    ['(a+)+$', 'exponentially'],
    ['^\\s*:?\\s*$', 'polynomially'],
    ['a+a+b', 'polynomially'],
    ['(?:\\w|\\d)+x', 'exponentially'],
    ['(a|a)*b', 'exponentially'],
  ])('the check refuses /%s/ (%s)', (source, growth) => {
    expect(backtrackingProblem(source, 'u')).toContain(`growing ${growth}`);
  });

  it.each([
    '^(?:news|press)\\s*(?::\\s*)?$',
    '(?:,\\s*(?:of|on|for|and|the|&))*x',
    '(a|ab)*c',
    '\\d+\\.\\d+',
  ])('and passes /%s/', (source) => {
    expect(backtrackingProblem(source, 'u')).toBeNull();
  });
});

/** The fastest of a few runs, in ms: noise on a shared machine only ever adds time. */
function fastest(run: () => unknown, repeats = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Work on 4n is within 8x the work on n (linear: 4x; quadratic: 16x), with a floor of 5 ms on the
 * smaller so that timer noise on tiny runs cannot fail it.
 */
function expectLinear(run: (n: number) => unknown, n: number): void {
  const small = fastest(() => run(n));
  const large = fastest(() => run(4 * n));
  expect(large, `${small.toFixed(1)} ms for n, ${large.toFixed(1)} ms for 4n`).toBeLessThan(
    8 * Math.max(small, 5),
  );
}

describe('the families that failed the audit, on the inputs that made them super-linear', () => {
  const N = 50_000;
  const spaces = (n: number) => ' '.repeat(n);
  // Each pattern as it now stands in src/ (the test reads it from there, so a revert fails it).
  const en = JSON.parse(readFileSync('src/lang/en/grammar.json', 'utf8'));
  const ja = JSON.parse(readFileSync('src/lang/ja/grammar.json', 'utf8'));
  const fromGrammar = (written: string) => {
    const [, source = '', flags = ''] = LITERAL.exec(written) ?? [];
    return new RegExp(source, flags);
  };
  const fromSource = (file: string, marker: string): RegExp => {
    const found = literals().find(({ where, source }) => where.startsWith(file) && source.includes(marker));
    if (!found) throw new Error(`no pattern with ${marker} in ${file}`);
    return new RegExp(found.source, found.flags.replace('g', ''));
  };

  it.each<[string, () => RegExp, (n: number) => string]>([
    [
      'meeting joiner: spaces before "and"',
      () => fromSource('src/lang/en/meetings.ts', 'followed by'),
      (n) => `x${spaces(n)}y`,
    ],
    [
      'meeting range option: spaces',
      () => fromSource('src/toolkit/options.ts', '(\\.\\.)'),
      (n) => `1${spaces(n)}x`,
    ],
    [
      'charset prescan: spaces after "="',
      () => fromSource('src/ingest/decode.ts', 'charset'),
      (n) => `charset=${spaces(n)}`,
    ],
    [
      'glossed acronym: a long capital run',
      () => fromSource('src/stages/structure/model.ts', '[A-Z][a-z0-9'),
      (n) => 'A'.repeat(n),
    ],
    ['press label: spaces, no end', () => fromGrammar(en.pressLabel), (n) => `press release${spaces(n)}x`],
    ['page label: spaces, no end', () => fromGrammar(en.pageLabel), (n) => `share${spaces(n)}x`],
    ['dateline label: spaces to the end', () => fromGrammar(en.datelineLabel), (n) => `date${spaces(n)}`],
    ['heading tail: spaces, no "etc."', () => fromGrammar(en.headingTail), (n) => `AI${spaces(n)}x`],
    [
      'Japanese press label: spaces, no end',
      () => fromGrammar(ja.pressLabel),
      (n) => `報道発表${spaces(n)}x`,
    ],
  ])('%s', (_name, pattern, input) => {
    const regex = pattern();
    expectLinear((n) => regex.exec(input(n)), N);
  });

  it('weekday line and quotation speakers (patterns built from the grammar)', async () => {
    const { englishDates } = await import('../src/lang/en/dates.js');
    const { quoteFinder } = await import('../src/lang/en/quotes.js');
    const { englishGrammar } = await import('../src/lang/en/grammar.js');
    const dates = englishDates(englishGrammar());
    expectLinear((n) => dates.isDateOnly(`November 17, 2021${spaces(n)}x`), N);
    const find = quoteFinder(['said']);
    const quote = '“We agreed on data flows today.”';
    expectLinear((n) => find(`${quote}${spaces(n)},${spaces(n)}x`), N);
    expectLinear((n) => find(`Mr X said${spaces(n)}:${spaces(n)}x ${quote}`), N);
  });

  it('pair-led series names: a long run of dotted capitals before a dash', async () => {
    const { pairLedNames } = await import('../src/lang/en/meetings.js');
    // Dots hidden as the reader hides them ("U.S."): every capital after one may open a name.
    expectLinear((n) => [...pairLedNames(`${'A\u2024'.repeat(n)}-x`)], 8_000);
  });
});
