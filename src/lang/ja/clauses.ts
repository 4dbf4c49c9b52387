// Japanese clauses. A sentence is cut at 、 after a continuative ending (「説明し、」「説明があり、」
// 「行っており、」) into pieces, and each piece is read once: its actor is a side named before
// から / は / が / より (never one inside the object: 「日EU間の協力」), its cue the last codebook cue
// (the predicate comes last), and a negation after the cue turns it off. Neighbouring pieces join
// into one statement unless the actor or the stance changes, as in English; a piece without an actor
// takes the one before it (a topic-marked 「双方は、」 governs the whole sentence).
import { type Decision, decide, nextContext } from '../../stages/decide/index.js';
import type {
  About,
  ActorFacts,
  AliasPhrase,
  ClauseReading,
  CueFacts,
  PhraseMatcher,
  ReadingContext,
  Token,
} from '../types.js';
import { aliasKey, CUE_GAP, type JapaneseCue, type JapaneseModel } from './model.js';

export interface Mention {
  alias: AliasPhrase;
  start: number;
  end: number;
}

/** Two joiners in a row: 「と、」. */
function isJoinerPair(grammar: JapaneseModel['grammar'], between: string): boolean {
  return grammar.mentionJoiners.some(
    (first) => between.startsWith(first) && grammar.mentionJoiners.includes(between.slice(first.length)),
  );
}

/** 「総務省の実務者」: a group noun a side governs with の speaks for it; the phrase ends after it. */
function ownedGroup(
  input: SentenceInput,
  mention: Mention,
  end: number,
  mentions: readonly Mention[],
): number {
  const { tokens, model } = input;
  const governed = governedPhrase(input, mention, end, mentions);
  if (governed > end) return governed;
  if (tokens[end]?.lower !== 'の') return end;
  for (const group of model.groups) {
    const after = wordAt(tokens, end + 1, group, tokens.length);
    if (after >= 0) return after;
  }
  return end;
}

/** Nouns a governed phrase may run over: 「日本側共同議長の榊原弥生外務省…大使」. */
const GOVERNED_TOKENS = 16;

/**
 * 「日本側の各省庁からは」「日本側参加者からは」「当代表部の真壁公使が」: a side's own noun (one ending
 * in a side noun, 「側」, or the publisher's first person) governs the noun phrase after it, with or
 * without の, up to the actor particle: whoever that phrase names speaks for the side. The phrase
 * ends at anything but nouns and の, and a mention of another side inside it ends the rule.
 */
function governedPhrase(
  input: SentenceInput,
  mention: Mention,
  end: number,
  mentions: readonly Mention[],
): number {
  const { tokens, model } = input;
  const { alias } = mention;
  // A party's or joint name governs too when it is written with の (「日本の通信事業者の代表は」,
  // 「双方の関係省庁・機関の担当者が」); the check below
  // that the phrase speaks keeps 「日EU間の協力の重要性」 and 「EUのAI法は」 out.
  // Not the second of two owners sharing a head (「日本の自治体及び欧州の都市の関係者」: both, or none).
  // A comma joins only after a noun (a list), not after a particle (「会合には、日EUの担当者が」).
  const joiner = tokens[mention.start - 1]?.lower ?? '';
  const joined =
    model.grammar.mentionJoiners.includes(joiner) &&
    (!['、', ','].includes(joiner) || NAME_WORD.test(tokens[mention.start - 2]?.text ?? ''));
  const partyOf =
    (alias.kind === 'party' || alias.kind === 'joint') && tokens[end]?.lower === 'の' && !joined;
  if (!model.governing.has(aliasKey(alias)) && !partyOf) return end;
  let at = end;
  let nouns = 0;
  while (at < Math.min(tokens.length, end + GOVERNED_TOKENS)) {
    const token = tokens[at] as Token;
    if (token.lower === 'の' && (nouns > 0 || at === end) && NAME_WORD.test(tokens[at + 1]?.text ?? '')) at++;
    else if (NAME_WORD.test(token.text)) {
      nouns++;
      at++;
    } else break;
  }
  // Only a speaker's particle: 「EU側の主催により開催」 names how, not who speaks.
  if (nouns === 0 || !particleAt(tokens, at, model.grammar.speakerParticles)) return end;
  // Only people or a body speak: 「日本側の各省庁」「日本側参加者」「…大使」, a person the document
  // names; never a thing (「EU側の内部調整が終わっていないことから」).
  const head = folded(tokens, Math.max(end, at - 3), at);
  const speaks =
    model.speakerHeads.some((word) => head.endsWith(word)) ||
    mentions.some((m) => m.start >= end && m.end === at);
  if (!speaks) return end;
  // The publisher's own officials are named inside its phrase (「当代表部の真壁公使」), whose side
  // is only known later: only a joint form ends it there.
  const other = mentions.some(
    (m) =>
      m.start >= end &&
      m.start < at &&
      // A group noun (参加者) is the phrase's head, not a joint speaker.
      !model.groupAliases.has(aliasKey(m.alias)) &&
      (m.alias.kind === 'joint' || (alias.kind !== 'first-person' && m.alias.side !== alias.side)),
  );
  return other ? end : at;
}

