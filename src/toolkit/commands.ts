// The toolkit's commands on the command line: each action reads its options and calls one function
// of src/toolkit; what it prints is that function's result. Bad values are coded errors (exit 2).
import { basename, dirname } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import { DialogueStanceError } from '../errors.js';
import { paint } from './ansi.js';
import type { CodebookFormat } from './codebook.js';
import { meetingRange, oneOf, wholeNumber } from './options.js';

// Each action imports what it runs when it runs (see cli.ts): defining the commands stays cheap.
const pipeline = () => import('../run.js');
const csvWriter = () => import('../report/csv.js');

export interface ToolkitIo {
  stdout: (text: string) => void;
  /** Colour the text meant for a person (stdout is a terminal and NO_COLOR is not set). */
  colour: boolean;
}

const ERRORS = `
Errors (a missing input, a bad codebook, a bad option value) are one line on stderr starting with
"dialogue-stance:" and exit status 2, as is an option the parser does not know, as for analyze.`;

const example = (...lines: string[]) =>
  `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n${ERRORS}`;

/** The options every command that reads documents shares with analyze. */
function inputOptions(options: { codebook?: string; metadata?: string }) {
  return {
    ...(options.codebook ? { codebook: options.codebook } : {}),
    ...(options.metadata ? { metadata: options.metadata } : {}),
  };
}

/** CSV to stdout, or through a temporary name to `out`. */
async function emit(io: ToolkitIo, csv: string, out: string | undefined): Promise<void> {
  const { writeFiles } = await import('../write.js');
  if (out) writeFiles(dirname(out), new Map([[basename(out), csv]]));
  else io.stdout(csv);
}

