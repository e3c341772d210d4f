/**
 * Journey: an edit form belongs to the record in its address. With one job's (payment's,
 * client's) edit form open, the owner goes straight to another's edit address, by typing it or by
 * the browser's back and forward. The form then shows the second record's fields, every one of
 * them, never the first's; and saving a change writes only the record on screen, leaving the other
 * exactly as it was.
 */
import { expect, test, type Page } from '@playwright/test';
import { daysAgo } from './pages/app-shell';
import { JobFormPage } from './pages/job-pages';
import { PaymentFormPage } from './pages/payment-form-page';
import { PartyFormPage } from './pages/people-pages';
import { RecordForm } from './pages/record-form';

interface Kind {
  name: string;
  /** Makes two records through the app's own forms; returns their edit addresses. */
  seed(page: Page): Promise<{ a: string; b: string }>;
  /** The field changed before saving, its id in the form and the new value. */
  change: { label: RegExp; id: string; value: string };
}

/** The id the app navigated to after a save: `#/section/ID`. */
function idInAddress(page: Page): string {
  const id = /#\/\w+\/([^/?]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No record id in ${page.url()}`);
  return id;
}

async function addClient(page: Page, name: string, phone: string): Promise<string> {
  await new PartyFormPage(page).addClient(name, phone);
  return idInAddress(page);
}

const kinds: Kind[] = [
  {
    name: 'a job',
    async seed(page) {
      await page.goto('/');
      await addClient(page, 'Harbour Bakery', '555 0100');
      const jobs = new JobFormPage(page);
      const ids: string[] = [];
      for (const job of [
        { title: 'Fix the oven', amount: '400', orderedOn: daysAgo(20), status: 'Done' },
        { title: 'Paint the sign', amount: '250', orderedOn: daysAgo(5) },
      ]) {
        await page.goto('/#/jobs/new');
        await jobs.create({ client: 'Harbour Bakery', ...job });
        ids.push(idInAddress(page));
      }
      return { a: `/#/jobs/${ids[0]}/edit`, b: `/#/jobs/${ids[1]}/edit` };
    },
    change: { label: /^What is the job\?/, id: 'job-title', value: 'Paint the sign and frame' },
  },
  {
    name: 'a payment',
    async seed(page) {
      await page.goto('/');
      const client = await addClient(page, 'Harbour Bakery', '555 0100');
      const payments = new PaymentFormPage(page);
      const links = page.getByRole('main').locator('a[href$="/edit"][href^="#/payments/"]');
      const addresses: string[] = [];
      for (const payment of [
        { amount: '100', paidOn: daysAgo(9), method: 'Cash' },
        { amount: '250', paidOn: daysAgo(3), method: 'Bank transfer' },
      ]) {
        await page.goto(`/#/payments/new?party=${client}`);
        await payments.pay(payment);
        await expect(payments.heading('Harbour Bakery')).toBeVisible();
        await page.goto('/#/payments');
        await expect(links).toHaveCount(addresses.length + 1);
        const all = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        addresses.push(`/${all.find((href) => !addresses.includes(`/${href}`))}`);
      }
      return { a: addresses[0]!, b: addresses[1]! };
    },
    change: { label: /^Notes/, id: 'payment-notes', value: 'Paid at the counter' },
  },
  {
    name: 'a client',
    async seed(page) {
      await page.goto('/');
      const a = await addClient(page, 'Harbour Bakery', '555 0100');
      const b = await addClient(page, 'Riverside Café', '555 0200');
      return { a: `/#/people/${a}/edit`, b: `/#/people/${b}/edit` };
    },
    change: { label: /^Phone/, id: 'party-phone', value: '555 0299' },
  },
];

/** Both records' forms as stored, each opened afresh (not from the other's form). */
async function storedForms(form: RecordForm, a: string, b: string) {
  const before = { a: await form.storedValues(a), b: await form.storedValues(b) };
  await form.page.goto('/#/');
  return before;
}

async function changeAndSave(page: Page, form: RecordForm, kind: Kind) {
  await page.getByLabel(kind.change.label).fill(kind.change.value);
  await form.save();
  await expect(page).not.toHaveURL(/\/edit$/);
}

for (const kind of kinds) {
  test(`${kind.name}'s edit form reached by typing another's address shows and saves only that one`, async ({
    page,
  }) => {
    const { a, b } = await kind.seed(page);
    const form = new RecordForm(page);
    const before = await storedForms(form, a, b);
    expect(before.a[kind.change.id]).not.toBe(kind.change.value);

    await page.goto(a);
    await form.expectValues(before.a);
    // Straight from one edit form to the other, as typed into the address bar.
    await page.goto(b);
    await form.expectValues(before.b);
    await changeAndSave(page, form, kind);

    expect(await form.storedValues(b)).toEqual({
      ...before.b,
      [kind.change.id]: kind.change.value,
    });
    expect(await form.storedValues(a)).toEqual(before.a);
  });

  test(`${kind.name}'s edit form reached by back and forward shows and saves only that one`, async ({
    page,
  }) => {
    const { a, b } = await kind.seed(page);
    const form = new RecordForm(page);
    const before = await storedForms(form, a, b);

    await page.goto(a);
    await form.expectValues(before.a);
    await page.goto(b);
    await form.expectValues(before.b);
    await page.goBack();
    await form.expectValues(before.a);
    await page.goForward();
    await form.expectValues(before.b);
    await page.goBack();
    await form.expectValues(before.a);
    await changeAndSave(page, form, kind);

    expect(await form.storedValues(a)).toEqual({
      ...before.a,
      [kind.change.id]: kind.change.value,
    });
    expect(await form.storedValues(b)).toEqual(before.b);
  });
}
