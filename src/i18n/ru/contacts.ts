import type { contacts as en } from '../en/contacts';
import type { Message } from '../catalogue';

export const contacts = {
  'contacts.heading': 'История общения',
  'contacts.quickLabel': 'Добавить в историю',
  'contacts.quickHint': 'Нажмите, что произошло, затем «Сохранить».',
  // Verbs, not "Предупреждение отправлено": these are two-column buttons on a 360 px phone.
  'contacts.kind.reminder_sent': 'Напомнили',
  'contacts.kind.warning_sent': 'Предупредили',
  'contacts.kind.client_called_first': 'Сами позвонили',
  'contacts.kind.promise_to_pay': 'Обещали оплатить',
  'contacts.kind.complaint': 'Жалоба',
  'contacts.kind.referral': 'Привёл клиента',
  'contacts.kind.note': 'Заметка',
  'contacts.by.me': 'Вы связались',
  'contacts.by.them': 'Связались с вами',
  'contacts.field.on': 'Дата',
  'contacts.field.initiatedBy': 'Кто вышел на связь',
  'contacts.initiator.me': 'Я',
  'contacts.initiator.them': 'Они',
  'contacts.field.note': 'Заметка',
  'contacts.field.promisedOn': 'Обещали оплатить до',
  'contacts.field.referredPartyId': 'Кого порекомендовали?',
  'contacts.field.referredNobody': 'Кого-то, кого ещё нет в приложении',
  'contacts.promised': 'Обещали к {date}',
  'contacts.referred': 'Кого привёл:',
  'contacts.someoneDeleted': 'кого-то, кто уже удалён',
  // The kind is a capitalised label ("Напоминание отправлено"), so it goes after a colon.
  'contacts.saved': 'Добавлено в историю: {kind}.',
  'contacts.entryName': '{kind} ({date})',
  'contacts.delete': 'Удалить: {entry}',
  'contacts.empty':
    'Пока ничего не записано. Нажмите кнопку выше, когда отправите напоминание, вам позвонят или пообещают оплатить.',
  'contacts.emptySubcontractor':
    'Пока ничего не записано. Нажмите кнопку выше, когда вы им позвоните, они позвонят вам или что-то пойдёт не так.',
} satisfies { [K in keyof typeof en]: Message };
