/**
 * The words of "Keep or part ways?" in English: its title, facts, questions, options, reasons, messages and
 * ledger entries. Plain text; src/i18n spreads it into the catalogue. Keys never change: decided
 * worksheets keep the reason keys they were decided with.
 */
import type { TemplateCatalogue } from '../../template';

export const en = {
  'worksheets.template.keep_or_part.title': 'Keep or part ways?',
  'worksheets.template.keep_or_part.description':
    'A client pays late. Tell an occasional slip from lateness as a rule before deciding.',
  'worksheets.fact.lateCount12m': 'Late payments in the last 12 months',
  'worksheets.fact.averageDaysLate': 'Average days late',
  'worksheets.fact.worstDaysLate': 'Longest wait',
  'worksheets.fact.latenessPattern': 'Lateness',
  'worksheets.fact.latenessTrend': 'Trend',
  'worksheets.fact.remindersSent': 'Reminders and warnings sent',
  'worksheets.fact.paidAfterReminder': 'Paid within a week of a reminder',
  'worksheets.fact.contactsByThem': 'Times they got in touch first',
  'worksheets.fact.contactsByMe': 'Times you had to chase',
  'worksheets.fact.initiative': 'Who reaches out',
  'worksheets.fact.depositPercent': 'Deposit asked',
  'worksheets.choice.latenessPattern.none': 'Never late',
  'worksheets.choice.latenessPattern.occasional': 'Occasionally late',
  'worksheets.choice.latenessPattern.chronic': 'Late as a rule',
  'worksheets.choice.latenessTrend.improving': 'Getting better',
  'worksheets.choice.latenessTrend.steady': 'Steady',
  'worksheets.choice.latenessTrend.worsening': 'Getting worse',
  'worksheets.choice.latenessTrend.unknown': 'Too little history to tell',
  'worksheets.choice.initiative.they_reach_out': 'They get in touch first',
  'worksheets.choice.initiative.mixed': 'Sometimes them, mostly you',
  'worksheets.choice.initiative.you_chase': 'You always chase them',
  'worksheets.choice.initiative.unknown': 'Too few contacts to tell',
  'worksheets.question.toldRoughPatch':
    'Did they tell you about a rough patch before you had to ask?',
  'worksheets.question.treatment': 'How do they treat you when you ask to be paid?',
  'worksheets.question.wantToKeep': 'Money aside, do you want to keep working with them?',
  'worksheets.choice.toldRoughPatch.yes': 'Yes, they told me',
  'worksheets.choice.toldRoughPatch.no': 'No',
  'worksheets.choice.treatment.polite': 'Politely, and they say when',
  'worksheets.choice.treatment.evasive': 'They dodge calls and make excuses',
  'worksheets.choice.treatment.rude': 'Rudely',
  'worksheets.choice.wantToKeep.yes': 'Yes',
  'worksheets.choice.wantToKeep.neutral': 'No strong feeling',
  'worksheets.choice.wantToKeep.no': 'No',
  'worksheets.factor.keep_or_part.frequency': 'How often late',
  'worksheets.factor.keep_or_part.severity': 'How late',
  'worksheets.factor.keep_or_part.reminders': 'Is a reminder enough?',
  'worksheets.factor.keep_or_part.initiative': 'Who reaches out',
  'worksheets.factor.keep_or_part.trend': 'Trend',
  'worksheets.factor.keep_or_part.roughPatch': 'Told you about a rough patch',
  'worksheets.factor.keep_or_part.treatment': 'How they treat you',
  'worksheets.factor.keep_or_part.wantToKeep': 'Whether you want them',
  'worksheets.keep_or_part.summary.chronicEvasive':
    'Late as a rule, and you have to chase them: this is the kind of client who costs more than they bring.',
  'worksheets.keep_or_part.summary.chronicResponsive':
    'Often late, but they stay in touch: tighter terms may fix what goodwill has not.',
  'worksheets.keep_or_part.summary.occasionalResponsive':
    'An occasional slip from a client who gets in touch and puts it right: worth another chance.',
  'worksheets.keep_or_part.summary.occasional': 'Late now and then rather than as a rule.',
  'worksheets.keep_or_part.reason.rarelyLate':
    'Rarely late: {lateCount12m} late payments in the last 12 months.',
  'worksheets.keep_or_part.reason.oftenLate':
    'Often late: {lateCount12m} late payments in the last 12 months.',
  'worksheets.keep_or_part.reason.slightlyLate':
    'When late, only by a few days ({averageDaysLate} on average).',
  'worksheets.keep_or_part.reason.veryLate':
    'When late, by a lot ({averageDaysLate} days on average).',
  'worksheets.keep_or_part.reason.remindersWork':
    'A reminder is enough: they paid within a week after {paidAfterReminder} of {remindersSent} reminders.',
  'worksheets.keep_or_part.reason.remindersIgnored':
    'Reminders do not work: reminders sent, {remindersSent}; followed by payment within a week, {paidAfterReminder}.',
  'worksheets.keep_or_part.reason.theyReachOut':
    'They get in touch first ({contactsByThem} times, against {contactsByMe} times you chased).',
  'worksheets.keep_or_part.reason.youChase':
    'You have to chase them ({contactsByMe} times, against {contactsByThem} times they got in touch).',
  'worksheets.keep_or_part.reason.improving': 'Their payments are getting more punctual.',
  'worksheets.keep_or_part.reason.worsening': 'Their payments are getting later.',
  'worksheets.keep_or_part.reason.toldYou':
    'They told you about a rough patch before you had to ask.',
  'worksheets.keep_or_part.reason.polite': 'They are straight with you when you ask to be paid.',
  'worksheets.keep_or_part.reason.evasive': 'They dodge or are rude when you ask to be paid.',
  'worksheets.keep_or_part.reason.youWantThem': 'You want to keep working with them.',
  'worksheets.keep_or_part.reason.youDoNot': 'You would rather not work with them.',
  'worksheets.keep_or_part.action.askAboutRoughPatch':
    'Ask how things are going for them, and agree when you can expect payment.',
  'worksheets.option.keep_as_is': 'Keep as is',
  'worksheets.option.keep_as_is.hint': 'Carry on as before.',
  'worksheets.option.keep_changed_terms': 'Keep, on changed terms',
  'worksheets.option.keep_changed_terms.hint':
    'New terms for them: shorter with a deposit, or matched to when they really pay.',
  'worksheets.option.part_ways': 'Part ways politely',
  'worksheets.option.part_ways.hint': 'Finish what is open and take no new work from them.',
  'worksheets.message.keep_or_part.keep_as_is':
    'Hello {name},\n\nThank you for sorting out the payment. I appreciate it and look forward to our next job together.',
  'worksheets.message.keep_or_part.keep_changed_terms':
    'Hello {name},\n\nI value working with you. To keep things simple on both sides, from the next job I will ask for a {deposit}% deposit before starting, with the rest due within {netDays} days of the invoice. Please let me know if you would like to talk it over.\n\nThank you.',
  'worksheets.message.keep_or_part.part_ways':
    'Hello {name},\n\nThank you for the work we have done together. I have decided not to take on new work from you after the jobs now in hand. Please settle the {amount} still outstanding at your earliest convenience. I wish you all the best.',
  'worksheets.needs.overdueAgain': {
    one: '{name} is overdue again ({days} days); late once before.',
    other: '{name} is overdue again ({days} days); late {count} times before.',
  },
  'worksheets.decision.netDays': 'New terms: days to pay',
  'worksheets.decision.deposit': 'New deposit (%)',
  // Version 2: the payer model's window, beyond the grace (version 1's keys above stay for the
  // worksheets decided under it).
  'worksheets.fact.graceDays': 'Grace before a bill counts as late',
  'worksheets.fact.invoicesInWindow': 'Bills in the window',
  'worksheets.fact.lateInvoices': 'Bills late beyond the grace',
  'worksheets.fact.typicalDaysBeyondGrace': 'Typical lateness beyond the grace',
  'worksheets.fact.worstDaysBeyondGrace': 'Worst lateness beyond the grace',
  'worksheets.fact.remindersNeeded': 'Bills that needed a reminder',
  'worksheets.fact.oneReminderEnough': 'Paid within a week of one reminder',
  'worksheets.fact.neededMoreReminders': 'Needed more than one reminder',
  'worksheets.fact.reminderRate': 'Bills settled with one reminder or none',
  'worksheets.fact.datesGiven': 'Days they named to pay',
  'worksheets.fact.datesMet': 'Days kept',
  'worksheets.fact.datesMissed': 'Days missed',
  'worksheets.source.keep_or_part.windowMonths': {
    one: 'The one bill that fell due in the 12 months since {from}; late means paid more than {grace} days after it was due',
    other:
      'The {count} bills that fell due in the 12 months since {from}; late means paid more than {grace} days after due',
  },
  'worksheets.source.keep_or_part.windowInvoices': {
    one: 'Their only bill so far, billed on {from}; late means paid more than {grace} days after due',
    other:
      'Their last {count} bills, billed since {from} (fewer than six fell due in the last 12 months); late means paid more than {grace} days after due',
  },
  'worksheets.source.keep_or_part.windowEmpty': 'No bill of theirs has fallen due yet',
  'worksheets.source.keep_or_part.grace': 'From your settings',
  'worksheets.source.keep_or_part.reminders':
    'From the reminders logged about the bills in the window and when the money was sent',
  'worksheets.source.keep_or_part.contacts': 'From the contact log and promises since {from}',
  'worksheets.source.keep_or_part.calledFirst': {
    one: 'From the contact log: they got in touch first once since {from}',
    other: 'From the contact log: they got in touch first {count} times since {from}',
  },
  'worksheets.source.keep_or_part.value.low':
    'A rough guess: their own record is short ({months} months), so it is kept modest; referrals included',
  'worksheets.source.keep_or_part.value.medium':
    'A fair guess from their billing of the last 12 months, kept modest; referrals included',
  'worksheets.source.keep_or_part.value.high':
    'From their billing of the last 12 months, over a long record; referrals included',
  'worksheets.factor.keep_or_part.slips': 'Late now and then',
  'worksheets.factor.keep_or_part.worst': 'Worst lateness',
  'worksheets.factor.keep_or_part.dates': 'Keeps the days they name',
  'worksheets.keep_or_part.summary.nothingToDecide':
    'Nothing to decide: no bill in the window went more than {graceDays} days past due, and nothing is overdue. Keep working together as you do.',
  'worksheets.keep_or_part.summary.notLateYet':
    'No bill in the window went more than {graceDays} days past due, though something is overdue now. One late bill is not a pattern: remind them and carry on.',
  'worksheets.keep_or_part.summary.chronicKeepsDates':
    'Late as a rule, but they get in touch and keep the days they name: be flexible, and agree terms that match when they really pay.',
  'worksheets.keep_or_part.summary.chronicChased':
    'Late as a rule, and one reminder is often not enough: if you keep them, shorter terms and a deposit protect you.',
  'worksheets.keep_or_part.summary.chronic':
    'Late as a rule: bills more than {graceDays} days past due: {lateInvoices} of {invoicesInWindow}.',
  'worksheets.keep_or_part.summary.occasionalLong':
    'Late now and then rather than as a rule, but one bill went {worstDaysBeyondGrace} days beyond the grace: find out why before it happens again.',
  'worksheets.keep_or_part.summary.occasionalOneReminder':
    'A slip now and then, and each time one reminder was enough: worth another chance.',
  'worksheets.keep_or_part.reason.neverLate':
    'Never late beyond the grace: no bill in the window went more than {graceDays} days past due (bills in the window: {invoicesInWindow}).',
  'worksheets.keep_or_part.reason.lateNowAndThen':
    'Late now and then, not as a rule: bills more than {graceDays} days past due: {lateInvoices} of {invoicesInWindow}; the worst went {worstDaysBeyondGrace} days beyond that.',
  'worksheets.keep_or_part.reason.lateAsARule':
    'Late as a rule: bills more than {graceDays} days past due: {lateInvoices} of {invoicesInWindow}.',
  'worksheets.keep_or_part.reason.lateByLittle':
    'When late, not by much: typically {typicalDaysBeyondGrace} days beyond the grace.',
  'worksheets.keep_or_part.reason.lateByMuch':
    'When late, by a lot: typically {typicalDaysBeyondGrace} days beyond the grace.',
  'worksheets.keep_or_part.reason.worstShort':
    'Even their latest bill went only {worstDaysBeyondGrace} days beyond the grace.',
  'worksheets.keep_or_part.reason.worstLong':
    'One bill went {worstDaysBeyondGrace} days beyond the grace.',
  'worksheets.keep_or_part.reason.oneReminderEnough':
    'Little chasing: bills that needed more than one reminder: {neededMoreReminders} of {invoicesInWindow}.',
  'worksheets.keep_or_part.reason.remindersNotEnough':
    'One reminder is often not enough: bills that needed more, or stayed unpaid a week after the first: {neededMoreReminders} of {invoicesInWindow}.',
  'worksheets.keep_or_part.reason.neverReminded': 'No bill in the window needed a reminder.',
  'worksheets.keep_or_part.reason.keepsDates':
    'When they name a day to pay, they keep it: days kept: {datesMet}, missed: {datesMissed}.',
  'worksheets.keep_or_part.reason.missesDates':
    'The days they name to pay slip by: days kept: {datesMet}, missed: {datesMissed}.',
  'worksheets.keep_or_part.action.askAboutLongDelay':
    'Ask what happened with the bill that went {worstDaysBeyondGrace} days beyond the grace.',
  'worksheets.keep_or_part.action.talkAboutTrend':
    'Their payments are getting later: talk to them now, before lateness becomes a habit.',
  'worksheets.message.keep_or_part.keep_as_is.thanks':
    'Hello {name},\n\nThank you for working with me. I look forward to our next job together.',
  'worksheets.message.keep_or_part.keep_as_is.overdue':
    'Hello {name},\n\nA friendly reminder that {amount} is still open on your account. I value working with you; could you let me know when I can expect it?\n\nThank you.',
  'worksheets.message.keep_or_part.keep_changed_terms.noDeposit':
    'Hello {name},\n\nI value working with you. So that we both know what to expect, from the next job the invoice will be due within {netDays} days. Please let me know if you would like to talk it over.\n\nThank you.',
  'worksheets.message.keep_or_part.keep_changed_terms.talk':
    'Hello {name},\n\nI value working with you. Could we agree when each invoice will be paid, so that we both know what to expect? Please let me know a good time to talk it over.\n\nThank you.',
  'worksheets.message.keep_or_part.part_ways.nothingOwed':
    'Hello {name},\n\nThank you for the work we have done together. I have decided not to take on new work from you after the jobs now in hand. I wish you all the best.',
} as const satisfies TemplateCatalogue;
