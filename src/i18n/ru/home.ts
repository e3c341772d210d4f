import type { home as en } from '../en/home';
import type { Message } from '../catalogue';

export const home = {
  'home.title': 'Кто мне должен',
  'home.greeting': 'Здравствуйте, {name}',
  'home.owedNow': 'Мне должны сейчас',
  'home.overdue': 'Просрочено',
  'home.overdueJobs': 'Просроченные заказы',
  'home.inTheMail': 'В пути',
  'home.inTheMailHint': 'Клиенты отправили, но деньги ещё не пришли',
  'home.inDispute': 'Оспаривается',
  'home.inDisputeHint': 'Клиент должен, но оспаривает сумму',
  'home.promisedBy': 'обещал заплатить до {date}',
  'home.inDisputeBadge': 'спор',
  'home.aging': 'Сроки просрочки',
  'home.agingCaption': 'Долги клиентов по сроку просрочки',
  // The usual columns of a Russian aging report; the header and the chart caption say "просрочка".
  'home.bucket.current': 'Не просрочено',
  'home.bucket.d1_30': '1–30 дней',
  'home.bucket.d31_60': '31–60 дней',
  'home.bucket.d61_90': '61–90 дней',
  'home.bucket.d90_plus': 'Более 90 дней',
  'home.bucketHeader': 'Просрочка',
  'home.amountHeader': 'Сумма',
  'home.debtors': 'Клиенты-должники',
  'home.notDueYet': 'срок не наступил',
  'home.nobodyOwes': 'Сейчас вам никто ничего не должен.',
  'home.quickActions': 'Быстрые действия',
  'home.newJob': 'Новый заказ',
  'home.recordPayment': 'Записать платёж',
  'home.addClient': 'Добавить клиента',
  'home.welcomeTitle': 'Добро пожаловать в Goodwill Ledger',
  'home.welcomeText':
    'Все данные хранятся только на этом устройстве. Начните с клиента, затем записывайте заказы, которые для него выполняете, и поступающие платежи — здесь будет видно, кто сколько вам должен и насколько просрочил.',
  'home.addFirstClient': 'Добавить первого клиента',
} satisfies { [K in keyof typeof en]: Message };
