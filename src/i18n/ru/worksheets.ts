/**
 * Разборы по-русски. Числа без `count` (месяцы, дни, разы) приходят голыми, поэтому фразы построены
 * так, чтобы не зависеть от падежа числа: «мес.», «дн.», «напоминаний: 3». Имена подставляются
 * в именительном падеже, поэтому стоят после двоеточия, в обращении или как подлежащее.
 */
import type { Message } from '../catalogue';
import type { worksheets as en } from '../en/worksheets';
import { templateWordsRu } from '../../domain/worksheets/catalogue';

export const worksheets = {
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
  'worksheets.fact.onTimeRate': 'Оплачено в срок',
  'worksheets.fact.projectedValue': 'Вероятный доход за следующие 12 месяцев',
  'worksheets.fact.outstanding': 'Долг сейчас',
  'worksheets.fact.overdueCount': 'Просроченных счетов',
  'worksheets.fact.termsNetDays': 'Условия оплаты в записях',

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

  // Вопросы.
  'worksheets.questions.intro':
    'На эти вопросы можете ответить только вы. Если не уверены, пропустите вопрос: тогда он не повлияет на итог.',
  'worksheets.questions.clear': 'Сбросить ответ',
  'worksheets.questions.fromRecords':
    'Заполнено по записям. {source}. Измените, если знаете точнее.',
  'worksheets.question.complaintValid.hint':
    'Прежде чем отвечать, разберитесь, что произошло. Даже хорошо сделанная работа со стороны клиента может выглядеть иначе.',
  'worksheets.question.clientShare.hint':
    'В процентах: 0, если ничего не делал, 100, если сделал всё сам.',
  'worksheets.question.clientCost.hint':
    'Время его сотрудников или оплата нанятых людей; достаточно разумной оценки.',
  'worksheets.question.clientWorth.hint':
    'Начальное значение — по вашим записям. Увеличьте его, если клиент обещал новые заказы.',
  'worksheets.question.paymentLost.hint':
    'Например, почтовый перевод в пути или платёж по старым банковским реквизитам.',
  'worksheets.question.myPaymentLost.hint':
    'Проверьте, когда вы последний раз подтверждали их адрес или банковские реквизиты.',

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
  'worksheets.money.projectedValue': 'Их вероятные заказы за следующий год',
  'worksheets.money.outstanding': 'Вам должны сейчас',

  // Записи, которые решение вносит в учёт.
  'worksheets.effect.write_off': 'Списать оставшийся долг {amount} по заказу «{job}»',
  'worksheets.effect.credit': 'Дать скидку {amount} по заказу «{job}» (счёт остаётся прежним)',
  'worksheets.effect.terms':
    'Условия в карточке «{name}»: оплата в течение {netDays} дн., предоплата {deposit}%',
  'worksheets.effect.reminder_contact':
    'Записать в журнал напоминание, отправленное сегодня: {name}',
  'worksheets.effect.note_contact': 'Записать сообщение в журнал контактов: {name}',
  'worksheets.effect.resolve_dispute':
    'Закрыть спор на {amount} по заказу «{job}» сегодняшним днём: {how}',
  'worksheets.resolution.paid': 'оплачено',
  'worksheets.resolution.credited': 'урегулировано скидкой',
  'worksheets.resolution.written_off': 'списано',
  'worksheets.resolution.withdrawn': 'клиент отозвал претензию',
  'worksheets.note.writeOff': 'Списано {amount} {day} по итогам разбора.',
  'worksheets.note.credit': 'Скидка {amount} согласована {day} по итогам разбора.',
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
  'worksheets.review.chooseAll': 'Ответьте на все три вопроса.',

  // Печать.
  'worksheets.print.recommendation': 'Рекомендация',
  'worksheets.print.decision': 'Решение',
  'worksheets.print.answers': 'Ответы',
  'worksheets.print.outcome': 'Итоги',
  'worksheets.print.notDecided': 'Решение ещё не принято.',
  'worksheets.print.about': 'О ком: {name}',

  // Each template's own words live in its folder (src/domain/worksheets/templates/*/ru.ts).
  ...templateWordsRu,
} as const satisfies { [K in keyof typeof en]: Message };