/** Words a title may have, its role word last (「デジタル社会・信頼・サイ|バー|セキュリティ局長」). */
const TITLE_TOKENS = 12;

/** The end of a role written after a name (「大河内一彦外務省サイバー政策担当大使」): name-like words up to a role. */
function titleEnd(input: SentenceInput, from: number): number {
  const { tokens, model } = input;
  let text = '';
  for (let i = from; i < Math.min(tokens.length, from + TITLE_TOKENS); i++) {
    const token = tokens[i] as Token;
    if (!NAME_WORD.test(token.text)) break;
    text += token.lower;
    if (model.roles.some((role) => text.endsWith(role)))
      // 「副事務総長代理」: an acting holder's suffix belongs to the role.
      return model.grammar.roleSuffixes.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  }
  return from;
}

/** Tokens a gloss in brackets may hold after a name or title (「（商務情報政策局担当）」「（共同議長）」). */
const GLOSS_TOKENS = 12;

/** After a title, its gloss in brackets: where the actor phrase goes on. */
function glossEnd(input: SentenceInput, from: number): number {
  const { tokens, model } = input;
  if (!model.grammar.openBrackets.has(tokens[from]?.lower ?? '')) return from;
  for (let i = from + 1; i < Math.min(tokens.length, from + GLOSS_TOKENS); i++) {
    const lower = tokens[i]?.lower ?? '';
    if (model.grammar.closeBrackets.has(lower)) return i + 1;
    if (model.grammar.openBrackets.has(lower) || lower === '、' || lower === '。') return from;
  }
  return from;
}

/** Tokens between what was held and its passive cue (「…が、東京において開催」). */
const HELD_GAP = 6;

/** Words between a が-subject and its predicate (「…局長が|共同議長を務め」): its object at most. */
const PREDICATE_GAP = 2;

/** Particles of a speaking source: 「日本側から」「EU側よりは」. */
const SOURCE_PARTICLES = ['からは', 'から', 'よりは', 'より'];

/** Sides named together before one particle: 「総務省と欧州委員会は」. */
export interface ActorPhrase {
  mentions: Mention[];
  /** Token range of the mentions and the particle. */
  start: number;
  end: number;
  particle: string;
}

interface CueMatch {
  cue: JapaneseCue;
  start: number;
  end: number;
}

/** One piece of a sentence between clause boundaries, as read. */
interface Piece {
  from: number;
  to: number;
  actor: ActorPhrase | null;
  partners: { side: string; text: string }[];
  cue: CueMatch | null;
  negated: boolean;
  passive: boolean;
  /** A speaker the codebook does not know (「NICTから」), or "". */
  unknown: string;
  cutAt: string;
  /**
   * The piece ends at a comma before another side's actor and shares the next piece's predicate:
   * 「日本側からは…大使が、EU側からは…局長が出席した」.
   */
  gapped: boolean;
  /** Where the actor's words end, with the person a source names (「日本側から山本総務審議官が」). */
  actorEnd: number;
}

export interface SentenceInput {
  text: string;
  tokens: readonly Token[];
  model: JapaneseModel;
  people: PhraseMatcher<AliasPhrase>;
}

const folded = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join('');

const slice = (input: SentenceInput, from: number, to: number): string => {
  const first = input.tokens[from];
  const last = input.tokens[to - 1];
  return first && last && to > from ? input.text.slice(first.start, last.end) : '';
};

/**
 * The token index where `word` read from token `at` ends, or -1. It must end on a token end, or,
 * with `partial`, may end inside the token whose start it reads: the segmenter cuts verbs after their
 * stem less often than a cue is written (「述|べた」 for the cue 「述べ」).
 */
