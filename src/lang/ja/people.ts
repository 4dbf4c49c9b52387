// People a Japanese release introduces: a name written right before a side's title (「河野デジタル
// 大臣」「ヘルマン欧州委員」), or before a role word after a side and の (「欧州委員会…総局のヴィオラ総局長」).
// The name, and the surname of a long one (「河野太郎」 -> 「河野」, 「ロベルト・ヴィオラ」 -> 「ヴィオラ」),
// become aliases of that side for this one document.
import type { NameScript } from '../../codebook/types.js';
import type { AliasPhrase, Token } from '../types.js';
import { findMentions, type SentenceInput } from './clauses.js';
import type { JapaneseModel } from './model.js';
import { japaneseMatcher } from './phrases.js';
import { tokenize } from './tokens.js';

/** Characters of names: kanji, katakana, the middle dot, Latin letters. */
const NAME_CHAR = /^[\p{Script=Han}\p{Script=Katakana}ー・･A-Za-z]+$/u;
const LONGEST_NAME = 24;

/** The name that ends right before token `at`: name-like tokens back to a particle or punctuation. */
function nameBefore(tokens: readonly Token[], at: number, stop: number): string {
  let name = '';
  for (let i = at - 1; i >= stop; i--) {
    const text = tokens[i]?.text ?? '';
    if (!NAME_CHAR.test(text) || name.length + text.length > LONGEST_NAME) break;
    name = text + name;
  }
  return name.replace(/^[・･]+|[・･]+$/gu, '');
}

/** Does the text begin with a role, perhaps after a short qualifier (「政策局長」「サイバー政策担当大使」)? */
function roleWithin(text: string, role: string): boolean {
  const at = text.indexOf(role);
  return at > 0 && at <= 10 && !/[\u3040-\u309f、。]/u.test(text.slice(0, at));
}

/**
 * The name part of a run of name-like words before a role: 「マルク・デュボワ・サイバー問題」 before
 * 「調整官」 is 「マルク・デュボワ」 (katakana words up to the first with kanji or a topic term),
 * 「山田太郎」 stays whole; a run of kanji longer than a name (six) is no name.
 */
function nameOf(run: string, model: JapaneseModel): string {
  if (/^[\p{Script=Katakana}ー・･]/u.test(run)) {
    const words: string[] = [];
    for (const word of run.split(/[・･]/u)) {
      const office = model.grammar.notNameWords.some((w) => word.includes(w));
      if (!/^[\p{Script=Katakana}ー]+$/u.test(word) || office || model.topicTerms.at(tokenize(word), 0))
        break;
      words.push(word);
    }
    return words.join('・');
  }
  // Two to six kanji: 「山田太郎」, a surname of three (「宇津木慎吾」, 「三ツ矢亜希子」, whose ツ is part
  // of the kanji name); the title's own words may follow in katakana (「葉山沙織サイバー安全保障政策」).
  // 「高畑経済産業」「西田健一国際協力」: the title's own words run into the name; it ends before them.
  // 「日下部」「長谷部」: a surname the grammar knows holds an office's word all the same.
  const known = model.grammar.surnamesWithOfficeWords.find((surname) => run.startsWith(surname)) ?? '';
  const office = Math.min(
    ...model.grammar.notNameWords
      .map((word) => run.indexOf(word, known.length))
      .filter((at) => at >= Math.max(2, known.length)),
  );
  if (Number.isFinite(office) && office <= 6 && /^\p{Script=Han}+$/u.test(run.slice(0, office)))
    return nameOf(run.slice(0, office), model);
  const han = /^\p{Script=Han}+(?=[\p{Script=Katakana}ー]|$)/u.exec(kanjiName(run, model))?.[0] ?? '';
  const name = han.length >= 2 && han.length <= 6 ? run.slice(0, han.length) : '';
  return model.grammar.notNameWords.some((word) => name.indexOf(word, known.length) >= 0) ? '' : name;
}

