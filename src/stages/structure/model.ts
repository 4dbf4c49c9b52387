// What press-release furniture and headings look like: plain data, kept apart from the logic that
// uses it so that a new site's conventions are added here, not in the classifier.

/** A bullet that opens a list item. */
export const BULLET = /^(?:[•・●○■□◆◇▪▫◦‣∙·\u2013\u2014]|[-*+](?=\s))\s*/u;

/** Enumerators, each with the style that decides nesting. Order matters: first match wins. */
export const ENUMERATORS: ReadonlyArray<{ style: string; pattern: RegExp }> = [
  { style: 'paren-decimal', pattern: /^[(（](\d{1,2})[)）]\s*/u },
  { style: 'paren-roman', pattern: /^\((i{1,3}|iv|vi{0,3}|ix|x)\)\s*/ },
  { style: 'paren-alpha', pattern: /^\(([a-h])\)\s*/ },
  { style: 'decimal-dotted', pattern: /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+/ },
  { style: 'decimal', pattern: /^(\d{1,2})[.)]\s+/ },
  { style: 'roman-upper', pattern: /^(I{1,3}|IV|VI{0,3}|IX|X)[.)]\s+/ },
  { style: 'roman-lower', pattern: /^(i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+/ },
  { style: 'alpha-upper', pattern: /^([A-H])[.)]\s+(?=[A-Z0-9])/ },
  { style: 'alpha-lower', pattern: /^([a-h])[.)]\s+/ },
];

/** A heading is short: at most this many words and characters, and ends without sentence punctuation. */
export const HEADING_MAX_WORDS = 14;
export const HEADING_MAX_CHARS = 120;

/** Lines that open the contact block; everything from there to the end is furniture. */
export const CONTACT_OPENERS: readonly RegExp[] = [
  /^for (?:further|more|additional) (?:information|details|inquiries)\b/i,
  /^(?:\(|\[|【)?\s*(?:contact|contacts|contact information|contact us|inquiries|inquiry|enquiries|press contact|media contact)s?\s*(?:\)|\]|】)?\s*[:：]?/i,
];

/**
 * Lines that open a tail of references ("(Reference)", "Related links:", "Attachment"); the tail
 * runs to the contact block or the end. And a pointer to elsewhere ("please refer to the website").
 */
export const REFERENCE_OPENER =
  /^(?:[([【]\s*(?:references?|related links?|related information|attachments?|appendix|annex)\s*[)\]】]|(?:references?|related links?|related information|attachments?|appendix)\s*(?:[:：]|$))/i;
export const REFERENCE_LINE = /\bplease (?:refer to|see|visit|check)\b/i;

/** A contact line anywhere: telephone, fax, e-mail, URL. */
export const CONTACT_LINE =
  /^(?:(?:tel|phone|telephone|fax|facsimile|e-?mail|mail|url|web ?site)\b\.?\s*[:：]|https?:\/\/|[\w.+-]+@[\w-]+\.[\w.]+$)/i;

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
export const BARE_GLOSS = /^([A-Z][A-Za-z0-9&\-/]*[A-Z][A-Za-z0-9&\-/]*)\s*[:：]\s+(\S.*)$/;

/** Labels of release-date lines that open a summary ("Press Release", "Press Release: ..."). */
export const PRESS_LABEL = /^(?:press release|news release|press statement|announcement)s?\s*[:：]?\s*$/i;

/**
 * A publisher line above the title: "Ministry of Internal Affairs and Communications", "Global
 * Strategy Bureau", "Japan Fair Trade Commission". A name only: every word capitalised but the small
 * ones; never a meeting's own name ("Japan-EU Digital Partnership Council").
 */
export const PUBLISHER =
  /^(?!.*(?:Japan-EU|EU-Japan))(?:(?:[Tt]he\s+)?(?:Ministry|Agency|Cabinet Office|Embassy|Mission|Delegation|Directorate-General|European Commission|Government)\b(?:\s+(?:of|and|for|the|on|in|&|\p{Lu}[\p{L}'’,-]*))*|(?:\p{Lu}[\p{L}'’-]*\s+)+(?:Bureau|Division|Office|Department|Secretariat|Unit|Directorate|Commission|Council|Authority|Agency))(?:\s*\([^)]*\))?$/u;

/** Words a heading does not end with; a line ending so runs on into the next ("... held the"). */
export const RUNS_ON = /\b(?:the|a|an|of|for|and|or|to|in|on|at|by|with|from|its|their|\d+(?:st|nd|rd|th))$/i;

/** Prefixes of a title before the meeting's name. */
export const TITLE_PREFIX =
  /^(?:(?:the\s+)?(?:results?|outcomes?|summary|summaries|report|overview|holding|outline)\s+(?:of|on|from)\s+)?(?:the\s+)?/i;