function wordAt(tokens: readonly Token[], at: number, word: string, to: number, partial = false): number {
  let read = 0;
  for (let i = at; i < to; i++) {
    const lower = (tokens[i] as Token).lower;
    if (!word.startsWith(lower, read)) {
      return partial && read > 0 && lower.startsWith(word.slice(read)) ? i + 1 : -1;
    }
    read += lower.length;
    if (read === word.length) return i + 1;
  }
  return -1;
}

/** Side mentions, longest first at each token: the codebook's aliases and the document's people. */
export function findMentions(input: SentenceInput): Mention[] {
  const { tokens, model, people } = input;
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const alias = model.aliases.at(tokens, i);
    const person = people.at(tokens, i);
    const best = person && (!alias || person.end > alias.end) ? person : alias;
    if (best) {
      const end = nameEnd(input, best.end);
      mentions.push({ alias: best.phrase, start: i, end });
      i = end;
    } else i++;
  }
  return mentions;
}

/** Name-like words that may continue a body's name: kanji, katakana, Latin letters, the middle dot. */
const BODY_WORD = /^[\p{Script=Han}\p{Script=Katakana}ー・･A-Za-z0-9]+$/u;

/**
 * Where a side's name ends, read on past what belongs to it: the rest of a body it heads, up to a
 * body word and no further name (「欧州委員会共同研究センター」, never into 「…総局副総局長」, whose role
 * the actor reader takes), a gloss in brackets (「（ＪＲＣ）」), and footnote marks (「※」).
 */
function nameEnd(input: SentenceInput, end: number): number {
  const { tokens, model } = input;
  const { grammar } = model;
  let text = '';
  for (let i = end; i < Math.min(tokens.length, end + 8); i++) {
    const token = tokens[i] as Token;
    // 「総務省・欧州委員会」「日本・EU合同委員会」: another name starts; this one has ended.
    if (!BODY_WORD.test(token.text) || model.aliases.at(tokens, i)) break;
    text += token.lower;
    const next = tokens[i + 1]?.text ?? '';
    if (grammar.bodyHeads.some((head) => text.endsWith(head)) && !BODY_WORD.test(next)) {
      end = i + 1;
      break;
    }
  }
  if (grammar.openBrackets.has(tokens[end]?.lower ?? '')) {
    for (let i = end + 1; i < Math.min(tokens.length, end + 8); i++) {
      const lower = tokens[i]?.lower ?? '';
      if (grammar.closeBrackets.has(lower)) {
        end = i + 1;
        break;
      }
      if (grammar.openBrackets.has(lower) || lower === '、' || lower === '。') break;
    }
  }
  while (grammar.noteMarks.has(tokens[end]?.lower ?? '')) end++;
  return end;
}

/** The particle that follows token `at`, from `particles` (longest first), and where it ends. */
function particleAt(
  tokens: readonly Token[],
  at: number,
  particles: readonly string[],
): { particle: string; end: number } | null {
  for (const particle of particles) {
    const end = wordAt(tokens, at, particle, tokens.length);
    if (end >= 0) return { particle, end };
  }
  return null;
}

/** Does a partner particle follow token `at` (「EUと」「EUとの間で」, not 「EUとの協力」)? */
function isPartner(tokens: readonly Token[], at: number, grammar: JapaneseModel['grammar']): boolean {
  const found = grammar.partnerParticles.find(
    ([particle]) => wordAt(tokens, at, particle, tokens.length) >= 0,
  );
  return found?.[1] === true;
}

