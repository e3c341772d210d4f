/**
 * The words of "Forgive or pursue?" in English: its title, facts, questions, options, reasons, messages and
 * ledger entries. Plain text; src/i18n spreads it into the catalogue. Keys never change: decided
 * worksheets keep the reason keys they were decided with.
 */
import type { TemplateCatalogue } from '../../template';

export const en = {
  'worksheets.template.forgive_or_pursue.title': 'Forgive or pursue?',
  'worksheets.template.forgive_or_pursue.description':
    'A client disputes or refuses a bill. Weigh what the relationship is worth against the money at stake.',
  'worksheets.fact.revenueToDate': 'Billed to date',
  'worksheets.fact.lateBefore': 'Late or missed payments before',
  'worksheets.fact.complaintsBefore': 'Complaints before',
  'worksheets.fact.amountInDispute': 'Amount in dispute',
  'worksheets.fact.referralCount': 'Referrals made',
  'worksheets.fact.referralRevenue': 'Billed to people they referred',
  'worksheets.question.complaintValid': 'Does the complaint hold up? Was the work really at fault?',
  'worksheets.question.raisedWhen': 'When did they raise the problem?',
  'worksheets.question.moreReferrals': 'How likely are they to send more people your way?',
  'worksheets.question.canAfford':
    'Could you afford to go further and offer a discount on a future job?',
  'worksheets.choice.complaintValid.yes': 'Yes, it was our fault',
  'worksheets.choice.complaintValid.partly': 'Partly',
  'worksheets.choice.complaintValid.no': 'No, the work was as agreed',
  'worksheets.choice.complaintValid.unsure': 'Not sure yet',
  'worksheets.choice.raisedWhen.before_invoice': 'Straight away, before the bill came',
  'worksheets.choice.raisedWhen.after_invoice': 'After the bill came, on their own',
  'worksheets.choice.raisedWhen.when_chased': 'Only when I asked why they had not paid',
  'worksheets.choice.moreReferrals.likely': 'Likely',
  'worksheets.choice.moreReferrals.maybe': 'Maybe',
  'worksheets.choice.moreReferrals.unlikely': 'Unlikely',
  'worksheets.choice.canAfford.yes': 'Yes',
  'worksheets.choice.canAfford.no': 'No',
  'worksheets.money.amountInDispute': 'Forgive the amount in dispute',
  'worksheets.money.referralRevenue': 'Already billed to people they referred',
  'worksheets.factor.forgive_or_pursue.complaint': 'Is the complaint valid?',
  'worksheets.factor.forgive_or_pursue.stake': 'Amount against a year of their business',
  'worksheets.factor.forgive_or_pursue.paymentRecord': 'Payment record',
  'worksheets.factor.forgive_or_pursue.tenure': 'How long you have worked together',
  'worksheets.factor.forgive_or_pursue.referralsMade': 'Referrals made',
  'worksheets.factor.forgive_or_pursue.referralsAhead': 'Referrals to come',
  'worksheets.factor.forgive_or_pursue.timing': 'When they raised it',
  'worksheets.factor.forgive_or_pursue.complaintHistory': 'Complaints before',
  'worksheets.forgive_or_pursue.summary.greatCustomer':
    '{name} is a long-standing client who has always paid: this looks out of character.',
  'worksheets.forgive_or_pursue.summary.troubledCustomer':
    '{name} has paid late or missed payments before: this may be part of a pattern.',
  'worksheets.forgive_or_pursue.reason.complaintHolds':
    'The complaint holds up, at least in part: the work was at fault.',
  'worksheets.forgive_or_pursue.reason.complaintFails':
    'The complaint does not hold up: the work was done as agreed.',
  'worksheets.forgive_or_pursue.reason.stakeSmall':
    '{amountInDispute} is small next to the {projectedValue} they are likely to bring over the next year.',
  'worksheets.forgive_or_pursue.reason.stakeLarge':
    '{amountInDispute} is a lot next to the {projectedValue} they are likely to bring over the next year.',
  'worksheets.forgive_or_pursue.reason.paidWell':
    'They have a good payment record (late or missed payments before: {lateBefore}).',
  'worksheets.forgive_or_pursue.reason.paidBadly':
    'They have paid late or missed payments {lateBefore} times before.',
  'worksheets.forgive_or_pursue.reason.longTenure': 'You have worked together for {tenureMonths}.',
  'worksheets.forgive_or_pursue.reason.shortTenure': 'The relationship is new ({tenureMonths}).',
  'worksheets.forgive_or_pursue.reason.referredOthers':
    'They have sent {referralCount} people your way.',
  'worksheets.forgive_or_pursue.reason.noReferrals': 'They have not referred anyone yet.',
  'worksheets.forgive_or_pursue.reason.referralsLikely': 'More referrals from them are possible.',
  'worksheets.forgive_or_pursue.reason.referralsUnlikely': 'More referrals are unlikely.',
  'worksheets.forgive_or_pursue.reason.raisedEarly':
    'They raised the problem straight away, before the bill.',
  'worksheets.forgive_or_pursue.reason.raisedWhenChased':
    'They only raised the problem when asked why they had not paid.',
  'worksheets.forgive_or_pursue.reason.firstComplaint': 'They have not complained before.',
  'worksheets.forgive_or_pursue.reason.complainsOften':
    'They have complained {complaintsBefore} times before.',
  'worksheets.forgive_or_pursue.action.preventRepeat':
    'Find out what went wrong and make sure it cannot happen again.',
  'worksheets.forgive_or_pursue.action.investigate':
    'Look into what happened before deciding: whether the complaint holds changes the answer most.',
  'worksheets.option.pursue': 'Pursue in full',
  'worksheets.option.pursue.hint': 'The bill stands: ask for payment of the whole amount.',
  'worksheets.option.partial_credit': 'Offer a partial credit',
  'worksheets.option.partial_credit.hint': 'Meet them partway: take part of the bill off.',
  'worksheets.option.forgive': 'Forgive the debt',
  'worksheets.option.forgive.hint': 'Write off what they owe on this bill.',
  'worksheets.option.forgive_discount': 'Forgive, and offer a one-time discount',
  'worksheets.option.forgive_discount.hint':
    'Write the bill off and offer a discount on their next job, if you can afford it.',
  'worksheets.message.forgive_or_pursue.pursue':
    'Hello {name},\n\nThank you for telling me about your concerns with “{job}”. I have looked into it carefully and believe the work was done as agreed, so the bill of {amount} stands. I would be glad to talk it through. Could you let me know when I can expect payment?\n\nThank you.',
  'worksheets.message.forgive_or_pursue.partial_credit':
    'Hello {name},\n\nThank you for raising the problem with “{job}”. I have looked into it and, to put things right, I am taking {credit} off the bill. I hope that seems fair, and I look forward to working with you again.\n\nThank you.',
  'worksheets.message.forgive_or_pursue.forgive':
    'Hello {name},\n\nI am sorry “{job}” did not meet your expectations. I have cancelled the outstanding {amount}: you owe nothing more for it. I have looked into what went wrong so that it does not happen again. I value working with you.\n\nThank you.',
  'worksheets.message.forgive_or_pursue.forgive_discount':
    'Hello {name},\n\nI am sorry “{job}” did not meet your expectations. I have cancelled the outstanding {amount}, and I would like to offer you {discount}% off your next job with me. I have looked into what went wrong so that it does not happen again. I value working with you.\n\nThank you.',
  'worksheets.effect.discount_note': 'Note on {name}: {discount}% off their next job',
  'worksheets.note.discount': 'Promised {discount}% off the next job (agreed {day}).',
  'worksheets.needs.disputed': '{name} disputes or refuses {amount} for “{job}”.',
  'worksheets.decision.discount': 'Discount on their next job (%)',
  // Version 2 (issue 15): the payer model, the relationship's value, the likely recovery.
  'worksheets.fact.billsInWindow': 'Their bills that fell due, before this one',
  'worksheets.fact.billsPaidInWindow': 'Of them, paid',
  'worksheets.fact.billsLateInWindow': 'Of them, paid late beyond the grace days',
  'worksheets.fact.worstDaysBeyondGrace': 'Latest payment, days beyond the grace',
  'worksheets.fact.billDaysPastDue': 'Days this bill is past due',
  'worksheets.fact.billCollectChance': 'Rough chance of collecting a bill this old',
  'worksheets.fact.likelyRecovery': 'Likely to come in if you pursue it',
  'worksheets.fact.ownValueNextYear': 'Their own likely business over the next year',
  'worksheets.source.forgiveWindowMonths':
    'Bills due in the last {months} months; late means more than {grace} days after the due date',
  'worksheets.source.forgiveWindowBills': {
    one: 'Their latest bill (fewer than six fell due in the last year); late means more than {grace} days after the due date',
    other:
      'Their latest {count} bills (fewer than six fell due in the last year); late means more than {grace} days after the due date',
  },
  'worksheets.source.forgiveNoBills': 'No other bill of theirs has fallen due yet',
  'worksheets.source.forgiveTypicalLate': {
    one: 'Over the same bills; a late one was typically {count} day beyond the grace',
    other: 'Over the same bills; a late one was typically {count} days beyond the grace',
  },
  'worksheets.source.forgiveGrievances':
    'Complaints and disputes over the whole relationship, each counted once, this one left out',
  'worksheets.source.forgiveDue': 'From the due date of the unpaid bill',
  'worksheets.source.forgiveChance':
    'A rough figure from a collection-agency survey ({site}): about 72% at three months past due, 44% at six, 29% at a year',
  'worksheets.source.forgiveChanceBeyond':
    'A rough figure from a collection-agency survey ({site}): 29% at a year past due, and it says nothing of older bills, which may be worth less',
  'worksheets.source.forgiveRecovery': 'The amount owed × a {percent}% chance: a rough figure',
  'worksheets.source.forgiveValue': {
    one: 'The next 12 months from {count} month of their bills, this one left out; a short record is weighed toward their average. How sure: {sure}',
    other:
      'The next 12 months from {count} months of their bills, this one left out; a short record is weighed toward their average. How sure: {sure}',
  },
  'worksheets.source.forgiveReferralRevenue':
    'Billed in the last 12 months to people they referred, each counted once',
  'worksheets.source.forgiveProblems': 'From the problems recorded on “{job}”',
  'worksheets.source.forgiveNothingRecorded': 'Nothing recorded on the job answers this',
  'worksheets.source.forgiveRaisedDispute': 'From the dispute recorded on {day}',
  'worksheets.source.forgiveRaisedComplaint': 'From the complaint logged on {day}',
  'worksheets.forgive_or_pursue.confidence.low': 'not very (a short record)',
  'worksheets.forgive_or_pursue.confidence.medium': 'fairly',
  'worksheets.forgive_or_pursue.confidence.high': 'quite (a long, steady record)',
  'worksheets.money.likelyRecovery': 'Likely to come in if pursued (rough)',
  'worksheets.money.ownValueNextYear': 'Their own likely business over the next year',
  'worksheets.money.referralsLastYear': 'Billed to people they referred, last 12 months',
  'worksheets.factor.forgive_or_pursue.lateShare': 'Share of recent bills paid late',
  'worksheets.factor.forgive_or_pursue.lateSeverity': 'How late, at worst',
  'worksheets.forgive_or_pursue.summary.nothingOwed':
    'Nothing is owed on this bill now: there is nothing to forgive or pursue, only the complaint to answer.',
  'worksheets.forgive_or_pursue.summary.latePattern':
    '{name} paid {billsLateInWindow} of their last {billsInWindow} bills late: this may be part of a pattern.',
  'worksheets.forgive_or_pursue.reason.recoverySmall':
    'Pursued, the {amountInDispute} would likely bring in about {likelyRecovery}: little next to what the relationship is likely worth over the next year.',
  'worksheets.forgive_or_pursue.reason.recoveryLarge':
    'Pursued, the {amountInDispute} would likely bring in about {likelyRecovery}: a lot next to what the relationship is likely worth over the next year.',
  'worksheets.forgive_or_pursue.reason.paidOnTimeShare':
    'Recent bills paid late beyond the grace days: {billsLateInWindow} of {billsInWindow}.',
  'worksheets.forgive_or_pursue.reason.paidLateShare':
    'Recent bills paid late beyond the grace days: {billsLateInWindow} of {billsInWindow}. Lateness is part of how they pay.',
  'worksheets.forgive_or_pursue.reason.neverVeryLate':
    'None of their recent bills was paid far beyond the grace days.',
  'worksheets.forgive_or_pursue.reason.paidVeryLate':
    'At worst, a recent bill was paid {worstDaysBeyondGrace} days beyond the grace days.',
  'worksheets.forgive_or_pursue.reason.newRelationship':
    'The relationship is less than half a year old.',
  'worksheets.forgive_or_pursue.reason.referredPeople':
    'People they have sent your way: {referralCount}.',
  'worksheets.forgive_or_pursue.reason.grievancesBefore':
    'Complaints or disputes before this one: {complaintsBefore}.',
  'worksheets.option.answer_complaint': 'Answer the complaint',
  'worksheets.option.answer_complaint.hint':
    'Nothing is owed: reply, look into what went wrong, and keep the client informed.',
  'worksheets.message.forgive_or_pursue.answer_complaint':
    'Hello {name},\n\nThank you for telling me about your concerns with “{job}”. I am sorry it was not what you expected. I am looking into what happened and will come back to you with what I find and what I will change.\n\nThank you.',
} as const satisfies TemplateCatalogue;
