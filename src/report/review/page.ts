// review.html: one self-contained page (inline CSS, script and data; no request leaves it) for
// reading the coded statements in their documents, filtering them, and correcting them into a gold
// file. The static parts (legend, shortcuts, filter choices) are written here; the script
// (client.js, a plain browser script beside this file) renders the documents from the JSON island.
import { readFileSync } from 'node:fs';
import { dominanceNote } from '../chart.js';
import type { ReviewData } from './data.js';

/**
 * The page's assets, read once from beside this module: in a checkout that is src/report/review/,
 * built or installed it is dist/report/review/, where the build copies them (scripts/copy-assets.mjs).
 */
function asset(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}

let assets: { css: string; script: string } | null = null;
function pageAssets(): { css: string; script: string } {
  assets ??= { css: asset('review.css'), script: asset('client.js') };
  return assets;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * JSON that can stand inside <script>: `<` (so no `</script>` or `<!--` closes or confuses the
 * element) and the two line separators JavaScript once rejected, all as \u escapes, which JSON.parse
 * reads back to the same characters.
 */
export function jsonForScript(value: unknown): string {
  // One pass over the text (megabytes for a large corpus), not one per character.
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (char) => SCRIPT_ESCAPES[char] ?? char);
}

const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** The inline script's text can hold neither `</script` nor `<!--`; the shipped one holds neither. */
function scriptSafe(script: string): string {
  if (/<\/script|<!--/i.test(script)) throw new Error('client.js holds </script or <!--');
  return script;
}

/** Colours by side and stance, by position (ids may hold characters a class name cannot). */
function paletteCss(data: ReviewData): string {
  const sides = data.sides.map(
    (side, index) =>
      `.st.side-${index}:not(.dim){background:${side.colour}4d}.swatch.side-${index}{background:${side.colour}4d;border:1px solid ${side.colour}}`,
  );
  const stances = data.stances.map(
    (stance, index) => `.stance-${index} .mk,.mk.stance-${index}{color:${stance.colour}}`,
  );
  return [...sides, ...stances].join('\n');
}

const option = (value: string, label: string) =>
  `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;

function filtersHtml(data: ReviewData, facts: ReviewPageFacts): string {
  const languages = [...new Set(facts.languages)].sort();
  const select = (id: string, label: string, options: string[]) =>
    `<label for="f-${id}">${label}</label><select id="f-${id}" data-filter="${id}"><option value="">any</option>${options.join('')}</select>`;
  return [
    select(
      'side',
      'Side',
      data.sides.map((side) => option(side.id, `${side.id} (${side.abbr})`)),
    ),
    select(
      'stance',
      'Stance',
      data.stances.map((stance) => option(stance.id, `${stance.mark} ${stance.label}`)),
    ),
    select(
      'topic',
      'Topic',
      data.topics.map((topic) => option(topic.id, topic.id)),
    ),
    select(
      'meeting',
      'Meeting',
      data.meetings.map((meeting, index) => option(String(index), meeting.label)),
    ),
    select(
      'lang',
      'Language',
      languages.map((lang) => option(lang, lang === 'ja' ? 'ja (日本語)' : lang)),
    ),
    '<span><input type="checkbox" id="f-changed" data-filter="changed"> <label for="f-changed">only statements a coder changed</label></span>',
    '<button type="button" id="clear-filters">Clear filters</button>',
  ].join('\n');
}

function legendHtml(data: ReviewData): string {
  const sides = data.sides
    .map(
      (side, index) =>
        `<span class="swatch side-${index}">${escapeHtml(side.abbr)}</span> ${escapeHtml(side.id)}${side.label && side.label !== side.id ? ` (${escapeHtml(side.label)})` : ''}`,
    )
    .join(', ');
  const stances = data.stances
    .map(
      (stance, index) =>
        `<span class="mk stance-${index}" aria-hidden="true">${stance.mark}</span> ${escapeHtml(stance.label)}`,
    )
    .join(', ');
  return `<section class="legend" aria-labelledby="legend-h"><h2 id="legend-h">Legend</h2><ul>
