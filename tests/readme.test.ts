// The README's worked session (```console session blocks) rerun command by command: the test fails
// when the output pasted there no longer matches what the commands print. `dialogue-stance ...`
// runs in-process; `head -n N FILE` and `... | head -n N` cut the output as the shell would. The
// session's reports/ folder is a temporary folder here, so the committed reports stay untouched.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';
import { commandLine } from './toolkit/shell.js';

interface Step {
  command: string;
  expected: string;
}

/** Every `$ command` of the README's session blocks with the lines it printed. */
function sessionSteps(readme: string): Step[] {
  const steps: Step[] = [];
  for (const block of readme.matchAll(/^```console session\n([\s\S]*?)^```$/gm)) {
    for (const line of (block[1] ?? '').split('\n')) {
      if (line.startsWith('$ ')) steps.push({ command: line.slice(2), expected: '' });
      else if (line !== '' || steps.length > 0) {
        const step = steps.at(-1);
        if (!step) throw new Error(`output before any command: ${line}`);
        step.expected += `${line}\n`;
      }
    }
  }
  return steps.map((step) => ({ ...step, expected: step.expected.replace(/\n+$/, '\n') }));
}

const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-readme-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const REPORTS = 'reports';
/** The session's reports/ is a temporary folder. */
const mapPath = (word: string) =>
  word === REPORTS || word.startsWith(`${REPORTS}/`) ? join(root, word) : word;

const firstLines = (text: string, n: number) =>
  text
    .split('\n')
    .slice(0, n)
    .map((line) => `${line}\n`)
    .join('');

async function run(command: string): Promise<string> {
  const { argv, head } = commandLine(command);
  const [program, ...args] = argv.map(mapPath);
  let output: string;
  if (program === 'dialogue-stance') {
    const result = await runCli(...args);
    if (result.code !== 0) throw new Error(`${command}: exit ${result.code}: ${result.stderr}`);
    output = (result.stderr + result.stdout).split(join(root, REPORTS)).join(REPORTS);
  } else if (program === 'head' && args[0] === '-n') {
    output = firstLines(readFileSync(args[2] as string, 'utf8'), Number(args[1]));
  } else throw new Error(`the session test cannot run: ${command}`);
  return head === undefined ? output : firstLines(output, head);
}

describe('README session', () => {
  const steps = sessionSteps(readFileSync('README.md', 'utf8'));

  it('has the steps of the worked session', () => {
    expect(steps.map((step) => step.command.split(' ').slice(0, 2).join(' '))).toEqual([
      'dialogue-stance analyze',
      'head -n',
      'dialogue-stance kwic',
      'dialogue-stance explain',
      'dialogue-stance keyness',
    ]);
  });

  it('every command prints what the README shows, in order', async () => {
    for (const step of steps) expect(await run(step.command), step.command).toBe(step.expected);
  });
});
