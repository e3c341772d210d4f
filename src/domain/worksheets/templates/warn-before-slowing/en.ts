/**
 * The words of "Warn before slowing down" in English: its title, facts, questions, options, reasons, messages and
 * ledger entries. Plain text; src/i18n spreads it into the catalogue. Keys never change: decided
 * worksheets keep the reason keys they were decided with.
 */
import type { TemplateCatalogue } from '../../template';

export const en = {
  'worksheets.template.warn_before_slowing.title': 'Warn before slowing down',
  // On a subcontractor's page: the side of this worksheet where the owner is the one who owes.
  'worksheets.template.warn_before_slowing.subcontractorTitle': 'They say you have not paid them',
  'worksheets.template.warn_before_slowing.description':
    'You are not being paid (or your supplier says you have not paid). Check first, then warn with a deadline.',
  'worksheets.fact.side': 'Who is owed',
  'worksheets.fact.oldestDaysOverdue': 'Oldest bill overdue by',
  'worksheets.fact.inTheMail': 'Sent but not received',
  'worksheets.fact.remindersSinceDue': 'Reminders since it fell due',
  'worksheets.fact.warningsSinceDue': 'Warnings since it fell due',
  'worksheets.fact.openJobs': 'Jobs you are still working on for them',
  'worksheets.fact.owedToThem': 'You owe them',
  'worksheets.fact.sentToThem': 'You sent, not yet confirmed',
  'worksheets.fact.addressConfirmedOn': 'Their address last confirmed',
  'worksheets.fact.addressAgeDays': 'Days since the address was confirmed',
  'worksheets.choice.side.they_owe_me': 'They owe you',
  'worksheets.choice.side.i_owe_them': 'You owe them (they say)',
  'worksheets.question.paymentLost': 'Could they have sent the money and it went astray?',
  'worksheets.question.addressChanged':
    'Have your address or bank details changed since they last paid you?',
  'worksheets.question.myPaymentLost': 'Could your payment have been sent and lost?',
  'worksheets.question.termsAgreed': 'Were payment terms ever agreed?',
  'worksheets.question.agreedNetDays': 'Which terms: paid within how many days of the invoice?',
  'worksheets.question.dependence': 'How much do they need your work right now?',
  'worksheets.choice.paymentLost.no': 'No, I checked',
  'worksheets.choice.paymentLost.maybe': 'Maybe',
  'worksheets.choice.paymentLost.yes': 'Yes, they say they sent it',
  'worksheets.choice.addressChanged.no': 'No',
  'worksheets.choice.addressChanged.unsure': 'Not sure they have the new one',
  'worksheets.choice.addressChanged.yes': 'Yes',
  'worksheets.choice.myPaymentLost.no': 'No, nothing was sent',
  'worksheets.choice.myPaymentLost.maybe': 'Maybe',
  'worksheets.choice.myPaymentLost.yes': 'Yes, I sent it',
  'worksheets.choice.termsAgreed.in_writing': 'Yes, in writing',
  'worksheets.choice.termsAgreed.verbally': 'Only by word of mouth',
  'worksheets.choice.termsAgreed.never': 'Never',
  'worksheets.choice.dependence.a_lot': 'A lot',
  'worksheets.choice.dependence.some': 'Somewhat',
  'worksheets.choice.dependence.little': 'Hardly',
  'worksheets.money.inTheMail': 'Perhaps already on its way',
  'worksheets.money.owedToThem': 'You owe them',
  'worksheets.money.sentToThem': 'You sent, not yet confirmed',
  'worksheets.factor.warn_before_slowing.overdue': 'How long overdue',
  'worksheets.factor.warn_before_slowing.lost': 'Could it be lost?',
  'worksheets.factor.warn_before_slowing.address': 'Your address or bank details',
  'worksheets.factor.warn_before_slowing.terms': 'Agreed terms',
  'worksheets.factor.warn_before_slowing.reminded': 'Reminders sent',
  'worksheets.factor.warn_before_slowing.leverage': 'How much they need you',
  'worksheets.factor.warn_before_slowing.myPayment': 'Could your payment be lost?',
  'worksheets.factor.warn_before_slowing.theirAddress': 'Their address last confirmed',
  'worksheets.warn_before_slowing.summary.maybeInTheMail':
    'Some of the money is marked as sent: make sure it has not gone astray before you warn.',
  'worksheets.warn_before_slowing.summary.warnedAlready':
    'You have already warned them since the bill fell due.',
  'worksheets.warn_before_slowing.summary.supplierSide':
    '{name} says they have not been paid. Check your side before anything else.',
  'worksheets.warn_before_slowing.reason.longOverdue':
    'The oldest bill is {oldestDaysOverdue} days overdue.',
  'worksheets.warn_before_slowing.reason.barelyOverdue':
    'The oldest bill is not long overdue: {oldestDaysOverdue} days.',
  'worksheets.warn_before_slowing.reason.notLost':
    'You have checked: the money was not sent and lost.',
  'worksheets.warn_before_slowing.reason.mayBeLost':
    'The money may have been sent and gone astray.',
  'worksheets.warn_before_slowing.reason.addressSame':
    'Your address and bank details have not changed.',
  'worksheets.warn_before_slowing.reason.addressChanged':
    'Your address or bank details changed: they may not have the new ones.',
  'worksheets.warn_before_slowing.reason.termsClear': 'Payment terms were agreed.',
  'worksheets.warn_before_slowing.reason.termsUnclear':
    'Payment terms were never clearly agreed: they may expect to pay later than you think.',
  'worksheets.warn_before_slowing.reason.alreadyReminded':
    'You have reminded them {remindersSinceDue} times since the bill fell due.',
  'worksheets.warn_before_slowing.reason.notReminded':
    'You have not reminded them yet since the bill fell due.',
  'worksheets.warn_before_slowing.reason.theyNeedYou':
    'They need your work, so a warning will be heard.',
  'worksheets.warn_before_slowing.reason.littleLeverage':
    'They hardly need your work right now, so a slowdown would not move them.',
  'worksheets.warn_before_slowing.reason.nothingSent': 'Nothing was sent, so nothing can be lost.',
  'worksheets.warn_before_slowing.reason.paymentMayBeLost': 'Your payment may have gone astray.',
  'worksheets.warn_before_slowing.reason.addressRecent': 'Their address was confirmed recently.',
  'worksheets.warn_before_slowing.reason.addressOld':
    'Their address has not been confirmed for a long time, or ever.',
  'worksheets.warn_before_slowing.action.agreeTerms':
    'Agree payment terms in writing, so both sides expect the same.',
  'worksheets.warn_before_slowing.action.sendNewAddress':
    'Send them your current address and bank details.',
  'worksheets.warn_before_slowing.action.confirmTheirAddress':
    'Confirm their address and bank details before paying again.',
  'worksheets.warn_before_slowing.action.rewardAfter':
    'Once they pay, reward it: deliver something early or go a step further. People repeat what is rewarded.',
  'worksheets.option.check_first': 'Check first',
  'worksheets.option.check_first.hint':
    'Make sure the money is not lost and that you agree on terms before pressing.',
  'worksheets.option.remind': 'Send a friendly reminder',
  'worksheets.option.remind.hint': 'Ask politely; most late payments are an oversight.',
  'worksheets.option.warn': 'Warn, with a deadline',
  'worksheets.option.warn.hint':
    'Say plainly that work will slow down if this is not settled by a date.',
  'worksheets.option.slow_down': 'Slow down, as warned',
  'worksheets.option.slow_down.hint':
    'The deadline has passed: put your time into paid work first.',
  'worksheets.option.trace_payment': 'Trace your payment',
  'worksheets.option.trace_payment.hint': 'Find out where it went and confirm their details.',
  'worksheets.option.pay_now': 'Pay now',
  'worksheets.option.pay_now.hint':
    'Nothing was sent: pay what you owe and agree terms for next time.',
  'worksheets.message.warn_before_slowing.check_first':
    'Hello {name},\n\nI have not yet received payment of {amount}. If it has already been sent, could you tell me when, how and to which address or account? It may have gone astray. {sendToIntro}{sendTo}\n\nI would also like us to agree payment terms for the future: would payment within {netDays} days of the invoice suit you?\n\nThank you.',
  'worksheets.message.warn_before_slowing.remind':
    'Hello {name},\n\nA friendly reminder that {amount} is now past due. If it is already on its way, thank you, and please ignore this. Otherwise, could you let me know when to expect it? {sendToIntro}{sendTo}\n\nThank you.',
  'worksheets.message.warn_before_slowing.warn':
    'Hello {name},\n\nI still have not received payment of {amount}, and I am concerned. If we cannot resolve this by {deadline}, I will need to put my time into other paid work first. If you have already sent it, please tell me how and where, as it may have gone astray. {sendToIntro}{sendTo}\n\nThank you.',
  'worksheets.message.warn_before_slowing.slow_down':
    'Hello {name},\n\nAs I wrote earlier, payment of {amount} is still outstanding. From today I am putting my time into other paid work first. I will pick up your work again as soon as the payment arrives; I would be glad to.\n\nThank you.',
  'worksheets.message.warn_before_slowing.trace_payment':
    'Hello {name},\n\nYou said you have not received my payment of {amount}. Could you confirm your current address and bank details? I will trace the payment and make sure it reaches you. Let us also agree terms: payment within {netDays} days of your invoice.\n\nThank you.',
  'worksheets.message.warn_before_slowing.pay_now':
    'Hello {name},\n\nThank you for letting me know. I am paying the {amount} now. For the future, let us agree that I pay within {netDays} days of your invoice.\n\nThank you.',
  'worksheets.effect.warning_contact':
    'Log a warning sent to {name}, with a deadline of {deadline}',
  'worksheets.needs.workWhileUnpaid': {
    one: 'You are working on a job for {name}, who is {days} days overdue.',
    other: 'You are working on {count} jobs for {name}, who is {days} days overdue.',
  },
  'worksheets.decision.deadline': 'Deadline in the warning',
  'worksheets.review.reward':
    'They paid: reward it. Thank them, deliver something early or go a step further. People repeat what is rewarded.',
  'worksheets.review.recordTerms': 'Record the agreed {netDays} days on {name}',
  'worksheets.review.termsRecorded': 'Terms recorded on {name}.',
  // Version 2 (issue 15): lateness beyond the grace from the payer model, money marked sent, both
  // addresses, the warning's deadline, nothing to chase when nothing is past due.
  'worksheets.fact.pastDueOwed': 'Past due and not received',
  'worksheets.fact.pastDueNotSent': 'Past due and not marked as sent',
  'worksheets.fact.unpaidDaysBeyondGrace': 'Oldest unpaid bill, days past your grace',
  'worksheets.fact.paysLateShare': 'Bills they paid late',
  'worksheets.fact.warningDeadline': 'Deadline in your last warning',
  'worksheets.fact.daysPastDeadline': 'Days since that deadline passed',
  'worksheets.fact.valueNextYear': 'Their likely business over the next year',
  'worksheets.fact.ownAddressChangedOn': 'Your address last changed',
  'worksheets.question.theirAddressChanged': 'Has their address changed since you sent the bill?',
  'worksheets.choice.theirAddressChanged.no': 'No, the bill reached them',
  'worksheets.choice.theirAddressChanged.unsure': 'Not sure the bill reached them',
  'worksheets.choice.theirAddressChanged.yes': 'Yes',
  'worksheets.money.pastDueOwed': 'Past due, not received',
  'worksheets.money.valueNextYear': 'Their likely business over the next year',
  'worksheets.source.warnNotSent': 'From their past-due bills, less payments marked as sent',
  'worksheets.source.warnBeyondGrace':
    'From their unpaid bills, counting money from the day it was sent, after the grace period in Settings',
  'worksheets.source.warnLatenessMonths':
    'Bills due in the last {months} months, paid or still unpaid past the grace period in Settings',
  'worksheets.source.warnLatenessInvoices': {
    one: 'Their only bill so far, paid or still unpaid past the grace period in Settings',
    other: 'Their last {count} bills, paid or still unpaid past the grace period in Settings',
  },
  'worksheets.source.warnNoBills': 'No bill of theirs has fallen due yet',
  'worksheets.source.warnDeadline': 'From the warning logged on {day}',
  'worksheets.source.warnSettings': 'From your details in Settings',
  'worksheets.source.warnMovedAfterBill':
    'Your address changed on {day}, after the bill went out (Settings)',
  'worksheets.source.warnMovedBeforeBill':
    'Your address changed on {day}, before the bill went out (Settings)',
  'worksheets.source.warnTheirsAfterBill':
    'Their address was updated on {day}, after the bill went out',
  'worksheets.source.warnTheirsConfirmed': 'Their address was confirmed on {day}',
  'worksheets.source.warnMarkedSent': 'From payments of theirs marked as sent and not yet received',
  'worksheets.source.warnISent':
    'You marked a payment to them as sent on {day}; it is not marked received',
  'worksheets.source.warnNothingSent': 'No payment to them is marked as sent and not received',
  'worksheets.source.warnValue':
    'Their own pace of the last year, shrunk toward a modest guess while the record is short ({confidence}), plus the people they referred',
  'worksheets.source.warnConfidence.low': 'a rough figure',
  'worksheets.source.warnConfidence.medium': 'a fair figure',
  'worksheets.source.warnConfidence.high': 'a firm figure',
  'worksheets.factor.warn_before_slowing.habit': 'How they usually pay',
  'worksheets.factor.warn_before_slowing.billAddress': 'Their address',
  'worksheets.warn_before_slowing.summary.nothingPastDue':
    'Nothing {name} owes you is past due: there is nothing to chase.',
  'worksheets.warn_before_slowing.summary.allInTheMail':
    'Everything past due is marked as sent and has not arrived: find out where it went before you press.',
  'worksheets.warn_before_slowing.summary.addressMoved':
    'Your address or bank details changed after the bill went out: they may have paid to the old ones.',
  'worksheets.warn_before_slowing.summary.theirAddressMoved':
    'Their address may have changed since the bill went out: make sure it reached them.',
  'worksheets.warn_before_slowing.summary.deadlineNotYet':
    'You have warned them. The deadline you gave, {warningDeadline}, has not passed: slowing down waits until the day after it.',
  'worksheets.warn_before_slowing.summary.deadlinePassed':
    'The deadline in your warning, {warningDeadline}, has passed without payment.',
  'worksheets.warn_before_slowing.summary.nothingOwedToThem':
    'By your records you owe {name} nothing and have sent them nothing: ask which bill they mean.',
  'worksheets.warn_before_slowing.reason.longPastGrace':
    'The oldest unpaid bill is {unpaidDaysBeyondGrace} days past your grace period.',
  'worksheets.warn_before_slowing.reason.notLongPastGrace':
    'Nothing they owe is long past your grace period (the oldest bill: {unpaidDaysBeyondGrace} days beyond it).',
  'worksheets.warn_before_slowing.reason.lateBefore':
    'They have paid late before: at least a quarter of their recent bills went past your grace period.',
  'worksheets.warn_before_slowing.reason.usuallyOnTime':
    'They usually pay on time: a missing payment from them is more likely astray than ignored.',
  'worksheets.warn_before_slowing.reason.billReachedThem':
    'Their address has not changed since the bill went out.',
  'worksheets.warn_before_slowing.reason.billMayHaveMissed':
    'Their address may have changed: the bill may not have reached them.',
  'worksheets.warn_before_slowing.reason.remindedAlready':
    'Reminders sent since the bill fell due: {remindersSinceDue}.',
  'worksheets.warn_before_slowing.action.checkBillReached':
    'Check that the bill reached them, and send it again to their current address.',
  'worksheets.warn_before_slowing.sendTo.details':
    'For this and later payments, my current details:',
  'worksheets.warn_before_slowing.sendTo.ask':
    'If you need my current address or bank details, tell me and I will send them.',
  'worksheets.option.nothing_to_chase': 'Nothing to chase',
  'worksheets.option.nothing_to_chase.hint':
    'Nothing is past due: no reminder, no warning. Check back later.',
  'worksheets.option.ask_which_bill': 'Ask which bill they mean',
  'worksheets.option.ask_which_bill.hint':
    'Your records show nothing owed to them: ask for the invoice before paying anything.',
  'worksheets.message.warn_before_slowing.nothing_to_chase':
    'Hello {name},\n\nJust to let you know that your account with me is in order: nothing is past due. I look forward to carrying on with your work.\n\nBest regards.',
  'worksheets.message.warn_before_slowing.ask_which_bill':
    'Hello {name},\n\nThank you for letting me know. I cannot find an unpaid bill of yours in my records. Could you send me the invoice you mean, with its number and date? I will look into it straight away.\n\nThank you.',
  'worksheets.needs.warningDeadlinePassed':
    'The deadline you gave {name}, {deadline}, has passed: decide whether to slow down.',
  'worksheets.needs.paymentAstray':
    '{name} marked {amount} as sent on {sentOn} and it has not arrived: check where it went.',
} as const satisfies TemplateCatalogue;
