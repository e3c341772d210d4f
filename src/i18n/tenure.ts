/**
 * How long the owner and a client have worked together, in one form on every screen that says it
 * (the client's figures, the worksheets' facts): "8 years, 8 months", never "104 months".
 */
import { t } from './i18n.svelte';

/** How long we have worked together, as whole years and the months left over. */
export function splitTenure(tenureMonths: number): { years: number; months: number } {
  const whole = Math.max(0, Math.floor(tenureMonths));
  return { years: Math.floor(whole / 12), months: whole % 12 };
}

/**
 * The tenure in words. Under a month, the days when known ("12 days"), else "less than a month".
 */
export function tenureWords(tenureMonths: number, tenureDays?: number): string {
  const { years, months } = splitTenure(tenureMonths);
  if (years === 0 && months === 0) {
    return tenureDays === undefined
      ? t('people.tenure.underAMonth')
      : t('common.days', { count: Math.max(0, Math.floor(tenureDays)) });
  }
  if (years === 0) return t('people.tenure.months', { count: months });
  if (months === 0) return t('people.tenure.years', { count: years });
  return t('people.tenure.yearsAndMonths', {
    years: t('people.tenure.years', { count: years }),
    months: t('people.tenure.months', { count: months }),
  });
}
