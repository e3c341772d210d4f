/**
 * Warn before slowing down, from records: the article's lost cheques against a client who simply
 * has not paid, the warning's deadline before any slowdown, the paying side's view, and nothing to
 * chase when nothing is past due. Expected figures are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { Day } from '../../../dates';
import { relationshipValue } from '../../../metrics/relationship-value';
import { newWorksheet, type Contact, type Job, type Party, type Payment } from '../../../records';
import { planEffects } from '../../effects';
import { evaluateWorksheet, type Evaluation } from '../../evaluate';
import { deriveFacts, type DerivedFacts } from '../../facts';
import { messageDraft } from '../../messages';
import { needsDecision } from '../../needs-decision';
import { templateModule } from '../../registry';
import type { OwnerTerms } from '../../template';
import {
  CLIENT_ID,
  SUB_ID,
  TEST_OWNER,
  ledger,
  makeContact,
  makeJob,
  makeParty,
  makePayment,
} from '../../test-ledger';
import { en } from './en';
import { ru } from './ru';

const T = templateModule('warn_before_slowing');
const AS_OF = '2026-06-30';

interface Case {
  party: Party;
  jobs: Job[];
  payments?: Payment[];
  contacts?: Contact[];
  owner?: OwnerTerms;
  answers?: Record<string, string | number | null>;
  asOf?: Day;
}

function open(c: Case) {
  const records = ledger({
    parties: [c.party],
    jobs: c.jobs,
    payments: c.payments ?? [],
    contacts: c.contacts ?? [],
  });
  const asOf = c.asOf ?? AS_OF;
  const derived: DerivedFacts = deriveFacts(
    { templateId: 'warn_before_slowing', partyIds: [c.party.id], jobIds: [], currency: 'USD' },
    records,
    asOf,
    c.owner ?? TEST_OWNER,
  );
  const ws = {
    ...newWorksheet('warn_before_slowing', 2, [c.party.id], [], 'USD'),
    answers: c.answers ?? {},
  };
  const e = evaluateWorksheet(ws, derived);
  const effects = (option = e.option, deadline: Day | null = null) => {
    const chosen = { ...ws, followUp: { ...ws.followUp, deadline } };
    const ev = evaluateWorksheet(
      { ...chosen, decision: { option, decidedOn: null, note: '' } },
      derived,
    );
    return planEffects(
      chosen,
      ev,
      { party: c.party, job: undefined, subcontractor: undefined },
      asOf,
      'ref',
    );
  };
  return { records, derived, ws, e, asOf, effects };
}

const keys = (e: Evaluation) => e.result.reasons.map((r) => r.key.split('.').pop());
const money = (minor: number) => ({ minor, currency: 'USD' });

/** Renders a catalogue text as the screen would, so an unfilled slot shows as a `{`. */
function render(text: string | { other: string }, params: Record<string, unknown>): string {
  const body = typeof text === 'string' ? text : text.other;
  return body.replace(/\{(\w+)\}/g, (slot, key: string) => {
    const v = params[key];
    if (v === undefined || v === null) return slot;
    if (typeof v === 'object' && 'minor' in v) return `$${((v.minor as number) / 100).toFixed(2)}`;
    if (typeof v === 'object' && 'day' in v) return String(v.day);
    if (typeof v === 'object' && 'key' in v) return render(en[v.key as keyof typeof en], {});
    return String(v);
  });
}

