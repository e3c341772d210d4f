/** Home's aging table and chart, in the dashboard that loads after the first screen. */
export const homeAging = {
  'home.aging': 'How late',
  'home.agingCaption': 'What clients owe, by how long it is past due',
  'home.bucket.current': 'Not yet due',
  'home.bucket.d1_30': '1–30 days late',
  'home.bucket.d31_60': '31–60 days late',
  'home.bucket.d61_90': '61–90 days late',
  'home.bucket.d90_plus': 'Over 90 days late',
  'home.bucketHeader': 'Age',
  'home.amountHeader': 'Amount',
} as const;
