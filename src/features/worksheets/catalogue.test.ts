/** Every key the worksheet templates can produce has words in the catalogue. */
import { describe, expect, it } from 'vitest';
import { worksheetEffects, worksheetSteps } from '../../domain/records';
import { worksheetTemplates } from '../../domain/worksheets';
import { en } from '../../i18n/catalogue';

const has = (key: string) => Object.hasOwn(en, key);

describe('the worksheets catalogue', () => {
  // Every version still shown: a worksheet decided under an earlier one keeps its words.
  const definitions = worksheetTemplates.flatMap((t) => [
    ...(t.earlierDefinitions ?? []),
    t.definition,
  ]);
  for (const template of definitions) {
    it(`${template.id} version ${template.version}: facts, questions, choices, factors, reasons, options and messages`, () => {
      const p = `worksheets.${template.id}`;
      const keys = [
        `worksheets.template.${template.id}.title`,
        `worksheets.template.${template.id}.description`,
        ...template.facts.map((f) => `worksheets.fact.${f.key}`),
        ...template.facts.flatMap((f) =>
          (f.choices ?? []).map((c) => `worksheets.choice.${f.key}.${c}`),
        ),
        ...template.questions.map((q) => `worksheets.question.${q.key}`),
        ...template.questions.flatMap((q) =>
          (q.choices ?? []).map((c) => `worksheets.choice.${q.key}.${c}`),
        ),
        ...template.factors.map((f) => `worksheets.factor.${template.id}.${f.key}`),
        ...template.factors.flatMap((f) => [
          `${p}.reason.${f.reasons.for}`,
          `${p}.reason.${f.reasons.against}`,
          ...(f.reasons.variants ?? []).map((v) => `${p}.reason.${v.key}`),
        ]),
        ...template.summaries.map((s) => `${p}.summary.${s.key}`),
        ...template.actions.map((a) => `${p}.action.${a.key}`),
        ...template.options.flatMap((o) => [
          `worksheets.option.${o}`,
          `worksheets.option.${o}.hint`,
          `worksheets.message.${template.id}.${o}`,
        ]),
      ];
      expect(keys.filter((k) => !has(k))).toEqual([]);
    });
  }

  it('steps and ledger entries', () => {
    const keys = [
      ...worksheetSteps.map((s) => `worksheets.step.${s}`),
      ...worksheetEffects.map((e) => `worksheets.effect.${e}`),
    ];
    expect(keys.filter((k) => !has(k))).toEqual([]);
  });
});
