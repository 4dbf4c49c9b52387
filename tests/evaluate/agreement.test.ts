import { describe, expect, it } from 'vitest';
import { DialogueStanceError } from '../../src/errors.js';
import { agreement } from '../../src/evaluate/agreement.js';
import { formatAgreement } from '../../src/evaluate/format.js';
import { parseGold } from '../../src/evaluate/gold.js';

const header = 'doc,snippet,side,stance,topic\n';

function coder(name: string, body: string) {
  return { name, rows: parseGold(header + body, name) };
}

// Two coders, five shared units plus one only A coded. Side (preferred labels):
//   A: japan eu   both none eu       B: japan eu eu none japan
// po = 3/5; margins A japan 1, eu 2, both 1, none 1; B japan 2, eu 2, none 1
// kappa = (5·3 − (1·2 + 2·2 + 1·1)) / (25 − 7) = 8/18
// alpha: n = 10, n_japan 3, n_eu 4, n_both 1, n_none 2; u3 and u5 disagree → Σ_{c≠k} o = 4;
//        Σ_{c≠k} n_c·n_k = 100 − (9 + 16 + 1 + 4) = 70; alpha = 1 − 9·4/70 = 34/70
const a = coder(
  'a.csv',
  `d1,The Japanese side explained,japan,explained,5g-6g
d1,The EU side explained,eu|both,explained,5g-6g
d1,Both sides concurred,both,concurred,ai
d2,The workshop was held,none,other,general
d2,\u201cThe EU\u201d raised issues,eu,raised_issues,data
d2,only A coded this,none,other,
`,
);
const b = coder(
  'b.csv',
  `d2,"""the eu""   RAISED issues",japan,raised_issues,data
d1,the japanese side explained,japan,explained,5g-6g
d1,The EU side explained,eu,concurred,5g-6g
d1,Both sides concurred,eu,concurred,ai
d2,The workshop was held,none,other,
`,
);

describe('agreement between two coders', () => {
  const report = agreement([a, b]);

  it('aligns units by doc and folded snippet, and lists the ones only one coder coded', () => {
    expect(report.coders).toEqual(['a.csv', 'b.csv']);
    expect(report.units).toBe(6);
    expect(report.unpaired).toEqual([{ doc: 'd2', snippet: 'only A coded this', coder: 'a.csv' }]);
  });

  it('reproduces the hand-computed side figures', () => {
    expect(report.side.units).toBe(5);
    expect(report.side.percentAgreement).toBeCloseTo(0.6, 12);
    expect(report.side.kappa).toBeCloseTo(8 / 18, 12);
    expect(report.side.alpha).toBeCloseTo(34 / 70, 12);
  });

  it('compares preferred labels only', () => {
    // u2: A "eu|both", B "eu" → agree on side; stance explained vs concurred → disagree.
    // Stance: 4 of 5 agree; margins A explained 2, concurred 1, other 1, raised_issues 1;
    // B explained 1, concurred 2, other 1, raised_issues 1 → chance 2 + 2 + 1 + 1 = 6;
    // kappa = (20 − 6)/(25 − 6) = 14/19
    // alpha: n = 10, n_explained 3, n_concurred 3, n_other 2, n_raised_issues 2; only u2 disagrees →
    //        Σ_{c≠k} o = 2; Σ_{c≠k} n_c·n_k = 100 − (9 + 9 + 4 + 4) = 74; alpha = 1 − 9·2/74 = 56/74
    expect(report.stance.percentAgreement).toBeCloseTo(0.8, 12);
    expect(report.stance.kappa).toBeCloseTo(14 / 19, 12);
    expect(report.stance.alpha).toBeCloseTo(56 / 74, 12);
  });

  it('treats an empty topic as missing', () => {
    // u4 has no topic from B: 4 pairable units, all agreeing, with variation → alpha 1.
    expect(report.topic).toMatchObject({ units: 4, percentAgreement: 1, kappa: 1, alpha: 1 });
    // Every resample agrees perfectly too (or holds one label, and is left out): [1, 1].
    expect(report.topic.ci).toEqual({ kappa: { low: 1, high: 1 }, alpha: { low: 1, high: 1 } });
  });

  it('brackets kappa and alpha with bootstrap intervals over the units, and says how', () => {
    for (const field of ['side', 'stance'] as const) {
      const { kappa, alpha, ci } = report[field];
      expect(ci.kappa?.low).toBeLessThanOrEqual(kappa ?? Number.NaN);
      expect(ci.kappa?.high).toBeGreaterThanOrEqual(kappa ?? Number.NaN);
      expect(ci.alpha?.low).toBeLessThanOrEqual(alpha ?? Number.NaN);
      expect(ci.alpha?.high).toBeLessThanOrEqual(1);
    }
    expect(report.intervals).toEqual({
      confidence: 0.95,
      wilson: [],
      bootstrap: {
        statistics: ['kappa', 'alpha'],
        replicates: 2000,
        seed: 1,
        unit: 'unit (doc, snippet) coded by two or more coders',
        interval: 'percentile',
      },
    });
    expect(agreement([a, b], { seed: 1 })).toEqual(report);
    // Five units have few distinct resamples, so one field's interval may come out the same from
    // another seed; the two fields together do not.
    const other = agreement([a, b], { seed: 2 });
    expect([other.side.ci, other.stance.ci]).not.toEqual([report.side.ci, report.stance.ci]);
  });

  it('lists the units and fields the coders disagree on, labels in coder order', () => {
    expect(report.disagreements).toEqual([
      { doc: 'd1', snippet: 'The EU side explained', field: 'stance', labels: ['explained', 'concurred'] },
      { doc: 'd1', snippet: 'Both sides concurred', field: 'side', labels: ['both', 'eu'] },
      { doc: 'd2', snippet: '\u201cThe EU\u201d raised issues', field: 'side', labels: ['eu', 'japan'] },
    ]);
  });

  it('formats a readable report', () => {
    const text = formatAgreement(report);
    expect(text).toContain('Coders a.csv, b.csv: 6 units, 1 coded by one coder only');
    // Five units are few: the bootstrap intervals (seed 1, kept here so that a change shows) are wide,
    // and kappa's and alpha's reach below 0, where agreement is worse than chance.
    expect(text).toContain(
      [
        'field   units  agreement         kappa [95% CI]         alpha [95% CI]',
        'side        5      0.600  0.444 [-0.176, 1.000]  0.486 [-0.333, 1.000]',
        'stance      5      0.800   0.737 [0.118, 1.000]   0.757 [0.000, 1.000]',
        'topic       4      1.000   1.000 [1.000, 1.000]   1.000 [1.000, 1.000]',
        '95% CI: percentile bootstrap (2000 resamples of the units coded by two or more coders, seed 1).',
      ].join('\n'),
    );
    expect(text).toContain('doc  field   a.csv      b.csv      snippet');
    expect(text).toContain('d1   stance  explained  concurred  The EU side explained');
    expect(text).toContain('d2   a.csv  only A coded this');
  });
});

