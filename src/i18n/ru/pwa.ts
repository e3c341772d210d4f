import type { pwa as en } from '../en/pwa';
import type { Message } from '../catalogue';

export const pwa = {
  'pwa.offline': 'Нет сети — всё работает и сохраняется на этом устройстве.',
  'pwa.offlineReady': 'Goodwill Ledger готов к работе без интернета.',
  'pwa.update.label': 'Обновление приложения',
  'pwa.update.ready': 'Доступна новая версия.',
  'pwa.update.reload': 'Перезагрузить',
  'pwa.update.reloading': 'Перезагрузка…',
  'pwa.draftRestored':
    'Всё, что вы ввели, осталось на месте после перезагрузки, но ещё не сохранено.',
  'pwa.draftDiscard': 'Сбросить',
  'pwa.install.label': 'Установка приложения',
  'pwa.install.compact': 'Работает без сети',
  'pwa.install.iosCompact': 'Сохраните данные: добавьте на экран «Домой»',
  'pwa.install.how': 'Как',
  'pwa.install.button': 'Установить',
  'pwa.install.notNow': 'Не сейчас',
  // The quoted names are the ones Apple's Russian menus use.
  'pwa.install.ios':
    'Добавьте Goodwill Ledger на экран «Домой», чтобы Safari хранил его данные: нажмите «Поделиться» (квадрат со стрелкой), затем «На экран „Домой“».',
} satisfies { [K in keyof typeof en]: Message };
