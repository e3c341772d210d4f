/**
 * What a message key looks like when it reaches a screen untranslated: an area of the catalogue
 * and dotted segments of letters, digits and underscores (`jobs.form.title`,
 * `errors.not_whole_cents`, `home.bucket.d1_30`). The browser tests search every screen for it.
 */
import { en } from './catalogue';

/** The catalogue's areas, the part of every key before its first dot. */
export const catalogueAreas: readonly string[] = [
  ...new Set(Object.keys(en).map((key) => key.slice(0, key.indexOf('.')))),
];

export const rawKeyPattern = new RegExp(
  `\\b(?:${catalogueAreas.join('|')})(?:\\.[a-z][A-Za-z0-9_]*)+\\b`,
);
