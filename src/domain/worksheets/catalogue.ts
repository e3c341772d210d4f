/**
 * The words every template owns, gathered for src/i18n. Apart from the registry, the only file that
 * imports the template folders: only their plain en/ru objects, so the catalogue's chunk carries no
 * worksheet code and the worksheet code no words.
 */
import { en as forgiveOrPursueEn } from './templates/forgive-or-pursue/en';
import { ru as forgiveOrPursueRu } from './templates/forgive-or-pursue/ru';
import { en as keepOrPartEn } from './templates/keep-or-part/en';
import { ru as keepOrPartRu } from './templates/keep-or-part/ru';
import { en as warnBeforeSlowingEn } from './templates/warn-before-slowing/en';
import { ru as warnBeforeSlowingRu } from './templates/warn-before-slowing/ru';
import { en as whoPaysWhomEn } from './templates/who-pays-whom/en';
import { ru as whoPaysWhomRu } from './templates/who-pays-whom/ru';

export const templateWordsEn = {
  ...forgiveOrPursueEn,
  ...keepOrPartEn,
  ...whoPaysWhomEn,
  ...warnBeforeSlowingEn,
};

export const templateWordsRu = {
  ...forgiveOrPursueRu,
  ...keepOrPartRu,
  ...whoPaysWhomRu,
  ...warnBeforeSlowingRu,
};