// The article (003): the developer moved her office on 20 May without telling the client; the
// client had paid the first bill at the start and mailed a cheque for each of the next two.
const movedOwner: OwnerTerms = {
  ...TEST_OWNER,
  businessAddress: '12 Oak Street, Springfield',
  paymentDetails: 'Account 0042 1234, Springfield Savings',
  businessAddressChangedOn: '2026-05-20',
};
const northwind = makeParty({ name: 'Northwind Studio', termsNetDays: 30 });
const discovery = makeJob({
  title: 'Discovery',
  orderedOn: '2026-03-01',
  doneOn: '2026-03-10',
  invoicedOn: '2026-03-10',
  amount: 100000,
});
const design = makeJob({
  title: 'Design',
  orderedOn: '2026-04-01',
  invoicedOn: '2026-05-01',
  amount: 200000,
});
const build1 = makeJob({
  title: 'Build, part 1',
  orderedOn: '2026-05-01',
  invoicedOn: '2026-05-15',
  amount: 150000,
});
const build2 = makeJob({
  title: 'Build, part 2',
  orderedOn: '2026-06-01',
  status: 'open',
  amount: 300000,
});
const paidAtStart = makePayment('2026-03-20', [{ job: discovery, amount: 100000 }]);
const chequeForDesign = makePayment('2026-05-29', [{ job: design, amount: 200000 }], {
  receivedOn: null,
  method: 'cheque',
});
const chequeForBuild = makePayment('2026-06-12', [{ job: build1, amount: 150000 }], {
  receivedOn: null,
  method: 'cheque',
});
const article: Case = {
  party: northwind,
  jobs: [discovery, design, build1, build2],
  payments: [paidAtStart, chequeForDesign, chequeForBuild],
  owner: movedOwner,
};

describe('the article: cheques in the post to an old address', () => {
  const { e, derived, ws, records, effects } = open(article);

  it('reads what is owed, what is in the post, and both addresses from the records', () => {
    // Design (2,000.00, due 31 May) and Build 1 (1,500.00, due 14 June) are past due as received;
    // both are covered by cheques sent before their due days, so nothing is late as sent.
    expect(e.facts).toMatchObject({
      side: 'they_owe_me',
      outstanding: 350000,
      pastDueOwed: 350000,
      inTheMail: 350000,
      pastDueNotSent: 0,
      unpaidDaysBeyondGrace: 0,
      // Discovery, Design, Build 1: all three paid (sent) by their due days.
      paysLateShare: 0,
      remindersSinceDue: 0,
      warningsSinceDue: 0,
      warningDeadline: null,
      openJobs: 1,
      ownAddressChangedOn: '2026-05-20',
      // Moved on 20 May, after Design was billed on 1 May; the cheques are marked sent.
      paymentLostOnRecord: 'yes',
      addressChangedOnRecord: 'yes',
      theirAddressOnRecord: null,
    });
    expect(derived.sources.paysLateShare).toEqual({
      key: 'worksheets.source.warnLatenessInvoices',
      params: { count: 3 },
    });
    expect(derived.sources.addressChangedOnRecord).toEqual({
      key: 'worksheets.source.warnMovedAfterBill',
      params: { day: { day: '2026-05-20' } },
    });
  });

  it('pre-answers "might it be lost" and "did your address change", each still editable', () => {
    expect(e.answers).toMatchObject({ paymentLost: 'yes', addressChanged: 'yes' });
    const edited = evaluateWorksheet({ ...ws, answers: { paymentLost: 'no' } }, derived);
    expect(edited.answers).toMatchObject({ paymentLost: 'no', addressChanged: 'yes' });
  });

  it('checks first, never warns, and cannot slow down', () => {
    // Factors (weights 3,1,2,1,1,2,2,1 = 13): overdue −1·3, habit −0.6·1, lost −1·2, address
    // −1·1, their address 0, terms 0, reminded −1·2, leverage 0 → −8.6 / 13 = −66.15.
    expect(e.option).toBe('check_first');
    expect(e.result.score).toBeCloseTo(-66.15, 2);
    expect(keys(e)).toEqual([
      'allInTheMail',
      'notLongPastGrace',
      'mayBeLost',
      'notReminded',
      'addressChanged',
    ]);
    expect(T.optionsFor(e)).toEqual(['check_first', 'remind', 'warn']);
    expect(e.result.actions.map((a) => a.key.split('.').pop())).toEqual([
      'sendNewAddress',
      'rewardAfter',
    ]);
  });

  it('money on each side: 3,500.00 past due against 3,500.00 on its way and their worth', () => {
    const value = relationshipValue(CLIENT_ID, records, AS_OF, 'USD', { since: '2026-03-01' });
    expect(T.moneySides(e)).toEqual({
      left: { heading: 'worksheets.side.atStake', rows: [{ key: 'pastDueOwed', minor: 350000 }] },
      right: {
        heading: 'worksheets.side.relationship',
        rows: [
          { key: 'inTheMail', minor: 350000 },
          { key: 'valueNextYear', minor: value.total },
        ],
      },
    });
    expect(value.total).toBeGreaterThan(0);
  });

  it('the message asks where it was sent and says where to send it', () => {
    const draft = messageDraft(ws, e, AS_OF);
    expect(draft).toMatchObject({
      key: 'worksheets.message.warn_before_slowing.check_first',
      params: {
        name: 'Northwind Studio',
        amount: money(350000),
        sendToIntro: { key: 'worksheets.warn_before_slowing.sendTo.details' },
        sendTo: '\n12 Oak Street, Springfield\nAccount 0042 1234, Springfield Savings',
      },
    });
    const text = render(en[draft.key as keyof typeof en], draft.params);
    expect(text).toContain('12 Oak Street, Springfield');
    expect(text).not.toContain('{');
  });

  it('with no address or details in Settings, the message offers to send them instead', () => {
    const bare = open({
      ...article,
      owner: { ...TEST_OWNER, businessAddressChangedOn: '2026-05-20' },
    });
    const draft = messageDraft(bare.ws, bare.e, AS_OF);
    expect(draft.params).toMatchObject({
      sendToIntro: { key: 'worksheets.warn_before_slowing.sendTo.ask' },
      sendTo: '',
    });
    expect(render(en[draft.key as keyof typeof en], draft.params)).not.toContain('{');
  });

  it('the decision logs a note of the check, and nothing else', () => {
    expect(effects().map((x) => x.effect)).toEqual(['note_contact']);
  });

  it('is listed as a payment gone astray once the first cheque has been two weeks in the post', () => {
    const { situations } = needsDecision(records, [], AS_OF, movedOwner);
    expect(situations.map((s) => s.reason)).toEqual([
      {
        key: 'worksheets.needs.paymentAstray',
        params: {
          name: 'Northwind Studio',
          amount: money(350000),
          sentOn: { day: '2026-05-29' },
        },
      },
    ]);
    // Ten days after the first cheque was sent the post may still bring it: nothing listed.
    expect(needsDecision(records, [], '2026-06-08', movedOwner).situations).toEqual([]);
  });
});

