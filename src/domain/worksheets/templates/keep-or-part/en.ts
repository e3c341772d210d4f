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
    'Reminders do not work: they paid within a week after only {paidAfterReminder} of {remindersSent}.',
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
  'worksheets.option.keep_changed_terms.hint': 'Shorter terms and a deposit before work starts.',
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
} as const satisfies TemplateCatalogue;
