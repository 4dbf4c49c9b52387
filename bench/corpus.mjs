// The bench corpus: the project's own real-shaped summaries (every document under corpus/ and
// tests/fixtures/*/), copied round-robin up to the wanted number of documents. Every copy after the
// first round is varied deterministically from a seed, so no two documents are identical:
// paragraphs are shuffled inside the document body (head and tail stay), meeting numbers move by
// the same offset throughout the document, days of month move and years shift by a multiple of four.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';

export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
/** The same files the tool skips inside folders (src/ingest/read.ts): they document the folder. */
const NOT_A_DOCUMENT = /^(readme|license|changelog|notes?)(\.[a-z]+)?$/i;
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Document files under `folder`, recursively, hidden entries and README-like files skipped. */
export function listDocuments(folder) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort(byCodePoint)) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase()) && !NOT_A_DOCUMENT.test(name))
        found.push(path);
    }
  };
  walk(folder);
  return found;
}

/** `ja` when at least a fifth of the text's non-space characters are kana or kanji, else `en`. */
export function languageOf(text) {
  const visible = text.replace(/\s+/g, '').length || 1;
  const japanese = (text.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/g) ?? []).length;
  return japanese / visible >= 0.2 ? 'ja' : 'en';
}

/** Every source document of the project, with its text and language, in a fixed order. */
export function findSources(root) {
  const folders = [join(root, 'corpus')];
  const fixtures = join(root, 'tests', 'fixtures');
  for (const name of readdirSync(fixtures).sort(byCodePoint)) {
    const path = join(fixtures, name);
    if (!name.startsWith('.') && statSync(path).isDirectory()) folders.push(path);
  }
  return folders.flatMap(listDocuments).map((path) => {
    const text = readAsUtf8(readFileSync(path));
    return {
      path: relative(root, path).split('\\').join('/'),
      ext: extname(path).toLowerCase(),
      text,
      lang: languageOf(text),
    };
  });
}

/**
 * A source's text: UTF-8, or else Shift_JIS or EUC-JP (the ministry's older pages), with the
 * page's charset declaration rewritten, since every copy is written as UTF-8.
 */
