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