/** Sides named before an actor particle, joined by と / 及び / 、 where there are several. */
export function actorPhrases(
  input: SentenceInput,
  mentions: readonly Mention[],
): { actors: ActorPhrase[]; partners: Mention[] } {
  const { tokens, model } = input;
  const { grammar } = model;
  const actors: ActorPhrase[] = [];
  const partners: Mention[] = [];
  for (let k = 0; k < mentions.length; ) {
    const group = [mentions[k] as Mention];
    let end = ownedGroup(input, mentions[k] as Mention, (mentions[k] as Mention).end, mentions);
    // Mentions inside an owned group are its words (「日本側の参加者」: no joint 「参加者」).
    let j = k + 1;
    const skipInside = () => {
      while ((mentions[j]?.start ?? Number.POSITIVE_INFINITY) < end) j++;
    };
    skipInside();
    // 「DG CONNECTのルグラン局長が」: a body, の, and a person the document names on its side, with
    // a role: the person speaks for the body's side.
    const takeBodyPerson = (body: Mention): boolean => {
      const person = mentions[j];
      if (
        tokens[end]?.lower !== 'の' ||
        person?.start !== end + 1 ||
        person.alias.side !== body.alias.side ||
        titleEnd(input, person.end) === person.end
      )
        return false;
      group.push(person);
      j++;
      end = person.end;
      return true;
    };
    takeBodyPerson(mentions[k] as Mention);
    // 「総務省と欧州委員会は」「日本側及びEU側は」「河野大臣」 (a person and a title side by side).
    for (;;) {
      const next = mentions[j];
      if (!next) break;
      // 「宇津木審議官と、」: a person's role before the joiner.
      const between = folded(tokens, glossEnd(input, titleEnd(input, end)), next.start);
      // 「…総局（DG CONNECT）との間で」: an abbreviation in brackets belongs to the name before it.
      const gloss =
        grammar.openBrackets.has(between) && grammar.closeBrackets.has(tokens[next.end]?.lower ?? '');
      // 「…経済産業省の実務者と、欧州委員会…」: joiners may come in twos (と and a comma).
      const joined =
        between === '' || grammar.mentionJoiners.includes(between) || isJoinerPair(grammar, between);
      if (!gloss && !joined) break;
      // 「日本側から山本審議官、EU側からケスラー副総局長が」: a comma before another side's source
      // (から, より) starts a phrase of its own, not a list of names.
      if ((between === '、' || between === ',') && particleAt(tokens, next.end, SOURCE_PARTICLES)) break;
      // 「日本側は森脇総務審議官、EU側はガッリ総局長が」: a list after a topic of its own is that
      // topic's complement; another side's topic after the comma starts a parallel phrase.
      if (
        (between === '、' || between === ',') &&
        tokens[(group[0] as Mention).start - 1]?.lower === 'は' &&
        particleAt(tokens, next.end, ['は'])
      )
        break;
      group.push(next);
      j++;
      end = ownedGroup(input, next, gloss ? next.end + 1 : next.end, mentions);
      skipInside();
      if (takeBodyPerson(next)) skipInside();
    }
    k = j;
    // 「シュミット局長は」「…欧州対外行動庁（EEAS）安全保障・防衛政策局長が」: a person or body
    // named by the document, then a role.
    end = glossEnd(input, titleEnd(input, end));
    const joint = group.some((m) => m.alias.kind === 'joint');
    // 「日EUで連携を一層強化していく」: a joint form with で acts together.
    const particle = particleAt(
      tokens,
      end,
      joint ? [...grammar.actorParticles, 'で'] : grammar.actorParticles,
    );
    // 「日本の産業界からの意見も歓迎する」「日EUでの協力」: a particle and の modify the noun after
    // them; no one acts.
    if (particle && tokens[particle.end]?.lower !== 'の') {
      actors.push({
        mentions: group,
        start: group[0]?.start ?? end,
        end: particle.end,
        particle: particle.particle,
      });
    } else if (isPartner(tokens, end, grammar)) {
      partners.push(...group);
    }
  }
  return { actors, partners };
}

/** The last cue of tokens[from, to): the predicate comes last; at one end, the most specific. */
function lastCue(input: SentenceInput, from: number, to: number): CueMatch | null {
  const { tokens, model } = input;
  let best: CueMatch | null = null;
  for (let i = from; i < to; i++) {
    const word = model.cueWords.at(tokens, i, to);
    if (!word) continue;
    for (const cue of word.phrase.cues) {
      let at = word.end;
      for (const { gap, words } of cue.rest) {
        let found = -1;
        const last = gap ? Math.min(to - 1, at + CUE_GAP) : at;
        for (let j = at; j <= last && found < 0; j++)
          for (const next of words) if (found < 0) found = wordAt(tokens, j, next, to, true);
        at = found;
        if (at < 0) break;
      }
      if (at < 0) continue;
      const better =
        !best ||
        at > best.end ||
        (at === best.end &&
          (cue.rest.length > best.cue.rest.length ||
            (cue.rest.length === best.cue.rest.length && cue.order < best.cue.order)));
      if (better) best = { cue, start: i, end: at };
    }
  }
  return best;
}

/** Is token `b` (a 、) a clause boundary: does the text before it end with a continuative ending? */
function isBoundary(input: SentenceInput, b: number): boolean {
  const { tokens, model } = input;
  const mark = tokens[b]?.lower;
  if (mark !== '、' && mark !== ',') return false;
  const before = folded(tokens, Math.max(0, b - 4), b);
  const { clauseEndings, notClauseEndings } = model.grammar;
  // The longest ending decides: 「示したのに対し、」 ends a clause, 「EU側に対し、」 does not.
  const longest = (endings: readonly string[]) =>
    Math.max(0, ...endings.filter((e) => before.endsWith(e)).map((e) => e.length));
  const clause = longest(clauseEndings);
  return clause > 0 && clause > longest(notClauseEndings);
}

