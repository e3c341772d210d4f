import type { payments as en } from '../en/payments';
import type { Message } from '../catalogue';

export const payments = {
  'payments.title': 'Платежи',
  'payments.record': 'Записать платёж',
  'payments.newTitle': 'Новый платёж',
  'payments.editTitle': 'Изменить платёж',
  'payments.backToPayments': 'К платежам',

  // Worded as nouns so no verb has to guess the owner's gender.
  'payments.direction.client_to_me': 'Оплата от клиента',
  'payments.direction.me_to_client': 'Возврат или компенсация клиенту',
  'payments.direction.me_to_sub': 'Оплата субподрядчику',
  'payments.direction.sub_to_me': 'Возврат от субподрядчика',

  'payments.short.client_to_me': 'От клиента',
  'payments.short.me_to_client': 'Возврат клиенту',
  'payments.short.me_to_sub': 'Субподрядчику',
  'payments.short.sub_to_me': 'От субподрядчика',

  'payments.method.cheque': 'Чек',
  'payments.method.transfer': 'Банковский перевод',
  'payments.method.card': 'Карта',
  'payments.method.cash': 'Наличные',
  'payments.method.other': 'Другое',

  'payments.state.received': 'Получен',
  'payments.state.sent': 'Отправлен, ещё не получен',
  // Badges sit in a narrow column; "В пути" is also what Home calls money sent but not received.
  'payments.sentBadge': 'В пути',

  // The sign says the direction; a word before a Russian-formatted amount crowded out the name at 360 px.
  'payments.moneyIn': '+{amount}',
  'payments.moneyOut': '−{amount}',
  'payments.forJobs': 'За работу: {titles}',
  'payments.unknownParty': 'Удалён из контактов',
  // Shown after "Удалено:", hence lower case.
  'payments.deletedName': 'платёж на {amount}',
  'payments.empty': 'Платежей пока нет. Когда деньги придут или уйдут, нажмите «Записать платёж».',

  'payments.field.direction': 'Что произошло?',
  'payments.field.client': 'Клиент',
  'payments.field.subcontractor': 'Субподрядчик',
  'payments.field.chooseClient': 'Выберите клиента',
  'payments.field.chooseSubcontractor': 'Выберите субподрядчика',
  'payments.field.noClients': 'Сначала добавьте клиента в разделе «Контакты».',
  'payments.field.noSubcontractors': 'Сначала добавьте субподрядчика в разделе «Контакты».',
  'payments.field.paidOn': 'Дата',
  'payments.field.amount': 'Сумма',
  'payments.field.currency': 'Валюта',
  'payments.field.currencyHint': 'Три буквы, например RUB или USD.',
  'payments.field.method': 'Способ оплаты',
  'payments.field.state': 'Платёж получен?',
  'payments.field.stateHint':
    'Чек, который ещё в пути, — это «отправлен, ещё не получен»: он виден в заказе, но ничего не погашает, пока не придёт.',
  'payments.field.reference': 'Номер платежа',
  'payments.field.referenceHint': 'Номер чека или перевода, чтобы потом его найти.',
  'payments.field.notes': 'Заметки',

  'payments.jobs.settle': 'Какие заказы он оплачивает?',
  'payments.jobs.concern': 'К каким заказам он относится?',
  'payments.jobs.chooseParty': 'Выберите, кто заплатил, — и здесь появятся его заказы.',
  'payments.jobs.chooseSub': 'Выберите субподрядчика — и здесь появятся его заказы.',
  'payments.jobs.noneOwed': 'По заказам этого клиента в {currency} долгов нет.',
  'payments.jobs.none': 'Заказов в {currency} у него пока нет.',
  'payments.jobs.otherCurrency': {
    one: '{count} заказ в другой валюте не показан: платёж погашает только заказы в своей валюте.',
    few: '{count} заказа в других валютах не показаны: платёж погашает только заказы в своей валюте.',
    many: '{count} заказов в других валютах не показаны: платёж погашает только заказы в своей валюте.',
    other:
      '{count} заказа в других валютах не показаны: платёж погашает только заказы в своей валюте.',
  },
  'payments.jobs.spread': 'Распределить, начиная со старых',
  'payments.jobs.left': 'Не распределено по заказам: {amount}',
  'payments.jobs.creditHint': 'Всё нераспределённое останется у этого клиента как аванс.',
  'payments.jobs.toPay': '{amount} к оплате до {date}',
  'payments.jobs.deposit': '{amount} к оплате (счёт ещё не выставлен)',
  'payments.jobs.ordered': 'Заказ от {date}, {amount}',
  'payments.jobs.amountFor': 'Сумма за «{title}»',
  'payments.field.purpose': 'Назначение',
  'payments.purpose.payment': 'Оплата',
  'payments.purpose.deposit': 'Аванс',
  'payments.purpose.refund': 'Возврат',
  'payments.purpose.goodwill': 'Выплата в знак доброй воли',
  'payments.purpose.charge_back': 'Возмещение от подрядчика',
  'payments.field.sentOn': 'Дата отправки',
  'payments.field.receivedOn': 'Дата получения',
  'payments.field.notReceived': 'Ещё не получен (чек в пути)',
  'payments.field.receivedByThemOn': 'Дата, когда они получили',
  'payments.field.notReceivedByThem': 'Они ещё не получили (чек в пути)',
  'payments.dates.received': 'Отправлен {sent} · получен {received}',
  'payments.dates.inTheMail': 'Отправлен {sent} · в пути',
  'payments.markReceived': 'Отметить получение',
  'payments.markedReceived': 'Отмечено получение {date}.',
  'payments.credit.offer': 'У этого клиента есть кредит {amount}.',
  'payments.credit.apply': 'Зачесть в этот заказ',
  'payments.credit.applied': '{amount} из кредита клиента теперь оплачивает этот заказ.',
} satisfies { [K in keyof typeof en]: Message };
