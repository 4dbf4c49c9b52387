// Full-width ASCII (ＥＵ, ＡＩ, １２) and the ideographic space folded to their ASCII forms, one
// character for one, so that offsets into the folded text are offsets into the original.

export function foldWidth(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) folded += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) folded += ' ';
    else folded += text[i];
  }
  return folded;
}