function readPiece(
  input: SentenceInput,
  mentions: readonly Mention[],
  from: number,
  to: number,
  cutAt: string,
  gapped = false,
): Piece {
  const { tokens, model } = input;
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  const { actors, partners } = actorPhrases(input, inside);
  // 「本ワークショップは、日EUの官民双方が…理解を深め、…を目的としている」: with the meeting as the
  // topic, a side inside the sentence is no speaker. With the meeting as the setting (では), a
  // が-subject right before the predicate is (「本対話では、A大使とB局長が共同議長を務めた」).
  const topic = meetingTopic(input);
  const meetingTopicHere = topic !== null && topic.end > from;
  // 「…こととされたことを受け、」: a cue the clause only takes as its background is no act of it.
  const last = lastCue(input, from, to);
  const background =
    last !== null && model.grammar.backgroundMarkers.some((m) => folded(tokens, last.end, to).includes(m));
  const cue = background ? null : last;
  const beforePredicate = (a: ActorPhrase) =>
    topic?.particle === 'では' && cue !== null && cue.start - a.end <= PREDICATE_GAP;
  // A source or topic (から, は, より) is the speaker; a が-subject only when there is none (「日本側は、
  // EU側が策定した指針について」: the EU side is inside the object).
  const after = cue ? folded(tokens, cue.end, to) : '';
  const negated = cue !== null && model.negation.some((n) => after.includes(n));
  const passive = cue !== null && model.grammar.passive.some((p) => after.slice(0, 6).includes(p));
  // 「第４回日EU科学技術協力合同委員会が開催されました」: what was held is no actor; who held it
  // is named by から or により.
  // Not an honorific with its object (「大臣がセミナーを開催された」), nor an organiser inside a
  // relative clause (「総務省とEU側が共催したワークショップが…開催された」).
  const held = passive && cue !== null && model.grammar.heldVerbs.includes(cue.cue.lemma);
  // A topic (は) is what was held however far the predicate (「…ワークショップは、日EUの官民が参加する
  // 対話の場として…開催されており」); a が-subject only right before it.
  const heldSubject = (a: ActorPhrase) => {
    if (!held || cue === null) return false;
    const between = folded(tokens, a.end, cue.start);
    if (a.particle === 'は') return !between.includes('を');
    return a.particle === 'が' && cue.start - a.end <= HELD_GAP && !/[がを]/u.test(between);
  };
  // 「日EUで協力していくことを提案した」: a joint で inside what is proposed acts there, not here.
  const embedded = (a: ActorPhrase) =>
    a.particle === 'で' &&
    cue !== null &&
    model.grammar.nominalizers.some((word) => folded(tokens, a.end, cue.start).includes(word));
  const speaking = actors.filter(
    (a) =>
      !heldSubject(a) && !embedded(a) && (!meetingTopicHere || a.particle !== 'が' || beforePredicate(a)),
  );
  const actor = speaking.find((a) => a.particle !== 'が') ?? speaking[0] ?? null;
  let unknown = '';
  if (!actor) {
    // 「NICTから…紹介があった」: a speaker no alias names, for unmatched.csv.
    for (let i = from; i < Math.min(to, from + 6); i++) {
      const particle = particleAt(tokens, i, ['からは', 'から', 'より']);
      if (particle && i > from) {
        unknown = slice(input, from, i);
        break;
      }
    }
  }
  return {
    from,
    to,
    actor,
    partners: partners.map((m) => ({ side: m.alias.side, text: slice(input, m.start, m.end) })),
    cue,
    negated,
    passive,
    unknown,
    cutAt,
    gapped,
    actorEnd: actor ? personAfter(input, actor.end, to) : from,
  };
}

/** Name-like words: kanji, katakana, Latin letters, the middle dot and brackets. */
const NAME_WORD = /^[\p{Script=Han}\p{Script=Katakana}ー・･A-Za-z0-9()（）]+$/u;

/**
 * After a source (「日本側から」), the person it names up to their particle: 「山本浩二総務審議官が」.
 * Their title says nothing about the topic, like an English actor's.
 */
