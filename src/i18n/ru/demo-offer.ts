import type { demoOffer as en } from '../en/demo-offer';
import type { Message } from '../catalogue';

export const demoOffer = {
  'insights.demo.explore': 'Посмотреть демо-бизнес',
  'insights.demo.exploreHint':
    'Пока не готовы вводить свои данные? Загрузите вымышленный бизнес — около 50 клиентов с заказами и платежами за три года, — чтобы увидеть, что показывает приложение. Удаляется он в одно действие.',
  'insights.demo.loading': 'Загрузка демо…',
} satisfies { [K in keyof typeof en]: Message };
