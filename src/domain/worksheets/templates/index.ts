/** The four worksheet templates, by id. A template's version is stored with each worksheet. */
import type { WorksheetTemplateId } from '../../records';
import type { TemplateDef } from '../types';
import { forgiveOrPursue } from './forgive-or-pursue';
import { keepOrPart } from './keep-or-part';
import { warnBeforeSlowing } from './warn-before-slowing';
import { whoPaysWhom } from './who-pays-whom';

export const templates: Readonly<Record<WorksheetTemplateId, TemplateDef>> = {
  forgive_or_pursue: forgiveOrPursue,
  keep_or_part: keepOrPart,
  who_pays_whom: whoPaysWhom,
  warn_before_slowing: warnBeforeSlowing,
};

export function templateOf(id: WorksheetTemplateId): TemplateDef {
  return templates[id];
}

export { forgiveOrPursue, keepOrPart, warnBeforeSlowing, whoPaysWhom };
export { MIN_CREDIT_PERCENT } from './who-pays-whom';
export { WARNING_DEADLINE_DAYS } from './warn-before-slowing';