export function learnJapanesePeople(
  sentences: readonly (readonly Token[])[],
  model: JapaneseModel,
): AliasPhrase[] {
  const empty = japaneseMatcher<AliasPhrase>([]);
  const sideOf = new Map<string, string | null>();
  const learn = (name: string, side: string) => {
    if (name.length < 2) return;
    const known = sideOf.get(name);
    sideOf.set(name, known === undefined || known === side ? side : null);
    // The surname: after the last middle dot (katakana names), or the first two of four kanji.
    const dot = name.search(/[・･][^・･]*$/u);
    if (dot > 0) learn(name.slice(dot + 1), side);
    else if (/^\p{Script=Han}{4}$/u.test(name)) learn(name.slice(0, 2), side);
  };
  for (const tokens of sentences) {
    const input: SentenceInput = { text: '', tokens, model, people: empty };
    const mentions = findMentions(input);
    mentions.forEach((mention, k) => {
      if (mention.alias.kind !== 'party') return;
      const previousEnd = mentions[k - 1]?.end ?? 0;
      const title = model.roles.some((role) => mention.alias.text.replace(/\s+/g, '').endsWith(role));
      if (title) learn(nameOf(nameBefore(tokens, mention.start, previousEnd), model), mention.alias.side);
      // 「シュミット欧州対外行動庁（EEAS）政策局長」: a name, the body it serves, then a role.
      let after = mention.end;
      if (tokens[after]?.lower === '(' || tokens[after]?.lower === '（') {
        const close = tokens.findIndex((t, i) => i > after && (t.lower === ')' || t.lower === '）'));
        if (close > 0 && close - after <= 4) after = close + 1;
      }
      const following = tokens
        .slice(after, after + 6)
        .map((t) => t.lower)
        .join('');
      if (model.roles.some((role) => following.startsWith(role) || roleWithin(following, role)))
        learn(nameOf(nameBefore(tokens, mention.start, previousEnd), model), mention.alias.side);
      // 「…総局のヴィオラ総局長」: a role word after the side's body and の, with only a name between
      // (never 「我が国の戦略を説明し、マルティネス総局長」, where the name serves no one named).
      if (tokens[mention.end]?.lower !== 'の') return;
      // 「DG CONNECTのソフィ・ルグラン デジタル社会…局長」: a space (no token, a gap between two)
      // may part the name from its title.
      let space = -1;
      for (let i = mention.end + 1; i < Math.min(tokens.length, mention.end + 16); i++) {
        const gap = i > mention.end + 1 && (tokens[i]?.start ?? 0) > (tokens[i - 1]?.end ?? 0);
        if (space < 0 && gap) space = i;
        if (!NAME_CHAR.test(tokens[i]?.text ?? '')) break;
        const role = model.roles.find(
          (r) =>
            tokens[i]?.lower === r ||
            tokens
              .slice(i, i + 2)
              .map((t) => t.lower)
              .join('') === r,
        );
        if (!role) continue;
        const before =
          space > 0 ? nameBefore(tokens, space, mention.end + 1) : nameBefore(tokens, i, mention.end + 1);
        learn(nameOf(before, model), mention.alias.side);
        break;
      }
    });
  }
  // Names before a title that no side's words claimed: presumed by the script they are written in.
  for (const [name, side] of presumedPeople(sentences, model)) if (!sideOf.has(name)) learn(name, side);
  return [...sideOf]
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([text, side]) => ({ text, side, kind: 'party' as const }));
}

/**
 * A kanji name with the kana some kanji names hold between two kanji (「三ツ矢」「霞ヶ関」「一ノ瀬」)
 * read as kanji, the length kept.
 */
function kanjiName(text: string, model: JapaneseModel): string {
  const kana = model.grammar.kanjiNameKana;
  return [...text]
    .map((char, i, chars) =>
      kana.has(char) && HAN.test(chars[i - 1] ?? '') && HAN.test(chars[i + 1] ?? '') ? '一' : char,
    )
    .join('');
}

const HAN = /^\p{Script=Han}$/u;

/** The script a name is written in, if it is one a codebook may claim. */
function scriptOf(name: string, model: JapaneseModel): NameScript | null {
  if (/^[\p{Script=Katakana}ー・･]+$/u.test(name)) return 'katakana';
  if (/^\p{Script=Han}+$/u.test(kanjiName(name, model))) return 'han';
  if (/^[A-Za-z]+$/u.test(name)) return 'latin';
  return null;
}

/**
 * 「ベルナー総局長から」「田辺局長は」: a name right before a role word, with the side whose officials'
 * names the codebook says are written in that script (`nameScript`).
 */
function presumedPeople(sentences: readonly (readonly Token[])[], model: JapaneseModel): [string, string][] {
  const found: [string, string][] = [];
  for (const tokens of sentences) {
    for (let i = 1; i < tokens.length; i++) {
      let text = '';
      for (let j = i; j < Math.min(tokens.length, i + 3) && NAME_CHAR.test(tokens[j]?.text ?? ''); j++) {
        text += tokens[j]?.lower ?? '';
        // The role ends the name (「欧州委員会」 holds 「委員」 but names no one).
        const after = tokens[j + 1]?.lower ?? '';
        const ends = !NAME_CHAR.test(tokens[j + 1]?.text ?? '') || model.grammar.roleSuffixes.has(after);
        if (!model.roles.includes(text) || !ends) continue;
        const name = nameOf(nameBefore(tokens, i, 0), model);
        if (model.aliases.at(tokenize(name), 0)) break;
        // 「米国のスミス次官」: a name that serves a body the text names is that body's, not presumed.
        let before = i - 1;
        while (before >= 0 && NAME_CHAR.test(tokens[before]?.text ?? '')) before--;
        if (tokens[before]?.lower === 'の') break;
        const script = scriptOf(name, model);
        const side = script ? model.nameSides[script] : undefined;
        if (side) found.push([name, side]);
        break;
      }
    }
  }
  return found;
}
