#!/usr/bin/env node
// The command line: parse argv, call the library, map errors to one line on stderr and an exit
// code. No analysis happens here. `main` is exported so tests run the CLI in-process.
//
// Only commander and small modules are imported here: each action imports what it runs (the
// pipeline, the evaluation) when it runs, so `--help` and a mistyped option cost node's start and
// commander's, not the whole tool's.
//
// stdout carries only data (tables, JSON); everything else, progress and errors, goes to stderr.
import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { DEFAULT_MIN_EVIDENCE } from './aggregate/evidence.js';
import { DialogueStanceError, type ErrorCode, isDialogueStanceError, isRefusal, oneLine } from './errors.js';
import type { Refusal } from './ingest/read.js';
import type { LanguageId } from './lang/types.js';
import { type Progress, progressBar } from './progress.js';
import { wantsColour } from './toolkit/ansi.js';
import { addToolkitCommands } from './toolkit/commands.js';
import { VERSION } from './version.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour the text meant for a person (`explain`); off unless set. */
  colour?: boolean;
  /** The progress reporter of a long run (given --quiet); none unless set. */
  progress?: (quiet: boolean) => Progress;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  colour: wantsColour(process.stdout.isTTY, process.env),
  progress: (quiet) => progressBar({ stream: process.stderr, quiet, env: process.env }),
};

function fraction(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 1)
    throw new InvalidArgumentError('give a number from 0 to 1');
  return number;
}

function seed(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number > 0xffffffff)
    throw new InvalidArgumentError('give a whole number from 0 to 4294967295');
  return number;
}

/**
 * Unlike --seed, a bad --min-evidence is a DialogueStanceError, not commander's InvalidArgumentError:
 * commander passes it through, so it is one line on stderr and exit 2 like every other bad input of
 * `analyze`, instead of commander's message, a help hint and exit 1.
 */
function minEvidence(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number))
    throw new DialogueStanceError(
      'OPTION_INVALID',
      `--min-evidence takes a whole number of statements >= 0, not ${JSON.stringify(oneLine(value))}`,
    );
  return number;
}

/** --jobs: a whole number of worker threads >= 1, a coded error (exit 2) otherwise, like --min-evidence. */
function jobs(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1)
    throw new DialogueStanceError(
      'OPTION_INVALID',
      `--jobs takes a whole number of worker threads >= 1, not ${JSON.stringify(oneLine(value))}`,
    );
  return number;
}

/**
 * Exit status of a coded error. Bad input is 2; a check the user asked for that fails is 1, like
 * `--min-accuracy`, so a script can tell "the gold set was incomplete" from "the command was wrong".
 */
const EXIT_STATUS: Partial<Record<ErrorCode, number>> = { GOLD_NOT_EVALUATED: 1 };

/** Exit statuses, as `--help` and the README give them. */
export const EXIT = { ok: 0, refusedOrBelow: 1, usage: 2, internal: 70 } as const;

const EXIT_HELP = `
Exit status:
  0   all inputs read, all reports written
  1   completed, but some inputs were refused (each named on stderr and in run.json),
      or evaluate --min-accuracy was missed; with --strict, stopped at the first refused input
  2   usage or configuration error (bad option, codebook, metadata.csv or gold file, output
      folder not writable or in use, no input): nothing written
  70  internal error (a bug): please report it; --debug shows the stack`;

/** Examples that run from a checkout on the project's own corpus, then the exit status. */
const examples = (...lines: string[]) =>
  `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n${EXIT_HELP}`;

/** One line per refused input, as it happens; the run goes on. */
const refusalPrinter =
  (io: CliIo) =>
  ({ path, reason }: Refusal): void =>
    io.stderr(`dialogue-stance: refused ${oneLine(path)}: ${oneLine(reason)}\n`);

