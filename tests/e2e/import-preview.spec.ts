/**
 * Journey: the import preview names what will change. A phone with the demo business, and a
 * client added and deleted on it, sends its file to an empty laptop. The preview lists every kind
 * of record as a stacked row of counts, folded; opened, it names the records (a job with its
 * client, a payment with its amount, payer and day), a page at a time, and says in plain words
 * that a record deleted on the phone, which the laptop never had, leaves nothing here to remove.
 * Nothing is cut off or wider than a 360 px phone, in English and in Russian; the rows open from
 * the keyboard; the import applies and undoes.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { PartyFormPage } from './pages/people-pages';
import { SyncPage } from './pages/sync-page';
import { bulkWrite } from './support/slow-work';

const NOW = new Date('2026-06-15T12:00:00Z');

async function device(browser: Browser, baseURL: string | undefined, locale = 'en-US') {
  const context = await browser.newContext({
    baseURL,
    locale,
    viewport: { width: 360, height: 780 },
    isMobile: true,
    hasTouch: true,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return { context, page, sync: new SyncPage(page) };
}

/** Elements of the preview whose content is wider than their box: none may be. */
function overflowing(page: Page) {
  return page
    .getByRole('region', { name: /What the import will do|Что сделает импорт/ })
    .evaluate((region) => {
      const wide: string[] = [];
      if (document.documentElement.scrollWidth > window.innerWidth) wide.push('the page');
      for (const el of region.querySelectorAll<HTMLElement>('p, span, summary, dt, dd, li, h3')) {
        if (el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1) {
          wide.push(`${el.tagName}: ${el.textContent?.trim().slice(0, 60)}`);
        }
      }
      return wide;
    });
}

/** The top of the preview, as the owner first sees it, for a person to look at. */
async function shoot(page: Page, path: string) {
  const box = await page.locator('#sync-preview-heading').boundingBox();
  await page.screenshot({
    path,
    fullPage: true,
    clip: { x: 0, y: box!.y - 8, width: 360, height: 1600 },
  });
}

test('the preview names the records per kind, folded, explains deletes, and fits a phone in both languages', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const phone = await device(browser, baseURL);
  const laptop = await device(browser, baseURL);
  const file = testInfo.outputPath('phone.json');

  await phone.page.getByRole('button', { name: 'Explore a demo business' }).click();
  await expect(
    phone.page.getByText('The demo business is loaded. Have a look around.'),
  ).toBeVisible(bulkWrite);
  await new PartyFormPage(phone.page).addClient('Short Lived Ltd');
  await phone.page.getByRole('button', { name: 'Delete' }).click();
  await expect(phone.page).toHaveURL(/#\/people/);
  // The notices so far (the delete's offers Undo and stays) go, so the export's own can show.
  const dismiss = phone.page.getByRole('button', { name: 'Dismiss' });
  while (await dismiss.count()) await dismiss.first().click();
  await phone.sync.open();
  await phone.sync.setDeviceName('Phone');
  await phone.sync.exportFile(file);

  // The laptop has never seen any of it.
  await laptop.sync.open();
  await expect(laptop.page.getByText('or drop it here')).toBeHidden();
  await laptop.sync.chooseFile(file);
  await expect(laptop.sync.preview()).toBeVisible();
  const preview = laptop.sync.preview();
  await expect(laptop.sync.kind('Clients')).toContainText('1 deleted on the other device');
  // Folded: the kinds and their counts only, no record yet.
  await expect(preview.getByText('Short Lived Ltd')).toHaveCount(0);
  expect(await overflowing(laptop.page)).toEqual([]);

  const gone = await laptop.sync.unfold('Clients', 'Deleted on Phone, nothing to delete here');
  await expect(gone).toContainText('there is nothing here to remove');
  await expect(gone.getByRole('listitem')).toHaveText(['Short Lived Ltd']);

  // Jobs by title and client, a page at a time.
  const [jobCount] = await laptop.sync.counts('Jobs');
  const jobs = await laptop.sync.unfold('Jobs', 'New');
  const items = jobs.getByRole('listitem');
  await expect(items.first()).toHaveText(/^\S.*, for \S.*$/);
  if (Number(jobCount) > 50) {
    await expect(items).toHaveCount(50);
    await jobs.getByRole('button', { name: /^Show \d+ more$/ }).click();
    await expect(items).toHaveCount(Math.min(100, Number(jobCount)));
  }
  const payments = await laptop.sync.unfold('Payments', 'New');
  await expect(payments.getByRole('listitem').first()).toHaveText(
    /^Payment of \$[\d,.]+ (from|to) \S.* on [A-Z][a-z]{2} \d{1,2}, \d{4}\s*$/,
  );

  // From the keyboard: a kind's row opens with Enter.
  await laptop.sync.kind('Subcontractors').focus();
  await laptop.page.keyboard.press('Enter');
  await expect(preview.locator('summary').filter({ hasText: /^New \(\d+\)$/ })).toHaveCount(4);
  expect(await overflowing(laptop.page)).toEqual([]);
  await shoot(laptop.page, testInfo.outputPath('preview-en.png'));

  // Imported, then undone: the laptop is empty of the phone's clients again.
  await laptop.sync.apply();
  await laptop.page.getByRole('button', { name: 'Undo import' }).click();
  await expect(laptop.page.getByText('The import was undone')).toBeVisible();

  // In Russian, where the words are longer: a Russian browser gets Russian from the start.
  const tablet = await device(browser, baseURL, 'ru-RU');
  await tablet.page.evaluate(() => (location.hash = '#/sync'));
  await tablet.page.getByLabel('Выбрать файл').setInputFiles(file);
  const ru = tablet.page.getByRole('region', { name: 'Что сделает импорт' });
  await expect(ru).toBeVisible();
  const clients = ru.getByTestId('kind-summary').filter({ hasText: /^\s*Клиенты/ });
  await expect(clients).toContainText('удалены на другом устройстве: 1');
  await clients.click();
  await ru
    .locator('summary')
    .filter({ hasText: /^Удалены на устройстве «Phone»/ })
    .click();
  await expect(ru).toContainText('поэтому здесь удалять нечего');
  await ru
    .getByTestId('kind-summary')
    .filter({ hasText: /^\s*Заказы/ })
    .click();
  await ru
    .locator('summary')
    .filter({ hasText: /^Новые/ })
    .last()
    .click();
  await expect(ru.getByText(/, клиент: /).first()).toBeVisible();
  expect(await overflowing(tablet.page)).toEqual([]);
  await shoot(tablet.page, testInfo.outputPath('preview-ru.png'));

  await phone.context.close();
  await laptop.context.close();
  await tablet.context.close();
});
