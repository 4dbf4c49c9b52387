// Japanese sentences as the reader cuts and codes them: [sentence, [side, stance] per statement].
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../../src/codebook/load.js';
import { analyzeDocument } from '../../../src/pipeline.js';
import { textSource } from '../../helpers.js';

const codebook = loadCodebook().compiled;

/** Side and stance of each statement of a release whose body is `body`. */
function coded(body: string): string[][] {
  const source = textSource(`日EU会合の結果\n\n${body}\n`);
  return analyzeDocument(source, codebook).statements.map((s) => [s.side, s.stance]);
}

describe('Japanese statements: who speaks', () => {
  it.each([
    // A group a side governs with の speaks for it, even a word that alone is joint (参加者).
    ['日本側の参加者から、地方自治体の事例が紹介された。', [['japan', 'explained']]],
    ['日EUの産学官から約８０名が参加した。', [['both', 'other']]],
    // A side's own noun (「日本側」) governs the noun phrase after it, with or without の.
    ['日本側の各省庁からは、所管分野の取組がそれぞれ紹介された。', [['japan', 'explained']]],
    ['日本側参加者からは、制度改正の概要について説明があった。', [['japan', 'explained']]],
    // …but not a phrase that says how a thing came about (により), nor one naming the other side.
    ['次回会合は、EU側の主催により開催することとされた。', [['both', 'concurred']]],
    // A decision the clause takes as its background (「…ことを受け」) is no act of it.
    [
      '本対話は、首脳協議においてエネルギー分野の協力強化が確認されたことを受けて、平成３０年から開始されたものです。',
      [['none', 'other']],
    ],
    // A topic and its comma are no gapped clause: the も-phrase after them is inside the object.
    [
      'これに対しEU側は、日本の研究者も参加可能な公募が数多く設けられていることを説明しました。',
      [['eu', 'explained']],
    ],
    // 「との」 before a noun modifies it (cooperation with the EU): no partner of the act; 「との間で」
    // and 「と」 are.
    ['総務省は、ＥＵとのサイバー分野における協力の深化に取り組んでまいります。', [['japan', 'explained']]],
    ['総務省は、欧州委員会との間で第５回対話を開催しました。', [['both', 'other']]],
    ['総務省は、欧州委員会と第５回対話を開催しました。', [['both', 'other']]],
    // Each side's topic with its co-chair, in parallel: one act of both; then what was done, passive
    // and agentless, is no one's.
    [
      '政策対話では、日本側は森脇浩二総務審議官、EU側はロベルタ・ガッリDG CONNECT総局長が共同議長を務め、以下の議題について議論が行われました。',
      [
        ['both', 'other'],
        ['none', 'other'],
      ],
    ],
    // A particle and の modify a noun: no one acts there (「産業界からの意見」).
    [
      'EU側は、AI法の運用について説明し、立法過程において日本の産業界からの意見も歓迎すると述べた。',
      [
        ['eu', 'explained'],
        ['eu', 'concurred'],
      ],
    ],
    // A joint name governs with の too; a comma after a particle joins no list.
    ['会合には、日EUの関係省庁・部局の担当者が参加しました。', [['both', 'other']]],
    // Surnames ending in an office's kanji (日下部, 長谷部) are names.
    ['日下部局長は、次世代半導体の量産化に向けた支援の進捗を紹介しました。', [['japan', 'explained']]],
    // A title's gloss in brackets (「（商務情報政策局担当）」) belongs to the actor phrase; 総局次長 is a
    // role.
    [
      '会合では、経済産業省の野村俊介大臣官房審議官（商務情報政策局担当）とDG CONNECTのカタリーナ・ヴェーバー総局次長が共同議長を務めた。',
      [['both', 'other']],
    ],
    // What was held is no actor (passive 開催); who held it is named with により.
    ['第４回日EU科学技術協力合同委員会が開催されましたので、お知らせします。', [['none', 'other']]],
    ['総務省と欧州委員会により第３回会合が開催された。', [['both', 'other']]],
    // …but an honorific with its object keeps its subject, and so does an organiser in a relative clause.
    ['大臣がセミナーを開催されました。', [['japan', 'other']]],
    ['総務省とEU側が共催したワークショップが東京で開催されました。', [['both', 'other']]],
    // A joint で inside what one side proposes acts there, not in the proposal.
    [
      '日本側は、ＩＴＵにおける周波数の調整に向けて日EUで協力していくことを提案した。',
      [['japan', 'explained']],
    ],
    ['日EUで連携を一層強化していくこととされた。', [['both', 'concurred']]],
    // A title's own words after a kanji name (「高畑経済産業審議官」), and an acting holder's 代理.
    [
      '冒頭、高畑経済産業審議官から、金融危機の影響について説明し、ベルガー副事務総長代理からは、欧州の戦略について説明がありました。',
      [
        ['japan', 'explained'],
        ['eu', 'explained'],
      ],
    ],
    // An agreement not reached, and a decision in the passive, take no actor from the clause before.
    [
      '日本側は、検討中であることを説明しましたが、具体的な協力の範囲については合意に至りませんでした。',
      [
        ['japan', 'explained'],
        ['none', 'other'],
      ],
    ],
    [
      '日本側は、要件の明確化を求めましたが、具体的な取扱いについては引き続き検討することとされました。',
      [
        ['japan', 'raised_issues'],
        ['both', 'concurred'],
      ],
    ],
    // 両当局 acts jointly, like 双方.
    ['両当局は、それぞれの考え方を紹介した。', [['both', 'explained']]],
    // Two sources, each with its comma, are one act of both.
    ['会合では、日本側から、EU側から、それぞれ説明があった。', [['both', 'explained']]],
    // One side's stated intention (「…していく考えです」「貢献してまいります」) explains its position.
    ['文部科学省としては、日EU間の共同研究の拡大を支援していく考えです。', [['japan', 'explained']]],
    ['デジタル庁は、DFFTの具体化に貢献してまいります。', [['japan', 'explained']]],
    // A request and a question raise an issue, as 求めた and 疑問を呈した do.
    ['日本側は、次期プログラムにおける改善を要望した。', [['japan', 'raised_issues']]],
    ['EU側は、支援対象の選定基準について質問した。', [['eu', 'raised_issues']]],
    // 求める and 要請 press a demand, as "ask" and "request" do; a ない inside the demand is no negation.
    [
      '日本側は、域外企業が支援の対象から不利に扱われることのないよう求めました。',
      [['japan', 'raised_issues']],
    ],
    ['EU側は、追加的な情報の提供を要請した。', [['eu', 'raised_issues']]],
    // Assent shown (賛意を示した) and appreciation (評価した) agree, as 賛同 and 歓迎 do.
    ['文部科学省もこれに賛意を示した。', [['japan', 'concurred']]],
    ['EU側もこれを評価しました。', [['eu', 'concurred']]],
    // 「こととなりました」 with no actor is a joint outcome, like 「こととされた」.
    ['今後も協議を継続していくこととなりました。', [['both', 'concurred']]],
    // Co-chairs: a body, の, a name and a long title (a space, katakana words, a three-kanji
    // surname); a meeting as the setting (では) leaves the が-subject the speaker.
    [
      '本対話では、鷲尾昌弘外務省サイバー政策担当大使とイネス・カルヴァーリョ欧州対外行動庁（EEAS）安全保障・防衛政策局長が共同議長を務めました。',
      [['both', 'other']],
    ],
    [
      '今回の対話では、デジタル庁の宇津木慎吾審議官と、DG CONNECTのソフィ・ルグラン デジタル社会・信頼・サイバーセキュリティ局長が共同議長を務めました。',
      [['both', 'other']],
    ],
    [
      '外務省総合外交政策局の葉山沙織サイバー安全保障政策室長と、EEASのヤン・ノヴォトニー・サイバー政策課長が共同議長を務めました。',
      [['both', 'other']],
    ],
    // 「側が」, which the segmenter glues, still names the side.
    ['日本側が説明した。', [['japan', 'explained']]],
    // 「…のに対し、」 (whereas) ends a clause; 「…に向けて、」 (towards) and 「…を含め、」 do not.
    [
      'EU側が国際協定の締結を前提とする考えを示したのに対し、日本側は反対した。',
      [
        ['eu', 'explained'],
        ['japan', 'raised_issues'],
      ],
    ],
    [
      '双方は、来年開催されるITU全権委員会議に向けて、緊密に連携していくことで一致した。',
      [['both', 'concurred']],
    ],
    // A side governs people and bodies after it, not a thing (「EU側の内部調整が…ことから」).
    ['日本側の参加企業からは、試作ラインの立ち上げ状況について発表がありました。', [['japan', 'explained']]],
    [
      '一方、案件の一覧を共同で作成することについては、EU側の内部調整が終わっていないことから、今回は合意に至りませんでした。',
      [['none', 'other']],
    ],
    ['日本側の出席者から、AIの安全性について説明があった。', [['japan', 'explained']]],
    // A party written with の governs a phrase that speaks; two owners of one head govern nothing.
    ['日本の通信事業者の代表は、日EU共同の実証実験を提案した。', [['japan', 'explained']]],
    ['日本の自治体及び欧州の都市の関係者から、事例について発表があった。', [['none', 'explained']]],
    // A passive result with a topic of its own is no one's (「結論は…持ち越された」).
    [
      '日本側は当局間の取決めによる対応が現実的であると主張し、結論は次回以降に持ち越されました。',
      [
        ['japan', 'explained'],
        ['none', 'other'],
      ],
    ],
    // What a framework holds (「同パートナーシップは、…協力していくことを内容としています」) is no act.
    [
      '同パートナーシップは、本年署名されたものであり、日EUが第三国における連結性の向上に協力していくことを内容としています。',
      [['none', 'other']],
    ],
    // The meeting as the setting: only a が-subject right before the predicate speaks.
    ['本対話では、EU側が提案した枠組みについて議論した。', [['none', 'other']]],
    ['本ワークショップでは、日EUの官民双方が理解を深めることを目的としている。', [['none', 'other']]],
    // 求め as a noun (「日本側の求めに応じ」) and 評価 as assessing are no cues.
    ['EU側は、日本側の求めに応じ、資料を提供した。', [['eu', 'other']]],
    ['EU側は、AIシステムのリスクを評価し、その結果を説明した。', [['eu', 'explained']]],
    // A kanji name with a kana between its kanji (三ツ矢) is written in kanji: the Japanese side's.
    ['三ツ矢参事官から、我が国の方針を説明しました。', [['japan', 'explained']]],
    // Bodies of the two sides named since round 8: EIB, JICA, JBIC.
    [
      'EIBの代表は、保証制度の活用状況を報告し、JICA及びJBICの代表からは、協調融資の実績が紹介されました。',
      [
        ['eu', 'explained'],
        ['japan', 'explained'],
      ],
    ],
    // A footnote mark and a gloss in brackets belong to the name before them.
    [
      '欧州ネットワーク・情報セキュリティ機関（ＥＮＩＳＡ）※の担当者からは、認証枠組みについて発表があった。',
      [['eu', 'explained']],
    ],
    [
      '総務省と欧州委員会通信ネットワーク・コンテンツ・技術総局（DG CONNECT）※は、東京において、ワークショップを開催しました。',
      [['both', 'other']],
    ],
    // A body a side's name heads speaks for the side; so does 「欧州側」.
    [
      '欧州委員会共同研究センター（JRC）からは、AI法に対応した評価手法の研究が紹介された。',
      [['eu', 'explained']],
    ],
    [
      '日本側から、スマートシティの事例が紹介され、欧州側からは、欧州の取組が紹介された。',
      [
        ['japan', 'explained'],
        ['eu', 'explained'],
      ],
    ],
    // One predicate with a subject from each side is one act of both.
    ['日本側からは山田大使他が、EU側からはシュミット部長他が出席しました。', [['both', 'other']]],
    ['EU側から見解が示された。', [['eu', 'explained']]],
    // A concern shown is raised, whatever verb shows it.
    ['EU側から、域外移転について懸念が示された。', [['eu', 'raised_issues']]],
    // A body's name ends where another side's name starts.
    ['総務省・欧州委員会は、東京においてワークショップを開催した。', [['both', 'other']]],
    ['日本・EU合同委員会は、協力の進展を確認した。', [['both', 'concurred']]],
    // A gapped clause with a predicate noun of its own is its own statement.
    [
      '日本側からは、AIについて説明が、EU側からは、データについて懸念が示された。',
      [
        ['japan', 'explained'],
        ['eu', 'raised_issues'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(coded(`　${sentence}`)).toEqual(expected);
  });
});

describe('Japanese statements: people before a title', () => {
  it.each([
    // A katakana name the document never tied to a side: the codebook's nameScript (EU: katakana).
    ['ベルナー総局長から、デジタルサービス法の施行状況について説明があった。', 'eu'],
    ['田辺局長から、半導体戦略について説明した。', 'japan'],
    ['小野寺総務審議官とマルティネス総局長は、協力の進展を確認した。', 'both'],
    // Not a name: an office's words (共同議長, 国連事務総長), or a name serving a body the text names.
    ['国連事務総長は、協力について説明した。', 'none'],
    ['米国のスミス次官から説明があった。', 'none'],
  ])('%s -> %s', (sentence, side) => {
    expect(coded(`　${sentence}`).map(([s]) => s)).toEqual([side]);
  });

  it('reads a name across no verb: the side before の governs only the name right after it', () => {
    const body = [
      '　小野寺総務審議官から、我が国の戦略を説明し、マルティネス総局長からは、欧州の研究開発について紹介があった。',
      '　マルティネス総局長からは、6Gの進捗について紹介があった。',
    ].join('\n');
    expect(coded(body).map(([s]) => s)).toEqual(['japan', 'eu', 'eu']);
  });

  it("does not take a side's name for a person (「欧州委員会」 holds 「委員」)", () => {
    expect(
      coded('　欧州委員会共同研究センターから、研究成果が紹介された。\n　欧州から説明があった。'),
    ).toEqual([
      ['eu', 'explained'],
      ['eu', 'explained'],
    ]);
  });
});
