// The symbols of press-release layouts that no language owns: bullets, enumerators, footnote marks.
// Their words (contact openers, "Related links", publisher lines) are each language's grammar data.

/** A bullet that opens a list item. */
export const BULLET = /^(?:[•・●○■□◆◇▪▫◦‣∙·\u2013\u2014]|[-*+](?=\s))\s*/u;

/** Enumerators, each with the style that decides nesting. Order matters: first match wins. */
export const ENUMERATORS: ReadonlyArray<{ style: string; pattern: RegExp }> = [
  { style: 'paren-decimal', pattern: /^[(（]([0-9０-９]{1,2})[)）]\s*/u },
  { style: 'paren-roman', pattern: /^\((i{1,3}|iv|vi{0,3}|ix|x)\)\s*/ },
  { style: 'paren-alpha', pattern: /^\(([a-h])\)\s*/ },
  { style: 'decimal-dotted', pattern: /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+/ },
  { style: 'decimal', pattern: /^(\d{1,2})[.)]\s+/ },
  { style: 'roman-upper', pattern: /^(I{1,3}|IV|VI{0,3}|IX|X)[.)]\s+/ },
  { style: 'roman-lower', pattern: /^(i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+/ },
  { style: 'alpha-upper', pattern: /^([A-H])[.)]\s+(?=[A-Z0-9])/ },
  { style: 'alpha-lower', pattern: /^([a-h])[.)]\s+/ },
];

/**
 * A footnote marker standing alone on a line ("• *", "*", "*1", "※1", "(*)"): the gloss follows on
 * the next line, as in the MIC release layout.
 */
export const FOOTNOTE_MARKER_ONLY = /^(?:[•・●\-–]\s*)?(?:\*\d*|※\d*|\(\*\d*\)|\[\*?\d+\])$/u;

/** A gloss introduced by a footnote marker: "* ISAC: ...", "*1 GPAI: ...", "• * DFFT: ...". */
export const FOOTNOTE_WITH_MARKER =
  /^(?:[•・●\-–]\s*)?(?:\*\d*|※\d*|\(\*\d*\)|\[\^?\*?\d+\]:?)\s*[^\s].{0,300}$/u;

/**
 * A bare gloss: "ISAC: Information Sharing and Analysis Center". An acronym (two or more capitals),
 * a colon, and an expansion whose words are capitalised, without a closing full stop.
 */
export const BARE_GLOSS = /^([A-Z][a-z0-9&\-/]*[A-Z][A-Za-z0-9&\-/]*)\s*[:：]\s+(\S.*)$/;