function personAfter(input: SentenceInput, from: number, to: number): number {
  const { tokens } = input;
  for (let i = from; i < Math.min(to, from + 14); i++) {
    const lower = tokens[i]?.lower ?? '';
    if (lower === 'が' || lower === 'は' || lower === '、' || lower === ',') return i > from ? i + 1 : from;
    if (!NAME_WORD.test(tokens[i]?.text ?? '')) return from;
  }
  return from;
}

/** The sentence's topic or setting when it is the meeting itself (「本対話は」「本対話では」), or null. */
function meetingTopic(input: SentenceInput): { particle: string; end: number } | null {
  const { tokens, model } = input;
  const subject = model.procedural.subjects.at(tokens, 0);
  return subject ? particleAt(tokens, subject.end, ['では', 'は']) : null;
}

/** The pieces of a sentence between its clause boundaries. */
function pieces(input: SentenceInput, mentions: readonly Mention[]): Piece[] {
  const { tokens } = input;
  const { actors } = actorPhrases(input, mentions);
  const sidesOf = (actor: ActorPhrase) => actor.mentions.map((m) => m.alias.side).join('+');
  // A comma right before another side's actor, after an actor of its own piece: a gapped clause.
  const gapBefore = (b: number, from: number): boolean => {
    const mark = tokens[b]?.lower;
    if (mark !== '、' && mark !== ',') return false;
    const next = actors.find((a) => a.start === b + 1);
    // A topic right before the comma is no clause of its own (「EU側は、日本側も…と説明した」); two
    // sources are (「日本側から、EU側から、それぞれ説明があった」).
    const earlier = actors.find(
      (a) => a.start >= from && (a.end < b || (a.end === b && a.particle !== 'は')),
    );
    return (
      next !== undefined &&
      earlier !== undefined &&
      sidesOf(next) !== sidesOf(earlier) &&
      next.particle !== 'が'
    );
  };
  // 「本ワークショップは、…理解を深め、…を目的としている」: a purpose sentence about the meeting is one
  // statement, whatever its inner clauses.
  const sentence = folded(tokens, 0, tokens.length);
  if (meetingTopic(input) && input.model.grammar.purposeWords.some((word) => sentence.includes(word)))
    return [readPiece(input, mentions, 0, tokens.length, '')];
  const found: Piece[] = [];
  let from = 0;
  let cutAt = '';
  for (let b = 0; b < tokens.length; b++) {
    const gap = !isBoundary(input, b) && gapBefore(b, from);
    if (!gap && !isBoundary(input, b)) continue;
    found.push(readPiece(input, mentions, from, b + 1, cutAt, gap));
    cutAt = slice(input, Math.max(from, b - 1), b + 1);
    from = b + 1;
  }
  if (from < input.tokens.length || found.length === 0)
    found.push(readPiece(input, mentions, from, input.tokens.length, cutAt));
  return found;
}

/** A statement being built from pieces: where it runs, its own actor or the one it inherits, its cue. */
interface Draft {
  from: number;
  to: number;
  actor: ActorPhrase | null;
  inherited: Decision | null;
  partners: Piece['partners'];
  cue: CueMatch | null;
  negated: boolean;
  passive: boolean;
  unknown: string;
  cutAt: string;
  gapped: boolean;
  actorEnd: number;
}

const draftOf = (piece: Piece, inherited: Decision | null): Draft => ({
  ...piece,
  inherited: piece.actor ? null : inherited,
});

