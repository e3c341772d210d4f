/**
 * The words of "Who should pay whom?" in English: its title, facts, questions, options, reasons, messages and
 * ledger entries. Plain text; src/i18n spreads it into the catalogue. Keys never change: decided
 * worksheets keep the reason keys they were decided with.
 */
import type { TemplateCatalogue } from '../../template';

export const en = {
  'worksheets.template.who_pays_whom.title': 'Who should pay whom?',
  'worksheets.template.who_pays_whom.description':
    'A job went wrong. Work out a fair settlement between you, the client and the subcontractor.',
  'worksheets.fact.jobAmount': 'Billed for the job',
  'worksheets.fact.paidSoFar': 'Paid so far',
  'worksheets.fact.subcontractorCost': 'Subcontractor’s price',
  'worksheets.fact.paidToSubcontractor': 'Paid to the subcontractor',
  'worksheets.question.clientShare':
    'What share of the work did the client end up doing themselves?',
  'worksheets.question.clientCost': 'What did that cost them?',
  'worksheets.question.fault': 'Whose fault was it?',
  'worksheets.question.clientWorth': 'What is this client worth to you from now on, over a year?',
  'worksheets.choice.fault.mine': 'Mine',
  'worksheets.choice.fault.subcontractor': 'The subcontractor’s',
  'worksheets.choice.fault.shared': 'Shared',
  'worksheets.choice.fault.nobody': 'Nobody’s',
  'worksheets.choice.fault.client': 'The client’s',
  'worksheets.money.costOfGoodwill': 'Credit and payment to the client',
  'worksheets.money.subcontractorBears': 'Borne by the subcontractor',
  'worksheets.money.netCost': 'Your net cost',
  'worksheets.money.clientWorth': 'The client’s worth to you from now on',
  'worksheets.factor.who_pays_whom.fault': 'Whose fault',
  'worksheets.factor.who_pays_whom.clientShare': 'Work the client did',
  'worksheets.factor.who_pays_whom.worth': 'Cost against the client’s worth',
  'worksheets.factor.who_pays_whom.tenure': 'How long you have worked together',
  'worksheets.who_pays_whom.summary.trustAtStake':
    'Your name was on the job and {name} had to step in: their trust is what is at stake.',
  'worksheets.who_pays_whom.summary.clientsOwnDoing':
    'The trouble came from the client’s side: the bill stands.',
  'worksheets.who_pays_whom.reason.yourSide':
    'The fault lies on your side, at least in part: to the client, your subcontractor is you.',
  'worksheets.who_pays_whom.reason.notYourSide': 'The fault does not lie with you.',
  'worksheets.who_pays_whom.reason.theyDidWork':
    'The client ended up doing {clientShare}% of the work themselves.',
  'worksheets.who_pays_whom.reason.theyDidNone':
    'The client did not have to do the work themselves.',
  'worksheets.who_pays_whom.reason.worthIt':
    'Waiving the {jobAmount} bill is small next to the {clientWorth} the client is worth to you.',
  'worksheets.who_pays_whom.reason.notWorthIt':
    'Waiving the {jobAmount} bill is a lot next to the {clientWorth} the client is worth to you.',
  'worksheets.who_pays_whom.reason.longTenure':
    'You have worked together for {tenureMonths} months.',
  'worksheets.who_pays_whom.reason.shortTenure': 'The relationship is new ({tenureMonths} months).',
  'worksheets.who_pays_whom.action.avoidSubcontractor':
    'Do not send {subcontractor} to this client’s jobs again.',
  'worksheets.who_pays_whom.action.preventRepeat':
    'Work out how this happened and change what you need so it cannot happen again.',
  'worksheets.option.bill_in_full': 'Bill in full',
  'worksheets.option.bill_in_full.hint': 'The bill stands as it is.',
  'worksheets.option.credit_share': 'Credit part of the bill',
  'worksheets.option.credit_share.hint':
    'Take off the part of the work they did, or a goodwill credit.',
  'worksheets.option.waive_all': 'Waive the whole bill',
  'worksheets.option.waive_all.hint': 'Do not charge them for this job.',
  'worksheets.option.waive_and_pay': 'Waive the bill and pay them',
  'worksheets.option.waive_and_pay.hint':
    'Do not charge them, and pay them for the work they had to do.',
  'worksheets.message.who_pays_whom.bill_in_full':
    'Hello {name},\n\nThank you for your patience with “{job}”. Now that it is done, the bill stands as agreed. Please let me know if you have any questions.\n\nThank you.',
  'worksheets.message.who_pays_whom.credit_share':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised. I have taken {credit} off the bill for it, so {amount} remains to pay. It will not happen again.\n\nThank you for bearing with me.',
  'worksheets.message.who_pays_whom.waive_all':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised. I made you a promise and did not keep it, so I will not charge you for this job. It will not happen again.\n\nThank you for bearing with me.',
  'worksheets.message.who_pays_whom.waive_and_pay':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised and that your own people had to step in. I will not charge you for this job, and I am sending you {payClient} for the work you had to do. It will not happen again.\n\nThank you for bearing with me.',
  'worksheets.effect.pay_client': 'Record a payment of {amount} to {name}',
  'worksheets.effect.charge_back': 'Record {amount} to be paid back by {name}',
  'worksheets.effect.forfeit':
    'Keep {amount} back from what {subcontractor} is paid for the job (a charge-back)',
  'worksheets.effect.avoid_subcontractor': 'Note on {name}: do not send {subcontractor} again',
  'worksheets.note.avoidSubcontractor':
    'Do not send {subcontractor} to their jobs again (agreed {day}).',
  'worksheets.needs.wentWrong': '“{job}” for {name} went wrong, with {subcontractor} on it.',
  'worksheets.decision.payClient': 'Pay the client',
  'worksheets.decision.subcontractorBears': 'The subcontractor bears',
  'worksheets.decision.avoidSubcontractor': 'Do not use {subcontractor} for {name} again',
} as const satisfies TemplateCatalogue;