describe('agreement between three coders', () => {
  const c = coder(
    'c.csv',
    `d1,The Japanese side explained,japan,explained,5g-6g
d1,Both sides concurred,both,concurred,
`,
  );
  const report = agreement([a, b, c]);

  it('gives no Cohen kappa, but alpha and pooled pair agreement', () => {
    expect(report.side.kappa).toBeNull();
    // Side units: u1 japan×3 (3 agreeing pairs), u2 eu eu −, u3 both eu both (1 of 3),
    // u4 none none −, u5 eu japan −; pairs 3 + 1 + 3 + 1 + 1 = 9, agreeing 3 + 1 + 1 + 1 + 0 = 6.
    expect(report.side.percentAgreement).toBeCloseTo(6 / 9, 12);
    // alpha: n = 3 + 2 + 3 + 2 + 2 = 12; n_japan 3 + 1 = 4, n_eu 2 + 1 + 1 = 4, n_both 2, n_none 2;
    // Σ_{c≠k} o: u3 has 3 values, both 2 & eu 1 → ordered disagreeing pairs 9 − 5 = 4, /2 = 2; u5 adds 2 → 4.
    // Σ_{c≠k} n_c·n_k = 144 − (16 + 16 + 4 + 4) = 104; alpha = 1 − 11·4/104 = 60/104
    expect(report.side.alpha).toBeCloseTo(60 / 104, 12);
    expect(
      report.disagreements.find((d) => d.snippet === 'Both sides concurred' && d.field === 'side')?.labels,
    ).toEqual(['both', 'eu', 'both']);
  });
});

describe('agreement, degenerate input', () => {
  it('gives agreement 1 but undefined kappa and alpha when everyone uses one label', () => {
    const x = coder('x.csv', 'd1,one,none,other,\nd1,two,none,other,\n');
    const y = coder('y.csv', 'd1,one,none,other,\nd1,two,none,other,\n');
    const report = agreement([x, y]);
    const none = { kappa: null, alpha: null };
    expect(report.side).toEqual({ units: 2, percentAgreement: 1, kappa: null, alpha: null, ci: none });
    expect(report.topic).toEqual({ units: 0, percentAgreement: null, kappa: null, alpha: null, ci: none });
    expect(report.disagreements).toEqual([]);
    expect(formatAgreement(report)).toContain('No disagreements.');
  });

  it('gives null figures for coders without rows, and for coders who share no unit', () => {
    expect(agreement([coder('x.csv', ''), coder('y.csv', '')]).side).toEqual({
      units: 0,
      percentAgreement: null,
      kappa: null,
      alpha: null,
      ci: { kappa: null, alpha: null },
    });
    const apart = agreement([coder('x.csv', 'd1,one,none,other,\n'), coder('y.csv', 'd1,two,eu,other,\n')]);
    expect(apart.side.alpha).toBeNull();
    expect(apart.unpaired).toHaveLength(2);
  });

  it('needs two coders', () => {
    expect(() => agreement([a])).toThrow(DialogueStanceError);
    expect(() => agreement([a])).toThrow('agreement needs at least two gold files, got 1');
  });

  it('refuses a coder who codes the same unit twice', () => {
    const twice = coder('t.csv', 'd1,The EU side,eu,other,\nd1,the  EU side,none,other,\n');
    expect(() => agreement([twice, a])).toThrow(
      't.csv:3: d1 snippet "the  EU side" is coded again (first at line 2)',
    );
  });
});