<li>Side: the background colour and the letter before a statement. ${sides}.</li>
<li>Stance: the mark before it, a shape and a colour of its own. ${stances}.</li>
<li>Underlined: the cue that decided the stance. ✎ changed by the coder, ✓ confirmed; faded: outside the filters.</li>
</ul></section>`;
}

const SHORTCUTS: [string, string][] = [
  ['<kbd>j</kbd> <kbd>k</kbd>', 'next, previous statement (of those the filters show)'],
  ['<kbd>1</kbd>–<kbd>4</kbd>', 'stance: explained, raised issues, concurred, other'],
  ['<kbd>s</kbd> <kbd>S</kbd>', 'next, previous side'],
  ['<kbd>t</kbd> <kbd>T</kbd>', 'next, previous topic (or pick it in the panel)'],
  ['<kbd>c</kbd>', 'confirm as coded: it goes into the gold file'],
  ['<kbd>u</kbd>', 'undo: back to the tool’s coding'],
  ['<kbd>Enter</kbd>', 'on a statement: to its side and topic lists'],
  ['<kbd>Tab</kbd>', 'filters, documents, the text (one stop: the current statement), panel, trends'],
];

function shortcutsHtml(): string {
  const rows = SHORTCUTS.map(([keys, what]) => `<li>${keys} ${what}</li>`).join('');
  return `<section class="keys" aria-labelledby="keys-h"><h2 id="keys-h">Keyboard</h2><ul>${rows}</ul></section>`;
}

function panelHtml(data: ReviewData): string {
  const stanceButtons = data.stances
    .map(
      (stance, index) =>
        `<button type="button" data-stance="${escapeHtml(stance.id)}" aria-pressed="false"><span class="mk stance-${index}" aria-hidden="true">${stance.mark}</span> ${index + 1} ${escapeHtml(stance.label)}</button>`,
    )
    .join('');
  const sides = data.sides.map((side) => option(side.id, side.id)).join('');
  const topics = data.topics.map((topic) => option(topic.id, topic.id)).join('');
  return `<aside class="panel" aria-labelledby="panel-h">