function facts(input: SentenceInput, draft: Draft): { actor: ActorFacts; cue: CueFacts } {
  const { model } = input;
  const { cue, actor } = draft;
  // A gapped clause's cue stands in the clause after it: its own words then.
  const cueText = cue
    ? slice(input, cue.start, cue.start < draft.to ? lastWord(input.tokens, draft.to) : cue.end)
    : '';
  const cueFacts: CueFacts = {
    cue: cue?.cue ?? null,
    negated: draft.negated,
    passive: draft.passive,
    text: cueText,
    predicate:
      cueText ||
      slice(
        input,
        Math.max(draft.from, lastWord(input.tokens, draft.to) - 3),
        lastWord(input.tokens, draft.to),
      ),
  };
  const base = { partners: draft.partners, unknown: '', from: draft.from, to: draft.from };
  if (actor) {
    const kinds = actor.mentions.map((m) => m.alias.kind);
    const pronoun = kinds.every((k) => k === 'pronoun' || k === 'party-pronoun' || k === 'first-person');
    const text = slice(input, actor.start, actor.mentions.at(-1)?.end ?? actor.end);
    const to = Math.max(actor.end, draft.actorEnd);
    if (pronoun && kinds.includes('first-person') && !kinds.includes('pronoun'))
      return {
        actor: { ...base, basis: 'first-person', sides: [], text, from: actor.start, to },
        cue: cueFacts,
      };
    if (pronoun)
      return {
        actor: {
          ...base,
          basis: 'pronoun',
          sides: [],
          pronoun: kinds.includes('pronoun') ? 'both' : 'party',
          text,
          from: actor.start,
          to,
        },
        cue: cueFacts,
      };
    const sides = actor.mentions
      .filter((m) => m.alias.kind === 'party' || m.alias.kind === 'joint')
      .map((m) => m.alias.side);
    // 「当委員会と欧州委員会は」: the publisher's first person acts beside the side named.
    const firstPerson = kinds.includes('first-person');
    return {
      actor: {
        ...base,
        basis: 'subject',
        sides,
        text,
        from: actor.start,
        to,
        ...(firstPerson ? { firstPerson } : {}),
      },
      cue: cueFacts,
    };
  }
  if (draft.inherited)
    return {
      actor: {
        ...base,
        basis: 'inherited',
        sides: [],
        text: draft.inherited.actor,
        inherited: draft.inherited.side,
      },
      cue: cueFacts,
    };
  // 「…ことを確認した」 with no actor: the joint outcome, like "it was agreed".
  const outcome =
    cue !== null && !draft.negated && cue.cue.stance === 'concurred' && model.outcomes.has(cue.cue.lemma);
  return {
    actor: {
      ...base,
      basis: outcome ? 'joint-outcome' : 'none',
      sides: [],
      text: '',
      unknown: draft.unknown,
    },
    cue: cueFacts,
  };
}

/** Tokens from a piece's start to the は of its own topic (「結論は」「本件は」). */
const TOPIC_TOKENS = 4;

/**
 * Is the piece a passive result whose topic is no side (「結論は次回以降に持ち越された」), a passive
 * act of the meeting (「…について議論が行われた」) or decision (「…こととされた」), or an agreement not
 * reached? Such a clause says what became of a thing, what was done or decided; the actor of the
 * clause before does not carry into it.
 */
function takesNoActorFromBefore(input: SentenceInput, piece: Piece): boolean {
  if (piece.actor) return false;
  const cue = piece.cue?.cue;
  // 「…を求めましたが、…合意に至りませんでした」: not agreeing is no one's act.
  if (piece.negated && cue?.stance === 'concurred') return true;
  // A passive decision holds its passive in the cue itself (「こととされ」).
  const { grammar, outcomes } = input.model;
  const passive = piece.passive || (cue !== undefined && grammar.passive.some((p) => cue.lemma.includes(p)));
  if (!passive) return false;
  // 「…が共同議長を務め、以下の議題について議論が行われました」: what was done, with no actor; 「…引き続き
  // 検討することとされました」: what was decided, by both.
  if (cue?.stance === 'other' || (cue && outcomes.has(cue.lemma))) return true;
  const { tokens } = input;
  for (let i = piece.from + 1; i < Math.min(piece.to, piece.from + TOPIC_TOKENS + 1); i++) {
    if (tokens[i]?.lower !== 'は') continue;
    return folded(tokens, piece.from, i).length > 0 && NAME_WORD.test(tokens[i - 1]?.text ?? '');
  }
  return false;
}

/** The end of the clause's last word, before closing punctuation. */
function lastWord(tokens: readonly Token[], to: number): number {
  let end = to;
  while (end > 0 && /^[、。，．,.！？!?」』）)]$/u.test(tokens[end - 1]?.lower ?? '')) end--;
  return end;
}

/** Does the cue stress the importance of something (「重要性について指摘」)? */
const emphasis = (input: SentenceInput, draft: Draft) =>
  draft.cue !== null && input.model.grammar.emphasis.some((word) => draft.cue?.cue.pattern.includes(word));

function about(input: SentenceInput, draft: Draft, side: string): About {
  const { tokens, model } = input;
  for (let i = draft.from; i < draft.to; i++)
    if (model.procedural.phrases.at(tokens, i, draft.to)) return 'logistics';
  if (draft.cue && model.procedural.verbs.has(draft.cue.cue.lemma)) return 'meeting';
  if (side === 'none') {
    for (let i = draft.from; i < Math.min(draft.to, draft.from + 4); i++)
      if (model.procedural.subjects.at(tokens, i, draft.to)) return 'meeting';
  }
  return 'topic';
}

