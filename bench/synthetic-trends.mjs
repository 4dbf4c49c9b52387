// A synthetic corpus for measuring the charts at the scale of whole series: statement rows (the
// fields trendRows reads) for any number of meetings, deterministic for a given generator. The
// generator is passed in (mulberry32 from src/stats or dist/stats), so tests and the bench script
// share this file without either building the other.
//
// Shaped like the real summaries: each side speaks on a few of the topics in a meeting, with one
// to four statements each, mostly "explained"; Japan raises issues more often as a series goes on,
// so shares.svg has a trend to show.

export const SYNTHETIC_TOPICS = [
  '5g-6g',
  'ai',
  'data',
  'platforms',
  'cybersecurity',
  'semiconductors',
  'quantum',
  'submarine-cables',
  'online-safety',
  'digital-identity',
  'standards',
  'research',
  'trade',
  'connectivity',
  'general',
];

const SIDES = ['japan', 'eu', 'both'];

/** Cumulative stance weights, the chance of raising issues growing with `progress` (0 to 1). */
function pickStance(random, side, progress) {
  const raised = side === 'japan' ? 0.05 + 0.3 * progress : side === 'eu' ? 0.1 : 0;
  const concurred = side === 'both' ? 0.7 : 0.1;
  const other = 0.05;
  const u = random();
  if (u < raised) return 'raised_issues';
  if (u < raised + concurred) return 'concurred';
  if (u < raised + concurred + other) return 'other';
  return 'explained';
}

/**
 * `meetings` meetings dealt round-robin to `series` series (numbered from 1 within each, about six
 * a year from 1990), over the first `topics` of SYNTHETIC_TOPICS.
 */
export function syntheticStatements({ meetings, series = 3, topics = SYNTHETIC_TOPICS.length, random }) {
  const topicIds = SYNTHETIC_TOPICS.slice(0, topics);
  const perSeries = Math.ceil(meetings / series);
  const rows = [];
  for (let index = 0; index < meetings; index++) {
    const seriesIndex = index % series;
    const number = Math.floor(index / series) + 1;
    const year = 1990 + Math.floor((number - 1) / 6);
    const month = String(((number - 1) % 6) * 2 + 1).padStart(2, '0');
    const meeting = {
      series: `Synthetic Dialogue ${String.fromCharCode(65 + seriesIndex)}`,
      meeting: number,
      date: `${year}-${month}-${String(10 + seriesIndex).padStart(2, '0')}`,
      doc: `synthetic-${seriesIndex}-${String(number).padStart(4, '0')}`,
    };
    const progress = perSeries > 1 ? (number - 1) / (perSeries - 1) : 0;
    for (const side of SIDES) {
      for (const topic of topicIds) {
        // About four topics a side in a meeting.
        if (random() >= 4 / topicIds.length) continue;
        const statements = 1 + Math.floor(random() * 4);
        for (let n = 0; n < statements; n++) {
          rows.push({ ...meeting, side, topic, stance: pickStance(random, side, progress) });
        }
      }
    }
  }
  return rows;
}