// The contrast: the same client, nothing sent, nothing moved, the bill long overdue and chased.
const fabrikam = makeParty({ name: 'Fabrikam', addressConfirmedOn: '2026-03-01' });
const logo = makeJob({
  title: 'Logo',
  orderedOn: '2026-01-05',
  invoicedOn: '2026-01-10',
  amount: 50000,
});
const site = makeJob({
  title: 'Site',
  orderedOn: '2026-03-15',
  invoicedOn: '2026-04-01',
  amount: 200000,
});
const more = makeJob({ title: 'Shop', orderedOn: '2026-06-01', status: 'open', amount: 100000 });
const logoPaidLate = makePayment('2026-03-01', [{ job: logo, amount: 50000 }]);
const reminders = [makeContact('2026-05-08'), makeContact('2026-05-20')];
const unpaid: Case = {
  party: fabrikam,
  jobs: [logo, site, more],
  payments: [logoPaidLate],
  contacts: reminders,
  answers: { termsAgreed: 'in_writing', dependence: 'a_lot' },
};

describe('a client who has simply not paid: warn, then wait for the deadline', () => {
  it('nothing in the post and twice reminded: warn with a deadline', () => {
    const { e } = open(unpaid);
    // Site: due 1 May, unpaid on 30 June: 60 days, 55 beyond the 5 days' grace. Logo: due 9 Feb,
    // paid 1 March, 20 days (15 beyond): both late → share 1.
    expect(e.facts).toMatchObject({
      pastDueOwed: 200000,
      pastDueNotSent: 200000,
      inTheMail: 0,
      unpaidDaysBeyondGrace: 55,
      paysLateShare: 1,
      remindersSinceDue: 2,
      theirAddressOnRecord: 'no',
    });
    // overdue 0.3 + 25/30·0.7 = 0.8833·3 = 2.65; habit 1; their address 0.3; terms 2;
    // reminded 2; leverage 0.6 → 8.55 / 13 = 65.77.
    expect(e.option).toBe('warn');
    expect(e.result.score).toBeCloseTo(65.77, 2);
    expect(keys(e)).toEqual(['longPastGrace', 'remindedAlready', 'termsClear', 'lateBefore']);
    expect(e.result.reasons[0]!.params).toMatchObject({
      unpaidDaysBeyondGrace: 55,
      remindersSinceDue: 2,
      pastDueOwed: money(200000),
    });
    expect(T.optionsFor(e)).toEqual(['check_first', 'remind', 'warn']);
  });

  it('the warning logs a "warning sent" that carries its deadline', () => {
    const { effects } = open(unpaid);
    const plan = effects('warn', '2026-07-10');
    expect(plan.map((x) => x.effect)).toEqual(['warning_contact']);
    expect(plan[0]).toMatchObject({
      create: { kind: 'warning_sent', on: AS_OF, promisedOn: '2026-07-10', partyId: CLIENT_ID },
      summary: { params: { name: 'Fabrikam', deadline: { day: '2026-07-10' } } },
    });
  });

  const warning = makeContact(AS_OF, { kind: 'warning_sent', promisedOn: '2026-07-10' });
  const warned = { ...unpaid, contacts: [...reminders, warning] };

  it('before the deadline (and on its day) slowing down is neither offered nor advised', () => {
    for (const asOf of ['2026-07-05', '2026-07-10']) {
      const { e } = open({ ...warned, asOf });
      expect(e.facts).toMatchObject({
        warningsSinceDue: 1,
        warningDeadline: '2026-07-10',
        daysPastDeadline: 0,
      });
      expect(e.option).toBe('remind');
      expect(T.optionsFor(e)).not.toContain('slow_down');
      expect(e.result.reasons[0]).toMatchObject({
        key: 'worksheets.warn_before_slowing.summary.deadlineNotYet',
        params: { warningDeadline: { day: '2026-07-10' } },
      });
    }
  });

  it('the day after the deadline: slow down, as warned', () => {
    const { e, records } = open({ ...warned, asOf: '2026-07-11' });
    expect(e.facts.daysPastDeadline).toBe(1);
    expect(e.option).toBe('slow_down');
    expect(T.optionsFor(e)).toEqual(['check_first', 'remind', 'warn', 'slow_down']);
    expect(keys(e)[0]).toBe('deadlinePassed');
    const { situations } = needsDecision(records, [], '2026-07-11', TEST_OWNER);
    const mine = situations.filter((s) => s.templateId === 'warn_before_slowing');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      since: '2026-07-11',
      reason: { key: 'worksheets.needs.warningDeadlinePassed' },
    });
  });

  it('a warning logged by hand (no deadline on it) gives a week', () => {
    const byHand = makeContact(AS_OF, { kind: 'warning_sent' });
    const { e } = open({ ...unpaid, contacts: [...reminders, byHand], asOf: '2026-07-07' });
    expect(e.facts).toMatchObject({ warningDeadline: '2026-07-07', daysPastDeadline: 0 });
    expect(
      open({ ...unpaid, contacts: [byHand], asOf: '2026-07-08' }).e.facts.daysPastDeadline,
    ).toBe(1);
  });

  it('once they pay: reward it, and offer to record the terms agreed', () => {
    const { e } = open({ ...unpaid, answers: { ...unpaid.answers, agreedNetDays: 14 } });
    const outcome = {
      reviewedOn: '2026-07-20',
      paid: 'yes' as const,
      relationshipKept: 'yes' as const,
      sameDecision: 'yes' as const,
      note: '',
    };
    expect(T.afterOutcome!(e, outcome, fabrikam)).toEqual({ reward: true, agreedNetDays: 14 });
    expect(T.afterOutcome!(e, { ...outcome, paid: 'no' }, fabrikam)).toEqual({
      reward: false,
      agreedNetDays: null,
    });
  });
});

