export const settings = {
  'settings.title': 'Settings',
  'settings.business': 'Your business',
  'settings.businessName': 'Business name',
  'settings.defaultCurrency': 'Default currency',
  'settings.defaultCurrencyHint':
    'A three-letter code such as USD, EUR or RUB. New jobs and payments start in it; records keep their own.',
  'settings.defaultTerms': 'Default payment terms (days)',
  'settings.defaultTermsHint': 'How many days after the invoice a new client has to pay.',
  'settings.lateGraceDays': 'Grace before “late” (days)',
  'settings.lateGraceDaysHint':
    'Days after the due date before a payment counts as late. A day or two late is normal; 0 to 60.',
  'settings.appearance': 'Language and appearance',
  'settings.language': 'Language',
  'settings.language.auto': 'Same as this device',
  'settings.language.en': 'English',
  'settings.language.ru': 'Русский',
  'settings.theme': 'Theme',
  'settings.theme.system': 'Same as this device',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.saved': 'Settings saved.',
  'settings.businessAddress': 'Address',
  'settings.businessAddressHint': 'Printed on your invoices and statements.',
  'settings.businessAddressChangedOn': 'Address changed on',
  'settings.businessAddressChangedOnHint':
    'Filled in with today when you change the address. Documents say so for six months, so cheques are not sent to the old one.',
  'settings.businessEmail': 'Email',
  'settings.businessPhone': 'Phone',
  'settings.paymentDetails': 'How to pay you',
  'settings.paymentDetailsHint':
    'Bank details, or who cheques are made out to. Printed on documents.',
  'settings.invoices': 'Invoice numbers',
  'settings.invoiceSeries': 'Series on this device',
  'settings.invoiceSeriesHint':
    'Each device numbers its invoices in its own series (A-0001, A-0002…), so two devices never give out the same number. One to eight capital letters or digits.',
  'settings.invoiceSeriesSave': 'Change series',
  'settings.invoiceSeriesShared':
    'Another device also issues invoices in series {series}, so the two could give out the same number. Choose a different series on one of them.',
  'settings.invoiceNumbersTwice':
    'These invoice numbers were given out twice: {numbers}. Void one of each pair and issue it again.',
  'settings.invoiceSeriesSaved': 'New invoices on this device will be numbered {series}-…',
} as const;