/** Reads one sentence into statements, each piece once; returns them and the context after. */
export function readJapaneseSentence(
  input: SentenceInput,
  context: ReadingContext,
): { clauses: ClauseReading[]; context: ReadingContext } {
  const { parties } = input.model;
  const mentions = findMentions(input);
  const drafts: { draft: Draft; decision: Decision }[] = [];
  let here = context;
  let current: Draft | null = null;
  const decideDraft = (draft: Draft, at: ReadingContext) => decide(facts(input, draft), at, parties);
  for (const piece of pieces(input, mentions)) {
    if (!current) {
      current = draftOf(piece, null);
      continue;
    }
    // 「日本側からは…大使が、EU側からは…局長が出席した」: one predicate with a subject from each side is
    // one act of both, as 「総務省と欧州委員会は…開催した」 is.
    // A gapped clause with a predicate noun of its own (「日本側からは…説明が、EU側からは…懸念が示された」)
    // is its own statement: its cue ends the clause, right before its が and comma.
    const ownPredicate = current.cue !== null && current.cue.end >= current.to - 2;
    if (current.gapped && current.actor && piece.actor && !ownPredicate) {
      const joined: ActorPhrase = {
        ...piece.actor,
        start: current.actor.start,
        mentions: [...current.actor.mentions, ...piece.actor.mentions],
      };
      current = {
        ...current,
        to: piece.to,
        actor: joined,
        cue: piece.cue,
        negated: piece.negated,
        passive: piece.passive,
        gapped: piece.gapped,
        partners: [...current.partners, ...piece.partners],
        actorEnd: piece.actorEnd,
      };
      continue;
    }
    if (!current.cue) {
      // A piece without a predicate whose actor is followed by another actor stands alone.
      if (current.actor && piece.actor) {
        const decision = decideDraft(current, here);
        drafts.push({ draft: current, decision });
        here = nextContext(here, decision.side, parties);
        current = draftOf(piece, decision);
        continue;
      }
      // A piece before any predicate (「EU側から、…に触れ、」 with no cue) joins the next one.
      current = {
        ...current,
        to: piece.to,
        actor: current.actor ?? piece.actor,
        cue: piece.cue,
        negated: piece.negated,
        passive: piece.passive,
        partners: [...current.partners, ...piece.partners],
      };
      continue;
    }
    const left = decideDraft(current, here);
    const afterLeft = nextContext(here, left.side, parties);
    // Only an actor is passed on: after an agentless clause (「…が確認されるとともに、」) the next one
    // is agentless too.
    // Nor to a passive result with a topic of its own (「…と主張し、結論は次回以降に持ち越された」).
    const passes = !['none', 'joint-outcome'].includes(left.basis) && !takesNoActorFromBefore(input, piece);
    const next = draftOf(piece, passes ? left : null);
    const right = piece.cue ? decideDraft(next, afterLeft) : left;
    // A piece with an actor of its own but no cue is still another actor's statement.
    const ownActor =
      piece.actor !== null && piece.cue === null && decideDraft(next, afterLeft).side !== left.side;
    const split =
      ownActor ||
      (piece.cue !== null &&
        (right.side !== left.side ||
          right.stance !== left.stance ||
          emphasis(input, next) !== emphasis(input, current) ||
          (piece.actor !== null && right.actor !== left.actor)));
    if (!split) {
      current = {
        ...current,
        to: piece.to,
        ...(piece.cue ? { cue: piece.cue, negated: piece.negated, passive: piece.passive } : {}),
        partners: [...current.partners, ...piece.partners],
      };
      continue;
    }
    drafts.push({ draft: current, decision: left });
    here = afterLeft;
    current = next;
  }
  if (current) {
    const decision = decideDraft(current, here);
    drafts.push({ draft: current, decision });
    here = nextContext(here, decision.side, parties);
  }
  // Names of agencies and people, with a title after them, are no topic words.
  const names = mentions.map((m) => ({ from: m.start, to: titleEnd(input, m.end) }));
  const clauses = drafts.map(({ draft, decision }): ClauseReading => {
    const read = facts(input, draft);
    return {
      names,
      from: draft.from,
      to: draft.to,
      actor: read.actor,
      cue: read.cue,
      about: about(input, draft, decision.side),
      cutAt: draft.cutAt,
      side: decision.side,
      stance: decision.stance,
      basis: decision.basis,
      actorText: decision.actor,
    };
  });
  return { clauses, context: here };
}
