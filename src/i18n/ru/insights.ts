import type { insights as en } from '../en/insights';
import type { Message } from '../catalogue';

export const insights = {
  'insights.chart.showNumbers': 'Показать цифры',
  'insights.chart.failed': 'Не удалось построить график. Цифры — в таблице ниже.',

  'insights.demo.loaded': 'Демо-бизнес загружен. Осмотритесь.',
  'insights.demo.bannerLabel': 'Демо-бизнес',
  'insights.demo.banner': 'Вы смотрите демо-бизнес. Его клиенты, заказы и платежи вымышлены.',
  'insights.demo.remove': 'Удалить демо-данные',
  'insights.demo.removing': 'Удаление…',
  'insights.demo.removed': 'Демо-данные удалены.',
  // Russian "one" also covers 21, 31…, so every form carries the number.
  'insights.demo.removedKept': {
    one: 'Демо-данные удалены. {count} демо-запись оставлена, потому что на неё ссылаются ваши записи.',
    few: 'Демо-данные удалены. {count} демо-записи оставлены, потому что на них ссылаются ваши записи.',
    many: 'Демо-данные удалены. {count} демо-записей оставлено, потому что на них ссылаются ваши записи.',
    other:
      'Демо-данные удалены. {count} демо-записи оставлены, потому что на них ссылаются ваши записи.',
  },
  'insights.demo.alreadyLoaded': 'Демо-бизнес уже загружен.',
  'insights.demo.onlyWhenEmpty': 'Демо можно загрузить, только пока вы не добавили своих клиентов.',

  'insights.aging.asOf': 'На дату',
  'insights.aging.asOfHint':
    'Выберите более раннюю дату, чтобы увидеть, кто сколько был должен тогда.',
  'insights.aging.backToToday': 'На сегодня',
  'insights.aging.future': 'Выберите сегодняшнюю или более раннюю дату.',
  'insights.aging.bar': 'Долг',
  'insights.aging.summary': 'На {date} клиенты были должны {owed}, из них просрочено {overdue}.',
  'insights.aging.summaryOld': 'С просрочкой более 90 дней — {amount}.',
  'insights.aging.summaryDisputed': 'Из этого долга оспаривалось {amount}.',
  'insights.aging.disputedHeader': 'Из них оспаривается',
  'insights.aging.summaryNothing': 'На {date} вам никто ничего не был должен.',
  'insights.aging.caption': 'Долги клиентов на {date} по сроку просрочки',
  'insights.aging.clientsHeader': 'Клиенты',
  'insights.aging.clients': {
    one: '{count} клиент',
    few: '{count} клиента',
    many: '{count} клиентов',
    other: '{count} клиента',
  },
  'insights.aging.tapHint':
    'Нажмите на столбец или на число клиентов ниже, чтобы увидеть, кто за ним стоит.',
  // The bucket arrives lower-cased and is only a span of days, so it is named as a group.
  'insights.aging.clientsIn': 'Клиенты в группе «{bucket}»',
  'insights.aging.noClients': 'Здесь никого.',
  'insights.aging.deletedClient': 'Удалённый клиент',

  'insights.flow.heading': 'Поступления по месяцам',
  'insights.flow.month': 'Месяц',
  'insights.flow.billed': 'Выставлено',
  'insights.flow.received': 'Получено',
  'insights.flow.daysToPay': 'В среднем до оплаты',
  'insights.flow.settled': 'Оплачено заказов полностью',
  'insights.flow.daysAxis': 'Дней до оплаты',
  'insights.flow.caption':
    'Выставлено и получено по месяцам в {currency} и сколько шла оплата заказов, полностью оплаченных в этом месяце',
  'insights.flow.summary': 'За последние 12 месяцев выставлено {billed}, получено {received}.',
  // The month comes in the nominative and ends in "г.", so it leads its clause rather than end the sentence.
  'insights.flow.summaryDays':
    'От счёта до последнего платежа в среднем проходило {days}; {month} — самый медленный месяц.',
  'insights.flow.summaryNone': 'За последние 12 месяцев ничего не выставлено и не получено.',
  'insights.flow.otherCurrencies':
    'Суммы только в {currency}: другие валюты никогда не складываются с ней.',

  'insights.slowest.heading': 'Кто платит медленнее всех',
  'insights.slowest.client': 'Клиент',
  'insights.slowest.typical': 'Обычно сверх отсрочки',
  'insights.slowest.worst': 'Самое большее сверх отсрочки',
  'insights.slowest.late': 'Счетов с опозданием',
  'insights.slowest.lateCell': '{late} из {count}',
  'insights.slowest.window': 'За какой период',
  'insights.slowest.trendHeader': 'В последнее время',
  'insights.slowest.trend.improving': 'стал платить быстрее',
  'insights.slowest.trend.worsening': 'стал платить медленнее',
  'insights.slowest.trend.steady': 'без изменений',
  'insights.slowest.trend.unknown': 'мало счетов, чтобы судить',
  'insights.slowest.caption':
    'Клиенты, платившие позже, чем позволяет отсрочка, начиная с самых медленных; у каждого — за последние 12 месяцев или по последним счетам',
  // After "из" the count takes the genitive: из 1 счёта, из 3 (5) счетов.
  'insights.slowest.summary': {
    one: '{name} платит медленнее всех: с опозданием {late} из {count} счёта {window}, обычно на {days} сверх отсрочки ({trend}).',
    few: '{name} платит медленнее всех: с опозданием {late} из {count} счетов {window}, обычно на {days} сверх отсрочки ({trend}).',
    many: '{name} платит медленнее всех: с опозданием {late} из {count} счетов {window}, обычно на {days} сверх отсрочки ({trend}).',
    other:
      '{name} платит медленнее всех: с опозданием {late} из {count} счёта {window}, обычно на {days} сверх отсрочки ({trend}).',
  },
  'insights.slowest.empty': 'Пока никто не платил позже, чем позволяет отсрочка.',
  'insights.slowest.daysAxis': 'Дней сверх отсрочки',

  // Goodwill here is what you gave up for a client: a written-off bill, a credit, money back.
  'insights.goodwill.heading': 'Во что обошлись уступки и что они сохранили',
  'insights.goodwill.client': 'Клиент',
  'insights.goodwill.given': 'Уступки',
  'insights.goodwill.how': 'Как',
  'insights.goodwill.firstOn': 'Первая уступка',
  'insights.goodwill.after': 'Выставлено после',
  'insights.goodwill.jobsAfter': 'Заказов после',
  'insights.goodwill.kind.credited': 'скидка',
  'insights.goodwill.kind.late_fee_waived': 'прощённые пени',
  'insights.goodwill.kind.paid_to_client': 'выплата ради отношений',
  'insights.goodwill.badDebt': 'Списано (безнадёжный долг)',
  'insights.goodwill.summaryBadDebt':
    'Списано как безнадёжный долг и не считается уступкой: {amount}.',
  'insights.goodwill.caption': 'Уступки каждому клиенту и работа, которую он принёс после',
  // Only used inside insights.goodwill.summary, so the forms are dative: "уступки 3 клиентам".
  'insights.goodwill.clients': {
    one: '{count} клиенту',
    few: '{count} клиентам',
    many: '{count} клиентам',
    other: '{count} клиентам',
  },
  'insights.goodwill.summary':
    'Уступки {clients} обошлись вам в {cost}. С тех пор эти клиенты принесли заказов на {after}; вернулись из них: {kept}.',
  'insights.goodwill.empty':
    'Уступок пока не было. Когда вы сделаете скидку, простите пени или заплатите клиенту, чтобы сохранить его доверие, это появится здесь рядом с работой, которую клиент принёс после.',

  'insights.scorecard.heading': 'Как платит и поддерживает связь',
  'insights.scorecard.pattern': 'Просрочки',
  'insights.scorecard.pattern.none': 'Ни разу',
  'insights.scorecard.pattern.occasional': 'Иногда',
  'insights.scorecard.pattern.chronic': 'Постоянно',
  'insights.scorecard.pattern.nothingDue': 'Сроков оплаты ещё не было',
  'insights.scorecard.trend.improving': 'В последнее время платит быстрее',
  'insights.scorecard.trend.worsening': 'В последнее время платит медленнее',
  'insights.scorecard.trend.steady': 'В последнее время без изменений',
  'insights.scorecard.trend.unknown': 'Слишком мало счетов, чтобы увидеть тенденцию',
  // After "из" the count takes the genitive: из 1 счёта, из 3 (5) счетов.
  'insights.scorecard.lateness.detail': {
    one: 'С опозданием {late} из {count} счёта {window}',
    few: 'С опозданием {late} из {count} счетов {window}',
    many: 'С опозданием {late} из {count} счетов {window}',
    other: 'С опозданием {late} из {count} счёта {window}',
  },
  'insights.scorecard.lateness.severity':
    'Обычно на {typical} сверх отсрочки в {grace}, самое большее — на {worst}',
  'insights.scorecard.lateness.overdue': 'Ещё не оплачено в срок: {count}',
  'insights.scorecard.reminders': 'Помогают ли напоминания?',
  'insights.scorecard.reminders.never_needed': 'Не понадобились',
  'insights.scorecard.reminders.one_enough': 'Хватает одного',
  'insights.scorecard.reminders.sometimes_more': 'Иногда',
  'insights.scorecard.reminders.more_needed': 'Не особенно',
  'insights.scorecard.reminders.waiting': 'Пока рано судить',
  'insights.scorecard.reminders.detail': {
    one: 'Понадобились для {needed} из {count} счёта {window}; одного хватило для {enough}',
    few: 'Понадобились для {needed} из {count} счетов {window}; одного хватило для {enough}',
    many: 'Понадобились для {needed} из {count} счетов {window}; одного хватило для {enough}',
    other: 'Понадобились для {needed} из {count} счёта {window}; одного хватило для {enough}',
  },
  'insights.scorecard.initiative': 'Кто выходит на связь',
  'insights.scorecard.initiative.they_reach_out': 'Клиент сам',
  'insights.scorecard.initiative.mixed': 'Оба',
  'insights.scorecard.initiative.you_chase': 'Вы напоминаете',
  'insights.scorecard.initiative.unknown': 'Слишком мало случаев общения, чтобы судить',
  'insights.scorecard.initiative.detail': 'Клиент: {them}, вы: {me} — {window}',
  'insights.scorecard.dates': 'Сроки оплаты, названные клиентом',
  'insights.scorecard.dates.detail': 'Соблюдено: {met} из {given}; сорвано: {missed}',
  'insights.scorecard.promises': 'Обещания заплатить',
  'insights.scorecard.promises.none': 'Сроков не было {window}',
  'insights.scorecard.promises.kept': 'Держит слово',
  'insights.scorecard.promises.broken': 'Бывает, нарушает',
  // After "из" the count takes the genitive: из 1 обещания, из 3 (5) обещаний.
  'insights.scorecard.promises.detail': {
    one: 'Нарушено {broken} из {count} обещания со сроком {window}',
    few: 'Нарушено {broken} из {count} обещаний со сроком {window}',
    many: 'Нарушено {broken} из {count} обещаний со сроком {window}',
    other: 'Нарушено {broken} из {count} обещаний со сроком {window}',
  },
  'insights.scorecard.grievances': 'Жалобы и споры за всё время',
  'insights.scorecard.grievances.detail': 'Всего: {count}, из них по счёту: {disputed}',
  'insights.payer.window.months': 'за последние 12 месяцев',
  'insights.payer.window.invoices': {
    one: 'по последнему счёту',
    few: 'по последним {count} счетам',
    many: 'по последним {count} счетам',
    other: 'по последним {count} счёта',
  },
  'insights.scorecard.disputes': 'Споры по счетам',
  'insights.scorecard.disputes.detail':
    'До срока оплаты: {before}; только после напоминания: {chased}; позже, без напоминаний: {after}',
  'insights.scorecard.revenue': 'Выручка за всё время',
  'insights.scorecard.credited': 'Скидки клиенту',
  'insights.scorecard.writtenOff': 'Списано (безнадёжный долг)',
  'insights.scorecard.referrals': 'Привели к вам',
  'insights.scorecard.referralCount': {
    one: '{count} человек',
    few: '{count} человека',
    many: '{count} человек',
    other: '{count} человека',
  },
  'insights.scorecard.referralNone': 'Пока никого',
  'insights.scorecard.referralRevenue': 'Выручка от приведённых клиентов',
  'insights.scorecard.projected': 'Ожидается за 12 месяцев',
  // The count is at most 12 months, so "one" only ever means a single month.
  'insights.scorecard.projectedBooked': 'Из них {amount} — уже принятые заказы',

  'insights.history.heading': 'Опоздания по каждому заказу',
  'insights.history.withinGrace': 'Дней опоздания при оплате, в пределах отсрочки',
  'insights.history.paidLate': 'Дней опоздания при оплате, сверх отсрочки',
  'insights.history.owing': 'Дней просрочки, ещё не оплачено',
  'insights.history.job': 'Заказ',
  'insights.history.due': 'Срок оплаты',
  'insights.history.daysLate': 'Дней опоздания',
  'insights.history.beyondGrace': 'Сверх отсрочки',
  'insights.history.paidOn': 'Оплачен полностью (день отправки)',
  'insights.history.notPaid': 'Ещё нет',
  'insights.history.daysAxis': 'Дней опоздания',
  'insights.history.caption':
    'Дни опоздания по каждому заказу в порядке наступления сроков, считая по дню отправки денег',
  // "у N заказа/заказов": genitive singular after 1, 21…; genitive plural otherwise.
  'insights.history.summary': {
    one: 'Срок оплаты наступил у {count} заказа: вовремя или в пределах отсрочки в {grace} оплачено {onTime}, с опозданием — {late}, ещё не оплачено — {owing}.',
    few: 'Срок оплаты наступил у {count} заказов: вовремя или в пределах отсрочки в {grace} оплачено {onTime}, с опозданием — {late}, ещё не оплачено — {owing}.',
    many: 'Срок оплаты наступил у {count} заказов: вовремя или в пределах отсрочки в {grace} оплачено {onTime}, с опозданием — {late}, ещё не оплачено — {owing}.',
    other:
      'Срок оплаты наступил у {count} заказов: вовремя или в пределах отсрочки в {grace} оплачено {onTime}, с опозданием — {late}, ещё не оплачено — {owing}.',
  },
  'insights.history.summaryWorst': 'Самое долгое ожидание — {days}.',
  'insights.history.empty':
    'Ни у одного заказа ещё не наступил срок оплаты, так что показывать нечего.',

  // «за {count} месяц(а, ев)»: after «за» the noun stays as after a bare number.
  'insights.value.low': {
    one: 'Около {amount} в год — грубая оценка: история всего за {count} месяц',
    few: 'Около {amount} в год — грубая оценка: история всего за {count} месяца',
    many: 'Около {amount} в год — грубая оценка: история всего за {count} месяцев',
    other: 'Около {amount} в год — грубая оценка: история всего за {count} месяца',
  },
  'insights.value.lowNew': 'Около {amount} в год — грубая оценка: клиент совсем новый',
  'insights.value.medium': {
    one: 'Около {amount} в год — оценка по истории за {count} месяц',
    few: 'Около {amount} в год — оценка по истории за {count} месяца',
    many: 'Около {amount} в год — оценка по истории за {count} месяцев',
    other: 'Около {amount} в год — оценка по истории за {count} месяца',
  },
  'insights.value.high': 'Около {amount} в год — по последним 12 месяцам долгой истории',
  'insights.value.prior.own_history':
    'Пока история короткая, оценка опирается на то, сколько им на деле выставлено, в расчёте не меньше чем на год: {amount} в год.',
  'insights.value.prior.none':
    'Им ещё ничего не выставлено, поэтому учитываются только уже заказанные работы.',
  'insights.value.referrals':
    'И ещё {amount} от клиентов, которых они к вам привели, за те же 12 месяцев.',

  'insights.collectionChance':
    'Шанс взыскать такой старый долг: около {percent} % (приблизительно, по опросу коллекторских агентств, ccicollects.com)',
  'insights.collectionChanceBeyond':
    'Шанс взыскать такой старый долг: {percent} % или меньше (приблизительно, по опросу коллекторских агентств, ccicollects.com; опрос охватывает только первый год)',
} satisfies { [K in keyof typeof en]: Message };
