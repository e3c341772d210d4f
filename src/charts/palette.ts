/**
 * Colours for chart series: the Okabe–Ito palette, chosen to stay distinct for the common kinds of
 * colour blindness. Colour is never the only carrier of meaning: series also differ by fill
 * pattern or line style, carry text labels in the legend, and every chart has a data table.
 */
export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;
export type PaletteColor = keyof typeof okabeIto;

/** Black and the deep blue vanish on a dark background; lighter stand-ins keep the contrast. */
const onDark: Partial<Record<PaletteColor, string>> = {
  black: '#E8ECE9',
  blue: '#4DA3E0',
};

export function colorOf(name: PaletteColor, dark: boolean): string {
  return (dark ? onDark[name] : undefined) ?? okabeIto[name];
}

/** Fills drawn over a series' colour so series can be told apart without colour. */
export const patterns = ['solid', 'diagonal', 'cross', 'dots', 'horizontal', 'zigzag'] as const;
export type PatternName = (typeof patterns)[number];
