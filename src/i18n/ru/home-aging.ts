import type { homeAging as en } from '../en/home-aging';
import type { Message } from '../catalogue';

export const homeAging = {
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
} satisfies { [K in keyof typeof en]: Message };
