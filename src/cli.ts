#!/usr/bin/env node
// The command line: parse argv, call the library, map errors to one line on stderr and an exit
// code. No analysis happens here. `main` is exported so tests run the CLI in-process.
//
// stdout carries only data (tables, JSON); everything else, progress and errors, goes to stderr.
import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { isDialogueStanceError, isRefusal, oneLine } from './errors.js';
import {
  agreement,
  disagreementRows,
  disagreementsCsv,
  evaluateMatches,
  formatAgreement,
  formatEvaluation,
  matchGold,
  meetsMinimumAccuracy,
  parseGold,
} from './evaluate/index.js';
import type { Refusal } from './ingest/read.js';
import { allStatementRows } from './report/tables.js';
import { analyzeInputs, checkOutputFile, readText, runAnalyze, writeFileAtomically } from './run.js';
import { VERSION } from './version.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function fraction(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 1)
    throw new InvalidArgumentError('give a number from 0 to 1');
  return number;
}

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
    .option('--excel', 'write CSV for Excel: UTF-8 BOM and CRLF line ends')
    .addOption(new Option('--no-escape-formulas', 'do not neutralise cells starting with = + - @'))
    .option('--encoding <name>', 'decode every input with this encoding (default: detect per file)')
    .option('--strict', 'stop at the first input that cannot be read, instead of going on without it')
    .addHelpText('after', EXIT_HELP)
    .action(async (inputs, options) => {
      const result = await runAnalyze({
        inputs,
        out: options.out,
        ...(options.encoding ? { encoding: options.encoding } : {}),
        strict: options.strict === true,
        onRefused: refusalPrinter(io),
        ...(options.codebook ? { codebook: options.codebook } : {}),
        ...(options.metadata ? { metadata: options.metadata } : {}),
        ...(options.textOut ? { textOut: options.textOut } : {}),
        acrossSeries: options.acrossSeries === true,
        excel: options.excel === true,
        escapeFormulas: options.escapeFormulas,
      });
      const statements = result.documents.reduce((n, d) => n + d.statements.length, 0);
      const refused = result.refused.length;
      io.stderr(
        `dialogue-stance: ${result.documents.length} documents, ${statements} statements -> ${oneLine(options.out)}${
          refused > 0 ? `; ${refused} inputs refused (listed in run.json)` : ''
        }\n`,
      );
      if (refused > 0) setExit(EXIT.refusedOrBelow);
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
    .option('--encoding <name>', 'decode every input with this encoding (default: detect per file)')
    .option('--strict', 'stop at the first input that cannot be read, instead of going on without it')
    .addHelpText('after', EXIT_HELP)
    .action((inputs, options) => {
      // Every path the user gave is checked before the (long) analysis.
      if (options.disagreements) checkOutputFile(options.disagreements);
      const result = analyzeInputs({
        inputs,
        ...(options.encoding ? { encoding: options.encoding } : {}),
        strict: options.strict === true,
        onRefused: refusalPrinter(io),
        ...(options.codebook ? { codebook: options.codebook } : {}),
        ...(options.metadata ? { metadata: options.metadata } : {}),
      });
      const compiled = result.codebook.compiled;
      const vocabulary = {
        sides: [...compiled.parties.map((p) => p.id), 'both', 'none'],
        topics: [...compiled.topics.map((t) => t.id), 'general'],
      };
      const gold = options.gold.flatMap((file) =>
        parseGold(readText(file, 'GOLD_INVALID'), file, vocabulary),
      );
      const matches = matchGold(allStatementRows(result.documents), gold);
      const report = evaluateMatches(matches, {
        side: vocabulary.sides,
        stance: ['explained', 'raised_issues', 'concurred', 'other'],
        topic: vocabulary.topics,
      });
      if (options.disagreements)
        writeFileAtomically(options.disagreements, disagreementsCsv(disagreementRows(matches)));
      io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvaluation(report));
      if (result.refused.length > 0) {
        io.stderr(`dialogue-stance: ${result.refused.length} inputs refused; scores cover the others\n`);
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
    .addHelpText('after', EXIT_HELP)
    .action((files, options) => {
      const coders = files.map((file) => ({
        name: basename(file),
        rows: parseGold(readText(file, 'GOLD_INVALID'), file),
      }));
      const report = agreement(coders);
      io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatAgreement(report));
    });

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
      return isRefusal(error) ? EXIT.refusedOrBelow : EXIT.usage;
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
