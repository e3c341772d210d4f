import type { settings as en } from '../en/settings';
import type { Message } from '../catalogue';

export const settings = {
  'settings.title': 'Настройки',
  'settings.business': 'Ваш бизнес',
  'settings.businessName': 'Название бизнеса',
  'settings.defaultCurrency': 'Валюта по умолчанию',
  'settings.defaultCurrencyHint':
    'Трёхбуквенный код, например RUB, USD или EUR. Новые заказы и платежи создаются в этой валюте; у существующих записей остаётся своя.',
  'settings.defaultTerms': 'Условия оплаты по умолчанию (дней)',
  'settings.defaultTermsHint': 'Сколько дней после счёта есть у нового клиента на оплату.',
  'settings.lateGraceDays': 'Отсрочка до «опоздания» (дней)',
  'settings.lateGraceDaysHint':
    'Сколько дней после срока оплаты платёж ещё не считается опозданием. Задержка на день-другой — обычное дело; от 0 до 60.',
  'settings.appearance': 'Язык и оформление',
  'settings.language': 'Язык',
  'settings.language.auto': 'Как на устройстве',
  // Each language is named in itself, so someone who cannot read the current one can find theirs.
  'settings.language.en': 'English',
  'settings.language.ru': 'Русский',
  'settings.theme': 'Тема',
  'settings.theme.system': 'Как на устройстве',
  'settings.theme.light': 'Светлая',
  'settings.theme.dark': 'Тёмная',
  'settings.saved': 'Настройки сохранены.',
  'settings.businessAddress': 'Адрес',
  'settings.businessAddressHint': 'Печатается в счетах и актах сверки.',
  'settings.businessAddressChangedOn': 'Адрес изменился',
  'settings.businessAddressChangedOnHint':
    'При изменении адреса подставляется сегодняшняя дата. Полгода документы будут об этом сообщать, чтобы чеки не уходили на старый адрес.',
  'settings.businessEmail': 'Эл. почта',
  'settings.businessPhone': 'Телефон',
  'settings.paymentDetails': 'Реквизиты для оплаты',
  'settings.paymentDetailsHint':
    'Банковские реквизиты или получатель чеков. Печатаются в документах.',
  'settings.invoices': 'Номера счетов',
  'settings.invoiceSeries': 'Серия на этом устройстве',
  'settings.invoiceSeriesHint':
    'Каждое устройство нумерует счета в своей серии (A-0001, A-0002…), поэтому два устройства никогда не выдадут один номер. От одной до восьми заглавных латинских букв или цифр.',
  'settings.invoiceSeriesSave': 'Сменить серию',
  'settings.invoiceSeriesShared':
    'Другое устройство тоже выставляет счета в серии {series}, и номера могут совпасть. Выберите другую серию на одном из них.',
  'settings.invoiceNumbersTwice':
    'Эти номера счетов выданы дважды: {numbers}. Аннулируйте один счёт из каждой пары и выставьте его заново.',
  'settings.invoiceSeriesSaved': 'Новые счета на этом устройстве будут с номерами {series}-…',
} satisfies { [K in keyof typeof en]: Message };