export function addToolkitCommands(root: Command, io: ToolkitIo): void {
  root
    .command('kwic')
    .description('every match of a word, phrase or regular expression in the statements, in context, as CSV')
    .argument('<pattern>', 'a word or phrase ("raise issues": a lemma in every inflection), or --regex')
    .argument('<inputs...>', 'files or folders')
    .option('--regex', 'the pattern is a regular expression ("source" or "/source/flags")')
    .option('--window <n>', 'context on each side: words in English, characters in Japanese (default 8 / 20)')
    .option('--side <side>', 'only statements of this side (a party id, both, none)')
    .option('--topic <topic>', 'only statements of this primary topic')
    .option('--stance <stance>', 'only statements of this stance')
    .option('--meeting <n>', 'only statements of this meeting number (or range A..B)')
    .option('--series <name>', 'only statements of this series (its canonical name)')
    .option('--lang <lang>', 'only documents in this language (en, ja)')
    .option('-o, --out <file>', 'write the CSV to this file instead of stdout')
    .option('--codebook <file>', 'codebook JSON replacing the default one')
    .option('--metadata <file>', 'metadata.csv (default: metadata.csv at the top of each input folder)')
    .addHelpText(
      'after',
      example(
        'dialogue-stance kwic "raise issues" corpus --window 4',
        'dialogue-stance kwic --regex "Digital \\w+ Act" corpus --side eu',
      ),
    )
    .action(async (pattern, inputs, options) => {
      const [{ analyzeInputs }, { toCsv }, { KWIC_COLUMNS, kwic }, { statementFilter }] = await Promise.all([
        pipeline(),
        csvWriter(),
        import('./kwic.js'),
        import('./select.js'),
      ]);
      const { documents, codebook } = analyzeInputs({ inputs, ...inputOptions(options) });
      const rows = kwic(documents, codebook.compiled, {
        pattern,
        regex: options.regex === true,
        ...(options.window === undefined ? {} : { window: wholeNumber(options.window, '--window') }),
        filter: statementFilter(options, codebook.compiled),
      });
      await emit(
        io,
        toCsv(
          KWIC_COLUMNS,
          rows.map((row) => KWIC_COLUMNS.map((column) => row[column])),
        ),
        options.out,
      );
    });

  root
    .command('keyness')
    .description("the terms that most distinguish one side's (or period's) statements from another's, as CSV")
    .argument('<inputs...>', 'files or folders')
    .option('--target <side>', "the target: this side's statements")
    .option('--reference <side>', "the reference: this side's statements")
    .option('--target-meetings <range>', 'the target: statements of these meetings (A..B)')
    .option('--reference-meetings <range>', 'the reference: statements of these meetings (C..D)')
    .option('--by <what>', 'compare within each topic or each meeting (topic, meeting)')
    .option('--top <n>', 'keep the n terms most over-represented on each side')
    .option('--min-count <n>', 'leave out terms counted fewer than n times in all (default 1)')
    .option('--series <name>', 'only statements of this series (meeting numbers are per series)')
    .option('--topic <topic>', 'only statements of this primary topic')
    .option('--lang <lang>', 'only documents in this language (en, ja): terms of two languages do not mix')
    .option(
      '--keep-actor-words',
      'count the words that name each statement\'s actor too ("the Japanese side")',
    )
    .option('-o, --out <file>', 'write the CSV to this file instead of stdout')
    .option('--codebook <file>', 'codebook JSON replacing the default one')
    .option('--metadata <file>', 'metadata.csv (default: metadata.csv at the top of each input folder)')
    .addHelpText(
      'after',
      `
Terms: English words lower-cased and Porter-stemmed, Japanese words as segmented, function words
(grammar.json stopWords) and the words naming each statement's actor left out. Columns: group (with --by), term, word (its most frequent form),
target, reference (counts), target_total, reference_total, g2 (log-likelihood, signed: positive when
over-represented in the target), chi2 (Pearson, signed), p (of g2, chi-squared with 1 df), log_ratio
(log2 of the ratio of relative frequencies, 0.5 added to each count). No Yates or Williams
correction. Sorted by g2.
${example('dialogue-stance keyness corpus --target japan --reference eu --top 5', 'dialogue-stance keyness corpus --target japan --reference eu --by topic --min-count 2')}`,
    )
    .action(async (inputs, options) => {
      const [
        { analyzeInputs },
        { toCsv },
        { KEYNESS_COLUMNS, keyness, keynessCells },
        { sideIds, statementFilter },
      ] = await Promise.all([pipeline(), csvWriter(), import('./keyness.js'), import('./select.js')]);
      const { documents, codebook } = analyzeInputs({ inputs, ...inputOptions(options) });
      const sides = sideIds(codebook.compiled);
      const selection = (side?: string, meetings?: string, name = 'target') => ({
        ...(side === undefined ? {} : { side: oneOf(side, sides, `--${name}`) }),
        ...(meetings === undefined ? {} : { meetings: meetingRange(meetings, `--${name}-meetings`) }),
      });
      const rows = keyness(documents, codebook.compiled, {
        target: selection(options.target, options.targetMeetings, 'target'),
        reference: selection(options.reference, options.referenceMeetings, 'reference'),
        ...(options.by === undefined ? {} : { by: oneOf(options.by, ['topic', 'meeting'] as const, '--by') }),
        ...(options.top === undefined ? {} : { top: wholeNumber(options.top, '--top', 1) }),
        ...(options.minCount === undefined
          ? {}
          : { minCount: wholeNumber(options.minCount, '--min-count', 1) }),
        keepActorWords: options.keepActorWords === true,
        filter: statementFilter(
          {
            ...(options.series === undefined ? {} : { series: options.series }),
            ...(options.topic === undefined ? {} : { topic: options.topic }),
            ...(options.lang === undefined ? {} : { lang: options.lang }),
          },
          codebook.compiled,
        ),
      });
      await emit(io, toCsv(KEYNESS_COLUMNS, rows.map(keynessCells)), options.out);
    });

  root
    .command('explain')
    .description('why each statement got its side, stance and topic')
    .argument('<inputs...>', 'files or folders')
    .option('--doc <id>', 'only this document (its file name without extension)')
    .option('--sentence <n>', 'only the statements of this sentence (as numbered in statements.csv)')
    .option('--json', 'print JSON for tools: each statement with its why object and its lines')
    .option('--codebook <file>', 'codebook JSON replacing the default one')
    .option('--metadata <file>', 'metadata.csv (default: metadata.csv at the top of each input folder)')
    .addHelpText(
      'after',
      `\nColour only on a terminal, never when piped; NO_COLOR turns it off.${example('dialogue-stance explain corpus --doc 2021-11-17_japan-eu-ict-strategy-workshop-12 --sentence 14')}`,
    )
    .action(async (inputs, options) => {
      const [{ analyzeInputs }, { explainStatements, explanationsJson, formatExplanations }] =
        await Promise.all([pipeline(), import('./explain.js')]);
      const { documents, codebook } = analyzeInputs({ inputs, ...inputOptions(options) });
      const items = explainStatements(documents, codebook.compiled, {
        ...(options.doc === undefined ? {} : { doc: options.doc }),
        ...(options.sentence === undefined
          ? {}
          : { sentence: wholeNumber(options.sentence, '--sentence', 1) }),
      });
      io.stdout(options.json ? explanationsJson(items) : formatExplanations(items, paint(io.colour)));
    });

  const codebookCommand = root
    .command('codebook')
    .description('show, check or export the codebook')
    .addHelpText(
      'after',
      example(
        'dialogue-stance codebook check',
        'dialogue-stance codebook export --format quanteda > codebook.yml',
      ),
    );
  const format = async (value: string | undefined, fallback: CodebookFormat) =>
    value === undefined
      ? fallback
      : oneOf(value, (await import('./codebook.js')).CODEBOOK_FORMATS, '--format');
  codebookCommand
    .command('show')
    .description('print the codebook in force, validated, every default filled in (json or yaml)')
    .option('--codebook <file>', 'a codebook JSON instead of the default one')
    .option('--format <format>', 'json (default) or yaml')
    .addHelpText('after', example('dialogue-stance codebook show --format yaml'))
    .action(async (options) => {
      const [{ loadCodebook }, { showCodebook }] = await Promise.all([
        import('../codebook/load.js'),
        import('./codebook.js'),
      ]);
      const { source } = loadCodebook(options.codebook).compiled;
      io.stdout(showCodebook(source, await format(options.format, 'json')));
    });
  codebookCommand
    .command('check')
    .description('validate a codebook: every problem listed (exit 2), or one line saying it is OK')
    .option('--codebook <file>', 'the codebook JSON to check (default: the default one)')
    .addHelpText('after', example('dialogue-stance codebook check --codebook codebooks/japan-us.json'))
    .action(async (options) => {
      const { checkCodebookFile } = await import('./codebook.js');
      const check = checkCodebookFile(options.codebook);
      if (check.problems.length > 0) throw new DialogueStanceError('CODEBOOK_INVALID', check.message);
      io.stdout(`${check.message}\n`);
    });
  codebookCommand
    .command('export')
    .description('the topics and stance cues as a dictionary: quanteda YAML (quanteda, yaml) or json')
    .option('--codebook <file>', 'a codebook JSON instead of the default one')
    .option('--format <format>', 'quanteda (default; YAML), yaml (the same) or json')
    .addHelpText(
      'after',
      `\nIn R: dict <- quanteda::dictionary(file = "codebook.yml")${example('dialogue-stance codebook export > codebook.yml')}`,
    )
    .action(async (options) => {
      const [{ loadCodebook }, { exportCodebook }] = await Promise.all([
        import('../codebook/load.js'),
        import('./codebook.js'),
      ]);
      const { source } = loadCodebook(options.codebook).compiled;
      io.stdout(exportCodebook(source, await format(options.format, 'quanteda')));
    });
}
