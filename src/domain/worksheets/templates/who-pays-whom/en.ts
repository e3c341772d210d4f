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
  'worksheets.who_pays_whom.reason.longTenure': 'You have worked together for {tenureMonths}.',
  'worksheets.who_pays_whom.reason.shortTenure': 'The relationship is new ({tenureMonths}).',
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
  // Version 2: units, the subcontractor's own price, a bounded goodwill payment, pre-answers.
  'worksheets.fact.clientDidValue': 'Work the client did themselves, at your price',
  'worksheets.fact.notDoneValue': 'Work nobody did, at your price',
  'worksheets.fact.lateValue': 'Work delivered late, at your price',
  'worksheets.fact.deliveredValue': 'Billed for the work delivered',
  'worksheets.fact.subcontractorUndelivered':
    'What the subcontractor did not deliver, at his price',
  'worksheets.fact.subcontractorLate': 'What the subcontractor delivered late, at his price',
  'worksheets.fact.clientYearValue': 'What the client is likely worth over the next year',
  'worksheets.source.whoPays.lines': 'From the units marked on the lines of “{job}”',
  'worksheets.source.whoPays.subcontractorLines':
    'At the subcontractor’s price per unit, from the lines of “{job}”',
  'worksheets.source.whoPays.problems': 'From the problems marked on “{job}”',
  'worksheets.source.whoPays.valueNone':
    'Nothing else has been billed to them yet, so only other work already ordered counts (this job left out)',
  'worksheets.source.whoPays.value.low': {
    one: 'A rough guess, this job left out: with {count} bill in the last 12 months, it leans on their yearly average since {day}',
    other:
      'A rough guess, this job left out: with {count} bills in the last 12 months, it leans on their yearly average since {day}',
  },
  'worksheets.source.whoPays.value.medium': {
    one: 'From their {count} bill of the last 12 months, this job left out, leaning partly on their yearly average since {day}',
    other:
      'From their {count} bills of the last 12 months, this job left out, leaning partly on their yearly average since {day}',
  },
  'worksheets.source.whoPays.value.high': {
    one: 'From their {count} bill of the last 12 months, this job left out',
    other: 'From their {count} bills of the last 12 months, this job left out',
  },
  'worksheets.question.lateUnits': 'The work delivered late: bill it, or credit it?',
  'worksheets.choice.lateUnits.bill': 'Bill it: it was delivered',
  'worksheets.choice.lateUnits.credit': 'Credit it: it came too late to count',
  'worksheets.who_pays_whom.note.lateUnits':
    'Billing it keeps {late} on the bill; crediting it takes {late} off.',
  'worksheets.who_pays_whom.note.lateUnitsSub':
    'Billing it keeps {late} on the bill; crediting it takes {late} off, and {subcontractor} bears {bears} of it at his own price.',
  'worksheets.who_pays_whom.note.clientCost':
    'A payment to them is never more than this, nor more than the {clientWorth} a year they are likely worth to you.',
  'worksheets.who_pays_whom.note.clientCostNoWorth':
    'A payment to them is never more than this, nor more than they are likely worth to you in a year: as things stand, nothing.',
  'worksheets.who_pays_whom.note.clientShareLines':
    'What is billed follows the units marked on the job’s lines ({share}%): to change it, mark them on the job.',
  'worksheets.who_pays_whom.note.unwrittenSubcontractorPrice':
    'Not written: the price of {subcontractor} you typed here is used for this settlement only. A job keeps its subcontractor’s price per unit on its lines — change it on “{job}” to keep it.',
  'worksheets.who_pays_whom.note.unwrittenJobFigures':
    'Not written: the figures of the job you typed here are used for this settlement only. A job keeps its units on its lines — mark them on “{job}” to keep them.',
  'worksheets.who_pays_whom.reason.worthItDelivered':
    'Waiving the {deliveredValue} billed for the work delivered is small next to the {clientWorth} a year the client is likely worth to you.',
  'worksheets.who_pays_whom.reason.notWorthItDelivered':
    'Waiving the {deliveredValue} billed for the work delivered is a lot next to what the client is likely worth to you in a year.',
  'worksheets.who_pays_whom.summary.nothingOwed':
    '{name} owes nothing on “{job}” and has paid nothing for it: there is no bill left to settle, only what you may choose to give.',
  'worksheets.who_pays_whom.summary.deliveredStands':
    'The trouble came from the client’s side: what was delivered is billed as agreed.',
  'worksheets.money.notBilled': 'Not billed: work not delivered',
  'worksheets.money.goodwillGiven': 'Given in goodwill',
  'worksheets.option.bill_delivered': 'Bill only what was delivered',
  'worksheets.option.bill_delivered.hint':
    'Work the client did and work nobody did is never billed; the late work as you chose.',
  'worksheets.option.pay_for_their_work': 'Bill what was delivered and pay them for their work',
  'worksheets.option.pay_for_their_work.hint':
    'Also pay them what their own people’s work cost them, within what they are worth to you.',
  'worksheets.message.who_pays_whom.bill_delivered':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised. I have taken {credit} off the bill for it, so {amount} remains to pay. It will not happen again.\n\nThank you for bearing with me.',
  'worksheets.message.who_pays_whom.bill_delivered.back':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised. I have taken {credit} off the bill for it, and as you had already paid, I am sending you {payClient}. It will not happen again.\n\nThank you for bearing with me.',
  'worksheets.message.who_pays_whom.bill_delivered.square':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised. I have taken {credit} off the bill for it, so there is nothing more to pay. It will not happen again.\n\nThank you for bearing with me.',
  'worksheets.message.who_pays_whom.bill_delivered.stands':
    'Hello {name},\n\nThank you for your patience with “{job}”. The bill stands as agreed: {amount} remains to pay. Please let me know if you have any questions.\n\nThank you.',
  'worksheets.message.who_pays_whom.bill_delivered.standsSquare':
    'Hello {name},\n\nThank you for your patience with “{job}”. There is nothing more to pay for it. Please let me know if you have any questions.\n\nThank you.',
  'worksheets.message.who_pays_whom.pay_for_their_work':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised and that your own people had to step in. For the work they had to do, I have taken {goodwill} off the bill, so {amount} remains to pay. It will not happen again.\n\nThank you for bearing with me.',
  'worksheets.message.who_pays_whom.pay_for_their_work.back':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised and that your own people had to step in. For the work they had to do, I am sending you {payClient}. It will not happen again.\n\nThank you for bearing with me.',
  'worksheets.message.who_pays_whom.pay_for_their_work.square':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised and that your own people had to step in. For the work they had to do, I have taken {goodwill} off the bill, so there is nothing more to pay. It will not happen again.\n\nThank you for bearing with me.',
  'worksheets.message.who_pays_whom.waive_all.back':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised. I made you a promise and did not keep it, so I will not charge you for this job, and I am sending you back the {payClient} you paid for it. It will not happen again.\n\nThank you for bearing with me.',
} as const satisfies TemplateCatalogue;