describe('nothing past due: nothing to chase', () => {
  const notDue = makeJob({
    title: 'Menu',
    orderedOn: '2026-06-10',
    invoicedOn: '2026-06-20',
    amount: 80000,
  });
  const c: Case = { party: fabrikam, jobs: [notDue, more] };

  it('says so, offers nothing else, writes nothing and is not listed', () => {
    const { e, effects, records, ws } = open(c);
    expect(e.facts).toMatchObject({ outstanding: 80000, pastDueOwed: 0 });
    expect(e.option).toBe('nothing_to_chase');
    expect(T.optionsFor(e)).toEqual(['nothing_to_chase']);
    expect(keys(e)[0]).toBe('nothingPastDue');
    expect(effects()).toEqual([]);
    const text = render(en['worksheets.message.warn_before_slowing.nothing_to_chase'], {
      ...messageDraft(ws, e, AS_OF).params,
    });
    expect(text).not.toMatch(/\{|\$0\.00/);
    expect(needsDecision(records, [], AS_OF, TEST_OWNER).situations).toEqual([]);
  });
});

describe('the paying side: your subcontractor says they have not been paid', () => {
  const crew = makeParty({
    id: SUB_ID,
    kind: 'subcontractor',
    name: 'Quick Crew',
    addressConfirmedOn: '2025-01-10',
  });
  const job = makeJob({ subcontractorId: SUB_ID, subcontractorCost: 80000 });
  const toCrew = (fields: Partial<Payment>) =>
    makePayment('2026-06-01', [], {
      direction: 'me_to_sub',
      partyId: SUB_ID,
      amount: 80000,
      allocations: [{ jobId: job.id, amount: 80000 }],
      ...fields,
    });

  it('money I sent that they did not get: trace it and confirm their address', () => {
    const { e, effects, ws } = open({
      party: crew,
      jobs: [job],
      payments: [toCrew({ receivedOn: null, method: 'cheque' })],
    });
    expect(e.facts).toMatchObject({ side: 'i_owe_them', owedToThem: 80000, sentToThem: 80000 });
    expect(e.answers.myPaymentLost).toBe('yes');
    // myPayment −1·3, their address (536 days) −0.5·1, terms 0·2 → −3.5 / 6 = −58.33.
    expect(e.option).toBe('trace_payment');
    expect(e.result.score).toBeCloseTo(-58.33, 2);
    expect(keys(e)).toEqual(['supplierSide', 'paymentMayBeLost', 'addressOld']);
    expect(e.result.actions.map((a) => a.key.split('.').pop())).toEqual(['confirmTheirAddress']);
    expect(T.moneySides(e).left.rows).toEqual([{ key: 'owedToThem', minor: 80000 }]);
    expect(messageDraft(ws, e, AS_OF).params).toMatchObject({ amount: money(80000) });
    expect(effects().map((x) => x.effect)).toEqual(['note_contact']);
  });

  it('nothing sent and their address fresh: pay now', () => {
    const { e } = open({
      party: { ...crew, addressConfirmedOn: '2026-06-20' },
      jobs: [job],
      answers: { termsAgreed: 'in_writing' },
    });
    // myPayment +1·3, their address 1 − 10/180·0.7 = 0.9611, terms 1·2 → 5.9611 / 6 = 99.35.
    expect(e.answers.myPaymentLost).toBe('no');
    expect(e.option).toBe('pay_now');
    expect(e.result.score).toBeCloseTo(99.35, 2);
  });

  it('nothing owed and nothing sent on record: ask which bill they mean', () => {
    const { e } = open({ party: crew, jobs: [], answers: {} });
    expect(e.option).toBe('ask_which_bill');
    expect(T.optionsFor(e)).toEqual(['ask_which_bill']);
    expect(keys(e)[0]).toBe('nothingOwedToThem');
  });
});

describe('every sentence shown in these cases has its slots filled, in both languages', () => {
  it('reasons, actions and messages', () => {
    const cases: Case[] = [
      article,
      unpaid,
      {
        ...unpaid,
        contacts: [...reminders, makeContact(AS_OF, { kind: 'warning_sent' })],
        asOf: '2026-07-09',
      },
    ];
    for (const c of cases) {
      const { e, ws } = open(c);
      const draft = messageDraft(ws, e, c.asOf ?? AS_OF);
      for (const r of [...e.result.reasons, ...e.result.actions, draft]) {
        for (const words of [en, ru]) {
          const text = (words as Record<string, string | { other: string }>)[r.key];
          expect(text, r.key).toBeDefined();
          expect(render(text!, r.params), r.key).not.toContain('{');
        }
      }
    }
  });
});
