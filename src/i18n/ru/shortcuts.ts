import type { shortcuts as en } from '../en/shortcuts';
import type { Message } from '../catalogue';

export const shortcuts = {
  'shortcuts.title': 'Сочетания клавиш',
  'shortcuts.intro': 'Нажмите клавишу где угодно, кроме текстового поля.',
  'shortcuts.key': 'Клавиша',
  'shortcuts.action': 'Что делает',
  'shortcuts.newJob': 'Новый заказ (для клиента или заказа на экране)',
  'shortcuts.recordPayment': 'Записать платёж (для клиента или заказа на экране)',
  'shortcuts.newClient': 'Добавить клиента',
  'shortcuts.search': 'Поиск по контактам',
  'shortcuts.goHome': 'Перейти на главную',
  'shortcuts.goPeople': 'Перейти к контактам',
  'shortcuts.goJobs': 'Перейти к заказам',
  'shortcuts.goPayments': 'Перейти к платежам',
  'shortcuts.goDecide': 'Перейти к решениям',
  'shortcuts.goSettings': 'Перейти к настройкам',
  'shortcuts.help': 'Показать этот список',
} satisfies { [K in keyof typeof en]: Message };
