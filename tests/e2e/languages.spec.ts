/**
 * Journey: the app speaks the owner's language. A Russian browser gets Russian from the first
 * screen; an English one can switch to Russian in Settings and back. Every main screen, in both
 * languages, shows translated text with the right plural forms, never a raw message key, and fits
 * a 360 px phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { rawKeyPattern } from '../../src/i18n/raw-key';
import { bulkWrite } from './support/slow-work';

/** Russian plural form for a count: 1 день, 2 дня, 5 дней (and 11 дней, 21 день). */
function russianForm(count: number, one: string, few: string, many: string): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

const screens = [
  '#/',
  '#/people',
  '#/people?kind=subcontractor',
  '#/jobs',
  '#/payments',
  '#/worksheets',
  '#/worksheets/decide',
  '#/sync',
  '#/settings',
];

async function visitEach(page: Page, check: (hash: string) => Promise<void>) {
  for (const hash of screens) {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.locator('main [role="status"]').filter({ hasText: /Loading|Загрузка/ }),
    ).toHaveCount(0);
    await check(hash);
  }
}

async function expectCleanScreen(page: Page, hash: string) {
  const text = await page.locator('body').innerText();
  expect(text, `raw message key on ${hash}`).not.toMatch(rawKeyPattern);
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, `sideways scroll on ${hash}`).toBeLessThanOrEqual(360);
}

test.describe('a Russian browser', () => {
  test.use({ locale: 'ru-RU' });

  test('gets Russian from the first screen, with the right plural forms on every screen', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.goto('/#/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кто мне должен');
    await page.getByRole('button', { name: 'Посмотреть демо-бизнес' }).click();
    // The demo is written in one transaction: wait for it to be done, however long that takes here.
    await expect(page.getByText('Демо-бизнес загружен. Осмотритесь.')).toBeVisible(bulkWrite);

    const nav = page.getByRole('navigation', { name: 'Основное меню' });
    for (const label of ['Главная', 'Контакты', 'Заказы', 'Платежи', 'Решения', 'Настройки']) {
      await expect(nav.getByRole('link', { name: label })).toBeVisible();
    }

    // Days overdue on the debtors list (opened whole): each badge in the form its number takes.
    await page
      .getByRole('button', { name: /^Показать все/ })
      .first()
      .click();
    const badges = page.getByText(/^\d+ (день|дня|дней) просрочки$/);
    // Every figure is worked out again from the whole demo ledger after the write.
    await expect(badges.first()).toBeVisible(bulkWrite);
    const seen = await badges.allInnerTexts();
    expect(seen.length).toBeGreaterThan(2);
    for (const badge of seen) {
      const count = Number(badge.split(' ')[0]);
      expect(badge).toBe(`${count} ${russianForm(count, 'день', 'дня', 'дней')} просрочки`);
    }

    // Clients behind each age of the aging table: клиент, клиента, клиентов.
    const clientLinks = page.getByRole('button', { name: /^\d+ клиент(а|ов)?$/ });
    await expect(clientLinks.first()).toBeVisible(bulkWrite);
    for (const link of await clientLinks.allInnerTexts()) {
      const count = Number(link.trim().split(' ')[0]);
      expect(link.trim()).toBe(`${count} ${russianForm(count, 'клиент', 'клиента', 'клиентов')}`);
    }

    // Money in the Russian way: a comma for decimals and a space between thousands.
    await expect(page.getByTestId('home-owed')).toHaveText(
      /^\d{1,3}([\s\u00a0\u202f]\d{3})*,\d{2}[\s\u00a0]\$$/,
    );

    await visitEach(page, (hash) => expectCleanScreen(page, hash));
    await page.goto('/#/jobs');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Заказы');
    await page.goto('/#/worksheets/decide');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ждёт решения');
  });
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('switches to Russian in Settings, keeps it through a reload, and switches back', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
    await visitEach(page, (hash) => expectCleanScreen(page, hash));

    await page.goto('/#/settings');
    // The language applies and is saved the moment it is chosen: no Save.
    await page.getByLabel('Language').selectOption({ label: 'Русский' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Настройки');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Настройки');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await visitEach(page, (hash) => expectCleanScreen(page, hash));

    await page.goto('/#/settings');
    await page.getByLabel('Язык').selectOption({ label: 'English' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  });
});
