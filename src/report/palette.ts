// One legend for stances everywhere they are drawn: the charts, the review page and the README.
// The colours are Okabe and Ito's, told apart by readers with any common colour-vision deficiency;
// each stance also has a mark of its own shape, so that colour is never the only cue.
import { STANCES, type Stance } from '../types.js';

export interface StanceStyle {
  stance: Stance;
  label: string;
  colour: string;
  /** A character whose shape differs from the others' (text and SVG alike). */
  mark: string;
}

export const STANCE_STYLES: Readonly<Record<Stance, StanceStyle>> = {
  explained: { stance: 'explained', label: 'explained', colour: '#0072B2', mark: '●' },
  raised_issues: { stance: 'raised_issues', label: 'raised issues', colour: '#D55E00', mark: '▲' },
  concurred: { stance: 'concurred', label: 'concurred', colour: '#009E73', mark: '◆' },
  other: { stance: 'other', label: 'other', colour: '#999999', mark: '○' },
};

export const STANCE_COLOURS: Readonly<Record<Stance, string>> = Object.fromEntries(
  STANCES.map((stance) => [stance, STANCE_STYLES[stance].colour]),
) as Record<Stance, string>;

/** Side colours for highlighting statements (review page): distinct from the stance colours. */
export const SIDE_COLOURS: Readonly<Record<string, string>> = {
  first: '#E69F00',
  second: '#56B4E9',
  both: '#CC79A7',
  none: '#DDDDDD',
};
