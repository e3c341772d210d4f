/** The words of "Keep or part ways?" in Russian: exactly the English keys (checked here and by src/i18n). */
import type { TemplateCatalogue } from '../../template';
import type { en } from './en';

export const ru = {
  'worksheets.template.keep_or_part.title': 'Продолжать или расстаться?',
  'worksheets.template.keep_or_part.description':
    'Клиент платит с опозданием. Прежде чем решать, отличите случайную задержку от привычки.',
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
  'worksheets.fact.depositPercent': 'Предоплата',
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
  'worksheets.question.toldRoughPatch':
    'Сообщили ли они о трудностях сами, до того как вам пришлось спрашивать?',
  'worksheets.question.treatment': 'Как они реагируют, когда вы просите об оплате?',
  'worksheets.question.wantToKeep': 'Если не считать денег, хотите ли вы и дальше с ними работать?',
  'worksheets.choice.toldRoughPatch.yes': 'Да, сообщили',
  'worksheets.choice.toldRoughPatch.no': 'Нет',
  'worksheets.choice.treatment.polite': 'Вежливо и называют срок',
  'worksheets.choice.treatment.evasive': 'Не берут трубку и ищут отговорки',
  'worksheets.choice.treatment.rude': 'Грубо',
  'worksheets.choice.wantToKeep.yes': 'Да',
  'worksheets.choice.wantToKeep.neutral': 'Всё равно',
  'worksheets.choice.wantToKeep.no': 'Нет',
  'worksheets.factor.keep_or_part.frequency': 'Как часто опаздывают',
  'worksheets.factor.keep_or_part.severity': 'Насколько опаздывают',
  'worksheets.factor.keep_or_part.reminders': 'Хватает ли напоминания?',
  'worksheets.factor.keep_or_part.initiative': 'Кто выходит на связь',
  'worksheets.factor.keep_or_part.trend': 'Динамика',
  'worksheets.factor.keep_or_part.roughPatch': 'Сообщили о трудностях',
  'worksheets.factor.keep_or_part.treatment': 'Как они к вам относятся',
  'worksheets.factor.keep_or_part.wantToKeep': 'Хотите ли вы с ними работать',
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
    'Напоминания не действуют: напоминаний — {remindersSent}, оплата в течение недели пришла после {paidAfterReminder} из них.',
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
  'worksheets.option.keep_as_is': 'Оставить как есть',
  'worksheets.option.keep_as_is.hint': 'Работать, как прежде.',
  'worksheets.option.keep_changed_terms': 'Продолжать на новых условиях',
  'worksheets.option.keep_changed_terms.hint':
    'Новые условия оплаты: короче и с предоплатой или в соответствии с тем, когда они на самом деле платят.',
  'worksheets.option.part_ways': 'Вежливо расстаться',
  'worksheets.option.part_ways.hint': 'Завершить начатое и больше не брать у них заказов.',
  'worksheets.message.keep_or_part.keep_as_is':
    'Здравствуйте, {name}!\n\nСпасибо, что решили вопрос с оплатой. Я это ценю и с удовольствием возьмусь за наш следующий заказ.',
  'worksheets.message.keep_or_part.keep_changed_terms':
    'Здравствуйте, {name}!\n\nЯ ценю сотрудничество с вами. Чтобы всё было просто и понятно для обеих сторон, начиная со следующего заказа я буду просить предоплату {deposit}% до начала работ, а остаток — в течение {netDays} дн. с даты выставления счёта. Если захотите это обсудить, дайте знать.\n\nС уважением.',
  'worksheets.message.keep_or_part.part_ways':
    'Здравствуйте, {name}!\n\nСпасибо за нашу совместную работу. После завершения текущих заказов я, к сожалению, не смогу брать у вас новые. Прошу вас при первой возможности погасить оставшийся долг в размере {amount}. Желаю вам всего доброго.',
  'worksheets.needs.overdueAgain': {
    one: '{name}: снова просрочка ({days} дн.), раньше такое было {count} раз.',
    few: '{name}: снова просрочка ({days} дн.), раньше такое было {count} раза.',
    many: '{name}: снова просрочка ({days} дн.), раньше такое было {count} раз.',
    other: '{name}: снова просрочка ({days} дн.), раньше такое было {count} раза.',
  },
  'worksheets.decision.netDays': 'Новые условия: дней на оплату',
  'worksheets.decision.deposit': 'Новая предоплата (%)',
  // Версия 2: окно модели плательщика, сверх льготного срока (ключи версии 1 выше остаются для
  // листов, решённых по ней).
  'worksheets.fact.graceDays': 'Льготный срок, после которого оплата считается просроченной',
  'worksheets.fact.invoicesInWindow': 'Счетов за период',
  'worksheets.fact.lateInvoices': 'Счетов, оплаченных позже льготного срока',
  'worksheets.fact.typicalDaysBeyondGrace': 'Обычная просрочка сверх льготного срока',
  'worksheets.fact.worstDaysBeyondGrace': 'Самая большая просрочка сверх льготного срока',
  'worksheets.fact.remindersNeeded': 'Счетов, по которым понадобилось напоминание',
  'worksheets.fact.oneReminderEnough': 'Оплачено в течение недели после одного напоминания',
  'worksheets.fact.neededMoreReminders': 'Понадобилось больше одного напоминания',
  'worksheets.fact.reminderRate': 'Счетов, оплаченных без напоминаний или после одного',
  'worksheets.fact.datesGiven': 'Сколько раз сами называли дату оплаты',
  'worksheets.fact.datesMet': 'Дата соблюдена',
  'worksheets.fact.datesMissed': 'Дата сорвана',
  'worksheets.source.keep_or_part.windowMonths': {
    one: '{count} счёт со сроком оплаты за 12 месяцев с {from}; просрочка — оплата позже чем через {grace} дн. после срока',
    few: '{count} счёта со сроком оплаты за 12 месяцев с {from}; просрочка — оплата позже чем через {grace} дн. после срока',
    many: '{count} счетов со сроком оплаты за 12 месяцев с {from}; просрочка — оплата позже чем через {grace} дн. после срока',
    other:
      '{count} счёта со сроком оплаты за 12 месяцев с {from}; просрочка — оплата позже чем через {grace} дн. после срока',
  },
  'worksheets.source.keep_or_part.windowInvoices': {
    one: 'Пока единственный счёт, выставленный {from}; просрочка — оплата позже чем через {grace} дн. после срока',
    few: 'Последние {count} счёта, выставленные начиная с {from} (за последние 12 месяцев их было меньше шести); просрочка — оплата позже чем через {grace} дн. после срока',
    many: 'Последние {count} счетов, выставленные начиная с {from} (за последние 12 месяцев их было меньше шести); просрочка — оплата позже чем через {grace} дн. после срока',
    other:
      'Последние {count} счёта, выставленные начиная с {from} (за последние 12 месяцев их было меньше шести); просрочка — оплата позже чем через {grace} дн. после срока',
  },
  'worksheets.source.keep_or_part.windowEmpty': 'Срок оплаты ни по одному их счёту ещё не наступил',
  'worksheets.source.keep_or_part.grace': 'Из ваших настроек',
  'worksheets.source.keep_or_part.reminders':
    'По напоминаниям о счетах за этот период и датам, когда были отправлены деньги',
  'worksheets.source.keep_or_part.contacts': 'По журналу контактов и обещаниям с {from}',
  'worksheets.source.keep_or_part.calledFirst': {
    one: 'По журналу контактов: с {from} они {count} раз связались с вами первыми',
    few: 'По журналу контактов: с {from} они {count} раза связывались с вами первыми',
    many: 'По журналу контактов: с {from} они {count} раз связывались с вами первыми',
    other: 'По журналу контактов: с {from} они {count} раза связывались с вами первыми',
  },
  'worksheets.source.keep_or_part.value.low':
    'Грубая оценка: своей истории мало (мес.: {months}), поэтому оценка скромная; учтены и клиенты, которых они привели',
  'worksheets.source.keep_or_part.value.medium':
    'Примерная оценка по счетам за последние 12 месяцев, с поправкой в меньшую сторону; учтены и клиенты, которых они привели',
  'worksheets.source.keep_or_part.value.high':
    'По счетам за последние 12 месяцев при долгой истории; учтены и клиенты, которых они привели',
  'worksheets.factor.keep_or_part.slips': 'Изредка опаздывают',
  'worksheets.factor.keep_or_part.worst': 'Самая большая просрочка',
  'worksheets.factor.keep_or_part.dates': 'Соблюдают названные даты',
  'worksheets.keep_or_part.summary.nothingToDecide':
    'Решать нечего: ни один счёт за этот период не был оплачен позже чем через {graceDays} дн. после срока, и просроченных долгов нет. Работайте, как прежде.',
  'worksheets.keep_or_part.summary.notLateYet':
    'Ни один счёт за этот период не был оплачен позже чем через {graceDays} дн. после срока, хотя сейчас есть просроченный. Одна задержка — ещё не привычка: напомните и работайте дальше.',
  'worksheets.keep_or_part.summary.chronicKeepsDates':
    'Опаздывают постоянно, но сами выходят на связь и платят в названный срок: будьте гибче и договоритесь об условиях, которые совпадают с тем, когда они на самом деле платят.',
  'worksheets.keep_or_part.summary.chronicChased':
    'Опаздывают постоянно, и одного напоминания часто мало: если продолжать работу, защитите себя более коротким сроком оплаты и предоплатой.',
  'worksheets.keep_or_part.summary.chronic':
    'Опаздывают постоянно: оплачено позже чем через {graceDays} дн. после срока — {lateInvoices} из {invoicesInWindow}.',
  'worksheets.keep_or_part.summary.occasionalLong':
    'Опаздывают изредка, а не постоянно, но один счёт был оплачен на {worstDaysBeyondGrace} дн. позже льготного срока: выясните причину, пока это не повторилось.',
  'worksheets.keep_or_part.summary.occasionalOneReminder':
    'Изредка опаздывают, и каждый раз хватало одного напоминания: стоит дать ещё один шанс.',
  'worksheets.keep_or_part.reason.neverLate':
    'Ни разу не опоздали сверх льготного срока: ни один счёт за этот период не оплачен позже чем через {graceDays} дн. после срока (счетов за период: {invoicesInWindow}).',
  'worksheets.keep_or_part.reason.lateNowAndThen':
    'Опаздывают изредка, а не постоянно: оплачено позже чем через {graceDays} дн. после срока — {lateInvoices} из {invoicesInWindow}; самая большая просрочка — {worstDaysBeyondGrace} дн. сверх того.',
  'worksheets.keep_or_part.reason.lateAsARule':
    'Опаздывают постоянно: оплачено позже чем через {graceDays} дн. после срока — {lateInvoices} из {invoicesInWindow}.',
  'worksheets.keep_or_part.reason.lateByLittle':
    'Если опаздывают, то ненадолго: обычно на {typicalDaysBeyondGrace} дн. сверх льготного срока.',
  'worksheets.keep_or_part.reason.lateByMuch':
    'Если опаздывают, то надолго: обычно на {typicalDaysBeyondGrace} дн. сверх льготного срока.',
  'worksheets.keep_or_part.reason.worstShort':
    'Даже самая большая просрочка — всего {worstDaysBeyondGrace} дн. сверх льготного срока.',
  'worksheets.keep_or_part.reason.worstLong':
    'Один счёт был оплачен на {worstDaysBeyondGrace} дн. позже льготного срока.',
  'worksheets.keep_or_part.reason.oneReminderEnough':
    'Напоминать почти не приходится: больше одного напоминания понадобилось по {neededMoreReminders} из {invoicesInWindow} счетов.',
  'worksheets.keep_or_part.reason.remindersNotEnough':
    'Одного напоминания часто мало: понадобилось больше или неделя после первого прошла без оплаты — {neededMoreReminders} из {invoicesInWindow} счетов.',
  'worksheets.keep_or_part.reason.neverReminded':
    'Ни по одному счёту за этот период не понадобилось напоминание.',
  'worksheets.keep_or_part.reason.keepsDates':
    'Если сами называют дату оплаты, то её соблюдают: соблюдено — {datesMet}, сорвано — {datesMissed}.',
  'worksheets.keep_or_part.reason.missesDates':
    'Названные ими даты оплаты срываются: соблюдено — {datesMet}, сорвано — {datesMissed}.',
  'worksheets.keep_or_part.action.askAboutLongDelay':
    'Спросите, что случилось со счётом, оплаченным на {worstDaysBeyondGrace} дн. позже льготного срока.',
  'worksheets.keep_or_part.action.talkAboutTrend':
    'Они платят всё позже: поговорите с ними сейчас, пока опоздания не вошли в привычку.',
  'worksheets.message.keep_or_part.keep_as_is.thanks':
    'Здравствуйте, {name}!\n\nСпасибо за сотрудничество. С удовольствием возьмусь за наш следующий заказ.',
  'worksheets.message.keep_or_part.keep_as_is.overdue':
    'Здравствуйте, {name}!\n\nХочу напомнить, что по вашему счёту остаётся к оплате {amount}. Я ценю нашу совместную работу — подскажите, пожалуйста, когда ждать оплату?\n\nСпасибо.',
  'worksheets.message.keep_or_part.keep_changed_terms.noDeposit':
    'Здравствуйте, {name}!\n\nЯ ценю сотрудничество с вами. Чтобы обеим сторонам было понятно, чего ждать, начиная со следующего заказа счёт нужно будет оплатить в течение {netDays} дн. Если захотите это обсудить, дайте знать.\n\nС уважением.',
  'worksheets.message.keep_or_part.keep_changed_terms.talk':
    'Здравствуйте, {name}!\n\nЯ ценю сотрудничество с вами. Давайте договоримся, когда будет оплачиваться каждый счёт, чтобы обеим сторонам было понятно, чего ждать. Подскажите, когда вам удобно это обсудить.\n\nС уважением.',
  'worksheets.message.keep_or_part.part_ways.nothingOwed':
    'Здравствуйте, {name}!\n\nСпасибо за нашу совместную работу. После завершения текущих заказов я, к сожалению, не смогу брать у вас новые. Желаю вам всего доброго.',
} as const satisfies TemplateCatalogue & Record<keyof typeof en, unknown>;
