import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCodebook } from '../../src/codebook/load.js';
import { checkCodebookText, exportCodebook, showCodebook } from '../../src/toolkit/codebook.js';
import { quantedaDictionary } from '../../src/toolkit/dictionary.js';
import { toYaml, yamlString } from '../../src/toolkit/yaml.js';

const codebook = loadCodebook().compiled.source;
const defaultText = readFileSync('codebooks/default.json', 'utf8');
const edited = (edit: (json: Record<string, unknown>) => void): string => {
  const json = JSON.parse(defaultText) as Record<string, unknown>;
  edit(json);
  return JSON.stringify(json);
};

describe('codebook check', () => {
  it('a valid codebook: no problems and one line saying what it holds', () => {
    const check = checkCodebookText(defaultText, 'default.json');
    expect(check.problems).toEqual([]);
    expect(check.message).toBe(
      'default.json: OK (codebook "Japan-EU digital dialogues (default)": 2 sides, 14 topics, 18 series, languages en, ja)',
    );
  });

  it.each<[string, string, string[]]>([
    ['not JSON', '{ "name": ', ['(root) is not valid JSON (Unexpected end of JSON input)']],
    ['not an object', '[]', ['field "(root)" must be an object']],
    [
      'every problem of the shape',
      '{"version": 2, "sides": [{"id": "both"}], "topics": []}',
      [
        'field "languages" is missing',
        'field "sides" must list exactly two parties (the joint side "both" and "none" are built in)',
        'field "sides[0].aliases" is missing',
      ],
    ],
    [
      'a reserved id',
      edited((json) => {
        ((json.topics as { id: string }[])[0] as { id: string }).id = 'general';
      }),
      ['field "topics[0].id" may not be "general": it is built in'],
    ],
    [
      'grammar of the wrong type or an unknown entry, each with its path',
      edited((json) => {
        const languages = json.languages as Record<string, Record<string, unknown>>;
        (languages.en as Record<string, unknown>).grammar = { stopWords: 'the' };
        (languages.ja as Record<string, unknown>).grammar = { nope: [] };
      }),
      [
        'field "languages.en.grammar.stopWords" must be a list, like the default',
        'field "languages.ja.grammar.nope" is not an entry of the ja grammar (src/lang/ja/grammar.json)',
      ],
    ],
  ])('%s', (_name, text, problems) => {
    const check = checkCodebookText(text, 'x.json');
    expect(check.problems).toEqual(problems);
    expect(check.message).toMatch(/^x\.json: codebook /);
    expect(check.message).not.toMatch(/\n/);
    for (const problem of problems) expect(check.message).toContain(problem);
  });
});

describe('codebook show', () => {
  it('json: the codebook as the tool holds it, defaults filled in', () => {
    const shown = JSON.parse(showCodebook(codebook, 'json'));
    expect(shown).toEqual(codebook);
    expect(shown.version).toBe(2);
    expect(shown.languages.en.grammar).toEqual({});
  });

  it('yaml: the same data', () => {
    expect(parse(showCodebook(codebook, 'yaml'))).toEqual(JSON.parse(JSON.stringify(codebook)));
  });

  it('quanteda is for export', () => {
    expect(() => showCodebook(codebook, 'quanteda')).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});

describe('codebook export: a quanteda dictionary', () => {
  const dictionary = quantedaDictionary(codebook);
  const stance = dictionary.stance as Record<string, string[]>;

  it('topics hold their English and Japanese terms', () => {
    expect(Object.keys(dictionary)).toEqual([...codebook.topics.map((topic) => topic.id), 'stance']);
    expect(dictionary.ai).toEqual(
      expect.arrayContaining(['AI', 'artificial intelligence', '人工知能', '生成AI']),
    );
  });

  it.each<[string, string[]]>([
    ['raised_issues', ['raise* issue*', 'raising issue*', 'raise* concern*', '懸念 表明', '懸念']],
    [
      'explained',
      ['explain*', 'give* presentation*', 'gave presentation*', 'giving presentation*', 'point* out'],
    ],
    ['concurred', ['agree*', 'call* for', 'reach* agreement*', '一致']],
    ['other', ['hold*', 'held', 'co-chair*']],
  ])('stance %s: lemma* with the inflections it misses, gaps closed up', (key, patterns) => {
    expect(stance[key]).toEqual(expect.arrayContaining(patterns));
  });

  it('YAML that a YAML reader reads back as the dictionary, with a header saying how to load it', () => {
    const yaml = exportCodebook(codebook, 'quanteda');
    expect(yaml).toMatch(/^# The codebook "Japan-EU digital dialogues \(default\)" as a quanteda dictionary/);
    expect(yaml).toContain('quanteda::dictionary(file = ');
    expect(parse(yaml)).toEqual(dictionary);
    expect(exportCodebook(codebook, 'yaml')).toBe(yaml);
    expect(JSON.parse(exportCodebook(codebook, 'json'))).toEqual(dictionary);
  });
});

describe('yaml', () => {
  it.each<[string, string]>([
    ['word', 'word'],
    ['two words', 'two words'],
    ['5G', '"5G"'],
    ['yes', '"yes"'],
    ['Off', '"Off"'],
    ['null', '"null"'],
    ['a: b', '"a: b"'],
    ['#tag', '"#tag"'],
    ['raise*', '"raise*"'],
    ['日本側', '日本側'],
    ['"quoted"', '"\\"quoted\\""'],
    ['', '""'],
    ['trailing ', '"trailing "'],
  ])('%s is written %s', (text, written) => {
    expect(yamlString(text)).toBe(written);
    expect(parse(`key: ${written}`)).toEqual({ key: text });
  });

  it('nested lists and objects read back as written', () => {
    const value = {
      list: ['a', 1, true, null, [], {}],
      objects: [{ id: 'x', terms: ['y', 'z'] }, { nested: { deeper: ['w'] } }],
      'key with: colon': { '5g-6g': ['5G'] },
      empty: [],
    };
    expect(parse(toYaml(value, ['a comment']))).toEqual(value);
  });
});
