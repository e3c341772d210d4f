/** Every word of the goodwill worksheets: templates, facts, questions, reasons, messages, screens. */
import { templateWordsEn } from '../../domain/worksheets/catalogue';

export const worksheets = {
  'worksheets.title': 'Worksheets',
  'worksheets.subtitle': 'Hard money-and-trust decisions, one step at a time.',
  'worksheets.forParty': 'Worksheets about {name}',
  'worksheets.all': 'All worksheets',
  'worksheets.empty':
    'No worksheets yet. Start one below, or open “Needs a decision” to see what the records suggest.',
  'worksheets.emptyForParty': 'No worksheets about {name} yet.',
  'worksheets.start': 'Start a worksheet',
  'worksheets.startAbout': 'Start a worksheet about {name}',
  'worksheets.needsDecisionLink': 'Needs a decision',
  'worksheets.status.draft': 'Draft',
  'worksheets.status.decided': 'Decided',
  'worksheets.status.reviewed': 'Reviewed',
  'worksheets.reviewDue': 'Review due',
  'worksheets.updatedOn': 'Last changed {date}',
  'worksheets.decidedOn': 'Decided {date}',
  'worksheets.entryName': '{template} ({name})',
  'worksheets.deleteWorksheet': 'Delete worksheet',
  'worksheets.someoneDeleted': 'someone since deleted',

  // Steps.
  'worksheets.steps': 'Steps',
  'worksheets.step.facts': 'Facts',
  'worksheets.step.questions': 'Questions',
  'worksheets.step.result': 'Result',
  'worksheets.step.decision': 'Decision',
  'worksheets.step.follow_up': 'Follow-up',
  'worksheets.stepOf': 'Step {current} of {total}',
  'worksheets.next': 'Next',
  'worksheets.previous': 'Back',
  'worksheets.saving': 'Saving draft…',
  'worksheets.saved': 'Draft saved',
  'worksheets.saveFailed': 'The draft could not be saved: {message}',
  'worksheets.print': 'Print',

  // Facts.
  'worksheets.facts.intro':
    'Filled in from your records. Change any that you know better; the records stay as they are.',
  'worksheets.facts.frozen': 'The facts as they stood on {date}, when the decision was made.',
  'worksheets.facts.change': 'Change',
  'worksheets.facts.changeLabel': 'Change “{fact}”',
  'worksheets.facts.done': 'Done',
  'worksheets.facts.useRecords': 'Use the records',
  'worksheets.facts.changedByYou': 'Changed by you; the records say {value}.',
  'worksheets.facts.unknown': 'Not known yet',
  'worksheets.facts.invalid': 'Enter a number of zero or more.',
  'worksheets.fact.tenureMonths': 'Working together',
  'worksheets.fact.jobCount': 'Jobs billed',
  'worksheets.fact.onTimeRate': 'Paid on time',
  'worksheets.fact.projectedValue': 'Likely worth over the next 12 months',
  'worksheets.fact.outstanding': 'Owed now',
  'worksheets.fact.overdueCount': 'Bills overdue',
  'worksheets.fact.termsNetDays': 'Payment terms on record',

  'worksheets.source.since': 'Since {day}',
  'worksheets.source.jobs': 'From their billed jobs',
  'worksheets.source.payments': {
    one: 'From the one bill that fell due and what was paid against it',
    other: 'From {count} bills that fell due and what was paid against them',
  },
  'worksheets.source.job': 'From the job “{job}”',
  'worksheets.source.outstanding': 'From their unpaid bills',
  'worksheets.source.contacts': 'From the contact log',
  'worksheets.source.reminders': 'From the contact log and the payments that followed',
  'worksheets.source.referrals': 'From people marked as referred by them and logged referrals',
  'worksheets.source.pace': 'At the pace of the last {months} months, plus work already ordered',
  'worksheets.source.party': 'From their details',
  'worksheets.source.subcontractorPayments': 'From your payments to the subcontractor for this job',
  'worksheets.source.subcontractorJobs': 'From their jobs and your payments to them',
  'worksheets.source.inTheMail': 'From payments marked as sent but not yet received',

  'worksheets.unit.months': { one: '{count} month', other: '{count} months' },
  'worksheets.unit.days': { one: '{count} day', other: '{count} days' },
  'worksheets.unit.percent': '{count}%',

  // Questions.
  'worksheets.questions.intro':
    'Only you can answer these. Skip any you are unsure of; they then count neither way.',
  'worksheets.questions.clear': 'Clear answer',
  'worksheets.questions.fromRecords':
    'Filled in from the records. {source}. Change it if you know better.',
  'worksheets.question.complaintValid.hint':
    'Look into what happened before answering. A job well done can still look different from their side.',
  'worksheets.question.clientShare.hint':
    'In percent: 0 if they did none of it, 100 if they did it all.',
  'worksheets.question.clientCost.hint':
    'Their staff’s time or the people they hired; a fair guess will do.',
  'worksheets.question.clientWorth.hint':
    'Starts at what the records suggest. Raise it if they have promised more work.',
  'worksheets.question.paymentLost.hint': 'A cheque in the mail, a transfer to old bank details.',
  'worksheets.question.myPaymentLost.hint':
    'Check when you last confirmed their address or bank details.',

  // Result.
  'worksheets.result.recommended': 'Recommended',
  'worksheets.result.score': 'Score {score} (from −100 to +100)',
  'worksheets.result.why': 'Why',
  'worksheets.result.noReasons':
    'Nothing weighs much either way yet. Answer the questions to sharpen this.',
  'worksheets.result.also': 'Also',
  'worksheets.result.yourCall': 'The decision is yours: this only shows how the facts weigh up.',
  'worksheets.result.moneyHeading': 'The money on each side',
  'worksheets.result.factorsHeading': 'How the score is made',
  'worksheets.result.factorsCaption':
    'Each factor gives a verdict from −1 to +1; its weight decides its share of the score. Change a weight to see the result move.',
  'worksheets.result.factor': 'Factor',
  'worksheets.result.weight': 'Weight',
  'worksheets.result.contribution': 'Points',
  'worksheets.result.weightOf': 'Weight of “{factor}”',
  'worksheets.result.resetWeights': 'Reset the weights',
  'worksheets.result.reads': 'Reads: {value}',
  'worksheets.result.notApplicable': '—',
  'worksheets.result.settlement': 'Settlement',
  'worksheets.result.nothingMoves': 'No money needs to change hands.',
  'worksheets.result.transfer.client.me': '{client} pays you {amount}',
  'worksheets.result.transfer.me.client': 'You pay {client} {amount}',
  'worksheets.result.transfer.me.subcontractor': 'You pay {subcontractor} {amount}',
  'worksheets.result.transfer.subcontractor.me': '{subcontractor} pays you back {amount}',
  'worksheets.result.theClient': 'the client',
  'worksheets.result.theSubcontractor': 'the subcontractor',
  'worksheets.side.atStake': 'What it costs you',
  'worksheets.side.relationship': 'What the relationship is worth',
  'worksheets.money.projectedValue': 'Their likely business over the next year',
  'worksheets.money.outstanding': 'Owed to you now',

  // Ledger entries a decision writes.
  'worksheets.effect.write_off': 'Write off the {amount} still owed on “{job}”',
  'worksheets.effect.credit': 'Give a credit of {amount} on “{job}” (the bill stays as billed)',
  'worksheets.effect.terms': 'Set {name}’s terms to {netDays} days, {deposit}% deposit',
  'worksheets.effect.reminder_contact': 'Log a reminder sent to {name} today',
  'worksheets.effect.note_contact': 'Log the message to {name} in the contact log',
  'worksheets.effect.resolve_dispute':
    'Close the dispute over {amount} on “{job}” as resolved today: {how}',
  'worksheets.resolution.paid': 'paid',
  'worksheets.resolution.credited': 'settled by the credit',
  'worksheets.resolution.written_off': 'written off',
  'worksheets.resolution.withdrawn': 'withdrawn by the client',
  'worksheets.note.writeOff': 'Written off {amount} on {day} after a worksheet.',
  'worksheets.note.credit': 'Credit of {amount} agreed on {day} after a worksheet.',
  'worksheets.paymentReference': 'Worksheet: {template}',

  // "Needs a decision".
  'worksheets.needs.title': 'Needs a decision',
  'worksheets.needs.subtitle': 'Situations in your records that call for a decision.',
  'worksheets.needs.none': 'Nothing needs a decision right now.',
  'worksheets.needs.open': 'Open worksheet',
  'worksheets.needs.continue': 'Continue draft',
  'worksheets.needs.reviews': 'Time to look back',
  'worksheets.needs.reviewLine': '{template} about {name}, decided {date}',
  'worksheets.needs.review': 'Review',
  'worksheets.needs.summary': {
    one: '{count} situation needs a decision',
    other: '{count} situations need a decision',
  },
  'worksheets.needs.summaryReviews': {
    one: '{count} decision to look back on',
    other: '{count} decisions to look back on',
  },

  // Starting.
  'worksheets.new.title': 'New worksheet',
  'worksheets.new.template': 'Worksheet',
  'worksheets.new.party': 'About',
  'worksheets.new.job': 'Job',
  'worksheets.new.chooseParty': 'Choose who it is about',
  'worksheets.new.chooseJob': 'Choose the job',
  'worksheets.new.noJobs': 'This client has no jobs yet. Add the job first.',
  'worksheets.new.noParties':
    'Add a client first; the worksheet fills itself in from their records.',
  'worksheets.new.startButton': 'Start',
  'worksheets.new.starting': 'Starting…',
  'worksheets.links.heading': 'Decide',
  'worksheets.links.intro': 'Start a worksheet, filled in from these records.',

  // Decision.
  'worksheets.decision.intro':
    'Choose what to do. The recommendation is marked; the choice is yours.',
  'worksheets.decision.option': 'What will you do?',
  'worksheets.decision.credit': 'Credit',
  'worksheets.decision.note': 'Why (for yourself)',
  'worksheets.decision.message': 'Message to send',
  'worksheets.decision.resetMessage': 'Use the suggested message',
  'worksheets.decision.reviewOn': 'Check back on',
  'worksheets.decision.effects': 'What will be recorded',
  'worksheets.decision.effectsHint': 'Each is an ordinary entry you can see, change or undo later.',
  'worksheets.decision.noEffects':
    'Nothing will be written to your ledger; only the worksheet is kept.',
  'worksheets.decision.record': 'Record the decision',
  'worksheets.decision.confirmTitle': 'Record this decision?',
  'worksheets.decision.confirmIntro': 'This will keep the facts as they stand today and:',
  'worksheets.decision.confirmReview': 'remind you to look back on {date}.',
  'worksheets.decision.confirm': 'Record',
  'worksheets.decision.recorded': 'Decision recorded.',
  'worksheets.decision.undone': 'Decision undone; the worksheet is a draft again.',
  'worksheets.decision.recommendedBadge': 'Recommended',
  'worksheets.decision.invalidAmount': 'Enter an amount of zero or more.',

  // Follow-up.
  'worksheets.followUp.decided': 'You decided: {option}',
  'worksheets.followUp.recommendedWas': 'The worksheet recommended: {option} (score {score}).',
  'worksheets.followUp.messageHeading': 'Your message',
  'worksheets.followUp.copy': 'Copy',
  'worksheets.followUp.copied': 'Message copied.',
  'worksheets.followUp.copyFailed': 'Could not copy; select the text and copy it yourself.',
  'worksheets.followUp.share': 'Share',
  'worksheets.followUp.entries': 'Recorded in your ledger',
  'worksheets.followUp.noEntries': 'Nothing was written to your ledger.',
  'worksheets.followUp.undo': 'Undo',
  'worksheets.followUp.redo': 'Redo',
  'worksheets.followUp.undoneBadge': 'Undone',
  'worksheets.followUp.open': 'Open',
  'worksheets.followUp.undoAll': 'Undo the decision',
  'worksheets.followUp.prevention': 'What will you change so it cannot happen again?',
  'worksheets.followUp.save': 'Save',
  'worksheets.followUp.savedNotice': 'Follow-up saved.',
  'worksheets.followUp.checkBack': 'Check back on {date}.',

  // Review.
  'worksheets.review.heading': 'How did it turn out?',
  'worksheets.review.intro': 'Looking back helps the next decision. What happened?',
  'worksheets.review.paid': 'Were you paid (or was the money settled as agreed)?',
  'worksheets.review.relationshipKept': 'Is the relationship still good?',
  'worksheets.review.sameDecision': 'Knowing what you know now, would you decide the same?',
  'worksheets.review.note': 'Anything to remember',
  'worksheets.review.answer.yes': 'Yes',
  'worksheets.review.answer.partly': 'Partly',
  'worksheets.review.answer.no': 'No',
  'worksheets.review.later': 'On {date} the app will ask you how it turned out.',
  'worksheets.review.now': 'Answer now',
  'worksheets.review.save': 'Save the review',
  'worksheets.review.saved': 'Review saved.',
  'worksheets.review.done': 'Looked back on {date}.',
  'worksheets.review.chooseAll': 'Answer all three questions.',

  // Printing.
  'worksheets.print.recommendation': 'Recommendation',
  'worksheets.print.decision': 'Decision',
  'worksheets.print.answers': 'Answers',
  'worksheets.print.outcome': 'Outcome',
  'worksheets.print.notDecided': 'Not decided yet.',
  'worksheets.print.about': 'About {name}',

  // Each template's own words live in its folder (src/domain/worksheets/templates/*/en.ts).
  ...templateWordsEn,
} as const;
