import type { common as en } from '../en/common';
import type { Message } from '../catalogue';

export const common = {
  'app.name': 'Goodwill Ledger',
  'app.skipToContent': 'Перейти к содержимому',
  'app.screenFailed':
    'Не удалось загрузить этот экран. Проверьте подключение и попробуйте ещё раз.',
  'nav.label': 'Основное меню',
  'nav.home': 'Главная',
  // Short enough for six tabs at 360 px ("Контрагенты" overflowed the bar).
  'nav.clients': 'Контакты',
  'nav.jobs': 'Заказы',
  'nav.payments': 'Платежи',
  'nav.settings': 'Настройки',
  'common.save': 'Сохранить',
  'common.saving': 'Сохранение…',
  'common.cancel': 'Отмена',
  'common.edit': 'Изменить',
  'common.delete': 'Удалить',
  'common.undo': 'Отменить',
  'common.close': 'Закрыть',
  'common.back': 'Назад',
  'common.loading': 'Загрузка…',
  'common.readFailed':
    'Не удалось прочитать эти данные из хранилища устройства. Ничего не изменено.',
  'common.tryAgain': 'Попробовать ещё раз',
  'common.none': '—',
  'common.search': 'Поиск',
  'common.optional': 'необязательно',
  'common.notFound': 'Такой записи нет, или она была удалена.',
  // The name may be a person or "платёж на …", so the sentence avoids a gendered verb.
  'common.deleted': 'Удалено: {name}.',
  'common.saved': 'Сохранено.',
  // `other` is what Intl picks for fractions: 1,5 дня.
  'common.days': {
    one: '{count} день',
    few: '{count} дня',
    many: '{count} дней',
    other: '{count} дня',
  },
  'common.daysLate': {
    one: '{count} день опоздания',
    few: '{count} дня опоздания',
    many: '{count} дней опоздания',
    other: '{count} дня опоздания',
  },
  'common.daysOverdue': {
    one: '{count} день просрочки',
    few: '{count} дня просрочки',
    many: '{count} дней просрочки',
    other: '{count} дня просрочки',
  },
  'common.dismiss': 'Скрыть',
  'errors.storage':
    'Браузер не дал сохранить данные (возможно, диск заполнен или хранилище заблокировано). Ничего не изменено.',
  'errors.not_found': 'Этой записи больше нет.',
  'errors.clock':
    'Часы этого устройства не смогли пометить изменение временем, поэтому оно не сохранено. Проверьте дату и время на устройстве и попробуйте ещё раз.',
  'errors.outdated':
    'Это изменение записала прежняя версия приложения, и отменить его отсюда нельзя. Измените саму запись.',
  'errors.unexpected': 'Что-то пошло не так: {message}. Ничего не изменено.',
  'errors.formHasErrors': 'Исправьте поля, отмеченные ниже.',
  // Words of the first screen kept under their areas' names: the Decide tab, Home's folded list.
  'people.fold.showAll': 'Показать все ({count})',
  'people.fold.showFewer': 'Свернуть',
  'worksheets.nav': 'Решения',
  // The shell's button for the shortcuts list: the list itself waits for the whole catalogue.
  'shortcuts.open': 'Сочетания клавиш',
} satisfies { [K in keyof typeof en]: Message };
