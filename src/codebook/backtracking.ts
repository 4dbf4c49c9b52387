// A regular expression a user writes (a codebook's grammar override) is checked before it is used:
// one whose matching time can grow faster than the text is refused with its field named. Two
// checks, both static: scslre's analysis of quantifiers that trade characters ("(a+)+",
// "\s*,?\s*", "a+a+"), and alternatives under a repetition that can match the same text
// ("(a|a)*", "(?:\w|\d)+"), which backtracking tries in every combination. The shipped patterns
// pass both (tests/redos.test.ts).
//
// The three packages are required on the first check: refa alone is a megabyte of code and takes
// a quarter of a second to load, and only a codebook with grammar overrides that is not in the
// cache (codebook/cache.ts) is ever checked. Their CommonJS builds load synchronously.
import { createRequire } from 'node:module';
import type { AST } from '@eslint-community/regexpp';
import type { NFA } from 'refa';

interface Checkers {
  regexpp: typeof import('@eslint-community/regexpp');
  refa: typeof import('refa');
  scslre: typeof import('scslre');
}
let checkers: Checkers | undefined;

function load(): Checkers {
  if (checkers === undefined) {
    const require = createRequire(import.meta.url);
    checkers = {
      regexpp: require('@eslint-community/regexpp'),
      refa: require('refa'),
      scslre: require('scslre'),
    };
  }
  return checkers;
}

/** Two alternatives of a repeated group that can match the same text ("a|a"), or null. */
function overlappingAlternatives(source: string, flags: string): string | null {
  const {
    regexpp: { visitRegExpAST },
    refa: { isDisjointWith, JS, NFA },
  } = load();
  const parser = JS.Parser.fromLiteral({ source, flags });
  let found: string | null = null;
  const automaton = (alternative: AST.Alternative) => {
    const { expression, maxCharacter } = parser.parseElement(alternative, {
      backreferences: 'disable',
      assertions: 'ignore',
      maxNodes: 10_000,
    });
    return NFA.fromRegex(expression, { maxCharacter }, { assertions: 'ignore' });
  };
  visitRegExpAST(parser.ast.pattern, {
    onQuantifierEnter(quantifier) {
      const group = quantifier.element;
      if (found || quantifier.max < 2) return;
      if ((group.type !== 'Group' && group.type !== 'CapturingGroup') || group.alternatives.length < 2)
        return;
      const automata = group.alternatives.map(automaton);
      for (let i = 0; i < automata.length && !found; i++)
        for (let j = i + 1; j < automata.length && !found; j++)
          if (!isDisjointWith(automata[i] as NFA, automata[j] as NFA))
            found = `${group.alternatives[i]?.raw}|${group.alternatives[j]?.raw}`;
    },
  });
  return found;
}

/**
 * Why `source`/`flags` can backtrack super-linearly, in words for a one-line error, or null when
 * it cannot.
 */
export function backtrackingProblem(source: string, flags: string): string | null {
  try {
    const [trade] = load().scslre.analyse({ source, flags }, { reportTypes: { Move: false } }).reports;
    if (trade)
      return `can take time growing ${trade.exponential ? 'exponentially' : 'polynomially'} with the text: repetitions that a run of ${JSON.stringify(trade.character.pick)} makes try every split (as in "(a+)+" or "\\s*,?\\s*"); rewrite it so that no two repetitions can match the same characters`;
    const overlap = overlappingAlternatives(source, flags);
    if (overlap)
      return `can take time growing exponentially with the text: the repeated alternatives "${overlap}" can match the same text (as in "(a|a)*"); rewrite them so that they cannot`;
  } catch {
    // A pattern these parsers cannot read is refused for what it is when it is compiled.
  }
  return null;
}
