import type { contacts as en } from '../en/contacts';
import type { Message } from '../catalogue';

export const contacts = {
  'contacts.heading': 'История общения',
  'contacts.quickLabel': 'Добавить в историю',
  'contacts.quickHint': 'Нажмите, что произошло, затем «Сохранить».',
  'contacts.kind.reminder_sent': 'Напоминание отправлено',
  'contacts.kind.warning_sent': 'Предупреждение отправлено',
  'contacts.kind.client_called_first': 'Позвонили первыми',
  'contacts.kind.promise_to_pay': 'Обещание оплатить',
  'contacts.kind.complaint': 'Жалоба',
  'contacts.kind.referral': 'Рекомендация',
  'contacts.kind.note': 'Заметка',
  'contacts.by.me': 'Связались вы',
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
  'contacts.referred': 'Порекомендовали:',
  'contacts.someoneDeleted': 'кого-то, кто уже удалён',
  // The kind is a capitalised label ("Напоминание отправлено"), so it goes after a colon.
  'contacts.saved': 'Добавлено в историю: {kind}.',
  'contacts.entryName': '{kind} ({date})',
  'contacts.delete': 'Удалить: {entry}',
  'contacts.empty':
    'Пока ничего не записано. Нажмите кнопку выше, когда отправите напоминание, вам позвонят или пообещают оплатить.',
} satisfies { [K in keyof typeof en]: Message };
