import type { pwaSettings as en } from '../en/pwa-settings';
import type { Message } from '../catalogue';

export const pwaSettings = {
  'pwa.install.offer':
    'Установите Goodwill Ledger, чтобы открывать его с главного экрана даже без связи.',
  'pwa.install.macSafari':
    'Чтобы установить приложение на этот Mac, в Safari выберите «Файл», затем «Добавить в Dock».',
  'pwa.install.other':
    'Если в меню браузера есть пункт «Установить приложение» или «Добавить на главный экран», с его помощью можно установить Goodwill Ledger.',
  'pwa.install.installed':
    'Установлено: Goodwill Ledger открывается с главного экрана или из списка приложений.',
  'pwa.storage.title': 'Хранилище на этом устройстве',
  'pwa.storage.granted': 'Сохраняется: браузер обещал не удалять данные приложения.',
  'pwa.storage.notGranted': 'Не гарантировано: браузер не обещал сохранять данные приложения.',
  'pwa.storage.unsupported': 'Этот браузер не сообщает, сохранит ли он данные приложения.',
  'pwa.storage.checking': 'Проверка…',
  'pwa.storage.risk':
    'Всё, что вы вводите, хранится только на этом устройстве. Без такого обещания браузер может удалить данные, чтобы освободить место, когда его не хватает, а Safari на iPhone и iPad удаляет данные сайта, который не открывали семь дней, если он не добавлен на экран «Домой». Надёжнее всего — установить приложение.',
  'pwa.storage.ask': 'Попросить браузер сохранить данные',
  'pwa.storage.asking': 'Запрос…',
  'pwa.storage.refused':
    'Браузер пока отказал. Обычно браузеры соглашаются, когда приложение установлено или им часто пользуются.',
  'pwa.storage.used': 'Занято приложением',
  'pwa.storage.available': 'Свободно',
  'pwa.storage.unknown': 'Неизвестно',
  'pwa.version': 'Версия {version}',
} satisfies { [K in keyof typeof en]: Message };
