/**
 * Nothing said that the records do not support: every sentence a worksheet can show — the reasons,
 * the actions, the message draft, the entries a decision lists and where each fact came from — is
 * rendered in both languages over generated client histories, every template, random answers and
 * every option the owner can pick. None may keep a `{slot}`, demand or list an amount of zero, or
 * name nobody.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  clientHistory,
  HISTORY_AS_OF,
  historyLedger,
} from '../../domain/metrics/client-history.arbitrary';
import { makeParty, testId } from '../../domain/metrics/test-records';
import { newWorksheet, type Reason, type Scalar } from '../../domain/records';
import {
  deriveFacts,
  evaluateWorksheet,
  messageDraft,
  planEffects,
  worksheetTemplates,
  type WorksheetTemplate,
} from '../../domain/worksheets';
import { TEST_OWNER } from '../../domain/worksheets/test-ledger';
import { i18n } from '../../i18n/i18n.svelte';
import { reasonText } from '../../state/worksheets.svelte';

const SUB_ID = testId(77);

beforeAll(() => i18n.loadAll());

/** An answer for every question: left unanswered, or any of its choices, or a plausible number. */
function answersFor(template: WorksheetTemplate) {
  const entries = template.definition.questions.map((q) => {
    const arb: fc.Arbitrary<Scalar | undefined> = q.choices
      ? fc.constantFrom(undefined, ...q.choices)
      : q.kind === 'money'
        ? fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined })
        : q.kind === 'percent'
          ? fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined })
          : fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined });
    return [q.key, arb] as const;
  });
  return fc.record(Object.fromEntries(entries));
}

const situation = fc.integer({ min: 0, max: worksheetTemplates.length - 1 }).chain((index) => {
  const template = worksheetTemplates[index]!;
  return fc.record({
    templateIndex: fc.constant(index),
    history: clientHistory,
    jobPick: fc.nat(),
    withSubcontractor: fc.boolean(),
    answers: answersFor(template),
    optionPick: fc.nat(),
  });
});

function problemsIn(texts: readonly { where: string; text: string }[], zeros: readonly string[]) {
  return texts.flatMap(({ where, text }) => {
    const found: string[] = [];
    if (text.trim() === '') found.push('empty');
    if (/[{}]/.test(text)) found.push('unfilled slot');
    // A zero that is not the tail of a larger amount ("$10.00", "1 000,00 $").
    const zero = (z: string) => new RegExp(`(?<!\\d)${z.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}`);
    if (zeros.some((z) => zero(z).test(text))) found.push('an amount of zero');
    if (/\s[,.]|\(\s*\)|«\s*»|“\s*”|"\s*"/.test(text)) found.push('a name left empty');
    return found.map((problem) => `${where}: ${problem}: ${text}`);
  });
}

describe('what a worksheet says', () => {
  it('never keeps a slot, an amount of zero or an empty name, in either language', () => {
    fc.assert(
      fc.property(
        situation,
        ({ templateIndex, history, jobPick, withSubcontractor, answers, optionPick }) => {
          const template = worksheetTemplates[templateIndex]!;
          const def = template.definition;
          const ledger = historyLedger(history);
          const job =
            ledger.jobs.length > 0 ? ledger.jobs[jobPick % ledger.jobs.length] : undefined;
          if (template.subject.needsJob && !job) return;
          const subject = job && template.subject.needsJob ? job : undefined;
          if (subject && withSubcontractor) {
            const sub = makeParty({ id: SUB_ID, kind: 'subcontractor', name: 'Sam Subcontractor' });
            ledger.parties.push(sub);
            const index = ledger.jobs.indexOf(subject);
            ledger.jobs[index] = { ...subject, subcontractorId: SUB_ID, problems: ['late'] };
          }
          const theJob = subject ? ledger.jobs.find((j) => j.id === subject.id) : undefined;
          const partyIds = [ledger.client.id, ...template.subject.extraParties(theJob)];
          const ws = {
            ...newWorksheet(def.id, def.version, partyIds, theJob ? [theJob.id] : [], 'USD'),
            answers: Object.fromEntries(
              Object.entries(answers).filter(([, v]) => v !== undefined),
            ) as Record<string, Scalar>,
          };
          const derived = deriveFacts(ws, ledger, HISTORY_AS_OF, TEST_OWNER);
          const first = evaluateWorksheet(ws, derived);
          const options = template.optionsFor(first);
          const option = options[optionPick % options.length]!;
          const chosen = { ...ws, decision: { ...ws.decision, option } };
          const evaluation = evaluateWorksheet(chosen, derived);
          const sub = ledger.parties.find((p) => p.id === theJob?.subcontractorId);
          const effects = planEffects(
            chosen,
            evaluation,
            { party: ledger.client, job: theJob, subcontractor: sub },
            HISTORY_AS_OF,
            'Worksheet',
          );
          const reasons: { where: string; reason: Reason }[] = [
            ...evaluation.result.reasons.map((reason) => ({ where: 'reason', reason })),
            ...evaluation.result.actions.map((reason) => ({ where: 'action', reason })),
            { where: 'message', reason: messageDraft(chosen, evaluation, HISTORY_AS_OF) },
            ...effects.map((e) => ({ where: `entry ${e.effect}`, reason: e.summary })),
            ...Object.entries(derived.sources).map(([key, reason]) => ({
              where: `source of ${key}`,
              reason,
            })),
          ];
          for (const locale of ['en', 'ru']) {
            i18n.choose(locale);
            const zeros = [i18n.money(0, 'USD')];
            const texts = reasons.map(({ where, reason }) => ({
              where: `${def.id} ${option} ${where}`,
              text: reasonText(reason),
            }));
            expect(problemsIn(texts, zeros)).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
