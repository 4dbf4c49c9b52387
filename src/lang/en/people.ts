// People a document ties to a side. Summaries introduce an official once ("Mr. Lorenzo Bellini,
// Director-General of DG CONNECT", "EU side: Mr. Roberto Viola, ...", "Minister for Internal
// Affairs and Communications Takeaki Matsumoto") and then write "Mr. Bellini explained ...".
// The names learnt here become aliases for that one document, so the later sentences get a side.
import type { Token } from '../types.js';
import { findMentions, type Mention, type Vocabulary } from './mentions.js';
import { type EnglishModel, firstPersonAlias, personAlias } from './model.js';
import { type EnglishAlias, indexPhrases, longestPhraseAt } from './phrases.js';

/** How far after a name its appositive may name the side ("..., Director-General, DG CONNECT"). */
const APPOSITIVE_WINDOW = 16;
/** The possessive ending between a party and its office ("Japan's Minister"). */
const POSSESSIVE = /^['’]s$/u;

/** How far after a name's comma its role word may stand ("..., Deputy Director-General"). */
const APPOSITIVE_ROLE_WINDOW = 3;

interface Name {
  /** Token range of the name itself, without the honorific. */
  start: number;
  end: number;
}

/** A capitalised word that may be part of a name: not a title's or an organisation's word. */
const isCapitalised = (model: EnglishModel, token: Token | undefined): boolean =>
  token !== undefined &&
  /^\p{Lu}[\p{L}'’-]*$/u.test(token.text) &&
  !model.grammar.notNames.has(token.lower) &&
  !model.grammar.organisationWords.has(token.lower);

/** The name that starts at `at` (after an honorific, or right after an actor's title), if any. */
function nameAt(tokens: readonly Token[], at: number, model: EnglishModel): Name | null {
  let end = at;
  while (end < tokens.length && end - at < 5) {
    const token = tokens[end];
    const particle =
      token !== undefined &&
      model.grammar.nameParticles.has(token.text) &&
      isCapitalised(model, tokens[end + 1]);
    // A topic term is no name: "the Japan AI Safety Institute" names no person "AI".
    if (!particle && (!isCapitalised(model, token) || longestPhraseAt(model.topicTerms, tokens, end))) break;
    end++;
  }
  return end > at ? { start: at, end } : null;
}

/** Does the alias name an office, with a role word in it ("Minister for ...", "Commissioner")? */
export function isTitle(mention: Mention, model: EnglishModel): boolean {
  return mention.alias.text
    .split(/\s+/)
    .some((word) => model.roles.has(word.toLowerCase().replace(/s$/, '')));
}

/** Words that may stand inside a title between its role word and the name ("for International Affairs"). */
const isTitleWord = (model: EnglishModel, token: Token | undefined): boolean =>
  token !== undefined &&
  (model.grammar.titleWords.has(token.lower) || /^\p{Lu}[\p{L}&-]*$/u.test(token.text));

/**
 * The title that ends right before `at`: a side's title alias ("Minister for Internal Affairs and
 * Communications", "Commissioner") or a role word ("Director-General", "Vice-Minister for
 * International Affairs"), walking back over the title's own words. Returns the alias's side, "" for
 * a role without a side, or null for no title.
 */
function titleBefore(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  model: EnglishModel,
  at: number,
): string | null {
  // Words between the title and the name ("for International Affairs") are only skipped before a
  // name written in the Japanese style ("MATSUMOTO Takeshi"); otherwise they are the title itself
  // ("Director-General for Policy Coordination").
  const japaneseStyle = /^\p{Lu}{2,}$/u.test(tokens[at]?.text ?? '');
  for (let j = at; j > 0 && at - j < 6; j--) {
    // A title alias names a person's office ("Minister for ...", "Commissioner"), not a country.
    // ("led by Ambassador in charge of Cyber Policy NAKAMURA Ken": the title may be the agent.)
    const alias = mentions.find(
      (m) =>
        m.end === j && (!m.oblique || m.governedBy === model.grammar.agentPreposition) && isTitle(m, model),
    );
    if (alias) return alias.alias.side;
    // A role word: its side is a party named right before it ("EU Ambassador", "MIC Director").
    if (isRoleWord(model, tokens[j - 1]))
      return mentions.find((m) => m.end === j - 1 && m.alias.kind === 'party')?.alias.side ?? '';
    // "EU Ambassador to Japan Lucas Bernhardt": a place the office is for stands inside the title.
    const place = mentions.find(
      (m) => m.end === j && m.oblique && model.grammar.titleWords.has(m.governedBy),
    );
    if (place) {
      j = place.start; // the loop steps back over its preposition
      continue;
    }
    if (!japaneseStyle || !isTitleWord(model, tokens[j - 1])) return null;
  }
  return null;
}

/** Is the token a role word ("Minister", "Directors-General")? Plurals count as the role. */
const isRoleWord = (model: EnglishModel, token: Token | undefined): boolean =>
  token !== undefined && model.roles.has(token.lower.replace(/s$/, ''));

/**
 * The role word in the appositive after a name ("Mr. SATO Taro, Vice-President of JETRO"), so
 * that a role two sides hold is nobody's when written alone ("the Vice-President").
 */
function appositiveRole(model: EnglishModel, tokens: readonly Token[], name: Name): string | undefined {
  if (tokens[name.end]?.text !== ',') return undefined;
  return tokens.slice(name.end + 1, name.end + 1 + APPOSITIVE_ROLE_WINDOW).find((t) => isRoleWord(model, t))
    ?.text;
}

/** The last two words of a name run with the particles among them ("Ursula von der Leyen"). */
function lastTwoNames(model: EnglishModel, tokens: readonly Token[], run: Name): Name {
  let start = run.end;
  for (let words = 0; start > run.start && words < 2; ) {
    start--;
    if (!model.grammar.nameParticles.has(tokens[start]?.text ?? '')) words++;
  }
  while (start > run.start && model.grammar.nameParticles.has(tokens[start - 1]?.text ?? '')) start--;
  return { start, end: run.end };
}

/**
 * The office a name at `at` holds when a long title runs up to it in the Western name order
 * ("Commission Vice-President for Jobs, Growth, Investment and Competitiveness Mikael Åström"):
 * walking back over the title's words, commas and capitalised words, to its role word. The side is
 * the party named right before the role word ("Commission"), or the role's own title alias; null
 * when no role word is reached.
 */
function titleAhead(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  model: EnglishModel,
  at: number,
): { side: string | undefined; role: string; longTitle: boolean } | null {
  for (let j = at - 1; j >= 0 && at - j <= 10; j--) {
    const token = tokens[j] as Token;
    if (isRoleWord(model, token)) {
      // "Commission Vice-President", "EEAS Deputy Secretary-General": the party before the role.
      const party = mentions.find(
        (m) =>
          m.alias.kind === 'party' &&
          m.end <= j &&
          // "Japan's Minister for ...": a possessive between the party and its role.
          tokens.slice(m.end, j).every((t) => /^\p{Lu}/u.test(t.text) || POSSESSIVE.test(t.text)) &&
          j - m.end <= 1,
      );
      const title = mentions.find((m) => m.start <= j && j < m.end && isTitle(m, model));
      const longTitle = model.grammar.titleWords.has(tokens[j + 1]?.lower ?? '');
      return { side: (party ?? title)?.alias.side, role: token.text, longTitle };
    }
    // A long title's words, and the commas of its list ("for Jobs, Growth and Competitiveness").
    if (token.text !== ',' && !isTitleWord(model, token)) return null;
  }
  return null;
}

function introductions(tokens: readonly Token[], vocabulary: Vocabulary): Introduction[] {
  const { model } = vocabulary;
  const { honorifics } = model.grammar;
  const all = findMentions(tokens, vocabulary);
  const mentions = all.filter((m) => m.alias.kind === 'party');
  // "My colleague Pieter VAN DAM, Head of Unit ...": a name right after the first person's own
  // people speaks for the publisher, whoever that turns out to be.
  // "My colleague Mr. Marc DELCOURT": over the name's honorific.
  const firstPersonBefore = (name: Name) => {
    let start = name.start;
    if (tokens[start - 1]?.text === '.' && honorifics.has(tokens[start - 2]?.lower ?? '')) start -= 2;
    else if (honorifics.has(tokens[start - 1]?.lower ?? '')) start -= 1;
    return all.some((m) => m.alias.kind === 'first-person' && m.end === start);
  };
  const inMention = (i: number) => mentions.some((m) => m.start <= i && i < m.end);
  const found: Introduction[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let name: Name | null = null;
    let side: string | undefined;
    let strength = Strength.Said;
    let role: string | undefined;
    if (honorifics.has(tokens[i]?.lower ?? '')) {
      name = nameAt(tokens, tokens[i + 1]?.text === '.' ? i + 2 : i + 1, model);
      // "the President of the European Commission, Mr. Paolo RINALDI": the office before the name.
      // "Parliamentary State Secretary Dr Ulrike Sennholz": a side's title right before it.
      const office =
        mentions.find((m) => m.end === i - 1 && tokens[i - 1]?.text === ',' && m.governedBy === 'of') ??
        mentions.find((m) => m.end === i && !m.oblique && isTitle(m, model));
      if (name && office) side = office.alias.side;
    } else if (isCapitalised(model, tokens[i]) && !inMention(i)) {
      // "Minister for Internal Affairs and Communications Takeaki Matsumoto", "Commissioner Breton",
      // "Director-General TANAKA Hiroshi of MIC", "Vice-Minister for International Affairs MATSUMOTO".
      const title = titleBefore(tokens, mentions, model, i);
      if (title !== null) {
        name = nameAt(tokens, i, model);
        // "From the PPC, Commissioner ISHIDA Makoto ...": what the text says of the person (a
        // label, an appositive) outweighs a title another party also uses.
        if (title !== '' && name) {
          side = appositiveSide(model, tokens, mentions, name) ?? listedUnder(model, tokens, mentions, name);
          // A title alone ("Commissioner IMAI") yields to what the text says of the name elsewhere
          // ("Mr. IMAI Norihiko, Commissioner of the PPC"): several parties have commissioners.
          if (!side) {
            side = title;
            strength = Strength.Title;
          }
        }
      } else {
        // "Pieter de Waal, Deputy Secretary General of the EEAS, ...": two or more name words
        // followed by an appositive with a role that names a side.
        const bare = nameAt(tokens, i, model);
        // "Commission Vice-President for Jobs, Growth, Investment and Competitiveness Mikael
        // Åström": a title's last word runs into the name, so the run has three words or more and
        // the name is its last two (with their particles). A run of two is the name right after
        // the title, or set off by a comma after a long one ("Minister for Internal Affairs and
        // Communications, Yoshiko Aoyama,"); after "and" it is the next person of a list ("...,
        // Taro Kono, and Anna Berg").
        const words = bare ? bare.end - bare.start : 0;
        const office = words >= 2 ? titleAhead(tokens, all, model, i) : null;
        const previous = tokens[i - 1];
        const listed = previous?.text !== ',' && model.grammar.mentionCoordinators.has(previous?.lower ?? '');
        const named =
          words >= 3 || (words === 2 && !listed && (previous?.text !== ',' || office?.longTitle === true));
        if (bare && office?.side && named) {
          name = lastTwoNames(model, tokens, bare);
          side = office.side;
          strength = Strength.Title;
          role = office.role;
        }
        const roleAfter =
          !name && bare && tokens.slice(bare.end + 1, bare.end + 6).some((t) => isRoleWord(model, t));
        if (bare && bare.end - bare.start >= 2 && tokens[bare.end]?.text === ',' && roleAfter) {
          name = bare;
          // An appositive read off a bare name may be the next person in a list ("Lena Hartmann,
          // Japan's Minister for ... MURAKAMI Akira and ..."): it yields to a title elsewhere.
          strength = Strength.Presumed;
        }
        // "The EU delegation was led by Pia Kuusela of the EEAS": a full name as the agent.
        else if (
          bare &&
          bare.end - bare.start >= 2 &&
          tokens[i - 1]?.lower === model.grammar.agentPreposition
        )
          name = bare;
      }
    }
    if (!name) continue;
    if (firstPersonBefore(name)) side = PUBLISHER;
    side ??= appositiveSide(model, tokens, mentions, name) ?? listedUnder(model, tokens, mentions, name);
    // "Vice-Minister KOBAYASHI Hideo": where a party writes its officials' surnames in capitals, a
    // titled name so written is presumably one of them, unless the document says otherwise.
    const words = tokens.slice(name.start, name.end).map((t) => t.text);
    const capitals =
      words.some((w) => /^\p{Lu}{2,}$/u.test(w)) && words.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
    const presumed = !side && capitals && model.capitalSurnames !== null;
    if (presumed) side = model.capitalSurnames ?? undefined;
    const heldRole = role ?? appositiveRole(model, tokens, name);
    if (side)
      found.push({
        words: tokens.slice(name.start, name.end).map((t) => t.text),
        side,
        strength: presumed ? Strength.Presumed : strength,
        ...(role ? { role } : {}),
        ...(heldRole ? { heldRole } : {}),
      });
    i = name.end - 1;
  }
  return found;
}

/**
 * Where "by" stands before a name, over its honorific and title ("by Ms. X", "by Director-General
 * X", "by Vice-Minister for Policy Coordination X"); -1 when no "by" does.
 */
function agentBefore(model: EnglishModel, tokens: readonly Token[], nameStart: number): number {
  const { grammar } = model;
  for (let j = nameStart - 1; j >= 0 && nameStart - j <= 8; j--) {
    const token = tokens[j] as Token;
    if (token.lower === grammar.agentPreposition) return j;
    const titleWord =
      grammar.honorifics.has(token.lower) ||
      token.text === '.' ||
      isRoleWord(model, token) ||
      isTitleWord(model, token);
    if (!titleWord) return -1;
  }
  return -1;
}

/** The side a name is listed under: "From the Japanese side, Mr. ISHII ...", "EU side: Mr. X". */
function listedUnder(
  model: EnglishModel,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  name: Name,
): string | undefined {
  const { grammar } = model;
  // "The Japanese delegation was headed by Mr. Ken Ishida", "... led by Director-General Lucia
  // Benedetti": the name after "by" (and its honorific or title) leads the subject; in "The EU side
  // was led by X, and the Japanese side by Y" each clause's own subject.
  const byAt = agentBefore(model, tokens, name.start);
  const opensClause = (m: Mention) =>
    m.start === 0 ||
    grammar.clauseCoordinators.has(tokens[m.start - 1]?.lower ?? '') ||
    tokens[m.start - 1]?.text === ',';
  const labels = mentions.filter(
    (m) =>
      m.end <= name.start &&
      // The person's own office ("From the PPC, Commissioner ISHIDA") labels nobody: the party before it does.
      !(m.end === name.start && isTitle(m, model)) &&
      (m.governedBy === 'from' ||
        /^[:：]$/u.test(tokens[m.end]?.text ?? '') ||
        (byAt >= 0 && m.end <= byAt && !m.oblique && opensClause(m))),
  );
  return labels.at(-1)?.alias.side;
}

/** The side first named in the appositive after a name ("..., Director-General of DG CONNECT"). */
function appositiveSide(
  model: EnglishModel,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  name: Name,
): string | undefined {
  const { grammar } = model;
  // "Mr. X, Director-General, DG CONNECT" or "Director-General TANAKA of MIC".
  if (!grammar.appositiveOpeners.has(tokens[name.end]?.lower ?? '')) return undefined;
  let stop = name.end + 1;
  while (stop < tokens.length && stop - name.end <= APPOSITIVE_WINDOW) {
    const token = tokens[stop];
    if (!token || grammar.honorifics.has(token.lower)) break;
    // "Director for Security and Defence Policy of the EEAS": an "and" inside a title, between two
    // of its capitalised words, does not end the appositive; one before the next person does.
    const insideTitle =
      grammar.titleWords.has(token.lower) &&
      /\p{Lu}/u.test(tokens[stop - 1]?.text ?? '') &&
      /^\p{Lu}/u.test(tokens[stop + 1]?.text ?? '') &&
      !grammar.honorifics.has(tokens[stop + 1]?.lower ?? '');
    if (grammar.appositiveEnds.has(token.lower) && !insideTitle) break;
    // A finite verb in lower case ends it too: "Mr. Kataoka, did the Prime Minister raise ... with
    // the European leaders?" names no side of his; titles are capitalised.
    const finite =
      /^\p{Ll}/u.test(token.text) &&
      (model.auxiliaries.has(token.lower) ||
        (model.verbForms.get(token.lower) ?? []).some((f) => f.form === 'past' || f.form === 'present'));
    if (finite) break;
    stop++;
  }
  // "Commissioner of the PPC": the body a title serves says whose it is; a bare title ("Commissioner")
  // that another party also uses only when no body is named.
  const inside = mentions.filter((m) => m.start > name.end && m.end <= stop);
  return (inside.find((m) => !isTitle(m, model)) ?? inside[0])?.alias.side;
}

/**
 * The people of one document: each introduced name in full and by its surname ("Lorenzo
 * Bellini", "Bellini"), as aliases of its side that match in any case. A name introduced with two
 * different sides is dropped.
 */
export function learnPeople(sentences: readonly (readonly Token[])[], model: EnglishModel): EnglishAlias[] {
  const vocabulary = vocabularyOf(model, []);
  const sideOf = new Map<string, string | null>();
  const learn = (alias: string, side: string) => {
    const known = sideOf.get(alias);
    sideOf.set(alias, known === undefined || known === side ? side : null);
  };
  const namesOf = (words: readonly string[]): string[] => {
    // Either name order ("KOBAYASHI Hideo" is also "Hideo KOBAYASHI"), and the surname: the word in
    // capitals ("FUJIWARA Akiko"), else the last word ("Lorenzo Bellini").
    const surname = words.find((word) => /^\p{Lu}{2,}$/u.test(word)) ?? words.at(-1);
    return [
      words.join(' '),
      ...(words.length === 2 ? [[...words].reverse().join(' ')] : []),
      ...(surname && words.length > 1 ? [surname] : []),
    ];
  };
  const found = sentences.flatMap((tokens) => introductions(tokens, vocabulary));
  const roleSides = new Map<string, Set<string>>();
  for (const { heldRole, side } of found)
    if (heldRole)
      roleSides.set(heldRole.toLowerCase(), (roleSides.get(heldRole.toLowerCase()) ?? new Set()).add(side));
  const ownRole = (role: string | undefined) =>
    role !== undefined && roleSides.get(role.toLowerCase())?.size === 1;
  // What the text says of a name outweighs a title alone, which outweighs how the name is written;
  // within one strength, two sides for one name cancel out.
  for (const strength of [Strength.Said, Strength.Title, Strength.Presumed]) {
    const known = new Set(sideOf.keys());
    for (const introduction of found.filter((f) => f.strength === strength))
      for (const name of [
        ...namesOf(introduction.words),
        ...(ownRole(introduction.role) ? [`${model.grammar.definiteArticle} ${introduction.role}`] : []),
      ])
        if (!known.has(name)) learn(name, introduction.side);
  }
  return [...sideOf]
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([alias, side]) => (side === PUBLISHER ? firstPersonAlias(alias) : personAlias(alias, side)));
}

/** How much an introduction says of a name's side: the text itself, a title alone, or a presumption. */
enum Strength {
  Said = 3,
  Title = 2,
  Presumed = 1,
}

interface Introduction {
  words: string[];
  side: string;
  strength: Strength;
  /**
   * The role word of a long title the name was introduced with ("Vice-President"): "the
   * Vice-President" then refers back to the person, unless the document gives the role to two sides.
   */
  role?: string;
  /** The role word the name holds, however introduced: two sides holding it make it nobody's. */
  heldRole?: string;
}

/** The side of a person introduced as the first person's own ("my colleague X"): the publisher's. */
const PUBLISHER = '@publisher';

/** A document's vocabulary: the codebook's English part and the people learnt from the document. */
export function vocabularyOf(model: EnglishModel, people: readonly EnglishAlias[]): Vocabulary {
  return { model, people: indexPhrases(people) };
}

/**
 * The side a first person writes for, from how it names the other party: "with our Japanese
 * counterparts", "my EU colleagues" are written by the other side. The most named wins; null when
 * the text never says.
 */
export function firstPersonSide(
  sentences: readonly (readonly Token[])[],
  model: EnglishModel,
): string | null {
  const { grammar, adjectives, parties } = model;
  const votes = new Map<string, number>();
  for (const tokens of sentences) {
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (!grammar.firstPersonPossessives.has(tokens[i]?.lower ?? '')) continue;
      const other = adjectives.get(tokens[i + 1]?.lower ?? '');
      if (!other || !grammar.counterpartWords.has(tokens[i + 2]?.lower ?? '')) continue;
      const publisher = parties.find((party) => party !== other);
      if (publisher) votes.set(publisher, (votes.get(publisher) ?? 0) + 1);
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}
