// explain: why each statement got its side, stance and topic, as report/explanation.ts words it
// from Statement.why, with the people the document introduced: readable text, or JSON for tools.
import type { CompiledCodebook } from '../codebook/compile.js';
import { DialogueStanceError } from '../errors.js';
import { type ExplanationLines, explainStatement } from '../report/explanation.js';
import type { AnalyzedDocument, Explanation, Side, Stance } from '../types.js';
import type { Paint } from './ansi.js';

export interface ExplainOptions {
  /** Only this document (its id: the file name without extension). */
  doc?: string;
  /** Only statements of this sentence (1-based, as in statements.csv). */
  sentence?: number;
}

export interface ExplainedStatement {
  doc: string;
  sentence: number;
  statement: number;
  text: string;
  side: Side;
  stance: Stance;
  topic: string;
  cue: string;
  start: number;
  end: number;
  why: Explanation;
  lines: ExplanationLines;
}

const invalid = (message: string): never => {
  throw new DialogueStanceError('OPTION_INVALID', message);
};

/** The statements selected, each with its evidence and its explanation in words. */
export function explainStatements(
  documents: readonly AnalyzedDocument[],
  codebook: CompiledCodebook,
  options: ExplainOptions = {},
): ExplainedStatement[] {
  const selected =
    options.doc === undefined ? documents : documents.filter((d) => d.source.id === options.doc);
  if (selected.length === 0)
    invalid(
      `--doc ${JSON.stringify(options.doc)} is none of the inputs' documents (${documents.map((d) => d.source.id).join(', ')})`,
    );
  if (options.sentence !== undefined) {
    const most = Math.max(...selected.map((d) => d.sentences.length));
    if (options.sentence < 1 || options.sentence > most)
      invalid(`--sentence ${options.sentence} is past the last sentence (${most})`);
  }
  return selected.flatMap((document) => {
    const language = codebook.language(document.lang);
    const { text } = document.source;
    const { people } = language.learn(
      document.sentences.map((s) => language.tokenize(text.slice(s.span.start, s.span.end), s.span.start)),
    );
    return document.statements
      .filter((statement) => options.sentence === undefined || statement.sentence === options.sentence)
      .map((statement) => ({
        doc: document.source.id,
        sentence: statement.sentence,
        statement: statement.index,
        text: statement.text,
        side: statement.side,
        stance: statement.stance,
        topic: statement.topic,
        cue: statement.cue,
        start: statement.span.start,
        end: statement.span.end,
        why: statement.why,
        lines: explainStatement(statement, { people }),
      }));
  });
}

const LABELS: (keyof ExplanationLines)[] = ['side', 'stance', 'topic', 'cut', 'person'];

/** The explanations as text for a person: a heading per statement, then one line per decision. */
export function formatExplanations(items: readonly ExplainedStatement[], paint: Paint): string {
  return items
    .map((item) => {
      const heading = paint.bold(`${item.doc} sentence ${item.sentence} statement ${item.statement}`);
      const lines = LABELS.filter((label) => item.lines[label] !== '').map((label) => {
        const [value, ...rest] = item.lines[label].split(': ');
        const body =
          label === 'cut' || label === 'person' || rest.length === 0
            ? item.lines[label]
            : `${paint.value(value ?? '')}: ${rest.join(': ')}`;
        return `  ${paint.label(label.padEnd(8))}${body}`;
      });
      return [`${heading} [${item.start}, ${item.end})`, `  ${paint.dim(`"${item.text}"`)}`, ...lines].join(
        '\n',
      );
    })
    .map((block) => `${block}\n`)
    .join('\n');
}

/** The explanations as JSON for tools: each statement with its `why` and its `lines`. */
export function explanationsJson(items: readonly ExplainedStatement[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}
