/**
 * Разборы по-русски. Числа без `count` (месяцы, дни, разы) приходят голыми, поэтому фразы построены
 * так, чтобы не зависеть от падежа числа: «мес.», «дн.», «напоминаний: 3». Имена подставляются
 * в именительном падеже, поэтому стоят после двоеточия, в обращении или как подлежащее.
 */
import type { Message } from '../catalogue';
import type { worksheets as en } from '../en/worksheets';

export const worksheets = {
  'worksheets.nav': 'Решения',
  'worksheets.title': 'Разборы',
  'worksheets.subtitle': 'Трудные решения о деньгах и доверии — шаг за шагом.',
  'worksheets.forParty': 'Разборы: {name}',
  'worksheets.all': 'Все разборы',
  'worksheets.empty':
    'Разборов пока нет. Начните новый ниже или откройте «Ждёт решения», чтобы увидеть, что подсказывают ваши записи.',
  'worksheets.emptyForParty': '{name}: разборов пока нет.',
  'worksheets.start': 'Начать разбор',
  'worksheets.startAbout': 'Начать разбор: {name}',
  'worksheets.needsDecisionLink': 'Ждёт решения',
  'worksheets.status.draft': 'Черновик',
  'worksheets.status.decided': 'Решено',
  'worksheets.status.reviewed': 'Итоги подведены',
  'worksheets.reviewDue': 'Пора подвести итоги',
  'worksheets.updatedOn': 'Изменено {date}',
  'worksheets.decidedOn': 'Решение принято {date}',
  'worksheets.entryName': '{template} ({name})',
  'worksheets.deleteWorksheet': 'Удалить разбор',
  'worksheets.someoneDeleted': 'удалённый контрагент',

  // Четыре шаблона.
  'worksheets.template.forgive_or_pursue.title': 'Простить или взыскать?',
  'worksheets.template.forgive_or_pursue.description':
    'Клиент оспаривает счёт или отказывается платить. Сравните, чего стоят отношения, с суммой, о которой идёт речь.',
  'worksheets.template.keep_or_part.title': 'Продолжать или расстаться?',
  'worksheets.template.keep_or_part.description':
    'Клиент платит с опозданием. Прежде чем решать, отличите случайную задержку от привычки.',
  'worksheets.template.who_pays_whom.title': 'Кто кому должен?',
  'worksheets.template.who_pays_whom.description':
    'Работа пошла не так. Найдите справедливое решение для вас, клиента и субподрядчика.',
  'worksheets.template.warn_before_slowing.title': 'Предупредить, прежде чем сбавить темп',
  'worksheets.template.warn_before_slowing.description':
    'Вам не платят (или поставщик говорит, что не получил оплату от вас). Сначала проверьте, затем предупредите и назовите срок.',

  // Шаги.
  'worksheets.steps': 'Шаги',
  'worksheets.step.facts': 'Факты',
  'worksheets.step.questions': 'Вопросы',
  'worksheets.step.result': 'Итог',
  'worksheets.step.decision': 'Решение',
  'worksheets.step.follow_up': 'Что дальше',
  'worksheets.stepOf': 'Шаг {current} из {total}',
  'worksheets.next': 'Далее',
  'worksheets.previous': 'Назад',
  'worksheets.saving': 'Сохраняем черновик…',
  'worksheets.saved': 'Черновик сохранён',
  'worksheets.saveFailed': 'Не удалось сохранить черновик: {message}',
  'worksheets.print': 'Печать',

  // Факты.
  'worksheets.facts.intro':
    'Заполнено по вашим записям. Исправьте то, что знаете точнее; сами записи останутся без изменений.',
  'worksheets.facts.frozen': 'Факты на {date}, когда было принято решение.',
  'worksheets.facts.change': 'Изменить',
  'worksheets.facts.changeLabel': 'Изменить «{fact}»',
  'worksheets.facts.done': 'Готово',
  'worksheets.facts.useRecords': 'Взять из записей',
  'worksheets.facts.changedByYou': 'Изменено вами; по записям: {value}.',
  'worksheets.facts.unknown': 'Пока неизвестно',
  'worksheets.facts.invalid': 'Введите число, не меньше нуля.',
  'worksheets.fact.tenureMonths': 'Работаете вместе',
  'worksheets.fact.jobCount': 'Заказов со счетами',
  'worksheets.fact.revenueToDate': 'Выставлено счетов на сумму',
  'worksheets.fact.lateBefore': 'Просрочек и неоплат раньше',
  'worksheets.fact.onTimeRate': 'Оплачено в срок',
  'worksheets.fact.complaintsBefore': 'Жалоб раньше',
  'worksheets.fact.amountInDispute': 'Спорная сумма',
  'worksheets.fact.referralCount': 'Рекомендаций от них',
  'worksheets.fact.referralRevenue': 'Выставлено клиентам по их рекомендации',
  'worksheets.fact.projectedValue': 'Вероятный доход за следующие 12 месяцев',
  'worksheets.fact.lateCount12m': 'Просрочек за последние 12 месяцев',
  'worksheets.fact.averageDaysLate': 'Средняя просрочка',
  'worksheets.fact.worstDaysLate': 'Самая долгая просрочка',
  'worksheets.fact.latenessPattern': 'Просрочки',
  'worksheets.fact.latenessTrend': 'Динамика',
  'worksheets.fact.remindersSent': 'Отправлено напоминаний и предупреждений',
  'worksheets.fact.paidAfterReminder': 'Оплачено в течение недели после напоминания',
  'worksheets.fact.contactsByThem': 'Сколько раз они связывались первыми',
  'worksheets.fact.contactsByMe': 'Сколько раз вам пришлось напоминать',
  'worksheets.fact.initiative': 'Кто выходит на связь',
  'worksheets.fact.outstanding': 'Долг сейчас',
  'worksheets.fact.overdueCount': 'Просроченных счетов',
  'worksheets.fact.termsNetDays': 'Условия оплаты в записях',
  'worksheets.fact.depositPercent': 'Предоплата',
  'worksheets.fact.jobAmount': 'Счёт за заказ',
  'worksheets.fact.paidSoFar': 'Уже оплачено',
  'worksheets.fact.subcontractorCost': 'Цена субподрядчика',
  'worksheets.fact.paidToSubcontractor': 'Выплачено субподрядчику',
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

  'worksheets.source.since': 'С {day}',
  'worksheets.source.jobs': 'По их заказам со счетами',
  'worksheets.source.payments': {
    one: 'По {count} счёту с наступившим сроком оплаты и оплатам по нему',
    few: 'По {count} счетам с наступившим сроком оплаты и оплатам по ним',
    many: 'По {count} счетам с наступившим сроком оплаты и оплатам по ним',
    other: 'По {count} счёта с наступившим сроком оплаты и оплатам по ним',
  },
  'worksheets.source.job': 'По заказу «{job}»',
  'worksheets.source.outstanding': 'По их неоплаченным счетам',
  'worksheets.source.contacts': 'По журналу контактов',
  'worksheets.source.reminders': 'По журналу контактов и оплатам, которые за ними последовали',
  'worksheets.source.referrals':
    'По клиентам, отмеченным как пришедшие по их рекомендации, и записанным рекомендациям',
  'worksheets.source.pace': 'Исходя из темпа за последние {months} мес. плюс уже заказанные работы',
  'worksheets.source.party': 'По их данным',
  'worksheets.source.subcontractorPayments': 'По вашим выплатам субподрядчику за этот заказ',
  'worksheets.source.subcontractorJobs': 'По их заказам и вашим выплатам им',
  'worksheets.source.inTheMail': 'По платежам, отмеченным как отправленные, но ещё не полученные',

  'worksheets.unit.months': {
    one: '{count} месяц',
    few: '{count} месяца',
    many: '{count} месяцев',
    other: '{count} месяца',
  },
  'worksheets.unit.days': {
    one: '{count} день',
    few: '{count} дня',
    many: '{count} дней',
    other: '{count} дня',
  },
  'worksheets.unit.percent': '{count}%',

  'worksheets.choice.latenessPattern.none': 'Никогда не опаздывают',
  'worksheets.choice.latenessPattern.occasional': 'Иногда опаздывают',
  'worksheets.choice.latenessPattern.chronic': 'Опаздывают постоянно',
  'worksheets.choice.latenessTrend.improving': 'Становится лучше',
  'worksheets.choice.latenessTrend.steady': 'Без изменений',
  'worksheets.choice.latenessTrend.worsening': 'Становится хуже',
  'worksheets.choice.latenessTrend.unknown': 'Слишком мало истории, чтобы судить',
  'worksheets.choice.initiative.they_reach_out': 'Они связываются первыми',
  'worksheets.choice.initiative.mixed': 'Иногда они, чаще вы',
  'worksheets.choice.initiative.you_chase': 'Напоминать всегда приходится вам',
  'worksheets.choice.initiative.unknown': 'Слишком мало контактов, чтобы судить',
  'worksheets.choice.side.they_owe_me': 'Они должны вам',
  'worksheets.choice.side.i_owe_them': 'Вы должны им (по их словам)',

  // Вопросы.
  'worksheets.questions.intro':
    'На эти вопросы можете ответить только вы. Если не уверены, пропустите вопрос: тогда он не повлияет на итог.',
  'worksheets.questions.clear': 'Сбросить ответ',
  'worksheets.question.complaintValid':
    'Обоснована ли претензия? Действительно ли работа выполнена с недостатками?',
  'worksheets.question.complaintValid.hint':
    'Прежде чем отвечать, разберитесь, что произошло. Даже хорошо сделанная работа со стороны клиента может выглядеть иначе.',
  'worksheets.question.raisedWhen': 'Когда клиент сообщил о проблеме?',
  'worksheets.question.moreReferrals': 'Насколько вероятно, что они порекомендуют вас ещё кому-то?',
  'worksheets.question.canAfford':
    'Можете ли вы позволить себе пойти дальше и предложить скидку на следующий заказ?',
  'worksheets.question.toldRoughPatch':
    'Сообщили ли они о трудностях сами, до того как вам пришлось спрашивать?',
  'worksheets.question.treatment': 'Как они реагируют, когда вы просите об оплате?',
  'worksheets.question.wantToKeep': 'Если не считать денег, хотите ли вы и дальше с ними работать?',
  'worksheets.question.clientShare': 'Какую часть работы клиенту пришлось сделать самому?',
  'worksheets.question.clientShare.hint':
    'В процентах: 0, если ничего не делал, 100, если сделал всё сам.',
  'worksheets.question.clientCost': 'Во что это обошлось клиенту?',
  'worksheets.question.clientCost.hint':
    'Время его сотрудников или оплата нанятых людей; достаточно разумной оценки.',
  'worksheets.question.fault': 'Чья это вина?',
  'worksheets.question.clientWorth':
    'Сколько этот клиент будет приносить вам в год с этого момента?',
  'worksheets.question.clientWorth.hint':
    'Начальное значение — по вашим записям. Увеличьте его, если клиент обещал новые заказы.',
  'worksheets.question.paymentLost': 'Могли ли они отправить деньги, а те где-то потерялись?',
  'worksheets.question.paymentLost.hint':
    'Например, почтовый перевод в пути или платёж по старым банковским реквизитам.',
  'worksheets.question.addressChanged':
    'Изменились ли ваш адрес или банковские реквизиты с момента их последней оплаты?',
  'worksheets.question.myPaymentLost': 'Мог ли ваш платёж уйти и потеряться?',
  'worksheets.question.myPaymentLost.hint':
    'Проверьте, когда вы последний раз подтверждали их адрес или банковские реквизиты.',
  'worksheets.question.termsAgreed': 'Согласовывали ли вы когда-нибудь условия оплаты?',
  'worksheets.question.agreedNetDays':
    'Какие именно: оплата в течение скольких дней с даты выставления счёта?',
  'worksheets.question.dependence': 'Насколько им сейчас нужна ваша работа?',

  'worksheets.choice.complaintValid.yes': 'Да, это наша ошибка',
  'worksheets.choice.complaintValid.partly': 'Отчасти',
  'worksheets.choice.complaintValid.no': 'Нет, работа выполнена как договаривались',
  'worksheets.choice.complaintValid.unsure': 'Пока не знаю',
  'worksheets.choice.raisedWhen.before_invoice': 'Сразу, ещё до выставления счёта',
  'worksheets.choice.raisedWhen.after_invoice': 'После получения счёта, по своей инициативе',
  'worksheets.choice.raisedWhen.when_chased': 'Только после вопроса, почему нет оплаты',
  'worksheets.choice.moreReferrals.likely': 'Вероятно',
  'worksheets.choice.moreReferrals.maybe': 'Возможно',
  'worksheets.choice.moreReferrals.unlikely': 'Маловероятно',
  'worksheets.choice.canAfford.yes': 'Да',
  'worksheets.choice.canAfford.no': 'Нет',
  'worksheets.choice.toldRoughPatch.yes': 'Да, сообщили',
  'worksheets.choice.toldRoughPatch.no': 'Нет',
  'worksheets.choice.treatment.polite': 'Вежливо и называют срок',
  'worksheets.choice.treatment.evasive': 'Не берут трубку и ищут отговорки',
  'worksheets.choice.treatment.rude': 'Грубо',
  'worksheets.choice.wantToKeep.yes': 'Да',
  'worksheets.choice.wantToKeep.neutral': 'Всё равно',
  'worksheets.choice.wantToKeep.no': 'Нет',
  'worksheets.choice.fault.mine': 'Моя',
  'worksheets.choice.fault.subcontractor': 'Субподрядчика',
  'worksheets.choice.fault.shared': 'Общая',
  'worksheets.choice.fault.nobody': 'Ничья',
  'worksheets.choice.fault.client': 'Клиента',
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

  // Итог.
  'worksheets.result.recommended': 'Рекомендация',
  'worksheets.result.score': 'Оценка {score} (от −100 до +100)',
  'worksheets.result.why': 'Почему',
  'worksheets.result.noReasons':
    'Пока ничто не перевешивает. Ответьте на вопросы, чтобы итог стал точнее.',
  'worksheets.result.also': 'Также',
  'worksheets.result.yourCall': 'Решать вам: здесь лишь видно, как складываются факты.',
  'worksheets.result.moneyHeading': 'Деньги на каждой чаше весов',
  'worksheets.result.factorsHeading': 'Из чего складывается оценка',
  'worksheets.result.factorsCaption':
    'Каждый фактор даёт вывод от −1 до +1, а его вес определяет долю в оценке. Измените вес, чтобы увидеть, как меняется итог.',
  'worksheets.result.factor': 'Фактор',
  'worksheets.result.weight': 'Вес',
  'worksheets.result.contribution': 'Баллы',
  'worksheets.result.weightOf': 'Вес фактора «{factor}»',
  'worksheets.result.resetWeights': 'Сбросить веса',
  'worksheets.result.reads': 'Значение: {value}',
  'worksheets.result.notApplicable': '—',
  'worksheets.result.settlement': 'Взаиморасчёт',
  'worksheets.result.nothingMoves': 'Никому ничего платить не нужно.',
  'worksheets.result.transfer.client.me': 'Вам платит {client}: {amount}',
  'worksheets.result.transfer.me.client': 'Вы платите {amount}, получатель — {client}',
  'worksheets.result.transfer.me.subcontractor':
    'Вы платите {amount}, получатель — {subcontractor}',
  'worksheets.result.transfer.subcontractor.me': 'Вам возвращает {subcontractor}: {amount}',
  'worksheets.result.theClient': 'клиент',
  'worksheets.result.theSubcontractor': 'субподрядчик',
  'worksheets.side.atStake': 'Во что это вам обойдётся',
  'worksheets.side.relationship': 'Чего стоят отношения',
  'worksheets.money.amountInDispute': 'Простить спорную сумму',
  'worksheets.money.projectedValue': 'Их вероятные заказы за следующий год',
  'worksheets.money.referralRevenue': 'Уже выставлено клиентам по их рекомендации',
  'worksheets.money.outstanding': 'Вам должны сейчас',
  'worksheets.money.costOfGoodwill': 'Скидка и выплата клиенту',
  'worksheets.money.subcontractorBears': 'За счёт субподрядчика',
  'worksheets.money.netCost': 'Ваши чистые расходы',
  'worksheets.money.clientWorth': 'Ценность клиента для вас с этого момента',
  'worksheets.money.inTheMail': 'Возможно, уже в пути',
  'worksheets.money.owedToThem': 'Вы должны им',
  'worksheets.money.sentToThem': 'Вы отправили, получение не подтверждено',

  'worksheets.factor.forgive_or_pursue.complaint': 'Обоснована ли претензия?',
  'worksheets.factor.forgive_or_pursue.stake': 'Спорная сумма в сравнении с их заказами за год',
  'worksheets.factor.forgive_or_pursue.paymentRecord': 'Платёжная дисциплина',
  'worksheets.factor.forgive_or_pursue.tenure': 'Как долго вы работаете вместе',
  'worksheets.factor.forgive_or_pursue.referralsMade': 'Рекомендации в прошлом',
  'worksheets.factor.forgive_or_pursue.referralsAhead': 'Рекомендации в будущем',
  'worksheets.factor.forgive_or_pursue.timing': 'Когда сообщили о проблеме',
  'worksheets.factor.forgive_or_pursue.complaintHistory': 'Жалобы раньше',
  'worksheets.factor.keep_or_part.frequency': 'Как часто опаздывают',
  'worksheets.factor.keep_or_part.severity': 'Насколько опаздывают',
  'worksheets.factor.keep_or_part.reminders': 'Хватает ли напоминания?',
  'worksheets.factor.keep_or_part.initiative': 'Кто выходит на связь',
  'worksheets.factor.keep_or_part.trend': 'Динамика',
  'worksheets.factor.keep_or_part.roughPatch': 'Сообщили о трудностях',
  'worksheets.factor.keep_or_part.treatment': 'Как они к вам относятся',
  'worksheets.factor.keep_or_part.wantToKeep': 'Хотите ли вы с ними работать',
  'worksheets.factor.who_pays_whom.fault': 'Чья вина',
  'worksheets.factor.who_pays_whom.clientShare': 'Работа, сделанная клиентом',
  'worksheets.factor.who_pays_whom.worth': 'Расходы в сравнении с ценностью клиента',
  'worksheets.factor.who_pays_whom.tenure': 'Как долго вы работаете вместе',
  'worksheets.factor.warn_before_slowing.overdue': 'Как давно просрочка',
  'worksheets.factor.warn_before_slowing.lost': 'Мог ли платёж потеряться?',
  'worksheets.factor.warn_before_slowing.address': 'Ваш адрес или реквизиты',
  'worksheets.factor.warn_before_slowing.terms': 'Согласованные условия',
  'worksheets.factor.warn_before_slowing.reminded': 'Отправленные напоминания',
  'worksheets.factor.warn_before_slowing.leverage': 'Насколько вы им нужны',
  'worksheets.factor.warn_before_slowing.myPayment': 'Мог ли ваш платёж потеряться?',
  'worksheets.factor.warn_before_slowing.theirAddress': 'Когда подтверждён их адрес',

  // Выводы, резюме и дополнительные шаги по каждому шаблону.
  'worksheets.forgive_or_pursue.summary.greatCustomer':
    '{name} — давний клиент, который всегда платил: это на него не похоже.',
  'worksheets.forgive_or_pursue.summary.troubledCustomer':
    '{name}: просрочки или неоплаты уже бывали — возможно, это система.',
  'worksheets.forgive_or_pursue.reason.complaintHolds':
    'Претензия обоснована, хотя бы отчасти: в работе были недостатки.',
  'worksheets.forgive_or_pursue.reason.complaintFails':
    'Претензия не обоснована: работа выполнена как договаривались.',
  'worksheets.forgive_or_pursue.reason.stakeSmall':
    '{amountInDispute} — немного по сравнению с {projectedValue}: столько они, вероятно, принесут за следующий год.',
  'worksheets.forgive_or_pursue.reason.stakeLarge':
    '{amountInDispute} — много по сравнению с {projectedValue}: столько они, вероятно, принесут за следующий год.',
  'worksheets.forgive_or_pursue.reason.paidWell':
    'У них хорошая платёжная дисциплина (просрочек и неоплат раньше: {lateBefore}).',
  'worksheets.forgive_or_pursue.reason.paidBadly':
    'Они уже платили с опозданием или не платили вовсе (случаев: {lateBefore}).',
  'worksheets.forgive_or_pursue.reason.longTenure': 'Вы работаете вместе уже {tenureMonths} мес.',
  'worksheets.forgive_or_pursue.reason.shortTenure':
    'Отношения только начались ({tenureMonths} мес.).',
  'worksheets.forgive_or_pursue.reason.referredOthers':
    'Они уже рекомендовали вас другим (клиентов по их рекомендации: {referralCount}).',
  'worksheets.forgive_or_pursue.reason.noReferrals': 'Они пока никого вам не рекомендовали.',
  'worksheets.forgive_or_pursue.reason.referralsLikely':
    'Возможно, они ещё будут вас рекомендовать.',
  'worksheets.forgive_or_pursue.reason.referralsUnlikely':
    'Новые рекомендации от них маловероятны.',
  'worksheets.forgive_or_pursue.reason.raisedEarly':
    'Они сообщили о проблеме сразу, ещё до выставления счёта.',
  'worksheets.forgive_or_pursue.reason.raisedWhenChased':
    'Они заговорили о проблеме, только когда вы спросили, почему нет оплаты.',
  'worksheets.forgive_or_pursue.reason.firstComplaint': 'Раньше они не жаловались.',
  'worksheets.forgive_or_pursue.reason.complainsOften':
    'Они уже жаловались раньше (жалоб: {complaintsBefore}).',
  'worksheets.forgive_or_pursue.action.preventRepeat':
    'Выясните, что пошло не так, и позаботьтесь, чтобы это не повторилось.',
  'worksheets.forgive_or_pursue.action.investigate':
    'Прежде чем решать, разберитесь, что произошло: от того, обоснована ли претензия, ответ зависит больше всего.',

  'worksheets.keep_or_part.summary.chronicEvasive':
    'Опаздывают постоянно, и напоминать приходится вам: такой клиент обходится дороже, чем приносит.',
  'worksheets.keep_or_part.summary.chronicResponsive':
    'Часто опаздывают, но остаются на связи: более жёсткие условия оплаты могут помочь там, где не помогла доброжелательность.',
  'worksheets.keep_or_part.summary.occasionalResponsive':
    'Случайная задержка у клиента, который сам выходит на связь и всё исправляет: стоит дать ещё один шанс.',
  'worksheets.keep_or_part.summary.occasional': 'Опаздывают время от времени, а не постоянно.',
  'worksheets.keep_or_part.reason.rarelyLate':
    'Опаздывают редко: просрочек за последние 12 месяцев — {lateCount12m}.',
  'worksheets.keep_or_part.reason.oftenLate':
    'Опаздывают часто: просрочек за последние 12 месяцев — {lateCount12m}.',
  'worksheets.keep_or_part.reason.slightlyLate':
    'Если опаздывают, то всего на несколько дней (в среднем на {averageDaysLate} дн.).',
  'worksheets.keep_or_part.reason.veryLate':
    'Если опаздывают, то надолго (в среднем на {averageDaysLate} дн.).',
  'worksheets.keep_or_part.reason.remindersWork':
    'Напоминания хватает: напоминаний — {remindersSent}, и после {paidAfterReminder} из них оплата пришла в течение недели.',
  'worksheets.keep_or_part.reason.remindersIgnored':
    'Напоминания не действуют: напоминаний — {remindersSent}, и лишь после {paidAfterReminder} из них оплата пришла в течение недели.',
  'worksheets.keep_or_part.reason.theyReachOut':
    'Они выходят на связь первыми (первыми связывались они: {contactsByThem}, напоминали вы: {contactsByMe}).',
  'worksheets.keep_or_part.reason.youChase':
    'Напоминать приходится вам (напоминали вы: {contactsByMe}, первыми связывались они: {contactsByThem}).',
  'worksheets.keep_or_part.reason.improving': 'Они стали платить пунктуальнее.',
  'worksheets.keep_or_part.reason.worsening': 'Они платят всё позже.',
  'worksheets.keep_or_part.reason.toldYou':
    'Они сами сообщили о трудностях, до того как вам пришлось спрашивать.',
  'worksheets.keep_or_part.reason.polite': 'Когда вы просите об оплате, они говорят прямо.',
  'worksheets.keep_or_part.reason.evasive':
    'Когда вы просите об оплате, они уходят от ответа или грубят.',
  'worksheets.keep_or_part.reason.youWantThem': 'Вы хотите и дальше с ними работать.',
  'worksheets.keep_or_part.reason.youDoNot': 'Вы предпочли бы с ними не работать.',
  'worksheets.keep_or_part.action.askAboutRoughPatch':
    'Спросите, как у них дела, и договоритесь, когда ждать оплату.',

  'worksheets.who_pays_whom.summary.trustAtStake':
    'Заказ выполнялся под вашим именем, а клиенту ({name}) пришлось вмешаться: на кону его доверие.',
  'worksheets.who_pays_whom.summary.clientsOwnDoing':
    'Проблема возникла на стороне клиента: счёт остаётся в силе.',
  'worksheets.who_pays_whom.reason.yourSide':
    'Вина лежит на вашей стороне, хотя бы отчасти: для клиента ваш субподрядчик — это вы.',
  'worksheets.who_pays_whom.reason.notYourSide': 'Вашей вины здесь нет.',
  'worksheets.who_pays_whom.reason.theyDidWork':
    'Клиенту пришлось самому сделать {clientShare}% работы.',
  'worksheets.who_pays_whom.reason.theyDidNone': 'Клиенту не пришлось ничего доделывать самому.',
  'worksheets.who_pays_whom.reason.worthIt':
    'Отказ от счёта на {jobAmount} — немного по сравнению с {clientWorth}: во столько вы оцениваете этого клиента.',
  'worksheets.who_pays_whom.reason.notWorthIt':
    'Отказ от счёта на {jobAmount} — много по сравнению с {clientWorth}: во столько вы оцениваете этого клиента.',
  'worksheets.who_pays_whom.reason.longTenure': 'Вы работаете вместе уже {tenureMonths} мес.',
  'worksheets.who_pays_whom.reason.shortTenure': 'Отношения только начались ({tenureMonths} мес.).',
  'worksheets.who_pays_whom.action.avoidSubcontractor':
    'Больше не отправляйте этого субподрядчика ({subcontractor}) на заказы этого клиента.',
  'worksheets.who_pays_whom.action.preventRepeat':
    'Разберитесь, как это случилось, и измените то, что нужно, чтобы это не повторилось.',

  'worksheets.warn_before_slowing.summary.maybeInTheMail':
    'Часть денег отмечена как отправленная: прежде чем предупреждать, убедитесь, что платёж не потерялся.',
  'worksheets.warn_before_slowing.summary.warnedAlready':
    'Вы уже предупреждали их после наступления срока оплаты.',
  'worksheets.warn_before_slowing.summary.supplierSide':
    '{name} сообщает, что оплата от вас не поступила. Прежде всего проверьте, всё ли в порядке с вашей стороны.',
  'worksheets.warn_before_slowing.reason.longOverdue':
    'Самый старый счёт просрочен на {oldestDaysOverdue} дн.',
  'worksheets.warn_before_slowing.reason.barelyOverdue':
    'Самый старый счёт просрочен всего на {oldestDaysOverdue} дн.',
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

  // Варианты.
  'worksheets.option.pursue': 'Взыскать полностью',
  'worksheets.option.pursue.hint': 'Счёт остаётся в силе: попросить оплатить всю сумму.',
  'worksheets.option.partial_credit': 'Предложить частичную скидку',
  'worksheets.option.partial_credit.hint': 'Пойти навстречу: уменьшить счёт на часть суммы.',
  'worksheets.option.forgive': 'Простить долг',
  'worksheets.option.forgive.hint': 'Списать то, что они должны по этому счёту.',
  'worksheets.option.forgive_discount': 'Простить и предложить разовую скидку',
  'worksheets.option.forgive_discount.hint':
    'Списать счёт и предложить скидку на следующий заказ, если вы можете себе это позволить.',
  'worksheets.option.keep_as_is': 'Оставить как есть',
  'worksheets.option.keep_as_is.hint': 'Работать, как прежде.',
  'worksheets.option.keep_changed_terms': 'Продолжать на новых условиях',
  'worksheets.option.keep_changed_terms.hint':
    'Более короткий срок оплаты и предоплата до начала работ.',
  'worksheets.option.part_ways': 'Вежливо расстаться',
  'worksheets.option.part_ways.hint': 'Завершить начатое и больше не брать у них заказов.',
  'worksheets.option.bill_in_full': 'Выставить счёт полностью',
  'worksheets.option.bill_in_full.hint': 'Счёт остаётся как есть.',
  'worksheets.option.credit_share': 'Уменьшить счёт',
  'worksheets.option.credit_share.hint':
    'Вычесть стоимость работы, которую клиент сделал сам, или сделать скидку в знак доброй воли.',
  'worksheets.option.waive_all': 'Отказаться от всего счёта',
  'worksheets.option.waive_all.hint': 'Не брать с клиента плату за этот заказ.',
  'worksheets.option.waive_and_pay': 'Отказаться от счёта и компенсировать',
  'worksheets.option.waive_and_pay.hint':
    'Не брать плату и возместить клиенту работу, которую ему пришлось сделать самому.',
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

  // Сообщения для отправки.
  'worksheets.message.forgive_or_pursue.pursue':
    'Здравствуйте, {name}!\n\nСпасибо, что рассказали о своих замечаниях по работе «{job}». Ситуация внимательно изучена: работа выполнена в соответствии с договорённостью, поэтому счёт на {amount} остаётся в силе. С удовольствием всё обсужу, если хотите. Подскажите, пожалуйста, когда ожидать оплату?\n\nС уважением.',
  'worksheets.message.forgive_or_pursue.partial_credit':
    'Здравствуйте, {name}!\n\nСпасибо, что сообщили о проблеме с работой «{job}». Ситуация изучена, и, чтобы её исправить, я уменьшаю счёт на {credit}. Надеюсь, такое решение покажется вам справедливым. С удовольствием продолжу с вами сотрудничество.\n\nС уважением.',
  'worksheets.message.forgive_or_pursue.forgive':
    'Здравствуйте, {name}!\n\nМне жаль, что работа «{job}» не оправдала ваших ожиданий. Неоплаченная сумма {amount} аннулирована: больше вы за эту работу ничего не должны. Причины случившегося разобраны, чтобы это не повторилось. Я ценю сотрудничество с вами.\n\nС уважением.',
  'worksheets.message.forgive_or_pursue.forgive_discount':
    'Здравствуйте, {name}!\n\nМне жаль, что работа «{job}» не оправдала ваших ожиданий. Неоплаченная сумма {amount} аннулирована, и, кроме того, я хочу предложить вам скидку {discount}% на следующий заказ. Причины случившегося разобраны, чтобы это не повторилось. Я ценю сотрудничество с вами.\n\nС уважением.',
  'worksheets.message.keep_or_part.keep_as_is':
    'Здравствуйте, {name}!\n\nСпасибо, что решили вопрос с оплатой. Я это ценю и с удовольствием возьмусь за наш следующий заказ.',
  'worksheets.message.keep_or_part.keep_changed_terms':
    'Здравствуйте, {name}!\n\nЯ ценю сотрудничество с вами. Чтобы всё было просто и понятно для обеих сторон, начиная со следующего заказа я буду просить предоплату {deposit}% до начала работ, а остаток — в течение {netDays} дн. с даты выставления счёта. Если захотите это обсудить, дайте знать.\n\nС уважением.',
  'worksheets.message.keep_or_part.part_ways':
    'Здравствуйте, {name}!\n\nСпасибо за нашу совместную работу. После завершения текущих заказов я, к сожалению, не смогу брать у вас новые. Прошу вас при первой возможности погасить оставшийся долг в размере {amount}. Желаю вам всего доброго.',
  'worksheets.message.who_pays_whom.bill_in_full':
    'Здравствуйте, {name}!\n\nСпасибо за терпение при выполнении работы «{job}». Теперь работа завершена, и счёт остаётся в согласованном размере. Если у вас есть вопросы, пожалуйста, дайте знать.\n\nС уважением.',
  'worksheets.message.who_pays_whom.credit_share':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано. Счёт за неё уменьшен на {credit}, так что к оплате остаётся {amount}. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.who_pays_whom.waive_all':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано. Обещание, данное вам, не выполнено, поэтому плату за эту работу я с вас не возьму. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.who_pays_whom.waive_and_pay':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано, и вашим сотрудникам пришлось вмешаться. Плату за эту работу я с вас не возьму и перечисляю вам {payClient} в качестве компенсации за работу, которую вам пришлось выполнить. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.warn_before_slowing.check_first':
    'Здравствуйте, {name}!\n\nОплата в размере {amount} пока не поступила. Не могли бы вы проверить, был ли отправлен платёж и на какой адрес или счёт? Мои реквизиты могли измениться с момента вашей последней оплаты. Также предлагаю согласовать условия оплаты на будущее: вам подойдёт оплата в течение {netDays} дн. с даты выставления счёта?\n\nС уважением.',
  'worksheets.message.warn_before_slowing.remind':
    'Здравствуйте, {name}!\n\nНапоминаю, что срок оплаты суммы {amount} уже прошёл. Если платёж уже в пути, спасибо, и не обращайте внимания на это письмо. Если нет, подскажите, пожалуйста, когда его ожидать?\n\nС уважением.',
  'worksheets.message.warn_before_slowing.warn':
    'Здравствуйте, {name}!\n\nОплата в размере {amount} до сих пор не поступила, и меня это беспокоит. Если мы не решим этот вопрос до {deadline}, мне придётся в первую очередь заниматься другими оплачиваемыми заказами. Если вы уже отправили платёж, пожалуйста, сообщите, как и куда: возможно, он потерялся.\n\nС уважением.',
  'worksheets.message.warn_before_slowing.slow_down':
    'Здравствуйте, {name}!\n\nКак говорилось в предыдущем письме, оплата в размере {amount} до сих пор не поступила. С сегодняшнего дня я в первую очередь занимаюсь другими оплачиваемыми заказами. Как только оплата поступит, с удовольствием вернусь к вашей работе.\n\nС уважением.',
  'worksheets.message.warn_before_slowing.trace_payment':
    'Здравствуйте, {name}!\n\nВы сообщили, что не получили мой платёж на сумму {amount}. Не могли бы вы подтвердить ваш текущий адрес и банковские реквизиты? Я выясню, где платёж, и позабочусь, чтобы он до вас дошёл. Давайте также согласуем условия: оплата в течение {netDays} дн. с даты выставления вашего счёта.\n\nС уважением.',
  'worksheets.message.warn_before_slowing.pay_now':
    'Здравствуйте, {name}!\n\nСпасибо, что сообщили. Я оплачиваю {amount} прямо сейчас. На будущее давайте договоримся, что я оплачиваю ваши счета в течение {netDays} дн. с даты выставления.\n\nС уважением.',

  // Записи, которые решение вносит в учёт.
  'worksheets.effect.write_off': 'Списать оставшийся долг {amount} по заказу «{job}»',
  'worksheets.effect.credit': 'Дать скидку {amount} по заказу «{job}» (счёт остаётся прежним)',
  'worksheets.effect.pay_client': 'Записать выплату {amount}, получатель: {name}',
  'worksheets.effect.charge_back': 'Записать возврат {amount}, плательщик: {name}',
  'worksheets.effect.forfeit':
    'Удержать {amount} из оплаты субподрядчику за заказ ({subcontractor}) — как возврат',
  'worksheets.effect.terms':
    'Условия в карточке «{name}»: оплата в течение {netDays} дн., предоплата {deposit}%',
  'worksheets.effect.discount_note':
    'Заметка в карточке «{name}»: скидка {discount}% на следующий заказ',
  'worksheets.effect.avoid_subcontractor':
    'Заметка в карточке «{name}»: больше не отправлять субподрядчика ({subcontractor})',
  'worksheets.effect.reminder_contact':
    'Записать в журнал напоминание, отправленное сегодня: {name}',
  'worksheets.effect.warning_contact':
    'Записать в журнал предупреждение со сроком до {deadline}: {name}',
  'worksheets.effect.note_contact': 'Записать сообщение в журнал контактов: {name}',
  'worksheets.note.writeOff': 'Списано {amount} {day} по итогам разбора.',
  'worksheets.note.credit': 'Скидка {amount} согласована {day} по итогам разбора.',
  'worksheets.note.discount': 'Обещана скидка {discount}% на следующий заказ (согласовано {day}).',
  'worksheets.note.avoidSubcontractor':
    'Больше не отправлять на их заказы субподрядчика: {subcontractor} (согласовано {day}).',
  'worksheets.paymentReference': 'Разбор: {template}',

  // «Ждёт решения».
  'worksheets.needs.title': 'Ждёт решения',
  'worksheets.needs.subtitle': 'Ситуации из ваших записей, по которым нужно принять решение.',
  'worksheets.needs.none': 'Сейчас ничего не требует решения.',
  'worksheets.needs.open': 'Открыть разбор',
  'worksheets.needs.continue': 'Продолжить черновик',
  'worksheets.needs.reviews': 'Пора подвести итоги',
  'worksheets.needs.reviewLine': '{template} — {name}, решение принято {date}',
  'worksheets.needs.review': 'Подвести итоги',
  'worksheets.needs.summary': {
    one: '{count} ситуация требует решения',
    few: '{count} ситуации требуют решения',
    many: '{count} ситуаций требуют решения',
    other: '{count} ситуации требуют решения',
  },
  'worksheets.needs.summaryReviews': {
    one: '{count} решение ждёт подведения итогов',
    few: '{count} решения ждут подведения итогов',
    many: '{count} решений ждут подведения итогов',
    other: '{count} решения ждут подведения итогов',
  },
  'worksheets.needs.disputed': '{name} оспаривает или отказывается оплатить {amount} за «{job}».',
  'worksheets.needs.overdueAgain': {
    one: '{name}: снова просрочка ({days} дн.), раньше такое было {count} раз.',
    few: '{name}: снова просрочка ({days} дн.), раньше такое было {count} раза.',
    many: '{name}: снова просрочка ({days} дн.), раньше такое было {count} раз.',
    other: '{name}: снова просрочка ({days} дн.), раньше такое было {count} раза.',
  },
  'worksheets.needs.wentWrong':
    'Заказ «{job}» пошёл не так (клиент: {name}, субподрядчик: {subcontractor}).',
  'worksheets.needs.workWhileUnpaid': {
    one: '{name}: просрочка {days} дн., а вы работаете над {count} заказом для этого клиента.',
    few: '{name}: просрочка {days} дн., а вы работаете над {count} заказами для этого клиента.',
    many: '{name}: просрочка {days} дн., а вы работаете над {count} заказами для этого клиента.',
    other: '{name}: просрочка {days} дн., а вы работаете над {count} заказа для этого клиента.',
  },

  // Начало.
  'worksheets.new.title': 'Новый разбор',
  'worksheets.new.template': 'Разбор',
  'worksheets.new.party': 'О ком',
  'worksheets.new.job': 'Заказ',
  'worksheets.new.chooseParty': 'Выберите, о ком разбор',
  'worksheets.new.chooseJob': 'Выберите заказ',
  'worksheets.new.noJobs': 'У этого клиента пока нет заказов. Сначала добавьте заказ.',
  'worksheets.new.noParties':
    'Сначала добавьте клиента: разбор заполнится по его записям автоматически.',
  'worksheets.new.startButton': 'Начать',
  'worksheets.new.starting': 'Начинаем…',
  'worksheets.links.heading': 'Принять решение',
  'worksheets.links.intro': 'Начните разбор, заполненный по этим записям.',

  // Решение.
  'worksheets.decision.intro': 'Выберите, что делать. Рекомендация отмечена, но выбор за вами.',
  'worksheets.decision.option': 'Что вы сделаете?',
  'worksheets.decision.credit': 'Скидка',
  'worksheets.decision.payClient': 'Выплата клиенту',
  'worksheets.decision.subcontractorBears': 'За счёт субподрядчика',
  'worksheets.decision.discount': 'Скидка на следующий заказ (%)',
  'worksheets.decision.netDays': 'Новые условия: дней на оплату',
  'worksheets.decision.deposit': 'Новая предоплата (%)',
  'worksheets.decision.deadline': 'Срок в предупреждении',
  'worksheets.decision.avoidSubcontractor':
    'Больше не привлекать этого субподрядчика ({subcontractor}) к заказам клиента ({name})',
  'worksheets.decision.note': 'Почему (для себя)',
  'worksheets.decision.message': 'Текст сообщения',
  'worksheets.decision.resetMessage': 'Вернуть предложенный текст',
  'worksheets.decision.reviewOn': 'Дата подведения итогов',
  'worksheets.decision.effects': 'Что будет записано',
  'worksheets.decision.effectsHint':
    'Это обычные записи: их можно посмотреть, изменить или отменить позже.',
  'worksheets.decision.noEffects': 'В учёт ничего не запишется; сохранится только разбор.',
  'worksheets.decision.record': 'Записать решение',
  'worksheets.decision.confirmTitle': 'Записать это решение?',
  'worksheets.decision.confirmIntro': 'Факты будут сохранены в сегодняшнем виде, а также:',
  'worksheets.decision.confirmReview': 'приложение напомнит подвести итоги {date}.',
  'worksheets.decision.confirm': 'Записать',
  'worksheets.decision.recorded': 'Решение записано.',
  'worksheets.decision.undone': 'Решение отменено; разбор снова стал черновиком.',
  'worksheets.decision.recommendedBadge': 'Рекомендуется',
  'worksheets.decision.invalidAmount': 'Введите сумму, не меньше нуля.',

  // Что дальше.
  'worksheets.followUp.decided': 'Ваше решение: {option}',
  'worksheets.followUp.recommendedWas': 'Рекомендация разбора: {option} (оценка {score}).',
  'worksheets.followUp.messageHeading': 'Ваше сообщение',
  'worksheets.followUp.copy': 'Копировать',
  'worksheets.followUp.copied': 'Сообщение скопировано.',
  'worksheets.followUp.copyFailed': 'Не удалось скопировать; выделите текст и скопируйте вручную.',
  'worksheets.followUp.share': 'Поделиться',
  'worksheets.followUp.entries': 'Записано в учёт',
  'worksheets.followUp.noEntries': 'В учёт ничего не записано.',
  'worksheets.followUp.undo': 'Отменить',
  'worksheets.followUp.redo': 'Вернуть',
  'worksheets.followUp.undoneBadge': 'Отменено',
  'worksheets.followUp.open': 'Открыть',
  'worksheets.followUp.undoAll': 'Отменить решение',
  'worksheets.followUp.prevention': 'Что вы измените, чтобы это не повторилось?',
  'worksheets.followUp.save': 'Сохранить',
  'worksheets.followUp.savedNotice': 'Выводы сохранены.',
  'worksheets.followUp.checkBack': 'Подведение итогов: {date}.',

  // Итоги.
  'worksheets.review.heading': 'Чем всё закончилось?',
  'worksheets.review.intro': 'Взгляд назад помогает следующему решению. Что произошло?',
  'worksheets.review.paid': 'Вам заплатили (или расчёт прошёл, как договорились)?',
  'worksheets.review.relationshipKept': 'Отношения по-прежнему хорошие?',
  'worksheets.review.sameDecision': 'Зная то, что знаете сейчас, вы решили бы так же?',
  'worksheets.review.note': 'Что стоит запомнить',
  'worksheets.review.answer.yes': 'Да',
  'worksheets.review.answer.partly': 'Отчасти',
  'worksheets.review.answer.no': 'Нет',
  'worksheets.review.later': '{date} приложение спросит, чем всё закончилось.',
  'worksheets.review.now': 'Ответить сейчас',
  'worksheets.review.save': 'Сохранить итоги',
  'worksheets.review.saved': 'Итоги сохранены.',
  'worksheets.review.done': 'Итоги подведены {date}.',
  'worksheets.review.reward':
    'Они заплатили — отблагодарите: скажите спасибо, сдайте что-нибудь раньше срока или сделайте чуть больше обещанного. Люди повторяют то, за что их благодарят.',
  'worksheets.review.recordTerms':
    'Записать в карточку «{name}» согласованный срок оплаты: {netDays} дн.',
  'worksheets.review.termsRecorded': 'Условия записаны в карточку «{name}».',
  'worksheets.review.chooseAll': 'Ответьте на все три вопроса.',

  // Печать.
  'worksheets.print.recommendation': 'Рекомендация',
  'worksheets.print.decision': 'Решение',
  'worksheets.print.answers': 'Ответы',
  'worksheets.print.outcome': 'Итоги',
  'worksheets.print.notDecided': 'Решение ещё не принято.',
  'worksheets.print.about': 'О ком: {name}',
} as const satisfies { [K in keyof typeof en]: Message };
