/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The review page in a real browser: headless Chromium (Debian's, driven by playwright-core) opens
// the page generated for the seed from the file system and is used as a coder would use it. Every
// request is watched and any but the page itself is refused and fails the run, as does any console
// error. Writes the README's screenshots to docs/review-*.png.
//
// Chromium is expected at /usr/bin/chromium (or DS_CHROMIUM). Without it these tests fail, saying
// how to install it; DS_SKIP_BROWSER=1 skips them instead, on purpose only.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseGold } from '../../src/evaluate/gold.js';
import { runEvaluate } from '../../src/evaluate/run.js';
import { analyzeInputs, buildReports } from '../../src/run.js';
import { runCli } from '../helpers.js';

const CHROMIUM = process.env.DS_CHROMIUM ?? '/usr/bin/chromium';
const SKIP = process.env.DS_SKIP_BROWSER === '1';
const JAPANESE = 'tests/fixtures/ja2';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface StatementCsvRow {
  doc: string;
  side: string;
  stance: string;
  topic: string;
  cue: string;
  text: string;
  start: string;
  end: string;
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.skipIf(SKIP)('the review page in Chromium', () => {
  let root: string;
  let context: BrowserContext;
  let seedUrl: string;
  let japaneseUrl: string;
  let seedText: string;
  let rows: StatementCsvRow[];
  let trends: { side: string; topic: string }[];
  /** The pages this run wrote: the only URLs a page may load. */
  const allowed = new Set<string>();
  const requests: string[] = [];
  const refused: string[] = [];
  const problems: string[] = [];

  /** Set when Chromium is missing: every test then fails with it (none passes or skips silently). */
  let missing = '';
  const requireBrowser = () => {
    if (missing) throw new Error(missing);
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      missing =
        `Chromium is not at ${CHROMIUM}, and the review page's browser tests need it. Install it as root ` +
        "with 'apt-get update && apt-get install -y chromium fonts-noto-cjk' (Debian; .ci/run does this), " +
        'or set DS_CHROMIUM to another Chromium, or set DS_SKIP_BROWSER=1 to skip these tests knowingly.';
      return;
    }
    root = mkdtempSync(join(tmpdir(), 'dialogue-stance-browser-'));
    const seed = analyzeInputs({ inputs: ['corpus'] });
    const reports = await buildReports(seed, { inputs: ['corpus'] });
    writeFileSync(join(root, 'review.html'), reports.get('review.html') ?? '');
    seedUrl = pathToFileURL(join(root, 'review.html')).href;
    seedText = seed.documents[0]?.source.text ?? '';
    rows = parse(reports.get('statements.csv') ?? '', { columns: true }) as StatementCsvRow[];
    trends = parse(reports.get('trends.csv') ?? '', { columns: true }) as typeof trends;
    const japanese = join(root, 'ja.html');
    expect((await runCli('review', JAPANESE, '--out', japanese)).code).toBe(0);
    japaneseUrl = pathToFileURL(japanese).href;
    allowed.add(seedUrl).add(japaneseUrl);

    context = await chromium.launchPersistentContext(join(root, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
      locale: 'en-GB',
    });
    context.on('request', (request) => {
      requests.push(request.url());
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (allowed.has(url)) return route.continue();
      refused.push(url);
      return route.abort('blockedbyclient');
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  afterEach(() => {
    const seen = problems.splice(0);
    expect(seen, 'console errors or uncaught exceptions in the page').toEqual([]);
  });

  /** A new tab on `url` with no stored corrections, ready when the script has rendered. */
  async function open(url: string, width = 1280): Promise<Page> {
    requireBrowser();
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => {
      problems.push(`exception: ${error.message}`);
    });
    await page.goto(url);
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    return page;
  }

  /** The shown document as the page renders it: each block's text (marks left out) and each statement's pieces. */
  function rendered(page: Page) {
    return page.evaluate(() => {
      const plain = (node: Node): string => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
        const element = node as Element;
        if (element.classList?.contains('chip') || element.classList?.contains('sr')) return '';
        return [...node.childNodes].map(plain).join('');
      };
      const blocks = [...document.querySelectorAll<HTMLElement>('#doc-text > [data-start]')];
      const statements: { index: number; start: number; text: string; cue: string[]; background: string }[] =
        [];
      for (const block of blocks) {
        let offset = Number(block.dataset.start);
        const walk = (node: Node) => {
          const element = node as HTMLElement;
          if (element.classList?.contains('st')) {
            const text = plain(element);
            statements.push({
              index: Number(element.dataset.i),
              start: offset,
              text,
              cue: [...element.querySelectorAll('.cue')].map((cue) => cue.textContent ?? ''),
              background: getComputedStyle(element).backgroundColor,
            });
            offset += text.length;
            return;
          }
          if (node.nodeType === Node.TEXT_NODE) {
            offset += node.textContent?.length ?? 0;
            return;
          }
          if (element.classList?.contains('chip') || element.classList?.contains('sr')) return;
          for (const child of node.childNodes) walk(child);
        };
        for (const child of block.childNodes) walk(child);
      }
      return {
        blocks: blocks.map((block) => ({
          start: Number(block.dataset.start),
          end: Number(block.dataset.end),
          text: plain(block),
          tag: block.tagName.toLowerCase(),
        })),
        statements,
      };
    });
  }

  /**
   * Writes a screenshot unless the file there already shows the same picture, so that a test run
   * leaves docs/ unchanged: Chromium's PNG bytes vary from run to run where the picture does not, and
   * a few pixels of antialiasing may (up to 1 in 2,000 is taken as the same picture).
   */
  async function saveScreenshot(page: Page, path: string, fullPage: boolean): Promise<void> {
    const shot = await page.screenshot({ fullPage });
    if (existsSync(path)) {
      const same = await page.evaluate(
        async ([before, after]) => {
          const pixels = async (base64: string) => {
            const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
            const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context2d = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
            context2d.drawImage(bitmap, 0, 0);
            return {
              width: bitmap.width,
              data: context2d.getImageData(0, 0, bitmap.width, bitmap.height).data,
            };
          };
          const [a, b] = await Promise.all([pixels(before as string), pixels(after as string)]);
          if (a.width !== b.width || a.data.length !== b.data.length) return false;
          let differing = 0;
          for (let i = 0; i < a.data.length; i += 4) {
            if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2])
              differing++;
          }
          return differing <= a.data.length / 4 / 2000;
        },
        [readFileSync(path).toString('base64'), shot.toString('base64')],
      );
      if (same) return;
    }
    writeFileSync(path, shot);
  }

  const pieceWith = (page: Page, words: string) => page.locator('#doc-text .st', { hasText: words }).first();

  it('highlights every statement of the seed at its offsets, with its cue underlined', async () => {
    const page = await open(seedUrl);
    const { blocks, statements } = await rendered(page);
    for (const block of blocks) expect(block.text).toBe(seedText.slice(block.start, block.end));
    expect(blocks.filter((block) => /^h\d$/.test(block.tag)).length).toBeGreaterThanOrEqual(6);
    expect(statements).toHaveLength(rows.length);
    statements.forEach((statement, index) => {
      const row = rows[index] as StatementCsvRow;
      expect(statement.index).toBe(index);
      expect(statement.start).toBe(Number(row.start));
      expect(statement.start + statement.text.length).toBe(Number(row.end));
      expect(folded(statement.text)).toBe(row.text);
      expect(statement.cue.join(' ')).toBe(row.cue);
      expect(statement.background).not.toBe('rgba(0, 0, 0, 0)');
    });
    const underline = await page.$eval('#doc-text .cue', (cue) => getComputedStyle(cue).textDecorationLine);
    expect(underline).toContain('underline');
    // Furniture is shown, set apart and labelled.
    expect(await page.locator('#doc-text .furniture').count()).toBe(5);
    await page.close();
  });

  it('filtering by stance raised_issues shows exactly the seed’s one such statement', async () => {
    const page = await open(seedUrl);
    await page.selectOption('#f-stance', 'raised_issues');
    const shown = page.locator('#doc-text .st:not(.dim)');
    expect(await shown.count()).toBe(1);
    expect(folded((await shown.locator('.tx').textContent()) ?? '')).toBe(
      'In response, the Japanese side raised issues with the EU bills.',
    );
    expect(await page.locator('#statement-list li').count()).toBe(1);
    expect(await page.locator('#list-caption').textContent()).toBe('1 statement passes the filters.');
    expect(await page.locator('#doc-list .doc-counts').textContent()).toContain('— 1 shown');
    await page.selectOption('#f-stance', '');
    expect(await page.locator('#doc-text .st.dim').count()).toBe(0);
    await page.close();
  });

  it('a changed stance, downloaded, is a gold file that evaluate scores with the change as the gold', async () => {
    const page = await open(seedUrl);
    await pieceWith(page, 'the status of the proposed AI regulation').click();
    await page.keyboard.press('2'); // raised issues, where the tool says explained
    await pieceWith(page, 'Japan and the EU acknowledged to promote').click();
    await page.keyboard.press('c'); // confirmed as the tool coded it
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.click('#download');
        await page.fill('#coder-input', 'Test Coder');
        await page.click('#coder-ok');
      })(),
    ]);
    const fingerprint = (await page.evaluate(() => document.getElementById('review-data')?.textContent ?? ''))
      .match(/"fingerprint":"([0-9a-f]+)"/)?.[1]
      ?.slice(0, 8);
    expect(download.suggestedFilename()).toBe(`Test-Coder-${fingerprint}.gold.csv`);
    const file = join(root, download.suggestedFilename());
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    const gold = parseGold(csv, file, {
      sides: ['japan', 'eu', 'both', 'none'],
      topics: ['5g-6g', 'ai', 'data', 'platforms', 'cybersecurity', 'general'],
    });
    expect(gold.map((row) => [row.side, row.stance, row.topic])).toEqual([
      [['eu'], ['raised_issues'], ['ai']],
      [['both'], ['concurred'], ['cybersecurity']],
    ]);
    const evaluation = runEvaluate({ inputs: ['corpus'], gold: [file] }).report;
    expect([
      evaluation.statements,
      evaluation.matched,
      evaluation.ambiguous.length,
      evaluation.unmatched.length,
    ]).toEqual([2, 2, 0, 0]);
    expect([evaluation.side.accuracy, evaluation.stance.accuracy, evaluation.topic.accuracy]).toEqual([
      1, 0.5, 1,
    ]);
    const { labels, counts } = evaluation.stance.confusion;
    expect(counts[labels.indexOf('raised_issues')]?.[labels.indexOf('explained')]).toBe(1);
    // The coder's name was asked once and kept: a second download asks nothing.
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(again.suggestedFilename()).toBe(download.suggestedFilename());
    expect(await page.locator('#coder-name').textContent()).toBe('Test Coder');
    // A second coder's file of the same statements: agreement reads both as they are.
    await page.click('#coder-change');
    await page.fill('#coder-input', 'Second Coder');
    await page.click('#coder-ok');
    await page.keyboard.press('4'); // the confirmed statement, now other
    const [second] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const secondFile = join(root, second.suggestedFilename());
    await second.saveAs(secondFile);
    expect(second.suggestedFilename()).toBe(`Second-Coder-${fingerprint}.gold.csv`);
    const agreement = await runCli('agreement', file, secondFile, '--json');
    expect(agreement.code).toBe(0);
    const report = JSON.parse(agreement.stdout) as {
      units: number;
      unpaired: unknown[];
      side: { percentAgreement: number };
      stance: { percentAgreement: number };
    };
    expect([report.units, report.unpaired.length]).toEqual([2, 0]);
    expect([report.side.percentAgreement, report.stance.percentAgreement]).toEqual([1, 0.5]);
    await page.close();
  });

  it('a reload keeps the coder’s change', async () => {
    const page = await open(seedUrl);
    await pieceWith(page, 'raised issues with the EU bills').click();
    await page.keyboard.press('3'); // concurred
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    const piece = pieceWith(page, 'raised issues with the EU bills');
    expect(await piece.locator('.chip').textContent()).toBe('◆J✎');
    await page.check('#f-changed');
    expect(await page.locator('#doc-text .st:not(.dim)').count()).toBe(1);
    expect(await page.locator('#statement-list li').count()).toBe(1);
    await page.uncheck('#f-changed');
    // Undo brings the tool's coding back, and that survives a reload too.
    await piece.click();
    await page.keyboard.press('u');
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await pieceWith(page, 'raised issues with the EU bills').locator('.chip').textContent()).toBe(
      '▲J',
    );
    await page.close();
  });

  it('works from the keyboard alone: tab to the text, visible focus, j/k, stance, side and topic keys', async () => {
    const page = await open(seedUrl);
    let focused = '';
    for (let tab = 0; tab < 40 && !focused.startsWith('st'); tab++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.className ?? '');
    }
    expect(focused).toMatch(/^st /);
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    const active = () => page.evaluate(() => Number((document.activeElement as HTMLElement).dataset.i));
    expect(await active()).toBe(0);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await active()).toBe(2);
    await page.keyboard.press('k');
    expect(await active()).toBe(1);
    await page.keyboard.press('1');
    await page.keyboard.press('s');
    await page.keyboard.press('t');
    const chip = await page.locator('#doc-text .st[data-i="1"] .chip').textContent();
    expect(chip).toBe('●J✎'); // none -> japan (s), explained (1), changed
    expect(await page.locator('#edit-topic').inputValue()).not.toBe('general');
    expect(await page.locator('#status').textContent()).toMatch(/^Topic of statement 2 of /);
    // Every control has a name a screen reader can say.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('select, input, button')]
        .filter((control) => {
          const labelled = (control as HTMLInputElement).labels?.length;
          const text = control.textContent?.trim() || control.getAttribute('aria-label');
          return !labelled && !text;
        })
        .map((control) => control.outerHTML),
    );
    expect(unnamed).toEqual([]);
    await page.close();
  });

  it('hovering a statement shows its row: side, stance, topic, topics, cue and why', async () => {
    const page = await open(seedUrl);
    await pieceWith(page, 'raised issues with the EU bills').hover();
    const card = page.locator('#hovercard');
    await card.waitFor({ state: 'visible' });
    const text = (await card.textContent()) ?? '';
    for (const words of [
      'japan',
      'raised issues',
      'platforms',
      'Topics',
      'Cue',
      'Why',
      'the subject "the Japanese side"',
    ]) {
      expect(text).toContain(words);
    }
    await page.close();
  });

  it('a cell of the trends grid lists the statements behind it, by mouse and by keyboard', async () => {
    const page = await open(seedUrl);
    const cells = page.locator('#trends g.cell');
    // The seed's trends.csv: one meeting, so one cell per side and topic it has rows for.
    expect(await cells.count()).toBe(new Set(trends.map((row) => `${row.side} ${row.topic}`)).size);
    expect(await cells.count()).toBeGreaterThan(3);
    const statements = (label: string) => Number(/: (\d+) statements?, dominant /.exec(label)?.[1]);
    const label = (await cells.first().getAttribute('aria-label')) ?? '';
    expect(label).toMatch(
      /^Japanese side, [\w-]+, #12 2021: \d+ statements?, dominant (explained|raised issues|concurred|other)$/,
    );
    await cells.first().click();
    expect(await page.locator('#statement-list li').count()).toBe(statements(label));
    await cells.first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const second = (await cells.nth(1).getAttribute('aria-label')) ?? '';
    expect(await page.locator('#statement-list li').count()).toBe(statements(second));
    expect(await page.locator('#list-caption').textContent()).toContain(second.split(':')[0] ?? '');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    const below = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
    expect(below).not.toBe(second);
    expect(await page.locator('#list-caption').textContent()).toContain(below.split(':')[0] ?? '');
    // The cell's mark and count are those of its label, in the stance's colour.
    const text = (await cells.first().locator('text').textContent()) ?? '';
    expect(text).toMatch(new RegExp(`^[●▲◆○]${statements(label)}$`));
    // A filter applies to the grid: only the side filtered for keeps its cells.
    await page.selectOption('#f-side', 'eu');
    const sides = await page.$$eval('#trends g.cell', (nodes) =>
      nodes.map((node) => (node.getAttribute('aria-label') ?? '').split(',')[0]),
    );
    expect(sides.length).toBeGreaterThan(0);
    expect(new Set(sides)).toEqual(new Set(['EU side']));
    await page.click('#clear-filters');
    // A correction of side moves a statement out of the cell it was listed under.
    await cells.nth(1).click();
    const listed = await page.locator('#statement-list li').count();
    await page.locator('#statement-list button').first().click();
    await page.keyboard.press('s');
    expect(await page.locator('#statement-list li').count()).toBe(listed - 1);
    await page.close();
  });

  it('renders Japanese documents as read (UTF-8, a CJK font, no mojibake), highlighted at their offsets', async () => {
    const page = await open(japaneseUrl);
    expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
    const japanese = page.locator('#doc-list .doc-meta', { hasText: '· ja ·' }).first();
    await japanese.click();
    const id = ((await japanese.textContent()) ?? '').split(' · ')[0] ?? '';
    const source = analyzeInputs({ inputs: [JAPANESE] }).documents.find((d) => d.source.id === id);
    expect(source?.lang).toBe('ja');
    const { blocks, statements } = await rendered(page);
    for (const block of blocks) expect(block.text).toBe(source?.source.text.slice(block.start, block.end));
    expect(statements.map((s) => [s.start, s.start + s.text.length])).toEqual(
      source?.statements.map((s) => [s.span.start, s.span.end]),
    );
    expect(await page.locator('#doc-text').getAttribute('lang')).toBe('ja');
    expect(await page.$eval('#doc-text', (article) => getComputedStyle(article).fontFamily)).toContain(
      'Noto Sans CJK JP',
    );
    const text = (await page.locator('#doc-text').textContent()) ?? '';
    expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(text).not.toMatch(/\ufffd|ã\u0081|æ\u0097/);
    mkdirSync('docs', { recursive: true });
    await pieceWith(page, '側').first().click();
    await saveScreenshot(page, 'docs/review-ja.png', false);
    await page.close();
  });

  it('writes screenshots at 1280 (the whole page) and 420 pixels wide', async () => {
    mkdirSync('docs', { recursive: true });
    for (const width of [1280, 420]) {
      const page = await open(seedUrl, width);
      if (width === 1280) {
        // The whole page in one viewport: a full-page capture resizes the viewport mid-shot, and
        // the page may lose the hover card to it.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width, height });
      }
      const piece = pieceWith(page, 'raised issues with the EU bills');
      await piece.click();
      await piece.hover();
      await page.locator('#hovercard').waitFor({ state: 'visible' });
      const file = `docs/review-${width}.png`;
      await saveScreenshot(page, file, false);
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
      await page.close();
    }
  });

  it('the guard sees a request when a page makes one, and refuses it', async () => {
    requireBrowser();
    const probe = join(root, 'probe.html');
    writeFileSync(
      probe,
      '<!doctype html><meta charset="utf-8"><img src="http://127.0.0.1:9/never.png" alt="">',
    );
    requireBrowser();
    const url = pathToFileURL(probe).href;
    allowed.add(url);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForLoadState('load');
    expect(refused).toEqual(['http://127.0.0.1:9/never.png']);
    refused.length = 0;
    requests.splice(requests.indexOf('http://127.0.0.1:9/never.png'), 1);
    await page.close();
  });

  it('no page made a request other than for itself', () => {
    requireBrowser();
    expect(refused).toEqual([]);
    const other = requests.filter((url) => !allowed.has(url) && !url.startsWith('blob:'));
    expect(other).toEqual([]);
    expect(requests.filter((url) => url === seedUrl).length).toBeGreaterThan(0);
  });
});
