/**
 * Text sparklines for the terminal and the page: eight block heights, scaled
 * between the series' own min and max; a flat series is a flat line.
 */
const BLOCKS = '▁▂▃▄▅▆▇█';

export function sparkline(values: readonly number[], width = 20): string {
  const v = values.filter((x) => Number.isFinite(x)).slice(-width);
  if (v.length === 0) return '';
  const min = Math.min(...v);
  const max = Math.max(...v);
  if (max === min) return BLOCKS[3]!.repeat(v.length);
  return v.map((x) => BLOCKS[Math.min(7, Math.floor(((x - min) / (max - min)) * 8))]!).join('');
}