function readAsUtf8(bytes) {
  for (const encoding of ['utf-8', 'shift_jis', 'euc-jp']) {
    let text;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    if (encoding === 'utf-8') return text;
    return text.replace(/(charset\s*=\s*["']?)(shift_jis|sjis|x-sjis|euc-jp|windows-31j)/gi, '$1UTF-8');
  }
  throw new Error('a source is in none of UTF-8, Shift_JIS, EUC-JP');
}

/** mulberry32: a small seeded generator, good enough to pick shuffles and offsets. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, rng) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH = new RegExp(`^(${MONTHS})\\b`);

function ordinal(n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Meeting numbers ("12th Japan-EU ...", "第12回") move by `offset` everywhere in the text. */
function shiftMeetingNumbers(text, offset) {
  const numbers = new Set();
  for (const match of text.matchAll(/\b(\d{1,3})(?:st|nd|rd|th)\s+([A-Z][\w-]*)/g))
    if (!MONTH.test(match[2])) numbers.add(Number(match[1]));
  return text
    .replace(/\b(\d{1,3})(?:st|nd|rd|th)\b/g, (whole, n) =>
      numbers.has(Number(n)) ? ordinal(Number(n) + offset) : whole,
    )
    .replace(/第(\d{1,3})回/g, (_, n) => `第${Number(n) + offset}回`);
}

/** Years 1980-2049 shift by `years` (a multiple of four: leap years stay leap years). */
function shiftYears(text, years) {
  return text.replace(/\b(19[89]\d|20[0-4]\d)\b/g, (year) => String(Number(year) + years));
}

/** Paragraphs (blank-line separated) between the first two and the last two change places. */
function shuffleParagraphs(text, rng) {
  const parts = text.split(/(\n[ \t]*\n\s*)/);
  const blocks = parts.filter((_, i) => i % 2 === 0);
  const separators = parts.filter((_, i) => i % 2 === 1);
  if (blocks.length < 6) return text;
  const middle = shuffle(blocks.slice(2, -2), rng);
  const reordered = [...blocks.slice(0, 2), ...middle, ...blocks.slice(-2)];
  return reordered.map((block, i) => block + (separators[i] ?? '')).join('');
}

/** Runs of single-line <p> or <li> elements change places within their run. */
function shuffleHtmlBlocks(text, rng) {
  const lines = text.split('\n');
  const single = /^\s*<(p|li)\b[^>]*>.*<\/\1>\s*$/;
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end < lines.length && single.test(lines[end])) end++;
    if (end - start >= 2) lines.splice(start, end - start, ...shuffle(lines.slice(start, end), rng));
    start = Math.max(end, start + 1);
  }
  return lines.join('\n');
}

const YEAR_SHIFTS = [4, -4, 8, -8, 12, -12, 16, -16, 20, -20];

/** Days of month ("November 17", "17 November", "11月17日") move by `days`, kept within 1 to 28. */
function shiftDays(text, days) {
  const day = (d) => String(((Number(d) - 1 + days) % 28) + 1);
  return text
    .replace(
      new RegExp(`\\b(${MONTHS})(\\.?\\s+)(\\d{1,2})\\b`, 'g'),
      (_, m, gap, d) => `${m}${gap}${day(d)}`,
    )
    .replace(new RegExp(`\\b(\\d{1,2})(\\s+)(${MONTHS})\\b`, 'g'), (_, d, gap, m) => `${day(d)}${gap}${m}`)
    .replace(/(\d{1,2})月(\d{1,2})日/g, (_, m, d) => `${m}月${day(d)}日`);
}

/**
 * Copy `copy` (0 = the original) of a source text, varied from `seed`. Days and years move by an
 * amount fixed by the copy number, so the copies of a dated document differ up to copy 279
 * whatever the seed; meeting numbers and the order of paragraphs vary with the seed.
 */
export function varyText(source, copy, seed) {
  if (copy === 0) return source.text;
  const rng = random((seed * 0x9e3779b1) ^ (copy * 0x85ebca6b) ^ hash(source.path));
  let text = shiftMeetingNumbers(source.text, 1 + Math.floor(rng() * 40));
  text = shiftDays(text, copy % 28);
  text = shiftYears(text, YEAR_SHIFTS[Math.floor(copy / 28) % YEAR_SHIFTS.length]);
  text = source.ext.startsWith('.htm') ? shuffleHtmlBlocks(text, rng) : shuffleParagraphs(text, rng);
  return text;
}

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Writes `docs` documents into `folder`: source i % n, copy floor(i / n). Returns what was written,
 * with the language mix of the sources and of the corpus.
 */
export function buildCorpus({ root, folder, docs, seed }) {
  const sources = findSources(root);
  if (sources.length === 0) throw new Error('no documents under corpus/ or tests/fixtures/*/');
  mkdirSync(folder, { recursive: true });
  const width = String(docs - 1).length;
  const languages = {};
  const language = (lang) => {
    languages[lang] ??= { sources: 0, sourceBytes: 0, documents: 0, bytes: 0 };
    return languages[lang];
  };
  for (const source of sources) {
    const entry = language(source.lang);
    entry.sources++;
    entry.sourceBytes += Buffer.byteLength(source.text);
  }
  let bytes = 0;
  const distinct = new Set();
  for (let i = 0; i < docs; i++) {
    const source = sources[i % sources.length];
    const text = varyText(source, Math.floor(i / sources.length), seed);
    const name = `d${String(i).padStart(width, '0')}_${basename(source.path, source.ext)}${source.ext}`;
    writeFileSync(join(folder, name), text);
    const size = Buffer.byteLength(text);
    bytes += size;
    distinct.add(createHash('sha1').update(text).digest('hex'));
    const entry = language(source.lang);
    entry.documents++;
    entry.bytes += size;
  }
  return {
    folder,
    documents: docs,
    bytes,
    sources: sources.length,
    distinct: distinct.size,
    languages,
    seed,
  };
}

/** "en 100 (100%), ja 0": the mix in documents, for the table's heading. */
export function describeLanguages(corpus) {
  return Object.entries(corpus.languages)
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([lang, entry]) => {
      const share = ((100 * entry.documents) / corpus.documents).toFixed(0);
      return `${lang} ${entry.documents} docs (${share}%, ${(entry.bytes / 1e6).toFixed(2)} MB, from ${entry.sources} sources)`;
    })
    .join('; ');
}
