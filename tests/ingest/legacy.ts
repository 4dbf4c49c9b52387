// Shift_JIS and EUC-JP encoders for tests, built from TextDecoder's own tables (Node has decoders
// for both but no encoders): every two-byte sequence is decoded once and the map inverted.

const tables = new Map<string, Map<string, number[]>>();

function table(encoding: 'shift_jis' | 'euc-jp'): Map<string, number[]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding, { fatal: true });
  const map = new Map<string, number[]>();
  const add = (bytes: number[]): void => {
    let char: string;
    try {
      char = decoder.decode(Uint8Array.from(bytes));
    } catch {
      return;
    }
    if ([...char].length === 1 && !map.has(char)) map.set(char, bytes);
  };
  for (let byte = 0; byte < 0x80; byte++) add([byte]);
  if (encoding === 'shift_jis') {
    for (let byte = 0xa1; byte <= 0xdf; byte++) add([byte]);
    for (let lead = 0x81; lead <= 0xfc; lead++)
      for (let trail = 0x40; trail <= 0xfc; trail++) add([lead, trail]);
  } else {
    for (let byte = 0xa1; byte <= 0xdf; byte++) add([0x8e, byte]);
    for (let lead = 0xa1; lead <= 0xfe; lead++)
      for (let trail = 0xa1; trail <= 0xfe; trail++) add([lead, trail]);
  }
  tables.set(encoding, map);
  return map;
}

/** `text` encoded in Shift_JIS or EUC-JP; throws on a character the encoding lacks. */
export function encodeLegacy(text: string, encoding: 'shift_jis' | 'euc-jp'): Uint8Array {
  const map = table(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const encoded = map.get(char);
    if (!encoded) throw new Error(`${encoding} has no ${JSON.stringify(char)}`);
    bytes.push(...encoded);
  }
  return Uint8Array.from(bytes);
}
