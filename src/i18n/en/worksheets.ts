/** Every word of the goodwill worksheets: templates, facts, questions, reasons, messages, screens. */
export const worksheets = {
  'worksheets.nav': 'Decide',
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

  // The four templates.
  'worksheets.template.forgive_or_pursue.title': 'Forgive or pursue?',
  'worksheets.template.forgive_or_pursue.description':
    'A client disputes or refuses a bill. Weigh what the relationship is worth against the money at stake.',
  'worksheets.template.keep_or_part.title': 'Keep or part ways?',
  'worksheets.template.keep_or_part.description':
    'A client pays late. Tell an occasional slip from lateness as a rule before deciding.',
  'worksheets.template.who_pays_whom.title': 'Who should pay whom?',
  'worksheets.template.who_pays_whom.description':
    'A job went wrong. Work out a fair settlement between you, the client and the subcontractor.',
  'worksheets.template.warn_before_slowing.title': 'Warn before slowing down',
  'worksheets.template.warn_before_slowing.description':
    'You are not being paid (or your supplier says you have not paid). Check first, then warn with a deadline.',

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
  'worksheets.fact.revenueToDate': 'Billed to date',
  'worksheets.fact.lateBefore': 'Late or missed payments before',
  'worksheets.fact.onTimeRate': 'Paid on time',
  'worksheets.fact.complaintsBefore': 'Complaints before',
  'worksheets.fact.amountInDispute': 'Amount in dispute',
  'worksheets.fact.referralCount': 'Referrals made',
  'worksheets.fact.referralRevenue': 'Billed to people they referred',
  'worksheets.fact.projectedValue': 'Likely worth over the next 12 months',
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
  'worksheets.fact.outstanding': 'Owed now',
  'worksheets.fact.overdueCount': 'Bills overdue',
  'worksheets.fact.termsNetDays': 'Payment terms on record',
  'worksheets.fact.depositPercent': 'Deposit asked',
  'worksheets.fact.jobAmount': 'Billed for the job',
  'worksheets.fact.paidSoFar': 'Paid so far',
  'worksheets.fact.subcontractorCost': 'Subcontractor’s price',
  'worksheets.fact.paidToSubcontractor': 'Paid to the subcontractor',
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
  'worksheets.choice.side.they_owe_me': 'They owe you',
  'worksheets.choice.side.i_owe_them': 'You owe them (they say)',

  // Questions.
  'worksheets.questions.intro':
    'Only you can answer these. Skip any you are unsure of; they then count neither way.',
  'worksheets.questions.clear': 'Clear answer',
  'worksheets.question.complaintValid': 'Does the complaint hold up? Was the work really at fault?',
  'worksheets.question.complaintValid.hint':
    'Look into what happened before answering. A job well done can still look different from their side.',
  'worksheets.question.raisedWhen': 'When did they raise the problem?',
  'worksheets.question.moreReferrals': 'How likely are they to send more people your way?',
  'worksheets.question.canAfford':
    'Could you afford to go further and offer a discount on a future job?',
  'worksheets.question.toldRoughPatch':
    'Did they tell you about a rough patch before you had to ask?',
  'worksheets.question.treatment': 'How do they treat you when you ask to be paid?',
  'worksheets.question.wantToKeep': 'Money aside, do you want to keep working with them?',
  'worksheets.question.clientShare':
    'What share of the work did the client end up doing themselves?',
  'worksheets.question.clientShare.hint':
    'In percent: 0 if they did none of it, 100 if they did it all.',
  'worksheets.question.clientCost': 'What did that cost them?',
  'worksheets.question.clientCost.hint':
    'Their staff’s time or the people they hired; a fair guess will do.',
  'worksheets.question.fault': 'Whose fault was it?',
  'worksheets.question.clientWorth': 'What is this client worth to you from now on, over a year?',
  'worksheets.question.clientWorth.hint':
    'Starts at what the records suggest. Raise it if they have promised more work.',
  'worksheets.question.paymentLost': 'Could they have sent the money and it went astray?',
  'worksheets.question.paymentLost.hint': 'A cheque in the mail, a transfer to old bank details.',
  'worksheets.question.addressChanged':
    'Have your address or bank details changed since they last paid you?',
  'worksheets.question.myPaymentLost': 'Could your payment have been sent and lost?',
  'worksheets.question.myPaymentLost.hint':
    'Check when you last confirmed their address or bank details.',
  'worksheets.question.termsAgreed': 'Were payment terms ever agreed?',
  'worksheets.question.agreedNetDays': 'Which terms: paid within how many days of the invoice?',
  'worksheets.question.dependence': 'How much do they need your work right now?',

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
  'worksheets.choice.toldRoughPatch.yes': 'Yes, they told me',
  'worksheets.choice.toldRoughPatch.no': 'No',
  'worksheets.choice.treatment.polite': 'Politely, and they say when',
  'worksheets.choice.treatment.evasive': 'They dodge calls and make excuses',
  'worksheets.choice.treatment.rude': 'Rudely',
  'worksheets.choice.wantToKeep.yes': 'Yes',
  'worksheets.choice.wantToKeep.neutral': 'No strong feeling',
  'worksheets.choice.wantToKeep.no': 'No',
  'worksheets.choice.fault.mine': 'Mine',
  'worksheets.choice.fault.subcontractor': 'The subcontractor’s',
  'worksheets.choice.fault.shared': 'Shared',
  'worksheets.choice.fault.nobody': 'Nobody’s',
  'worksheets.choice.fault.client': 'The client’s',
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
  'worksheets.money.amountInDispute': 'Forgive the amount in dispute',
  'worksheets.money.projectedValue': 'Their likely business over the next year',
  'worksheets.money.referralRevenue': 'Already billed to people they referred',
  'worksheets.money.outstanding': 'Owed to you now',
  'worksheets.money.costOfGoodwill': 'Credit and payment to the client',
  'worksheets.money.subcontractorBears': 'Borne by the subcontractor',
  'worksheets.money.netCost': 'Your net cost',
  'worksheets.money.clientWorth': 'The client’s worth to you from now on',
  'worksheets.money.inTheMail': 'Perhaps already on its way',
  'worksheets.money.owedToThem': 'You owe them',
  'worksheets.money.sentToThem': 'You sent, not yet confirmed',

  'worksheets.factor.forgive_or_pursue.complaint': 'Is the complaint valid?',
  'worksheets.factor.forgive_or_pursue.stake': 'Amount against a year of their business',
  'worksheets.factor.forgive_or_pursue.paymentRecord': 'Payment record',
  'worksheets.factor.forgive_or_pursue.tenure': 'How long you have worked together',
  'worksheets.factor.forgive_or_pursue.referralsMade': 'Referrals made',
  'worksheets.factor.forgive_or_pursue.referralsAhead': 'Referrals to come',
  'worksheets.factor.forgive_or_pursue.timing': 'When they raised it',
  'worksheets.factor.forgive_or_pursue.complaintHistory': 'Complaints before',
  'worksheets.factor.keep_or_part.frequency': 'How often late',
  'worksheets.factor.keep_or_part.severity': 'How late',
  'worksheets.factor.keep_or_part.reminders': 'Is a reminder enough?',
  'worksheets.factor.keep_or_part.initiative': 'Who reaches out',
  'worksheets.factor.keep_or_part.trend': 'Trend',
  'worksheets.factor.keep_or_part.roughPatch': 'Told you about a rough patch',
  'worksheets.factor.keep_or_part.treatment': 'How they treat you',
  'worksheets.factor.keep_or_part.wantToKeep': 'Whether you want them',
  'worksheets.factor.who_pays_whom.fault': 'Whose fault',
  'worksheets.factor.who_pays_whom.clientShare': 'Work the client did',
  'worksheets.factor.who_pays_whom.worth': 'Cost against the client’s worth',
  'worksheets.factor.who_pays_whom.tenure': 'How long you have worked together',
  'worksheets.factor.warn_before_slowing.overdue': 'How long overdue',
  'worksheets.factor.warn_before_slowing.lost': 'Could it be lost?',
  'worksheets.factor.warn_before_slowing.address': 'Your address or bank details',
  'worksheets.factor.warn_before_slowing.terms': 'Agreed terms',
  'worksheets.factor.warn_before_slowing.reminded': 'Reminders sent',
  'worksheets.factor.warn_before_slowing.leverage': 'How much they need you',
  'worksheets.factor.warn_before_slowing.myPayment': 'Could your payment be lost?',
  'worksheets.factor.warn_before_slowing.theirAddress': 'Their address last confirmed',

  // Reasons, summaries and extra steps, per template.
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
  'worksheets.forgive_or_pursue.reason.longTenure':
    'You have worked together for {tenureMonths} months.',
  'worksheets.forgive_or_pursue.reason.shortTenure':
    'The relationship is new ({tenureMonths} months).',
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

  'worksheets.warn_before_slowing.summary.maybeInTheMail':
    'Some of the money is marked as sent: make sure it has not gone astray before you warn.',
  'worksheets.warn_before_slowing.summary.warnedAlready':
    'You have already warned them since the bill fell due.',
  'worksheets.warn_before_slowing.summary.supplierSide':
    '{name} says they have not been paid. Check your side before anything else.',
  'worksheets.warn_before_slowing.reason.longOverdue':
    'The oldest bill is {oldestDaysOverdue} days overdue.',
  'worksheets.warn_before_slowing.reason.barelyOverdue':
    'The oldest bill is only {oldestDaysOverdue} days overdue.',
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

  // Options.
  'worksheets.option.pursue': 'Pursue in full',
  'worksheets.option.pursue.hint': 'The bill stands: ask for payment of the whole amount.',
  'worksheets.option.partial_credit': 'Offer a partial credit',
  'worksheets.option.partial_credit.hint': 'Meet them partway: take part of the bill off.',
  'worksheets.option.forgive': 'Forgive the debt',
  'worksheets.option.forgive.hint': 'Write off what they owe on this bill.',
  'worksheets.option.forgive_discount': 'Forgive, and offer a one-time discount',
  'worksheets.option.forgive_discount.hint':
    'Write the bill off and offer a discount on their next job, if you can afford it.',
  'worksheets.option.keep_as_is': 'Keep as is',
  'worksheets.option.keep_as_is.hint': 'Carry on as before.',
  'worksheets.option.keep_changed_terms': 'Keep, on changed terms',
  'worksheets.option.keep_changed_terms.hint': 'Shorter terms and a deposit before work starts.',
  'worksheets.option.part_ways': 'Part ways politely',
  'worksheets.option.part_ways.hint': 'Finish what is open and take no new work from them.',
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

  // Messages to send.
  'worksheets.message.forgive_or_pursue.pursue':
    'Hello {name},\n\nThank you for telling me about your concerns with “{job}”. I have looked into it carefully and believe the work was done as agreed, so the bill of {amount} stands. I would be glad to talk it through. Could you let me know when I can expect payment?\n\nThank you.',
  'worksheets.message.forgive_or_pursue.partial_credit':
    'Hello {name},\n\nThank you for raising the problem with “{job}”. I have looked into it and, to put things right, I am taking {credit} off the bill. I hope that seems fair, and I look forward to working with you again.\n\nThank you.',
  'worksheets.message.forgive_or_pursue.forgive':
    'Hello {name},\n\nI am sorry “{job}” did not meet your expectations. I have cancelled the outstanding {amount}: you owe nothing more for it. I have looked into what went wrong so that it does not happen again. I value working with you.\n\nThank you.',
  'worksheets.message.forgive_or_pursue.forgive_discount':
    'Hello {name},\n\nI am sorry “{job}” did not meet your expectations. I have cancelled the outstanding {amount}, and I would like to offer you {discount}% off your next job with me. I have looked into what went wrong so that it does not happen again. I value working with you.\n\nThank you.',
  'worksheets.message.keep_or_part.keep_as_is':
    'Hello {name},\n\nThank you for sorting out the payment. I appreciate it and look forward to our next job together.',
  'worksheets.message.keep_or_part.keep_changed_terms':
    'Hello {name},\n\nI value working with you. To keep things simple on both sides, from the next job I will ask for a {deposit}% deposit before starting, with the rest due within {netDays} days of the invoice. Please let me know if you would like to talk it over.\n\nThank you.',
  'worksheets.message.keep_or_part.part_ways':
    'Hello {name},\n\nThank you for the work we have done together. I have decided not to take on new work from you after the jobs now in hand. Please settle the {amount} still outstanding at your earliest convenience. I wish you all the best.',
  'worksheets.message.who_pays_whom.bill_in_full':
    'Hello {name},\n\nThank you for your patience with “{job}”. Now that it is done, the bill stands as agreed. Please let me know if you have any questions.\n\nThank you.',
  'worksheets.message.who_pays_whom.credit_share':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised. I have taken {credit} off the bill for it, so {amount} remains to pay. It will not happen again.\n\nThank you for bearing with me.',
  'worksheets.message.who_pays_whom.waive_all':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised. I made you a promise and did not keep it, so I will not charge you for this job. It will not happen again.\n\nThank you for bearing with me.',
  'worksheets.message.who_pays_whom.waive_and_pay':
    'Hello {name},\n\nI am sorry “{job}” did not go as promised and that your own people had to step in. I will not charge you for this job, and I am sending you {payClient} for the work you had to do. It will not happen again.\n\nThank you for bearing with me.',
  'worksheets.message.warn_before_slowing.check_first':
    'Hello {name},\n\nI have not yet received payment of {amount}. Could you check whether it has been sent, and to which address or account? My details may have changed since you last paid. I would also like us to agree payment terms for the future: would payment within {netDays} days of the invoice suit you?\n\nThank you.',
  'worksheets.message.warn_before_slowing.remind':
    'Hello {name},\n\nA friendly reminder that {amount} is now past due. If it is already on its way, thank you, and please ignore this. Otherwise, could you let me know when to expect it?\n\nThank you.',
  'worksheets.message.warn_before_slowing.warn':
    'Hello {name},\n\nI still have not received payment of {amount}, and I am concerned. If we cannot resolve this by {deadline}, I will need to put my time into other paid work first. If you have already sent it, please tell me how and where, as it may have gone astray.\n\nThank you.',
  'worksheets.message.warn_before_slowing.slow_down':
    'Hello {name},\n\nAs I wrote earlier, payment of {amount} is still outstanding. From today I am putting my time into other paid work first. I will pick up your work again as soon as the payment arrives; I would be glad to.\n\nThank you.',
  'worksheets.message.warn_before_slowing.trace_payment':
    'Hello {name},\n\nYou said you have not received my payment of {amount}. Could you confirm your current address and bank details? I will trace the payment and make sure it reaches you. Let us also agree terms: payment within {netDays} days of your invoice.\n\nThank you.',
  'worksheets.message.warn_before_slowing.pay_now':
    'Hello {name},\n\nThank you for letting me know. I am paying the {amount} now. For the future, let us agree that I pay within {netDays} days of your invoice.\n\nThank you.',

  // Ledger entries a decision writes.
  'worksheets.effect.write_off': 'Write off the {amount} still owed on “{job}”',
  'worksheets.effect.credit': 'Give a credit of {amount} on “{job}” (the bill stays as billed)',
  'worksheets.effect.pay_client': 'Record a payment of {amount} to {name}',
  'worksheets.effect.charge_back': 'Record {amount} to be paid back by {name}',
  'worksheets.effect.forfeit':
    'Keep {amount} back from what {subcontractor} is paid for the job (a charge-back)',
  'worksheets.effect.terms': 'Set {name}’s terms to {netDays} days, {deposit}% deposit',
  'worksheets.effect.discount_note': 'Note on {name}: {discount}% off their next job',
  'worksheets.effect.avoid_subcontractor': 'Note on {name}: do not send {subcontractor} again',
  'worksheets.effect.reminder_contact': 'Log a reminder sent to {name} today',
  'worksheets.effect.warning_contact':
    'Log a warning sent to {name}, with a deadline of {deadline}',
  'worksheets.effect.note_contact': 'Log the message to {name} in the contact log',
  'worksheets.note.writeOff': 'Written off {amount} on {day} after a worksheet.',
  'worksheets.note.credit': 'Credit of {amount} agreed on {day} after a worksheet.',
  'worksheets.note.discount': 'Promised {discount}% off the next job (agreed {day}).',
  'worksheets.note.avoidSubcontractor':
    'Do not send {subcontractor} to their jobs again (agreed {day}).',
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
  'worksheets.needs.disputed': '{name} disputes or refuses {amount} for “{job}”.',
  'worksheets.needs.overdueAgain': {
    one: '{name} is overdue again ({days} days); late once before.',
    other: '{name} is overdue again ({days} days); late {count} times before.',
  },
  'worksheets.needs.wentWrong': '“{job}” for {name} went wrong, with {subcontractor} on it.',
  'worksheets.needs.workWhileUnpaid': {
    one: 'You are working on a job for {name}, who is {days} days overdue.',
    other: 'You are working on {count} jobs for {name}, who is {days} days overdue.',
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
  'worksheets.decision.payClient': 'Pay the client',
  'worksheets.decision.subcontractorBears': 'The subcontractor bears',
  'worksheets.decision.discount': 'Discount on their next job (%)',
  'worksheets.decision.netDays': 'New terms: days to pay',
  'worksheets.decision.deposit': 'New deposit (%)',
  'worksheets.decision.deadline': 'Deadline in the warning',
  'worksheets.decision.avoidSubcontractor': 'Do not use {subcontractor} for {name} again',
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
  'worksheets.review.reward':
    'They paid: reward it. Thank them, deliver something early or go a step further. People repeat what is rewarded.',
  'worksheets.review.recordTerms': 'Record the agreed {netDays} days on {name}',
  'worksheets.review.termsRecorded': 'Terms recorded on {name}.',
  'worksheets.review.chooseAll': 'Answer all three questions.',

  // Printing.
  'worksheets.print.recommendation': 'Recommendation',
  'worksheets.print.decision': 'Decision',
  'worksheets.print.answers': 'Answers',
  'worksheets.print.outcome': 'Outcome',
  'worksheets.print.notDecided': 'Not decided yet.',
  'worksheets.print.about': 'About {name}',
} as const;
