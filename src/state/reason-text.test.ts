import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.svelte';
import { reasonText } from './worksheets.svelte';

describe('reasonText', () => {
  beforeAll(async () => {
    await i18n.loadAll();
  });
  afterAll(() => i18n.choose('en'));

  it('reads how long we have worked together in years and months, as the client page does', () => {
    i18n.choose('en');
    const reason = {
      key: 'worksheets.forgive_or_pursue.reason.longTenure',
      params: { tenureMonths: 104 },
    };
    expect(reasonText(reason)).toBe('You have worked together for 8 years, 8 months.');
  });

  it('says a new relationship in words in Russian too', () => {
    i18n.choose('ru');
    const reason = {
      key: 'worksheets.who_pays_whom.reason.shortTenure',
      params: { tenureMonths: 3 },
    };
    expect(reasonText(reason)).toBe('Отношения только начались (3 месяца).');
  });
});
