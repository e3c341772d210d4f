/** The words of "Warn before slowing down" in Russian: exactly the English keys (checked here and by src/i18n). */
import type { TemplateCatalogue } from '../../template';
import type { en } from './en';

export const ru = {
  'worksheets.template.warn_before_slowing.title': 'Предупредить, прежде чем сбавить темп',
  // На странице субподрядчика: сторона разбора, где должен владелец.
  'worksheets.template.warn_before_slowing.subcontractorTitle': 'Говорят, что вы им не заплатили',
  'worksheets.template.warn_before_slowing.description':
    'Вам не платят (или поставщик говорит, что не получил оплату от вас). Сначала проверьте, затем предупредите и назовите срок.',
  'worksheets.fact.side': 'Кто кому должен',
  'worksheets.fact.oldestDaysOverdue': 'Самый старый счёт просрочен на',
  'worksheets.fact.inTheMail': 'Отправлено, но не получено',
  'worksheets.fact.remindersSinceDue': 'Напоминаний после наступления срока',
  'worksheets.fact.warningsSinceDue': 'Предупреждений после наступления срока',
  'worksheets.fact.openJobs': 'Их заказов у вас в работе',
  'worksheets.fact.owedToThem': 'Вы должны им',
  'worksheets.fact.sentToThem': 'Вы отправили, получение не подтверждено',
  'worksheets.fact.addressConfirmedOn': 'Их адрес последний раз подтверждён',
  'worksheets.fact.addressAgeDays': 'Дней с подтверждения адреса',
  'worksheets.choice.side.they_owe_me': 'Они должны вам',
  'worksheets.choice.side.i_owe_them': 'Вы должны им (по их словам)',
  'worksheets.question.paymentLost': 'Могли ли они отправить деньги, а те где-то потерялись?',
  'worksheets.question.addressChanged':
    'Изменились ли ваш адрес или банковские реквизиты с момента их последней оплаты?',
  'worksheets.question.myPaymentLost': 'Мог ли ваш платёж уйти и потеряться?',
  'worksheets.question.termsAgreed': 'Согласовывали ли вы когда-нибудь условия оплаты?',
  'worksheets.question.agreedNetDays':
    'Какие именно: оплата в течение скольких дней с даты выставления счёта?',
  'worksheets.question.dependence': 'Насколько им сейчас нужна ваша работа?',
  'worksheets.choice.paymentLost.no': 'Нет, проверено',
  'worksheets.choice.paymentLost.maybe': 'Возможно',
  'worksheets.choice.paymentLost.yes': 'Да, они говорят, что отправили',
  'worksheets.choice.addressChanged.no': 'Нет',
  'worksheets.choice.addressChanged.unsure': 'Не знаю, есть ли у них новые данные',
  'worksheets.choice.addressChanged.yes': 'Да',
  'worksheets.choice.myPaymentLost.no': 'Нет, ничего не отправлялось',
  'worksheets.choice.myPaymentLost.maybe': 'Возможно',
  'worksheets.choice.myPaymentLost.yes': 'Да, платёж отправлен',
  'worksheets.choice.termsAgreed.in_writing': 'Да, письменно',
  'worksheets.choice.termsAgreed.verbally': 'Только устно',
  'worksheets.choice.termsAgreed.never': 'Никогда',
  'worksheets.choice.dependence.a_lot': 'Очень нужна',
  'worksheets.choice.dependence.some': 'Отчасти',
  'worksheets.choice.dependence.little': 'Почти не нужна',
  'worksheets.money.inTheMail': 'Возможно, уже в пути',
  'worksheets.money.owedToThem': 'Вы должны им',
  'worksheets.money.sentToThem': 'Вы отправили, получение не подтверждено',
  'worksheets.factor.warn_before_slowing.overdue': 'Как давно просрочка',
  'worksheets.factor.warn_before_slowing.lost': 'Мог ли платёж потеряться?',
  'worksheets.factor.warn_before_slowing.address': 'Ваш адрес или реквизиты',
  'worksheets.factor.warn_before_slowing.terms': 'Согласованные условия',
  'worksheets.factor.warn_before_slowing.reminded': 'Отправленные напоминания',
  'worksheets.factor.warn_before_slowing.leverage': 'Насколько вы им нужны',
  'worksheets.factor.warn_before_slowing.myPayment': 'Мог ли ваш платёж потеряться?',
  'worksheets.factor.warn_before_slowing.theirAddress': 'Когда подтверждён их адрес',
  'worksheets.warn_before_slowing.summary.maybeInTheMail':
    'Часть денег отмечена как отправленная: прежде чем предупреждать, убедитесь, что платёж не потерялся.',
  'worksheets.warn_before_slowing.summary.warnedAlready':
    'Вы уже предупреждали их после наступления срока оплаты.',
  'worksheets.warn_before_slowing.summary.supplierSide':
    '{name} сообщает, что оплата от вас не поступила. Прежде всего проверьте, всё ли в порядке с вашей стороны.',
  'worksheets.warn_before_slowing.reason.longOverdue':
    'Самый старый счёт просрочен на {oldestDaysOverdue} дн.',
  'worksheets.warn_before_slowing.reason.barelyOverdue':
    'Самый старый счёт просрочен ненадолго: на {oldestDaysOverdue} дн.',
  'worksheets.warn_before_slowing.reason.notLost':
    'Вы проверили: деньги не отправлялись, значит, и потеряться не могли.',
  'worksheets.warn_before_slowing.reason.mayBeLost':
    'Возможно, деньги были отправлены и потерялись.',
  'worksheets.warn_before_slowing.reason.addressSame':
    'Ваш адрес и банковские реквизиты не менялись.',
  'worksheets.warn_before_slowing.reason.addressChanged':
    'Ваш адрес или банковские реквизиты изменились: возможно, у клиента нет новых данных.',
  'worksheets.warn_before_slowing.reason.termsClear': 'Условия оплаты были согласованы.',
  'worksheets.warn_before_slowing.reason.termsUnclear':
    'Условия оплаты так и не были чётко согласованы: возможно, клиент рассчитывает заплатить позже, чем вы думаете.',
  'worksheets.warn_before_slowing.reason.alreadyReminded':
    'После наступления срока оплаты вы уже напоминали им (напоминаний: {remindersSinceDue}).',
  'worksheets.warn_before_slowing.reason.notReminded':
    'После наступления срока оплаты вы ещё ни разу им не напоминали.',
  'worksheets.warn_before_slowing.reason.theyNeedYou':
    'Ваша работа им нужна, поэтому предупреждение услышат.',
  'worksheets.warn_before_slowing.reason.littleLeverage':
    'Сейчас ваша работа им почти не нужна, так что замедление на них не подействует.',
  'worksheets.warn_before_slowing.reason.nothingSent':
    'Ничего не отправлялось, значит, ничего и не потерялось.',
  'worksheets.warn_before_slowing.reason.paymentMayBeLost': 'Возможно, ваш платёж потерялся.',
  'worksheets.warn_before_slowing.reason.addressRecent': 'Их адрес подтверждён недавно.',
  'worksheets.warn_before_slowing.reason.addressOld':
    'Их адрес давно не подтверждался или не подтверждался вовсе.',
  'worksheets.warn_before_slowing.action.agreeTerms':
    'Согласуйте условия оплаты письменно, чтобы обе стороны ожидали одного и того же.',
  'worksheets.warn_before_slowing.action.sendNewAddress':
    'Отправьте им свой текущий адрес и банковские реквизиты.',
  'worksheets.warn_before_slowing.action.confirmTheirAddress':
    'Прежде чем платить снова, уточните их адрес и банковские реквизиты.',
  'worksheets.warn_before_slowing.action.rewardAfter':
    'Когда заплатят, отблагодарите: сдайте что-нибудь раньше срока или сделайте чуть больше обещанного. Люди повторяют то, за что их благодарят.',
  'worksheets.option.check_first': 'Сначала проверить',
  'worksheets.option.check_first.hint':
    'Прежде чем настаивать, убедиться, что деньги не потерялись и что вы одинаково понимаете условия оплаты.',
  'worksheets.option.remind': 'Вежливо напомнить',
  'worksheets.option.remind.hint': 'Вежливо спросить: чаще всего просрочка — просто недосмотр.',
  'worksheets.option.warn': 'Предупредить и назвать срок',
  'worksheets.option.warn.hint':
    'Прямо сказать, что работа замедлится, если вопрос не будет решён к определённой дате.',
  'worksheets.option.slow_down': 'Сбавить темп, как предупреждали',
  'worksheets.option.slow_down.hint':
    'Срок прошёл: в первую очередь заниматься оплачиваемой работой.',
  'worksheets.option.trace_payment': 'Отследить свой платёж',
  'worksheets.option.trace_payment.hint': 'Выяснить, куда ушли деньги, и уточнить их реквизиты.',
  'worksheets.option.pay_now': 'Оплатить сейчас',
  'worksheets.option.pay_now.hint':
    'Ничего не отправлялось: заплатить долг и договориться об условиях на будущее.',
  'worksheets.message.warn_before_slowing.check_first':
    'Здравствуйте, {name}!\n\nОплата в размере {amount} пока не поступила. Если платёж уже отправлен, сообщите, пожалуйста, когда, каким способом и на какой адрес или счёт: возможно, он потерялся. {sendToIntro}{sendTo}\n\nТакже предлагаю согласовать условия оплаты на будущее: вам подойдёт оплата в течение {netDays} дн. с даты выставления счёта?\n\nС уважением.',
  'worksheets.message.warn_before_slowing.remind':
    'Здравствуйте, {name}!\n\nНапоминаю, что срок оплаты суммы {amount} уже прошёл. Если платёж уже в пути, спасибо, и не обращайте внимания на это письмо. Если нет, подскажите, пожалуйста, когда его ожидать? {sendToIntro}{sendTo}\n\nС уважением.',
  'worksheets.message.warn_before_slowing.warn':
    'Здравствуйте, {name}!\n\nОплата в размере {amount} до сих пор не поступила, и меня это беспокоит. Если мы не решим этот вопрос до {deadline}, мне придётся в первую очередь заниматься другими оплачиваемыми заказами. Если вы уже отправили платёж, пожалуйста, сообщите, как и куда: возможно, он потерялся. {sendToIntro}{sendTo}\n\nС уважением.',
  'worksheets.message.warn_before_slowing.slow_down':
    'Здравствуйте, {name}!\n\nКак говорилось в предыдущем письме, оплата в размере {amount} до сих пор не поступила. С сегодняшнего дня я в первую очередь занимаюсь другими оплачиваемыми заказами. Как только оплата поступит, с удовольствием вернусь к вашей работе.\n\nС уважением.',
  'worksheets.message.warn_before_slowing.trace_payment':
    'Здравствуйте, {name}!\n\nВы сообщили, что не получили мой платёж на сумму {amount}. Не могли бы вы подтвердить ваш текущий адрес и банковские реквизиты? Я выясню, где платёж, и позабочусь, чтобы он до вас дошёл. Давайте также согласуем условия: оплата в течение {netDays} дн. с даты выставления вашего счёта.\n\nС уважением.',
  'worksheets.message.warn_before_slowing.pay_now':
    'Здравствуйте, {name}!\n\nСпасибо, что сообщили. Я оплачиваю {amount} прямо сейчас. На будущее давайте договоримся, что я оплачиваю ваши счета в течение {netDays} дн. с даты выставления.\n\nС уважением.',
  'worksheets.effect.warning_contact':
    'Записать в журнал предупреждение со сроком до {deadline}: {name}',
  'worksheets.needs.workWhileUnpaid': {
    one: '{name}: просрочка {days} дн., а вы работаете над {count} заказом для этого клиента.',
    few: '{name}: просрочка {days} дн., а вы работаете над {count} заказами для этого клиента.',
    many: '{name}: просрочка {days} дн., а вы работаете над {count} заказами для этого клиента.',
    other: '{name}: просрочка {days} дн., а вы работаете над {count} заказа для этого клиента.',
  },
  'worksheets.decision.deadline': 'Срок в предупреждении',
  'worksheets.review.reward':
    'Они заплатили — отблагодарите: скажите спасибо, сдайте что-нибудь раньше срока или сделайте чуть больше обещанного. Люди повторяют то, за что их благодарят.',
  'worksheets.review.recordTerms':
    'Записать в карточку «{name}» согласованный срок оплаты: {netDays} дн.',
  'worksheets.review.termsRecorded': 'Условия записаны в карточку «{name}».',
  'worksheets.fact.pastDueOwed': 'Просрочено и не получено',
  'worksheets.fact.pastDueNotSent': 'Просрочено и не отмечено как отправленное',
  'worksheets.fact.unpaidDaysBeyondGrace':
    'Самый старый неоплаченный счёт: дней сверх льготного срока',
  'worksheets.fact.paysLateShare': 'Счета, оплаченные с опозданием',
  'worksheets.fact.warningDeadline': 'Срок в последнем предупреждении',
  'worksheets.fact.daysPastDeadline': 'Дней с тех пор, как срок истёк',
  'worksheets.fact.valueNextYear': 'Вероятный объём их заказов за следующий год',
  'worksheets.fact.ownAddressChangedOn': 'Ваш адрес последний раз менялся',
  'worksheets.question.theirAddressChanged':
    'Изменился ли их адрес с тех пор, как вы отправили счёт?',
  'worksheets.choice.theirAddressChanged.no': 'Нет, счёт до них дошёл',
  'worksheets.choice.theirAddressChanged.unsure': 'Не уверен, что счёт дошёл',
  'worksheets.choice.theirAddressChanged.yes': 'Да',
  'worksheets.money.pastDueOwed': 'Просрочено, не получено',
  'worksheets.money.valueNextYear': 'Вероятный объём их заказов за следующий год',
  'worksheets.source.warnNotSent':
    'По их просроченным счетам за вычетом платежей, отмеченных как отправленные',
  'worksheets.source.warnBeyondGrace':
    'По их неоплаченным счетам; деньги считаются со дня отправки, после льготного срока из настроек',
  'worksheets.source.warnLatenessMonths':
    'Счета со сроком оплаты за последние {months} месяцев, оплаченные или не оплаченные позже льготного срока из настроек',
  'worksheets.source.warnLatenessInvoices': {
    one: 'Их единственный пока счёт, оплаченный или не оплаченный позже льготного срока из настроек',
    few: 'Их последние {count} счёта, оплаченные или не оплаченные позже льготного срока из настроек',
    many: 'Их последние {count} счетов, оплаченные или не оплаченные позже льготного срока из настроек',
    other:
      'Их последние {count} счёта, оплаченные или не оплаченные позже льготного срока из настроек',
  },
  'worksheets.source.warnNoBills': 'Срок оплаты ни по одному их счёту ещё не наступил',
  'worksheets.source.warnDeadline': 'По предупреждению, записанному {day}',
  'worksheets.source.warnSettings': 'По вашим данным в настройках',
  'worksheets.source.warnMovedAfterBill':
    'Ваш адрес изменился {day}, уже после отправки счёта (настройки)',
  'worksheets.source.warnMovedBeforeBill':
    'Ваш адрес изменился {day}, ещё до отправки счёта (настройки)',
  'worksheets.source.warnTheirsAfterBill': 'Их адрес обновлён {day}, уже после отправки счёта',
  'worksheets.source.warnTheirsConfirmed': 'Их адрес подтверждён {day}',
  'worksheets.source.warnMarkedSent':
    'По их платежам, отмеченным как отправленные, но ещё не полученным',
  'worksheets.source.warnISent':
    'Вы отметили платёж им как отправленный {day}; как полученный он не отмечен',
  'worksheets.source.warnNothingSent':
    'Нет платежей им, отмеченных как отправленные и не полученные',
  'worksheets.source.warnValue':
    'Их собственный темп за последний год, пока история короткая — с поправкой к скромной оценке ({confidence}), плюс приведённые ими клиенты',
  'worksheets.source.warnConfidence.low': 'цифра приблизительная',
  'worksheets.source.warnConfidence.medium': 'цифра довольно надёжная',
  'worksheets.source.warnConfidence.high': 'цифра надёжная',
  'worksheets.factor.warn_before_slowing.habit': 'Как они обычно платят',
  'worksheets.factor.warn_before_slowing.billAddress': 'Их адрес',
  'worksheets.warn_before_slowing.summary.nothingPastDue':
    'У клиента {name} нет просроченных долгов перед вами: требовать нечего.',
  'worksheets.warn_before_slowing.summary.allInTheMail':
    'Все просроченные деньги отмечены как отправленные, но так и не пришли: прежде чем настаивать, выясните, куда они делись.',
  'worksheets.warn_before_slowing.summary.addressMoved':
    'Ваш адрес или реквизиты изменились уже после отправки счёта: возможно, клиент заплатил по старым.',
  'worksheets.warn_before_slowing.summary.theirAddressMoved':
    'Их адрес мог измениться после отправки счёта: убедитесь, что счёт до них дошёл.',
  'worksheets.warn_before_slowing.summary.deadlineNotYet':
    'Вы их уже предупредили. Названный срок, {warningDeadline}, ещё не прошёл: сбавлять темп можно не раньше следующего дня.',
  'worksheets.warn_before_slowing.summary.deadlinePassed':
    'Срок из вашего предупреждения, {warningDeadline}, прошёл, а оплаты нет.',
  'worksheets.warn_before_slowing.summary.nothingOwedToThem':
    '{name}: по вашим записям вы ничего им не должны и ничего не отправляли — спросите, о каком счёте речь.',
  'worksheets.warn_before_slowing.reason.longPastGrace':
    'Самый старый неоплаченный счёт вышел за льготный срок на {unpaidDaysBeyondGrace} дн.',
  'worksheets.warn_before_slowing.reason.notLongPastGrace':
    'Ни один долг не вышел далеко за льготный срок (самый старый счёт — на {unpaidDaysBeyondGrace} дн.).',
  'worksheets.warn_before_slowing.reason.lateBefore':
    'Они и раньше платили с опозданием: не меньше четверти их недавних счетов оплачены позже льготного срока.',
  'worksheets.warn_before_slowing.reason.usuallyOnTime':
    'Обычно они платят вовремя: скорее всего, платёж где-то затерялся, а не проигнорирован.',
  'worksheets.warn_before_slowing.reason.billReachedThem':
    'Их адрес не менялся с тех пор, как вы отправили счёт.',
  'worksheets.warn_before_slowing.reason.billMayHaveMissed':
    'Их адрес мог измениться: возможно, счёт до них не дошёл.',
  'worksheets.warn_before_slowing.reason.remindedAlready':
    'Напоминаний после наступления срока оплаты: {remindersSinceDue}.',
  'worksheets.warn_before_slowing.action.checkBillReached':
    'Убедитесь, что счёт до них дошёл, и отправьте его ещё раз на их нынешний адрес.',
  'worksheets.warn_before_slowing.sendTo.details':
    'Мои актуальные реквизиты для этой и следующих оплат:',
  'worksheets.warn_before_slowing.sendTo.ask':
    'Если вам нужны мой нынешний адрес или банковские реквизиты, напишите — я пришлю.',
  'worksheets.option.nothing_to_chase': 'Требовать нечего',
  'worksheets.option.nothing_to_chase.hint':
    'Просроченных долгов нет: ни напоминаний, ни предупреждений. Проверьте позже.',
  'worksheets.option.ask_which_bill': 'Спросить, о каком счёте речь',
  'worksheets.option.ask_which_bill.hint':
    'По вашим записям вы им ничего не должны: прежде чем платить, попросите счёт.',
  'worksheets.message.warn_before_slowing.nothing_to_chase':
    'Здравствуйте, {name}!\n\nХочу сообщить, что с расчётами у нас всё в порядке: просроченных оплат нет. С удовольствием продолжаю работу над вашими заказами.\n\nС уважением.',
  'worksheets.message.warn_before_slowing.ask_which_bill':
    'Здравствуйте, {name}!\n\nСпасибо, что сообщили. В моих записях я не нахожу вашего неоплаченного счёта. Не могли бы вы прислать счёт, о котором идёт речь, с его номером и датой? Я сразу же разберусь.\n\nС уважением.',
  'worksheets.needs.warningDeadlinePassed':
    'Срок, который вы назвали клиенту {name}, — {deadline} — прошёл: решите, сбавлять ли темп.',
  'worksheets.needs.paymentAstray':
    '{name}: платёж на {amount} отмечен как отправленный {sentOn}, но так и не пришёл — выясните, где он.',
} as const satisfies TemplateCatalogue & Record<keyof typeof en, unknown>;
