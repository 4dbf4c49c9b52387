// The review page's script (review.html inlines it): renders the documents from the JSON island,
// filters, draws the trends, and keeps a coder's corrections in localStorage until they are
// downloaded as a gold CSV. Plain browser JavaScript with no imports and no requests; every text from
// the data goes into the page through textContent, never as markup.
(() => {
  const data = JSON.parse(document.getElementById('review-data').textContent);
  const STORE_KEY = `dialogue-stance:review:${data.fingerprint}`;
  const CODER_KEY = 'dialogue-stance:coder';
  const SVG = 'http://www.w3.org/2000/svg';
  const byId = (id) => document.getElementById(id);

  const statements = data.statements;
  const sideIndex = new Map(data.sides.map((side, index) => [side.id, index]));
  const stanceIndex = new Map(data.stances.map((stance, index) => [stance.id, index]));
  const topicIds = data.topics.map((topic) => topic.id);
  const sideOf = (id) => data.sides[sideIndex.get(id) ?? data.sides.length - 1];
  const stanceOf = (id) => data.stances[stanceIndex.get(id) ?? data.stances.length - 1];

  /** Statement indexes of each document, in text order. */
  const ofDocument = data.documents.map(() => []);
  statements.forEach((statement, index) => {
    ofDocument[statement.doc].push(index);
  });
  for (const list of ofDocument) list.sort((a, b) => statements[a].start - statements[b].start);

  const keyOf = (index) => {
    const statement = statements[index];
    return `${data.documents[statement.doc].id}:${statement.start}-${statement.end}`;
  };
  const indexOfKey = new Map(statements.map((_, index) => [keyOf(index), index]));

  // --- Storage: the coder's corrections, keyed by the corpus fingerprint ---------------------------

  let storageWorks = true;
  function readStore(key, fallback) {
    try {
      const text = window.localStorage.getItem(key);
      return text === null ? fallback : JSON.parse(text);
    } catch {
      storageWorks = false;
      return fallback;
    }
  }
  function writeStore(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      storageWorks = false;
      say('This browser keeps no changes for this page: download the gold CSV before you close it.');
      return false;
    }
  }

  /** key -> {side, stance, topic, confirmed}: only statements the coder changed or confirmed. */
  const edits = {};
  {
    const stored = readStore(STORE_KEY, null);
    const entries = stored && typeof stored.edits === 'object' && stored.edits ? stored.edits : {};
    for (const [key, edit] of Object.entries(entries)) {
      if (!indexOfKey.has(key) || !edit) continue;
      if (!sideIndex.has(edit.side) || !stanceIndex.has(edit.stance) || !topicIds.includes(edit.topic))
        continue;
      edits[key] = {
        side: edit.side,
        stance: edit.stance,
        topic: edit.topic,
        confirmed: edit.confirmed === true,
      };
    }
  }
  const persist = () => writeStore(STORE_KEY, { version: 1, edits });

  let coder = String(readStore(CODER_KEY, '') || '');

  const coding = (index) => {
    const edit = edits[keyOf(index)];
    const statement = statements[index];
    return edit
      ? { side: edit.side, stance: edit.stance, topic: edit.topic }
      : { side: statement.side, stance: statement.stance, topic: statement.topic };
  };
  const isChanged = (index) => {
    const edit = edits[keyOf(index)];
    const statement = statements[index];
    return Boolean(
      edit &&
        (edit.side !== statement.side || edit.stance !== statement.stance || edit.topic !== statement.topic),
    );
  };
  const isConfirmed = (index) => Boolean(edits[keyOf(index)]?.confirmed);

  // --- Filters ---------------------------------------------------------------------------------

  const filters = { side: '', stance: '', topic: '', meeting: '', lang: '', changed: false };
  const anyFilter = () =>
    Boolean(
      filters.side || filters.stance || filters.topic || filters.meeting || filters.lang || filters.changed,
    );

  /** Whether the filters let a statement through (the text, the list and the trends grid alike). */
  function passes(index) {
    const statement = statements[index];
    const current = coding(index);
    if (filters.side && current.side !== filters.side) return false;
    if (filters.stance && current.stance !== filters.stance) return false;
    if (filters.meeting && String(statement.meeting) !== filters.meeting) return false;
    if (filters.topic && current.topic !== filters.topic) return false;
    if (filters.lang && data.documents[statement.doc].lang !== filters.lang) return false;
    if (filters.changed && !isChanged(index)) return false;
    return true;
  }

  // --- Small helpers -----------------------------------------------------------------------------

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'text') node.textContent = value;
      else if (name === 'className') node.className = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }
  function say(message) {
    byId('status').textContent = message;
  }
  const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const passing = (count) => `${plural(count, 'statement')} ${count === 1 ? 'passes' : 'pass'} the filters`;
  const folded = (text) => text.replace(/\s+/g, ' ').trim();
  const statementText = (index) => {
    const statement = statements[index];
    return data.documents[statement.doc].text.slice(statement.start, statement.end);
  };
  const excerpt = (text, length) => {
    const flat = folded(text);
    return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
  };
  const stanceWords = (id) => stanceOf(id).label;
  const reviewState = (index) =>
    isChanged(index)
      ? 'changed by the coder'
      : isConfirmed(index)
        ? 'confirmed by the coder'
        : 'not reviewed';

  // --- State -------------------------------------------------------------------------------------

  let currentDoc = -1;
  let current = -1;
  /** What the statement list shows: the filtered statements, or one cell of the trends grid. */
  let listing = { kind: 'filters' };

  // --- The document list ------------------------------------------------------------------------

  const docButtons = [];
  function buildDocList() {
    const list = byId('doc-list');
    list.replaceChildren();
    data.documents.forEach((doc, d) => {
      const meetings = doc.meetings.map((m) => data.meetings[m].label).join('; ');
      const button = element(
        'button',
        { type: 'button', 'data-doc': d },
        element('span', { className: 'doc-title', text: doc.title, lang: doc.lang }),
        element('span', {
          className: 'doc-meta',
          text: `${doc.id} · ${doc.lang} · ${doc.date ?? 'undated'}`,
        }),
        element('span', { className: 'doc-meta', text: meetings, lang: doc.lang }),
        element('span', { className: 'doc-counts' }),
      );
      button.addEventListener('click', () => openDocument(d, true));
      docButtons.push(button);
      list.append(element('li', {}, button));
    });
    updateDocList();
  }

  function updateDocList() {
    docButtons.forEach((button, d) => {
      const counts = new Map(data.sides.map((side) => [side.id, 0]));
      let shown = 0;
      for (const index of ofDocument[d]) {
        const side = coding(index).side;
        counts.set(side, (counts.get(side) ?? 0) + 1);
        if (passes(index)) shown++;
      }
      const parts = data.sides.map((side) => `${side.id} ${counts.get(side.id)}`).join(' · ');
      const total = ofDocument[d].length;
      button.querySelector('.doc-counts').textContent =
        `${plural(total, 'statement')}: ${parts}${anyFilter() ? ` — ${shown} shown` : ''}`;
      if (d === currentDoc) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    });
  }

  // --- A document's text --------------------------------------------------------------------------

  const FURNITURE = {
    dateline: 'dateline',
    footnote: 'footnote',
    contact: 'contact',
    reference: 'reference',
  };

  function blockElement(kind, level) {
    if (kind === 'title') return element('h3', { className: 'blk title' });
    if (kind === 'heading')
      return element(`h${Math.min(6, 3 + Math.max(1, level))}`, { className: 'blk heading' });
    if (FURNITURE[kind]) return element('p', { className: 'blk furniture', 'data-label': FURNITURE[kind] });
    if (kind === 'gap') return element('p', { className: 'blk gap', 'data-label': 'outside the blocks' });
    return element('p', { className: `blk ${kind === 'item' ? 'item' : 'paragraph'}` });
  }

  /** Segments of the text to show: the blocks, and any text between them that is not whitespace. */
  function segmentsOf(doc) {
    const segments = [];
    const addGap = (from, to) => {
      const gap = doc.text.slice(from, to);
      const start = gap.search(/\S/);
      if (start === -1) return;
      const end = gap.length - (gap.length - gap.trimEnd().length);
      segments.push({ kind: 'gap', level: 0, start: from + start, end: from + end });
    };
    let position = 0;
    const blocks = doc.blocks.slice().sort((a, b) => a[1] - b[1]);
    for (const [kind, blockStart, blockEnd, level] of blocks) {
      const start = Math.max(blockStart, position);
      if (start > position) addGap(position, start);
      if (blockEnd > start) segments.push({ kind, level, start, end: blockEnd });
      position = Math.max(position, blockEnd);
    }
    if (position < doc.text.length) addGap(position, doc.text.length);
    return segments;
  }

  /** A statement's text from `from` to `to`, its cue words wrapped. */
  function statementPiece(index, from, to, first) {
    const statement = statements[index];
    const text = data.documents[statement.doc].text;
    const piece = element('span', { className: 'st', 'data-i': index, role: 'button', tabindex: -1 });
    if (first) {
      piece.append(
        element('span', { className: 'chip', 'aria-hidden': 'true' }),
        element('span', { className: 'sr' }),
      );
    }
    const body = element('span', { className: 'tx' });
    let position = from;
    for (const [cueStart, cueEnd] of statement.cueSpans) {
      const start = Math.max(cueStart, position);
      const end = Math.min(cueEnd, to);
      if (end <= start) continue;
      if (start > position) body.append(text.slice(position, start));
      body.append(element('span', { className: 'cue', text: text.slice(start, end) }));
      position = end;
    }
    if (position < to) body.append(text.slice(position, to));
    piece.append(body);
    return piece;
  }

  function renderDocument(d) {
    const doc = data.documents[d];
    const meetings = doc.meetings.map((m) => data.meetings[m].label).join('; ');
    byId('doc-head').replaceChildren(
      element('h2', { id: 'doc-title', text: doc.title, lang: doc.lang }),
      element('p', {
        className: 'hint',
        text: `${doc.id} · language ${doc.lang} · ${doc.date ?? 'undated'} · ${meetings} · ${plural(ofDocument[d].length, 'statement')}`,
      }),
    );
    const article = byId('doc-text');
    article.replaceChildren();
    article.setAttribute('lang', doc.lang);
    const list = ofDocument[d];
    let next = 0;
    for (const segment of segmentsOf(doc)) {
      const node = blockElement(segment.kind, segment.level);
      node.dataset.start = String(segment.start);
      node.dataset.end = String(segment.end);
      let position = segment.start;
      while (next < list.length && statements[list[next]].end <= segment.start) next++;
      for (let j = next; j < list.length; j++) {
        const statement = statements[list[j]];
        if (statement.start >= segment.end) break;
        const from = Math.max(statement.start, position);
        const to = Math.min(statement.end, segment.end);
        if (to <= from) continue;
        if (from > position) node.append(doc.text.slice(position, from));
        node.append(statementPiece(list[j], from, to, from === statement.start));
        position = to;
      }
      if (position < segment.end) node.append(doc.text.slice(position, segment.end));
      article.append(node);
    }
  }

  /** Classes, marks and the tab stop of the shown statements, from the current coding and filters. */
  function decorate() {
    const pieces = byId('doc-text').querySelectorAll('.st');
    const inDocument = current >= 0 && statements[current].doc === currentDoc;
    let tabStop = inDocument ? current : -1;
    if (tabStop < 0) {
      const list = ofDocument[currentDoc] || [];
      tabStop = list.find((index) => passes(index)) ?? list[0] ?? -1;
    }
    for (const piece of pieces) {
      const index = Number(piece.dataset.i);
      const now = coding(index);
      const side = sideIndex.get(now.side) ?? 0;
      const stance = stanceIndex.get(now.stance) ?? 0;
      piece.className = `st side-${side} stance-${stance}${index === current ? ' current' : ''}${passes(index) ? '' : ' dim'}`;
      piece.tabIndex = index === tabStop ? 0 : -1;
      // The hover card holds the current statement's row: a screen reader reads it as its description.
      if (index === current) piece.setAttribute('aria-describedby', 'hovercard');
      else piece.removeAttribute('aria-describedby');
      const state = isChanged(index) ? '✎' : isConfirmed(index) ? '✓' : '';
      const chip = piece.querySelector('.chip');
      if (chip) {
        chip.replaceChildren(
          element('span', { className: 'mk', text: stanceOf(now.stance).mark }),
          sideOf(now.side).abbr + state,
        );
      }
      const label = piece.querySelector('.sr');
      if (label) {
        label.textContent = `${now.side}, ${stanceWords(now.stance)}, topic ${now.topic}${state ? `, ${reviewState(index)}` : ''}: `;
      }
    }
  }

  const pieceOf = (index) => byId('doc-text').querySelector(`.st[data-i="${index}"]`);

  function openDocument(d, fromList) {
    if (d !== currentDoc) {
      currentDoc = d;
      renderDocument(d);
    }
    if (fromList) {
      const list = ofDocument[d];
      current = list.find((index) => passes(index)) ?? list[0] ?? -1;
    }
    refresh();
  }

  /** Makes a statement the current one, opening its document, and moves the focus to it. */
  function goTo(index, focus = true) {
    if (index < 0) return;
    current = index;
    if (statements[index].doc !== currentDoc) {
      currentDoc = statements[index].doc;
      renderDocument(currentDoc);
    }
    refresh();
    const piece = pieceOf(index);
    if (piece && focus) {
      piece.focus({ preventScroll: true });
      piece.scrollIntoView({ block: 'nearest' });
    }
  }

  function move(step) {
    const order = statements.map((_, index) => index).filter((index) => passes(index));
    if (order.length === 0) return say('No statement passes the filters.');
    let at = order.indexOf(current);
    if (at === -1) {
      const after = order.findIndex((index) => index > current);
      at = step > 0 ? (after === -1 ? order.length : after) - 1 : after === -1 ? order.length : after;
    }
    const target = order[at + step];
    if (target === undefined)
      return say(step > 0 ? 'That was the last statement shown.' : 'That was the first statement shown.');
    goTo(target);
  }

  // --- The row of a statement: the panel and the hover card ---------------------------------------

  function rowList(index, full) {
    const statement = statements[index];
    const now = coding(index);
    const list = element('dl', { className: 'row-dl' });
    const add = (term, ...value) => list.append(element('dt', { text: term }), element('dd', {}, ...value));
    const side = sideOf(now.side);
    add('Side', `${now.side}${side.label && side.label !== now.side ? ` (${side.label})` : ''}`);
    add(
      'Stance',
      element('span', {
        className: `mk stance-${stanceIndex.get(now.stance)}`,
        text: stanceOf(now.stance).mark,
        'aria-hidden': 'true',
      }),
      ` ${stanceWords(now.stance)}`,
    );
    add('Topic', now.topic);
    add('Topics', statement.topics.length ? statement.topics.join(', ') : '—');
    add('Cue', statement.cue || '—');
    add('Why', element('ul', {}, ...statement.why.map((line) => element('li', { text: line }))));
    if (isChanged(index)) {
      add('Tool', `${statement.side}, ${stanceWords(statement.stance)}, ${statement.topic}`);
    }
    add('Review', reviewState(index));
    if (full) {
      const doc = data.documents[statement.doc];
      add(
        'Snippet',
        statement.snippet
          ? folded(doc.text.slice(statement.snippet[0], statement.snippet[1]))
          : 'none: its words occur again in the document, so it cannot go into a gold file',
      );
    }
    return list;
  }

  function renderPanel() {
    const controls = document.querySelectorAll('.edit button, .edit select');
    if (current < 0) {
      byId('panel-where').textContent = 'No statement selected.';
      byId('panel-text').replaceChildren();
      byId('panel-row').replaceChildren();
      for (const control of controls) control.disabled = true;
      return;
    }
    for (const control of controls) control.disabled = false;
    const statement = statements[current];
    const doc = data.documents[statement.doc];
    const position = ofDocument[statement.doc].indexOf(current) + 1;
    byId('panel-where').textContent =
      `${doc.id}: statement ${position} of ${ofDocument[statement.doc].length} (sentence ${statement.sentence}, clause ${statement.index}), ${data.meetings[statement.meeting].label}`;
    const quote = byId('panel-text');
    quote.setAttribute('lang', doc.lang);
    quote.textContent = statementText(current);
    byId('panel-row').replaceChildren(...rowList(current, true).childNodes);
    const now = coding(current);
    for (const button of document.querySelectorAll('#stance-buttons button')) {
      button.setAttribute('aria-pressed', String(button.dataset.stance === now.stance));
    }
    byId('edit-side').value = now.side;
    byId('edit-topic').value = now.topic;
  }

  const card = byId('hovercard');
  let cardFor = -1;
  function showCard(piece) {
    const index = Number(piece.dataset.i);
    cardFor = index;
    const now = coding(index);
    card.replaceChildren(
      element('strong', {
        text: `${now.side} · ${stanceOf(now.stance).mark} ${stanceWords(now.stance)} · ${now.topic}`,
      }),
      rowList(index, false),
    );
    card.hidden = false;
    const box = piece.getBoundingClientRect();
    const width = Math.min(card.offsetWidth, document.documentElement.clientWidth - 16);
    const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    card.style.left = `${left + window.scrollX}px`;
    card.style.top = `${box.bottom + window.scrollY + 6}px`;
  }
  function hideCard() {
    card.hidden = true;
    cardFor = -1;
  }

  // --- The statement list -----------------------------------------------------------------------------

  function renderList() {
    const list = byId('statement-list');
    let indexes = [];
    let caption = '';
    if (listing.kind === 'cell') {
      // Recounted from the current coding, so a correction made meanwhile moves a statement out.
      indexes = statements
        .map((_, index) => index)
        .filter((index) => {
          const now = coding(index);
          return (
            inGrid(index) &&
            statements[index].meeting === listing.meeting &&
            now.topic === listing.topic &&
            now.side === listing.side
          );
        });
      caption = `${listing.label}: ${plural(indexes.length, 'statement')}.`;
    } else if (anyFilter()) {
      indexes = statements.map((_, index) => index).filter((index) => passes(index));
      caption = `${passing(indexes.length)}.`;
    } else {
      caption = 'Set a filter, or choose a cell in Trends, to list its statements here.';
    }
    const shown = indexes.slice(0, 300);
    if (shown.length < indexes.length) caption += ` The first ${shown.length} are listed.`;
    byId('list-caption').textContent = caption;
    list.replaceChildren(
      ...shown.map((index) => {
        const now = coding(index);
        const doc = data.documents[statements[index].doc];
        const button = element(
          'button',
          { type: 'button', 'data-i': index },
          element('span', {
            className: `mk stance-${stanceIndex.get(now.stance)}`,
            text: stanceOf(now.stance).mark,
            'aria-hidden': 'true',
          }),
          ` ${sideOf(now.side).abbr} · ${doc.id} · `,
          element('span', { text: excerpt(statementText(index), 90), lang: doc.lang }),
        );
        button.setAttribute(
          'aria-label',
          `${now.side}, ${stanceWords(now.stance)}, ${now.topic}: ${excerpt(statementText(index), 140)} (${doc.id})`,
        );
        button.addEventListener('click', () => goTo(index));
        return element('li', {}, button);
      }),
    );
  }

  // --- The trends grid ----------------------------------------------------------------------------------
  // trends.svg drawn in the page: per series, topics down with one band per side, the series' meetings
  // across in date order; a cell is coloured by the side's dominant stance on the topic in that meeting
  // (the tie rule of changes.csv, `data.dominance`) and carries its mark and count. It counts what
  // trends.csv counts (statements of the release counted for their meeting, of a party or both sides)
  // from the current coding, and only the statements the filters pass; white: none.

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  }
  /** Black or white, whichever reads better on the colour (as the charts choose it). */
  function inkOn(colour) {
    const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16) / 255);
    const linear = (c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    return luminance > 0.22 ? '#000' : '#fff';
  }

  const compareText = (a, b) => (a === b ? 0 : a < b ? -1 : 1);
  const topicRank = new Map(topicIds.map((id, rank) => [id, rank]));
  /** Codebook order, then topics it does not name alphabetically (as the trends order them). */
  const compareTopics = (a, b) =>
    (topicRank.get(a) ?? topicIds.length) - (topicRank.get(b) ?? topicIds.length) || compareText(a, b);
  /** The columns of each series: the meetings the trends count, in date order. */
  const columnsOf = new Map();
  data.meetings.forEach((meeting, m) => {
    if (meeting.column === null) return;
    if (!columnsOf.has(meeting.series)) columnsOf.set(meeting.series, []);
    columnsOf.get(meeting.series).push(m);
  });

  /** The stance with most statements; a tie goes to the earlier one in `data.dominance`. */
  function dominant(counts) {
    let best = null;
    for (const stance of data.dominance) {
      const n = counts[stance] ?? 0;
      if (n > 0 && (best === null || n > counts[best])) best = stance;
    }
    return best ?? 'other';
  }

  /** Whether a statement is in the grid: counted by the trends, of a party or both, passing the filters. */
  const inGrid = (index) =>
    statements[index].counted &&
    data.meetings[statements[index].meeting].column !== null &&
    coding(index).side !== 'none' &&
    passes(index);
  const cellKey = (meeting, topic, side) => JSON.stringify([meeting, topic, side]);

  const BAND = 17;
  const HEAD = 52;
  let cells = [];
  function renderChart() {
    const groups = new Map();
    const topicsOf = new Map();
    const present = new Set();
    for (let index = 0; index < statements.length; index++) {
      if (!inGrid(index)) continue;
      const now = coding(index);
      const m = statements[index].meeting;
      const key = cellKey(m, now.topic, now.side);
      if (!groups.has(key)) groups.set(key, { counts: {}, indexes: [] });
      const group = groups.get(key);
      group.counts[now.stance] = (group.counts[now.stance] ?? 0) + 1;
      group.indexes.push(index);
      const series = data.meetings[m].series;
      if (!topicsOf.has(series)) topicsOf.set(series, new Set());
      topicsOf.get(series).add(now.topic);
      present.add(now.side);
    }
    const container = byId('trends');
    cells = [];
    if (groups.size === 0) {
      container.replaceChildren(
        element('p', {
          className: 'hint',
          text: 'No counted statement of a party or of both sides passes the filters.',
        }),
      );
      return;
    }
    const sides = data.sides.filter((side) => present.has(side.id));
    const seriesList = [...topicsOf.keys()].sort(compareText);
    const most = Math.max(1, ...seriesList.map((series) => columnsOf.get(series)?.length ?? 0));
    // Side names end at the cells; a topic's name starts at the left and runs over its heading row.
    const left = 12 + Math.ceil(6.5 * Math.max(0, ...sides.map((side) => side.id.length)));
    const width = Math.max(240, Math.round(container.clientWidth || 300));
    const step = Math.min(40, Math.max(24, Math.floor((width - left - 4) / most)));
    const chart = svg('svg', { role: 'group', 'aria-label': 'Dominant stance by topic, side and meeting' });
    let y = 0;
    let row = 0;
    for (const series of seriesList) {
      const columns = columnsOf.get(series) ?? [];
      chart.append(
        svg(
          'text',
          { x: 0, y: y + 13, 'font-size': 12.5, 'font-weight': 600 },
          series === '' ? '(series not stated)' : series,
        ),
      );
      y += 18;
      columns.forEach((m, c) => {
        const x = left + c * step + step / 2;
        const label = svg(
          'text',
          {
            x,
            y: y + HEAD - 3,
            'font-size': 10,
            'dominant-baseline': 'middle',
            transform: `rotate(-90 ${x} ${y + HEAD - 3})`,
          },
          data.meetings[m].column,
        );
        label.append(svg('title', {}, data.meetings[m].label));
        chart.append(label);
      });
      y += HEAD;
      for (const topic of [...topicsOf.get(series)].sort(compareTopics)) {
        chart.append(svg('text', { x: 0, y: y + 12, 'font-size': 11, 'font-weight': 600 }, topic));
        y += BAND;
        for (const side of sides) {
          chart.append(
            svg('text', { x: left - 4, y: y + 12, 'font-size': 10.5, 'text-anchor': 'end' }, side.id),
          );
          columns.forEach((m, c) => {
            const group = groups.get(cellKey(m, topic, side.id));
            if (!group) return;
            const stance = stanceOf(dominant(group.counts));
            const n = group.indexes.length;
            const name = `${side.label || side.id}, ${topic}, ${data.meetings[m].column}: ${plural(n, 'statement')}, dominant ${stance.label}`;
            const x = left + c * step;
            const node = svg('g', { class: 'cell', tabindex: -1, role: 'button', 'aria-label': name });
            node.append(
              svg('title', {}, `${name} (${data.meetings[m].label})`),
              svg('rect', { x: x + 1, y: y + 1, width: step - 2, height: BAND - 2, fill: stance.colour }),
              svg(
                'text',
                {
                  x: x + step / 2,
                  y: y + BAND / 2 + 1,
                  'font-size': 10,
                  'text-anchor': 'middle',
                  'dominant-baseline': 'middle',
                  fill: inkOn(stance.colour),
                  'aria-hidden': 'true',
                  'pointer-events': 'none',
                },
                `${stance.mark}${n}`,
              ),
            );
            const cell = { node, indexes: group.indexes, meeting: m, topic, side: side.id, row, column: c };
            cell.label = name.split(':')[0];
            node.addEventListener('click', () => chooseCell(cell));
            node.addEventListener('keydown', (event) => cellKeys(event, cell));
            cells.push(cell);
            chart.append(node);
          });
          y += BAND;
          row++;
        }
      }
      y += 10;
    }
    // As wide as the section at least, so that a series' title is not cut off.
    const chartWidth = Math.max(width, left + most * step + 4);
    chart.setAttribute('viewBox', `0 0 ${chartWidth} ${y}`);
    chart.setAttribute('width', String(chartWidth));
    chart.setAttribute('height', String(y));
    const chosen =
      listing.kind === 'cell'
        ? cells.find(
            (cell) =>
              cell.meeting === listing.meeting && cell.topic === listing.topic && cell.side === listing.side,
          )
        : undefined;
    if (chosen) chosen.node.classList.add('chosen');
    (chosen ?? cells[0])?.node.setAttribute('tabindex', '0');
    container.replaceChildren(chart);
  }

  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(renderChart, 150);
  });

  function chooseCell(cell) {
    listing = { kind: 'cell', label: cell.label, meeting: cell.meeting, topic: cell.topic, side: cell.side };
    for (const other of cells) {
      other.node.classList.toggle('chosen', other === cell);
      other.node.setAttribute('tabindex', other === cell ? '0' : '-1');
    }
    renderList();
    say(`Listed ${plural(cell.indexes.length, 'statement')} of ${cell.label}.`);
  }

  /** The cell in the nearest row above (-1) or below (1) with a cell, nearest in column. */
  function cellAcross(cell, direction) {
    let best = null;
    for (const other of cells) {
      const rows = (other.row - cell.row) * direction;
      if (rows <= 0) continue;
      const columns = Math.abs(other.column - cell.column);
      if (!best || rows < best.rows || (rows === best.rows && columns < best.columns))
        best = { cell: other, rows, columns };
    }
    return best ? best.cell : cell;
  }

  function cellKeys(event, cell) {
    const at = cells.indexOf(cell);
    let target = null;
    if (event.key === 'ArrowRight') target = cells[Math.min(cells.length - 1, at + 1)];
    else if (event.key === 'ArrowLeft') target = cells[Math.max(0, at - 1)];
    else if (event.key === 'ArrowDown') target = cellAcross(cell, 1);
    else if (event.key === 'ArrowUp') target = cellAcross(cell, -1);
    else if (event.key === 'Home') target = cells[0];
    else if (event.key === 'End') target = cells[cells.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      chooseCell(cell);
      return;
    } else return;
    event.preventDefault();
    cell.node.setAttribute('tabindex', '-1');
    target.node.setAttribute('tabindex', '0');
    target.node.focus();
  }

  // --- Corrections ------------------------------------------------------------------------------------

  function edit(change, message) {
    if (current < 0) return say('Choose a statement first.');
    const key = keyOf(current);
    const next = { ...coding(current), confirmed: isConfirmed(current), ...change };
    edits[key] = next;
    if (!isChanged(current) && !next.confirmed) delete edits[key];
    persist();
    refresh();
    if (cardFor === current) {
      const piece = pieceOf(current);
      if (piece) showCard(piece);
    }
    say(message);
  }

  const where = () =>
    `statement ${ofDocument[statements[current].doc].indexOf(current) + 1} of ${data.documents[statements[current].doc].id}`;

  function setStance(stance) {
    if (current < 0) return say('Choose a statement first.');
    edit({ stance }, `Stance of ${where()}: ${stanceWords(stance)}.`);
  }
  function setSide(side) {
    if (current < 0) return say('Choose a statement first.');
    edit({ side }, `Side of ${where()}: ${side}.`);
  }
  function setTopic(topic) {
    if (current < 0) return say('Choose a statement first.');
    edit({ topic }, `Topic of ${where()}: ${topic}.`);
  }
  const cycle = (list, value, step) => list[(list.indexOf(value) + step + list.length) % list.length];
  function confirmCurrent() {
    if (current < 0) return say('Choose a statement first.');
    edit(
      { confirmed: true },
      `Confirmed ${where()} as ${coding(current).side}, ${stanceWords(coding(current).stance)}, ${coding(current).topic}.`,
    );
  }
  function revertCurrent() {
    if (current < 0) return say('Choose a statement first.');
    delete edits[keyOf(current)];
    persist();
    refresh();
    say(`Back to the tool’s coding: ${where()}.`);
  }

  // --- The gold file ---------------------------------------------------------------------------------

  const csvCell = (value) => (/[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

  /** The gold rows of every statement the coder confirmed or changed, in document order. */
  function goldRows() {
    const rows = [];
    let withoutSnippet = 0;
    for (let index = 0; index < statements.length; index++) {
      if (!isChanged(index) && !isConfirmed(index)) continue;
      const statement = statements[index];
      if (!statement.snippet) {
        withoutSnippet++;
        continue;
      }
      const doc = data.documents[statement.doc];
      const now = coding(index);
      rows.push([
        doc.id,
        folded(doc.text.slice(statement.snippet[0], statement.snippet[1])),
        now.side,
        now.stance,
        now.topic,
      ]);
    }
    return { rows, withoutSnippet };
  }

  const fileName = () => {
    const name =
      coder
        .normalize('NFKC')
        .replace(/[^\p{L}\p{N}_-]+/gu, '-')
        .replace(/^-+|-+$/g, '') || 'coder';
    return `${name}-${data.fingerprint.slice(0, 8)}.gold.csv`;
  };

  function download() {
    const { rows, withoutSnippet } = goldRows();
    if (rows.length === 0) {
      return say('Nothing to download yet: confirm (c) or change statements first.');
    }
    if (!coder) return askCoder(download);
    const csv = `doc,snippet,side,stance,topic\n${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = element('a', { href: url, download: fileName() });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
    say(
      `Downloaded ${fileName()}: ${plural(rows.length, 'gold row')}.${withoutSnippet ? ` ${plural(withoutSnippet, 'reviewed statement')} left out: no snippet of it is unique in its document.` : ''}`,
    );
  }

  function showCoder() {
    byId('coder-name').textContent = coder || 'not set';
    byId('coder-change').textContent = coder ? 'Change coder name' : 'Set coder name';
  }

  function askCoder(then) {
    const dialog = byId('coder-dialog');
    const input = byId('coder-input');
    input.value = coder;
    const closed = () => {
      dialog.removeEventListener('close', closed);
      const name = input.value.trim();
      if (dialog.returnValue === 'ok' && name) {
        coder = name;
        writeStore(CODER_KEY, coder);
        showCoder();
        if (then) then();
        else say(`Coder: ${coder}.`);
      } else if (then) say('The gold file needs a coder name: nothing was downloaded.');
    };
    dialog.returnValue = '';
    dialog.addEventListener('close', closed);
    dialog.showModal();
    input.focus();
  }

  // --- Wiring ------------------------------------------------------------------------------------------

  function refresh() {
    decorate();
    updateDocList();
    renderChart();
    renderList();
    renderPanel();
  }

  for (const control of document.querySelectorAll('[data-filter]')) {
    control.addEventListener('change', () => {
      const name = control.dataset.filter;
      filters[name] = control.type === 'checkbox' ? control.checked : control.value;
      listing = { kind: 'filters' };
      refresh();
      const shown = statements.filter((_, index) => passes(index)).length;
      say(`${passing(shown)}.`);
    });
  }
  byId('clear-filters').addEventListener('click', () => {
    for (const control of document.querySelectorAll('[data-filter]')) {
      if (control.type === 'checkbox') control.checked = false;
      else control.value = '';
    }
    Object.assign(filters, { side: '', stance: '', topic: '', meeting: '', lang: '', changed: false });
    listing = { kind: 'filters' };
    refresh();
    say('Filters cleared.');
  });

  const text = byId('doc-text');
  text.addEventListener('click', (event) => {
    const piece = event.target.closest('.st');
    if (piece) goTo(Number(piece.dataset.i));
  });
  text.addEventListener('focusin', (event) => {
    const piece = event.target.closest('.st');
    if (!piece) return;
    const index = Number(piece.dataset.i);
    if (index !== current) {
      current = index;
      refresh();
    }
    showCard(piece);
  });
  text.addEventListener('focusout', hideCard);
  text.addEventListener('mouseover', (event) => {
    const piece = event.target.closest('.st');
    if (piece && Number(piece.dataset.i) !== cardFor) showCard(piece);
  });
  text.addEventListener('mouseleave', () => {
    const focused = document.activeElement?.closest?.('.st');
    if (focused) showCard(focused);
    else hideCard();
  });
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      const piece = event.target.closest('.st');
      if (!piece) return;
      event.preventDefault();
      byId('edit-side').focus();
    }
  });

  for (const button of document.querySelectorAll('#stance-buttons button')) {
    button.addEventListener('click', () => setStance(button.dataset.stance));
  }
  byId('edit-side').addEventListener('change', (event) => setSide(event.target.value));
  byId('edit-topic').addEventListener('change', (event) => setTopic(event.target.value));
  byId('confirm').addEventListener('click', confirmCurrent);
  byId('revert').addEventListener('click', revertCurrent);
  byId('prev').addEventListener('click', () => move(-1));
  byId('next').addEventListener('click', () => move(1));
  byId('download').addEventListener('click', download);
  byId('coder-change').addEventListener('click', () => askCoder(null));

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (
      target instanceof HTMLInputElement ||
      target instanceof HTMLSelectElement ||
      target instanceof HTMLTextAreaElement
    )
      return;
    if (byId('coder-dialog').open) return;
    const stanceKey = ['1', '2', '3', '4'].indexOf(event.key);
    if (stanceKey !== -1 && data.stances[stanceKey]) setStance(data.stances[stanceKey].id);
    else if (event.key === 'j') move(1);
    else if (event.key === 'k') move(-1);
    else if (event.key === 's' || event.key === 'S') {
      if (current >= 0)
        setSide(
          cycle(
            data.sides.map((side) => side.id),
            coding(current).side,
            event.key === 's' ? 1 : -1,
          ),
        );
    } else if (event.key === 't' || event.key === 'T') {
      if (current >= 0) setTopic(cycle(topicIds, coding(current).topic, event.key === 't' ? 1 : -1));
    } else if (event.key === 'c') confirmCurrent();
    else if (event.key === 'u') revertCurrent();
    else if (event.key === 'Escape') hideCard();
    else return;
    event.preventDefault();
  });

  showCoder();
  buildDocList();
  if (data.documents.length > 0) {
    currentDoc = 0;
    renderDocument(0);
    current = ofDocument[0][0] ?? -1;
    refresh();
  }
  if (!storageWorks)
    say('This browser keeps no changes for this page: download the gold CSV before you close it.');
  document.documentElement.dataset.ready = 'true';
})();
