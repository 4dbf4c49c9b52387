// Colour for text meant for a person at a terminal: on a TTY only, never when the output is piped
// or redirected, and never when NO_COLOR is set to anything but "" (no-color.org).

export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  label(text: string): string;
  value(text: string): string;
}

/** Should output to this stream be coloured? */
export function wantsColour(
  isTTY: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return isTTY === true && (env.NO_COLOR ?? '') === '';
}

const sgr = (open: number, close: number) => (text: string) =>
  text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string) => text;

export function paint(colour: boolean): Paint {
  if (!colour) return { bold: plain, dim: plain, label: plain, value: plain };
  return { bold: sgr(1, 22), dim: sgr(2, 22), label: sgr(36, 39), value: sgr(33, 39) };
}
