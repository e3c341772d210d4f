/**
 * Journey: files a text editor, a sync tool or a hostile hand made, read by the real import
 * screen through its worker. A file nested 100,000 levels deep and an encrypted file whose salt
 * was edited are refused in words (no raw "Maximum call stack size exceeded", no "wrong
 * passphrase"), bytes that are not UTF-8 are refused, and a copy re-saved as UTF-16 imports as
 * the original would. Nothing changes until the owner imports.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import { PartyFormPage } from './pages/people-pages';
import { SyncPage } from './pages/sync-page';

async function device(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return { context, page, sync: new SyncPage(page) };
}

/** The text as UTF-16LE code units after a byte-order mark, as Notepad saves "Unicode". */
function utf16le(text: string): Buffer {
  const bytes = Buffer.alloc(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) bytes.writeUInt16LE(text.charCodeAt(i), 2 + i * 2);
  return bytes;
}

test('hostile and re-saved files are told in words by the real reader; a UTF-16 copy imports', async ({
  browser,
  baseURL,
}, testInfo) => {
  const phone = await device(browser, baseURL);
  await new PartyFormPage(phone.page).addClient('Zoë Åberg', '555 0100');
  await phone.sync.open();
  await phone.sync.exportFile(testInfo.outputPath('plain.json'));
  await phone.sync.exportFile(testInfo.outputPath('sealed.json'), 'correct horse');
  const plain = readFileSync(testInfo.outputPath('plain.json'), 'utf8');
  const sealed = readFileSync(testInfo.outputPath('sealed.json'), 'utf8');

  const { page, sync, context } = await device(browser, baseURL);
  await sync.open();
  const before = await sync.dump();
  const alert = page.getByRole('alert');

  const levels = 100_000;
  const deep = plain.replace(
    '"notes":""',
    `"notes":${'['.repeat(levels)}"\\u0041"${']'.repeat(levels)}`,
  );
  await sync.chooseBytes('deep.json', Buffer.from(deep));
  await expect(alert).toContainText('parties[0].notes: nested more than 32 levels deep');
  await expect(alert).not.toContainText('call stack');

  const json = JSON.parse(sealed) as { encryption: { kdf: { salt: string } } };
  const { kdf } = json.encryption;
  kdf.salt = (kdf.salt.startsWith('A') ? 'B' : 'A') + kdf.salt.slice(1);
  await sync.chooseBytes('salted.json', Buffer.from(JSON.stringify(json)));
  await expect(alert).toContainText('The file was changed after it was encrypted');
  await expect(page.getByText('That passphrase is wrong.')).toHaveCount(0);

  const notUtf8 = Buffer.from(plain.replace('Zoë Åberg', 'Zo? Åberg'));
  notUtf8[notUtf8.indexOf('Zo?') + 2] = 0xff;
  await sync.chooseBytes('damaged.json', notUtf8);
  await expect(alert).toContainText('The file is not valid UTF-8 text');
  expect(await sync.dump()).toBe(before);

  await sync.chooseBytes('resaved.json', utf16le(plain));
  await expect(sync.preview()).toBeVisible();
  expect(await sync.counts('People')).toEqual(['1', '0', '0', '0']);
  await sync.apply();
  await page.evaluate(() => (location.hash = '#/people'));
  await expect(page.getByRole('main').getByText('Zoë Åberg')).toBeVisible();
  await phone.context.close();
  await context.close();
});
