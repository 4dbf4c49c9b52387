import { describe, expect, it } from 'vitest';
import { PROGRESS_DELAY_MS, progressBar, wantsProgress } from '../src/progress.js';

/** A stream that records what is written; a terminal when `isTTY`. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  const target = {
    isTTY,
    columns: 100,
    written,
    write(chunk: string) {
      written.push(String(chunk));
      return true;
    },
    cursorTo() {
      return true;
    },
    clearLine() {
      return true;
    },
    moveCursor() {
      return true;
    },
    on() {
      return target;
    },
    removeListener() {
      return target;
    },
  };
  return target;
}

describe('the progress bar: on a terminal, for a person, for long runs only', () => {
  it.each([
    [true, false, {}, true],
    [false, false, {}, false],
    [true, true, {}, false],
    [true, false, { CI: 'true' }, false],
  ])('terminal %s, quiet %s, env %j -> %s', (isTTY, quiet, env, expected) => {
    expect(wantsProgress({ stream: stream(isTTY) as never, quiet, env })).toBe(expected);
  });

  it('draws nothing before the delay, and nothing at all when stderr is not a terminal', () => {
    let clock = 0;
    const tty = stream(true);
    const bar = progressBar({ stream: tty as never, quiet: false, env: {}, now: () => clock });
    bar.update(1, 100);
    expect(tty.written).toEqual([]);
    const piped = stream(false);
    const none = progressBar({ stream: piped as never, quiet: false, env: {}, now: () => clock });
    clock = PROGRESS_DELAY_MS * 5;
    none.update(50, 100);
    none.stop();
    expect(piped.written).toEqual([]);
    bar.update(50, 100);
    bar.stop();
    expect(tty.written.join('')).toMatch(/50\/100 documents/);
  });
});