<h2 id="panel-h">Statement</h2>
<p id="panel-where" class="hint">No statement selected.</p>
<blockquote id="panel-text"></blockquote>
<dl id="panel-row" class="row-dl"></dl>
<div class="edit">
<fieldset><legend>Stance (keys 1–4)</legend><div class="buttons" id="stance-buttons">${stanceButtons}</div></fieldset>
<label for="edit-side">Side (key s)</label><select id="edit-side">${sides}</select>
<label for="edit-topic">Topic (key t)</label><select id="edit-topic">${topics}</select>
<div class="buttons">
<button type="button" id="confirm">✓ Confirm (c)</button>
<button type="button" id="revert">Undo (u)</button>
<button type="button" id="prev">Previous (k)</button>
<button type="button" id="next">Next (j)</button>
</div>
</div>
</aside>`;
}

/** The whole page. Same data, same bytes: nothing here depends on the time or the machine. */
export function renderReviewPage(data: ReviewData): string {
  const { head, tail } = reviewPageShell(data, {
    documents: data.documents.length,
    statements: data.statements.length,
    languages: data.documents.map((document) => document.lang),
  });
  const documents = data.documents.map((document) => jsonForScript(document));
  const statements = data.statements.map((statement) => jsonForScript(statement));
  return `${head}[${documents.join(',')}],"statements":[${statements.join(',')}]}${tail}`;
}

/** What the page's static parts say of the documents and statements that its island holds. */
export interface ReviewPageFacts {
  documents: number;
  statements: number;
  /** The documents' languages (repeats allowed). */
  languages: readonly string[];
}

/** Where the island's document and statement lists go: they end it, in this order. */
const ISLAND_LISTS = '"documents":[],"statements":[]}';

/**
 * The page around its island's two long lists, so that a streamed run can write the documents and
 * the statements one by one between `head` and `tail`: head + `[` documents `],"statements":[`
 * statements `]}` + tail is the page renderReviewPage makes. `data`'s own lists are not read.
 */
export function reviewPageShell(data: ReviewData, facts: ReviewPageFacts): { head: string; tail: string } {
  const island = jsonForScript({ ...data, documents: [], statements: [] });
  if (!island.endsWith(ISLAND_LISTS))
    throw new Error('the review data must end with its documents and statements');
  const page = pageAround(data, facts);
  return { head: `${page.head}${island.slice(0, -ISLAND_LISTS.length)}"documents":`, tail: page.tail };
}

/** The page before and after its island. */
function pageAround(data: ReviewData, facts: ReviewPageFacts): { head: string; tail: string } {
  const { css, script } = pageAssets();
  const { statements, documents } = facts;
  const summary = `${documents} document${documents === 1 ? '' : 's'}, ${statements} statement${statements === 1 ? '' : 's'}; codebook ${escapeHtml(data.codebook)}; ${escapeHtml(data.tool)}; corpus fingerprint <code>${data.fingerprint.slice(0, 12)}</code>.`;
  const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: ${documents} documents, ${statements} statements (dialogue-stance)</title>
<link rel="icon" href="data:,">
<style>
${css}
${paletteCss(data)}
</style>
</head>
<body>
<a class="skip" href="#doc-view">Skip to the document text</a>
<header class="top">
<h1>Review of coded statements</h1> <p class="summary">${summary}</p>
<div class="top-grid">
${legendHtml(data)}
${shortcutsHtml()}
</div>
</header>
<form class="filters" role="search" aria-label="Filters">
${filtersHtml(data, facts)}
</form>
<div class="toolbar">
<span>Coder: <strong id="coder-name">not set</strong></span>
<button type="button" id="coder-change">Set coder name</button>
<button type="button" id="download">Download gold CSV</button>
<p id="status" role="status" aria-live="polite"></p>
</div>
<div class="layout">
<nav id="documents" aria-labelledby="docs-h"><h2 id="docs-h">Documents</h2><ul id="doc-list"></ul></nav>
<main id="doc-view" tabindex="-1" aria-labelledby="doc-title"><header id="doc-head"></header><article id="doc-text"></article></main>
${panelHtml(data)}
<div id="tools">
<section aria-labelledby="trends-h"><h2 id="trends-h">Trends</h2>
<p class="hint">As trends.svg: per series, the dominant stance of each side on each topic in each meeting, with the number of its statements; white: none. It counts what the trends count (the parties and both sides, one release per meeting) of the statements the filters pass, with your corrections. ${escapeHtml(dominanceNote())} Choose a cell to list its statements; arrow keys move between cells.</p>
<div id="trends"></div></section>
<section aria-labelledby="list-h"><h2 id="list-h">Statement list</h2><p id="list-caption" class="hint"></p><ol id="statement-list"></ol></section>
</div>
</div>
<div id="hovercard" role="tooltip" hidden></div>
<dialog id="coder-dialog" aria-labelledby="coder-h">
<form method="dialog">
<h2 id="coder-h">Who is coding?</h2>
<p>Your name or initials go into the gold file’s name, so that <code>agreement</code> can tell coders apart. Asked once; kept in this browser.</p>
<label for="coder-input">Coder name</label>
<input type="text" id="coder-input" autocomplete="name" required>
<p class="buttons"><button value="ok" id="coder-ok">Save</button> <button value="cancel" formnovalidate>Cancel</button></p>
</form>
</dialog>
<noscript><p>This page needs JavaScript to show the documents.</p></noscript>
<script type="application/json" id="review-data">`;
  const tail = `</script>
<script>
${scriptSafe(script)}
</script>
</body>
</html>
`;
  return { head, tail };
}