function program(io: CliIo, setExit: (code: number) => void): Command {
  const root = new Command('dialogue-stance')
    .description(
      'Who said what about which topic in summaries of bilateral meetings: statements, sides, stances, topics, trends.',
    )
    .version(VERSION)
    .option('--debug', 'on an internal error, print its stack')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_HELP);

  root
    .command('analyze')
    .description('analyse documents (.txt, .md, .html, or folders of them) and write the CSV reports')
    .argument('<inputs...>', 'files or folders')
    .requiredOption('-o, --out <dir>', 'folder for the reports')
    .option('--codebook <file>', 'codebook JSON replacing the default one')
    .option('--metadata <file>', 'metadata.csv (default: metadata.csv at the top of each input folder)')
    .option('--text-out <dir>', 'also write the plain text that offsets point into, one file per document')
    .option('--across-series', 'changes.csv: treat all series as one timeline by date')
    .option(
      '--min-evidence <n>',
      `changes.csv: mark a step "weak" when either meeting has fewer than n statements of the side on the topic (default ${DEFAULT_MIN_EVIDENCE})`,
      minEvidence,
    )
    .addOption(
      new Option(
        '--prefer-lang <lang>',
        'where a meeting is reported in both languages, count the release in this one',
      )
        .choices(['ja', 'en'])
        .default('ja'),
    )
    .option('--excel', 'write CSV for Excel: UTF-8 BOM and CRLF line ends')
    .addOption(new Option('--no-escape-formulas', 'do not neutralise cells starting with = + - @'))
    .option('--encoding <name>', 'decode every input with this encoding (default: detect per file)')
    .option('--strict', 'stop at the first input that cannot be read, instead of going on without it')
    .option(
      '--jobs <n>',
      'threads analysing documents, the main one and n - 1 workers, results merged in input order (default: one per core, fewer for small inputs; 1: no worker)',
      jobs,
    )
    .option('--quiet', 'no progress bar (it is shown only on a terminal, for runs longer than a second)')
    .addHelpText(
      'after',
      examples(
        'dialogue-stance analyze corpus --out reports',
        'dialogue-stance analyze corpus tests/fixtures/ja2 --out reports --prefer-lang en --excel',
      ),
    )
    .action(async (inputs, options) => {
      // The chart thread first: it loads vega while this one loads the rest and analyses.
      const { chartThreadFor } = await import('./jobs/chart-thread.js');
      const charts = chartThreadFor(options.jobs);
      // The streamed run: memory stays flat however many documents (src/streamed/).
      const { runAnalyzeStreamed } = await import('./streamed/run.js');
      const progress = io.progress?.(options.quiet === true) ?? { update() {}, stop() {} };
      const result = await runAnalyzeStreamed({
        ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
        ...(charts ? { charts } : {}),
        onProgress: (done, total) => progress.update(done, total),
        inputs,
        out: options.out,
        ...(options.encoding ? { encoding: options.encoding } : {}),
        strict: options.strict === true,
        onRefused: refusalPrinter(io),
        ...(options.codebook ? { codebook: options.codebook } : {}),
        ...(options.metadata ? { metadata: options.metadata } : {}),
        ...(options.textOut ? { textOut: options.textOut } : {}),
        acrossSeries: options.acrossSeries === true,
        ...(options.minEvidence === undefined ? {} : { minEvidence: options.minEvidence }),
        preferLang: options.preferLang as LanguageId,
        excel: options.excel === true,
        escapeFormulas: options.escapeFormulas,
      }).finally(() => progress.stop());
      const refused = result.refused.length;
      io.stderr(
        `dialogue-stance: ${result.documents} documents, ${result.statements} statements -> ${oneLine(options.out)}${
          refused > 0 ? `; ${refused} inputs refused (listed in run.json)` : ''
        }\n`,
      );
      if (refused > 0) setExit(EXIT.refusedOrBelow);
    });

  root
    .command('review')
    .description(
      'write the review page alone: one self-contained HTML file to read, filter and correct the statements',
    )
    .argument('<inputs...>', 'files or folders')
    .requiredOption('-o, --out <file>', 'the HTML file to write')
    .option('--codebook <file>', 'codebook JSON replacing the default one')
    .option('--metadata <file>', 'metadata.csv (default: metadata.csv at the top of each input folder)')
    .addOption(
      new Option(
        '--prefer-lang <lang>',
        'where a meeting is reported in both languages, count the release in this one (the trends view)',
      )
        .choices(['ja', 'en'])
        .default('ja'),
    )
    .addHelpText('after', examples('dialogue-stance review corpus --out review.html'))
    .action(async (inputs, options) => {
      const { runReview } = await import('./run.js');
      const result = runReview({
        inputs,
        out: options.out,
        preferLang: options.preferLang as LanguageId,
        ...(options.codebook ? { codebook: options.codebook } : {}),
        ...(options.metadata ? { metadata: options.metadata } : {}),
      });
      const statements = result.documents.reduce((n, d) => n + d.statements.length, 0);
      io.stderr(
        `dialogue-stance: ${result.documents.length} documents, ${statements} statements -> ${options.out}\n`,
      );
    });

  root
    .command('evaluate')
    .description('score the tool against gold labels (doc,snippet,side,stance,topic)')
    .argument('<inputs...>', 'files or folders')
    .requiredOption('--gold <files...>', 'gold CSV files')
    .option('--codebook <file>', 'codebook JSON replacing the default one')
    .option('--metadata <file>', 'metadata.csv')
    .option('--json', 'print one JSON object instead of tables')
    .option('--disagreements <file>', 'write every gold row where the tool differs to this CSV')
    .option('--min-accuracy <x>', 'exit 1 when side, stance or topic accuracy is below x', fraction)
    .option('--seed <n>', 'seed of the bootstrap intervals (default 1)', seed)
    .option('--require-all-gold', 'exit 1 when gold rows are of documents not among the inputs')
    .option(
      '--meetings-gold <files...>',
      'meetings gold CSV files (doc,series,meeting,date): score metadata too',
    )
    .option('--preferred-only', "count only each gold row's preferred label, not its | alternatives (strict)")
    .option('--encoding <name>', 'decode every input with this encoding (default: detect per file)')
    .option('--strict', 'stop at the first input that cannot be read, instead of going on without it')
    .addHelpText(
      'after',
      examples(
        'dialogue-stance evaluate corpus --gold corpus/gold/*.gold.csv',
        'dialogue-stance evaluate corpus --gold corpus/gold/*.gold.csv --json --disagreements diff.csv',
      ),
    )
    .action(async (inputs, options) => {
      const [{ checkOutputFile, writeFileAtomically }, { runEvaluate }, { formatMeetings }, evaluation] =
        await Promise.all([
          import('./write.js'),
          import('./evaluate/run.js'),
          import('./evaluate/meetings.js'),
          import('./evaluate/index.js'),
        ]);
      const {
        disagreementRows,
        disagreementsCsv,
        formatEvaluation,
        meetsMinimumAccuracy,
        requireAllGoldEvaluated,
      } = evaluation;
      // Every path the user gave is checked before the (long) analysis.
      if (options.disagreements) checkOutputFile(options.disagreements);
      const { report, matches, meetings, refused } = runEvaluate({
        inputs,
        ...(options.encoding ? { encoding: options.encoding } : {}),
        strict: options.strict === true,
        onRefused: refusalPrinter(io),
        gold: options.gold,
        ...(options.meetingsGold ? { meetingsGold: options.meetingsGold } : {}),
        ...(options.codebook ? { codebook: options.codebook } : {}),
        ...(options.metadata ? { metadata: options.metadata } : {}),
        preferredOnly: options.preferredOnly === true,
        ...(options.seed === undefined ? {} : { seed: options.seed }),
      });
      if (options.requireAllGold) requireAllGoldEvaluated(report);
      if (options.disagreements)
        writeFileAtomically(options.disagreements, disagreementsCsv(disagreementRows(matches)));
      if (options.json)
        io.stdout(`${JSON.stringify(meetings ? { ...report, meetings } : report, null, 2)}\n`);
      else io.stdout(formatEvaluation(report) + (meetings ? `\n${formatMeetings(meetings)}` : ''));
      if (refused.length > 0) {
        io.stderr(`dialogue-stance: ${refused.length} inputs refused; scores cover the others\n`);
        setExit(EXIT.refusedOrBelow);
      }
      if (options.minAccuracy !== undefined && !meetsMinimumAccuracy(report, options.minAccuracy))
        setExit(EXIT.refusedOrBelow);
    });

  root
    .command('agreement')
    .description('inter-coder reliability of two or more gold files coding the same snippets')
    .argument('<gold-files...>', 'gold CSV files, one per coder')
    .option('--json', 'print one JSON object instead of tables')
    .option('--seed <n>', 'seed of the bootstrap intervals (default 1)', seed)
    .addHelpText('after', examples('dialogue-stance agreement coder-a.gold.csv coder-b.gold.csv --json'))
    .action(async (files, options) => {
      const [{ readText }, { agreement, formatAgreement, parseGold }] = await Promise.all([
        import('./run.js'),
        import('./evaluate/index.js'),
      ]);
      const coders = files.map((file) => ({
        name: basename(file),
        rows: parseGold(readText(file, 'GOLD_INVALID'), file),
      }));
      const report = agreement(coders, options.seed === undefined ? {} : { seed: options.seed });
      io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatAgreement(report));
    });

  addToolkitCommands(root, { stdout: io.stdout, colour: io.colour === true });
  return root;
}

/**
 * Runs the CLI on `argv` (without node and script); resolves to the exit code, never rejects:
 * a user's mistake is one line on stderr, and so is a bug (with its stack under --debug).
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  try {
    await program(io, (code) => {
      exitCode = code;
    }).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    // Commander has printed its own message; --help and --version end with status 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (isDialogueStanceError(error)) {
      io.stderr(`dialogue-stance: ${oneLine(error.message)}\n`);
      // Only --strict (or a library caller) turns a refused input into an error.
      const code: ErrorCode = error.code;
      return isRefusal(error) ? EXIT.refusedOrBelow : (EXIT_STATUS[code] ?? EXIT.usage);
    }
    const debug = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : undefined).includes('--debug');
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `dialogue-stance: internal error: ${oneLine(message)}; please report it with the command that caused it${
        debug ? '' : ' (--debug shows the stack)'
      }\n`,
    );
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.internal;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
