export const insights = {
  'insights.chart.showNumbers': 'Show the numbers',
  'insights.chart.failed': 'The chart could not be drawn. The numbers are in the table below.',

  'insights.demo.loaded': 'The demo business is loaded. Have a look around.',
  'insights.demo.bannerLabel': 'Demo business',
  'insights.demo.banner':
    'You are exploring a demo business. Its clients, jobs and payments are made up.',
  'insights.demo.remove': 'Remove demo data',
  'insights.demo.removing': 'Removing…',
  'insights.demo.removed': 'Demo data removed.',
  'insights.demo.removedKept': {
    one: 'Demo data removed. One demo record was kept because your own records refer to it.',
    other:
      'Demo data removed. {count} demo records were kept because your own records refer to them.',
  },
  'insights.demo.alreadyLoaded': 'The demo business is already loaded.',
  'insights.demo.onlyWhenEmpty': 'The demo can only be loaded before you add clients of your own.',

  'insights.aging.asOf': 'As of',
  'insights.aging.asOfHint': 'Pick an earlier day to see what was owed then.',
  'insights.aging.backToToday': 'Back to today',
  'insights.aging.future': 'Pick today or an earlier day.',
  'insights.aging.bar': 'Owed',
  'insights.aging.summary': 'On {date}, clients owed {owed}; {overdue} of it was past due.',
  'insights.aging.summaryOld': '{amount} was more than 90 days late.',
  'insights.aging.summaryDisputed': '{amount} of what was owed was in dispute.',
  'insights.aging.disputedHeader': 'Of it, in dispute',
  'insights.aging.summaryNothing': 'On {date}, nobody owed you anything.',
  'insights.aging.caption': 'What clients owed on {date}, by how long it was past due',
  'insights.aging.clientsHeader': 'Clients',
  'insights.aging.clients': { one: '{count} client', other: '{count} clients' },
  'insights.aging.tapHint': 'Tap a bar, or a number of clients below, to see who is behind it.',
  'insights.aging.clientsIn': 'Clients {bucket}',
  'insights.aging.noClients': 'Nobody here.',
  'insights.aging.deletedClient': 'A deleted client',

  'insights.flow.heading': 'Money in, month by month',
  'insights.flow.month': 'Month',
  'insights.flow.billed': 'Billed',
  'insights.flow.received': 'Received',
  'insights.flow.daysToPay': 'Average days to pay',
  'insights.flow.settled': 'Jobs paid in full',
  'insights.flow.daysAxis': 'Days to pay',
  'insights.flow.caption':
    'Billed and received each month in {currency}, and how long the jobs paid in full that month took',
  'insights.flow.summary': 'In the last 12 months you billed {billed} and received {received}.',
  'insights.flow.summaryDays':
    'Jobs took {days} on average from the bill to the last payment; the slowest month was {month}.',
  'insights.flow.summaryNone': 'Nothing was billed or received in the last 12 months.',
  'insights.flow.otherCurrencies':
    'Amounts in {currency} only: other currencies are never added in.',

  'insights.slowest.heading': 'Who pays slowest',
  'insights.slowest.client': 'Client',
  'insights.slowest.typical': 'Typically beyond the grace',
  'insights.slowest.worst': 'At worst beyond the grace',
  'insights.slowest.late': 'Invoices late',
  'insights.slowest.lateCell': '{late} of {count}',
  'insights.slowest.window': 'Read over',
  'insights.slowest.trendHeader': 'Lately',
  'insights.slowest.trend.improving': 'paying sooner',
  'insights.slowest.trend.worsening': 'paying later',
  'insights.slowest.trend.steady': 'no change',
  'insights.slowest.trend.unknown': 'too few invoices to tell',
  'insights.slowest.caption':
    'Clients who paid later than the grace days allow, slowest first, each over their own last 12 months or last invoices',
  'insights.slowest.summary': {
    one: '{name} pays slowest: {late} of {count} invoice late {window}, typically {days} beyond the grace ({trend}).',
    other:
      '{name} pays slowest: {late} of {count} invoices late {window}, typically {days} beyond the grace ({trend}).',
  },
  'insights.slowest.empty': 'No client has paid later than the grace days allow.',
  'insights.slowest.daysAxis': 'Days beyond the grace',

  'insights.goodwill.heading': 'What goodwill cost, and what it kept',
  'insights.goodwill.client': 'Client',
  'insights.goodwill.given': 'Goodwill given',
  'insights.goodwill.how': 'How',
  'insights.goodwill.firstOn': 'First given',
  'insights.goodwill.after': 'Billed since',
  'insights.goodwill.jobsAfter': 'Jobs since',
  'insights.goodwill.kind.credited': 'credited',
  'insights.goodwill.kind.late_fee_waived': 'late fee waived',
  'insights.goodwill.kind.paid_to_client': 'paid to keep their trust',
  'insights.goodwill.badDebt': 'Written off (bad debt)',
  'insights.goodwill.summaryBadDebt':
    'Written off as bad debt, and not counted as goodwill: {amount}.',
  'insights.goodwill.caption':
    'Goodwill given to each client, and the work they brought afterwards',
  'insights.goodwill.clients': { one: '{count} client', other: '{count} clients' },
  'insights.goodwill.summary':
    'Goodwill cost you {cost} with {clients}. Since then they have brought {after} of work, and {kept} of them came back.',
  'insights.goodwill.empty':
    'No goodwill given yet. When you give a credit, waive a late fee or pay a client to keep their trust, it shows here beside the work that client brought afterwards.',

  'insights.scorecard.heading': 'How they pay and keep in touch',
  'insights.scorecard.pattern': 'Paying late',
  'insights.scorecard.pattern.none': 'Never late',
  'insights.scorecard.pattern.occasional': 'Now and then',
  'insights.scorecard.pattern.chronic': 'As a rule',
  'insights.scorecard.pattern.nothingDue': 'Nothing due yet',
  'insights.scorecard.trend.improving': 'Paying sooner lately',
  'insights.scorecard.trend.worsening': 'Paying later lately',
  'insights.scorecard.trend.steady': 'No change lately',
  'insights.scorecard.trend.unknown': 'Too few invoices to see a trend',
  'insights.scorecard.lateness.detail': {
    one: '{late} of {count} invoice late {window}',
    other: '{late} of {count} invoices late {window}',
  },
  'insights.scorecard.lateness.severity':
    'Typically {typical} beyond the grace of {grace}, at worst {worst}',
  'insights.scorecard.lateness.overdue': 'Still overdue: {count}',
  'insights.scorecard.reminders': 'Do reminders work?',
  'insights.scorecard.reminders.never_needed': 'Never needed',
  'insights.scorecard.reminders.one_enough': 'One is enough',
  'insights.scorecard.reminders.sometimes_more': 'Sometimes',
  'insights.scorecard.reminders.more_needed': 'Not really',
  'insights.scorecard.reminders.waiting': 'Too early to say',
  'insights.scorecard.reminders.detail': {
    one: 'Needed for {needed} of {count} invoice {window}; one was enough for {enough}',
    other: 'Needed for {needed} of {count} invoices {window}; one was enough for {enough}',
  },
  'insights.scorecard.initiative': 'Who reaches out',
  'insights.scorecard.initiative.they_reach_out': 'They do',
  'insights.scorecard.initiative.mixed': 'Both of you',
  'insights.scorecard.initiative.you_chase': 'You chase them',
  'insights.scorecard.initiative.unknown': 'Too few contacts to tell',
  'insights.scorecard.initiative.detail': '{them} by them, {me} by you, {window}',
  'insights.scorecard.dates': 'Days they named to pay',
  'insights.scorecard.dates.detail': 'Met: {met} of {given}; missed: {missed}',
  'insights.scorecard.promises': 'Promises to pay',
  'insights.scorecard.promises.none': 'None due {window}',
  'insights.scorecard.promises.kept': 'Kept',
  'insights.scorecard.promises.broken': 'Some broken',
  'insights.scorecard.promises.detail': {
    one: '{broken} of {count} promise due {window} was broken',
    other: '{broken} of {count} promises due {window} were broken',
  },
  'insights.scorecard.grievances': 'Complaints and disputes, ever',
  'insights.scorecard.grievances.detail': '{count} in all, {disputed} of them over a bill',
  'insights.payer.window.months': 'in the last 12 months',
  'insights.payer.window.invoices': {
    one: 'over the last invoice',
    other: 'over the last {count} invoices',
  },
  'insights.scorecard.disputes': 'Disputes raised',
  'insights.scorecard.disputes.detail':
    'Before the bill was due: {before}; only once chased: {chased}; later, unchased: {after}',
  'insights.scorecard.revenue': 'Lifetime revenue',
  'insights.scorecard.credited': 'Credited to them',
  'insights.scorecard.writtenOff': 'Written off (bad debt)',
  'insights.scorecard.referrals': 'Referred to you',
  'insights.scorecard.referralCount': { one: '{count} person', other: '{count} people' },
  'insights.scorecard.referralNone': 'Nobody yet',
  'insights.scorecard.referralRevenue': 'Revenue from referrals',
  'insights.scorecard.projected': 'Expected next 12 months',
  'insights.scorecard.projectedBooked': '{amount} of it already booked',

  'insights.history.heading': 'Days late, job by job',
  'insights.history.withinGrace': 'Days late when paid, within the grace',
  'insights.history.paidLate': 'Days late when paid, beyond the grace',
  'insights.history.owing': 'Days overdue, not paid yet',
  'insights.history.job': 'Job',
  'insights.history.due': 'Due',
  'insights.history.daysLate': 'Days late',
  'insights.history.beyondGrace': 'Beyond the grace',
  'insights.history.paidOn': 'Paid in full (day sent)',
  'insights.history.notPaid': 'Not yet',
  'insights.history.daysAxis': 'Days late',
  'insights.history.caption':
    'Days late for each job, in the order they fell due, counted to the day the money was sent',
  'insights.history.summary': {
    one: '{count} job has fallen due: {onTime} paid on time or within the grace of {grace}, {late} paid late, {owing} still owing.',
    other:
      '{count} jobs have fallen due: {onTime} paid on time or within the grace of {grace}, {late} paid late, {owing} still owing.',
  },
  'insights.history.summaryWorst': 'The longest wait was {days}.',
  'insights.history.empty': 'No job has fallen due yet, so there is nothing to chart.',

  // The value of a relationship, said with how sure it is (metrics/relationship-value.ts).
  'insights.value.low': {
    one: 'About {amount} a year — a rough guess from {count} month of their work',
    other: 'About {amount} a year — a rough guess from {count} months of their work',
  },
  'insights.value.lowNew': 'About {amount} a year — a rough guess, as they are new',
  'insights.value.medium': {
    one: 'About {amount} a year, going by {count} month of their work',
    other: 'About {amount} a year, going by {count} months of their work',
  },
  'insights.value.high': 'About {amount} a year, going by the last 12 months of a long record',
  'insights.value.prior.own_history':
    'While their record is short, the guess leans on what they have actually been billed, counted over at least a year: {amount} a year.',
  'insights.value.prior.none':
    'Nothing has been billed to them yet, so only work already ordered counts.',
  'insights.value.referrals':
    'Plus {amount} from the people they referred to you, over the same 12 months.',

  // The chance of collecting an old debt, a rough figure with its source (metrics/collection-chance.ts).
  'insights.collectionChance':
    'Chance of collecting a debt this old: about {percent} % (rough: collection-agency survey, ccicollects.com)',
  'insights.collectionChanceBeyond':
    'Chance of collecting a debt this old: {percent} % or less (rough: collection-agency survey, ccicollects.com, which stops at a year)',
} as const;
