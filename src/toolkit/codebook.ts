// codebook show | check | export: the codebook in force (validated, version 2, every default
// filled in) as JSON or YAML; every problem of one; its topics and cues as a quanteda dictionary.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileCodebook } from '../codebook/compile.js';
import { resolveCodebookJson } from '../codebook/extends.js';
import { CODEBOOKS_DIR, DEFAULT_CODEBOOK_PATH } from '../codebook/load.js';
import { codebookProblems, validateCodebook } from '../codebook/schema.js';
import type { Codebook } from '../codebook/types.js';
import { DialogueStanceError, isDialogueStanceError } from '../errors.js';
import { DICTIONARY_COMMENTS, quantedaDictionary } from './dictionary.js';
import { toYaml } from './yaml.js';

export type CodebookFormat = 'json' | 'yaml' | 'quanteda';
export const CODEBOOK_FORMATS: readonly CodebookFormat[] = ['json', 'yaml', 'quanteda'];

/** The codebook as the tool holds it: JSON (default) or YAML. */
export function showCodebook(codebook: Codebook, format: CodebookFormat = 'json'): string {
  if (format === 'quanteda')
    throw new DialogueStanceError(
      'OPTION_INVALID',
      'codebook show prints the codebook as json or yaml; codebook export writes the quanteda dictionary',
    );
  return format === 'yaml'
    ? toYaml(codebook, [`The codebook "${codebook.name}" as dialogue-stance holds it (version 2).`])
    : `${JSON.stringify(codebook, null, 2)}\n`;
}

/** The topics and cues as a dictionary: quanteda's YAML (quanteda or yaml), or the same keys in JSON. */
export function exportCodebook(codebook: Codebook, format: CodebookFormat = 'quanteda'): string {
  const dictionary = quantedaDictionary(codebook);
  return format === 'json'
    ? `${JSON.stringify(dictionary, null, 2)}\n`
    : toYaml(dictionary, DICTIONARY_COMMENTS(codebook.name));
}

export interface CodebookCheck {
  name: string;
  /** Every problem ("field \"sides[0].id\" ..."), or none. */
  problems: string[];
  /** One line: OK with what the codebook holds, or the problems. */
  message: string;
}

/**
 * Every problem of codebook text: JSON, the codebooks it extends, shape, meaning, then each
 * language's part as compiled. A relative `extends` starts from `baseDir`.
 */
export function checkCodebookText(text: string, name: string, baseDir = process.cwd()): CodebookCheck {
  let json: unknown;
  try {
    json = resolveCodebookJson(text, name, baseDir, CODEBOOKS_DIR).json;
  } catch (error) {
    if (!isDialogueStanceError(error)) throw error;
    const problem = error.message
      .replace(`${name}: codebook `, '')
      .replace(/^is not valid JSON/, '(root) $&');
    return { name, problems: [problem], message: `${name}: codebook ${problem}` };
  }
  let problems = codebookProblems(json).map((problem) => `field ${problem}`);
  let codebook: Codebook | undefined;
  if (problems.length === 0) {
    codebook = validateCodebook(json, name);
    const compiled = compileCodebook(codebook, name);
    for (const id of compiled.languages) {
      try {
        compiled.language(id);
      } catch (error) {
        if (!isDialogueStanceError(error)) throw error;
        problems.push(error.message.replace(`${name}: codebook `, ''));
      }
    }
  }
  problems = [...new Set(problems)];
  if (problems.length > 0 || !codebook) {
    const listed =
      problems.length === 1 ? problems[0] : `has ${problems.length} problems: ${problems.join('; ')}`;
    return { name, problems, message: `${name}: codebook ${listed}` };
  }
  const counts = [
    `${codebook.sides.length} sides`,
    `${codebook.topics.length} topics`,
    `${codebook.series.length} series`,
    `languages ${Object.keys(codebook.languages).join(', ')}`,
  ];
  return { name, problems, message: `${name}: OK (codebook "${codebook.name}": ${counts.join(', ')})` };
}

/** Checks a codebook file (the default one without a path); a file that cannot be read is an error. */
export function checkCodebookFile(path?: string): CodebookCheck {
  let text: string;
  try {
    text = readFileSync(path ?? DEFAULT_CODEBOOK_PATH, 'utf8');
  } catch {
    throw new DialogueStanceError('CODEBOOK_INVALID', `${path}: codebook file cannot be read`);
  }
  return checkCodebookText(text, path ?? 'default codebook', dirname(path ?? DEFAULT_CODEBOOK_PATH));
}
