// A command line as a POSIX shell splits it, for the few forms the README and the --help examples
// use: words, "double quotes" (backslash escapes only " \ $ `), 'single quotes', a trailing
// `> FILE` and a trailing `| head -n N`.
export interface CommandLine {
  argv: string[];
  /** `> FILE`: stdout goes to this file. */
  redirect?: string;
  /** `| head -n N`: only the first N lines of stdout. */
  head?: number;
}

export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (char === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (char === '"') {
      word ??= '';
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === '\\' && /["\\$`]/.test(line[i + 1] ?? '')) i++;
        word += line[i];
      }
    } else word = (word ?? '') + char;
  }
  if (word !== null) words.push(word);
  return words;
}

export function commandLine(line: string): CommandLine {
  const words = shellWords(line);
  const command: CommandLine = { argv: words };
  const pipe = words.indexOf('|');
  if (pipe >= 0) {
    const [head, flag, n] = words.slice(pipe + 1);
    if (head !== 'head' || flag !== '-n') throw new Error(`unsupported pipe in: ${line}`);
    command.head = Number(n);
    command.argv = words.slice(0, pipe);
  }
  const redirect = command.argv.indexOf('>');
  if (redirect >= 0) {
    command.redirect = command.argv[redirect + 1] as string;
    command.argv = command.argv.slice(0, redirect);
  }
  return command;
}
