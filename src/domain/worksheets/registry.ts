/**
 * The worksheet templates, in the order they are offered. The only place that imports the
 * template folders (besides catalogue.ts, which gathers their words): everything else asks here.
 */
import type { WorksheetTemplateId } from '../records';
import type { WorksheetTemplate } from './template';
import { forgiveOrPursueTemplate } from './templates/forgive-or-pursue';
import { keepOrPartTemplate } from './templates/keep-or-part';
import { warnBeforeSlowingTemplate } from './templates/warn-before-slowing';
import { whoPaysWhomTemplate } from './templates/who-pays-whom';
import type { TemplateDef } from './types';

export const worksheetTemplates: readonly WorksheetTemplate[] = [
  forgiveOrPursueTemplate,
  keepOrPartTemplate,
  whoPaysWhomTemplate,
  warnBeforeSlowingTemplate,
];

const byId = new Map(worksheetTemplates.map((t) => [t.definition.id, t] as const));

/** The template module a worksheet follows. */
export function templateModule(id: WorksheetTemplateId): WorksheetTemplate {
  const found = byId.get(id);
  if (!found) throw new Error(`No worksheet template ${id}`);
  return found;
}

/** A template's definition (data). A template's version is stored with each worksheet. */
export function templateOf(id: WorksheetTemplateId): TemplateDef {
  return templateModule(id).definition;
}

/**
 * The definition a worksheet of `version` was made under: an earlier version's for a worksheet
 * decided under it, else the current one (a draft follows the template as it is now).
 */
export function definitionFor(id: WorksheetTemplateId, version: number): TemplateDef {
  const module = templateModule(id);
  return module.earlierDefinitions?.find((d) => d.version === version) ?? module.definition;
}

/** Every template's definition, by id. */
export const templates: Readonly<Record<WorksheetTemplateId, TemplateDef>> = Object.fromEntries(
  worksheetTemplates.map((t) => [t.definition.id, t.definition]),
) as Record<WorksheetTemplateId, TemplateDef>;
