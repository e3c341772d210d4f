import { expect, type Page } from '@playwright/test';
import { AppShell, daysAgo } from './app-shell';

export { daysAgo };

/** A day `n` whole calendar months ago, on a day every month has, so tenure reads exactly n months. */
export function monthsAgo(n: number): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - n, Math.min(now.getDate(), 28));
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function idFromHash(page: Page, section: string): string {
  const match = new RegExp(`#/${section}/([0-9a-f-]{36})`).exec(page.url());
  if (!match) throw new Error(`no ${section} id in ${page.url()}`);
  return match[1]!;
}

export interface PartyFields {
  name: string;
  kind?: 'client' | 'subcontractor';
  since?: string;
  termsDays?: string;
  addressConfirmed?: string;
}

export interface JobFields {
  client: string;
  title: string;
  amount: string;
  orderedOn: string;
  status: 'Open' | 'Done' | 'Invoiced';
  /** A dispute the client raised that day, recorded on the job's page after it is saved. */
  disputedOn?: string;
  doneOn?: string;
  invoicedOn?: string;
  subcontractor?: string;
  subcontractorCost?: string;
  problems?: string[];
}

/** Builds a client's history through the app's own forms, as the owner would. */
export class Records extends AppShell {
  async addParty(fields: PartyFields): Promise<string> {
    await this.page.goto(`/#/people/new?kind=${fields.kind ?? 'client'}`);
    await this.page.getByLabel('Name', { exact: true }).fill(fields.name);
    if (fields.addressConfirmed) {
      await this.page.getByLabel('Address last confirmed').fill(fields.addressConfirmed);
    }
    if (fields.termsDays) await this.page.getByLabel('Payment terms (days)').fill(fields.termsDays);
    if (fields.since) await this.page.getByLabel('Working together since').fill(fields.since);
    await this.save();
    await expect(this.heading(fields.name)).toBeVisible();
    return idFromHash(this.page, 'people');
  }

  async addJob(clientId: string, job: JobFields): Promise<string> {
    await this.page.goto(`/#/jobs/new?client=${clientId}`);
    await expect(this.heading('New job')).toBeVisible();
    await expect(this.page.getByLabel('Client', { exact: true })).toHaveValue(clientId);
    await this.page.getByLabel('What is the job?').fill(job.title);
    await this.page.getByLabel('Amount', { exact: true }).fill(job.amount);
    await this.page.getByLabel('Ordered on').fill(job.orderedOn);
    await this.page.getByLabel('Status').selectOption({ label: job.status });
    await this.page.getByText('More details').click();
    await this.page.getByLabel('Done on').fill(job.doneOn ?? '');
    await this.page.getByLabel('Invoiced on').fill(job.invoicedOn ?? '');
    if (job.subcontractor) {
      await this.page.getByLabel('Subcontractor (optional)', { exact: true }).selectOption({
        label: job.subcontractor,
      });
      await this.page
        .getByLabel('What the subcontractor charges')
        .fill(job.subcontractorCost ?? '0');
    }
    for (const problem of job.problems ?? []) {
      await this.page.getByRole('checkbox', { name: problem }).check();
    }
    await this.save();
    await expect(this.heading(job.title)).toBeVisible();
    if (job.disputedOn) await this.recordDispute(job.disputedOn);
    return idFromHash(this.page, 'jobs');
  }

  /** On a job's page: the client disputes the bill (all that is owed), raised on `on`. */
  async recordDispute(on: string) {
    await this.page.getByRole('button', { name: 'Record a dispute' }).click();
    const form = this.page.getByRole('form', { name: 'Record a dispute' });
    await form.getByLabel('Raised on').fill(on);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
  }

  /** A payment from the client toward one job, received on `paidOn`. */
  async addPayment(clientId: string, jobId: string, amount: string, paidOn: string) {
    await this.page.goto(`/#/payments/new?party=${clientId}&job=${jobId}`);
    await expect(this.heading('Record a payment')).toBeVisible();
    await this.page.getByLabel('Amount', { exact: true }).fill(amount);
    await this.page.getByLabel('Sent on', { exact: true }).fill(paidOn);
    await this.page.getByLabel('Received on', { exact: true }).fill(paidOn);
    await this.save();
    await expect(this.page.getByRole('heading', { level: 1 })).not.toHaveText('Record a payment');
  }

  /** Logs a contact from the client's page in the quick log. */
  async logContact(clientId: string, kind: string, on: string) {
    await this.page.goto(`/#/people/${clientId}`);
    await this.page
      .getByRole('group', { name: 'Log a contact' })
      .getByRole('button', { name: kind })
      .click();
    const dialog = this.page.getByRole('dialog', { name: kind });
    await dialog.getByLabel('Date').fill(on);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }
}

/** A worksheet, one step at a time. */
export class WorksheetPage extends AppShell {
  async start(template: string, partyId: string, jobId?: string) {
    const query = new URLSearchParams({
      template,
      party: partyId,
      ...(jobId ? { job: jobId } : {}),
    });
    await this.page.goto(`/#/worksheets/new?${query.toString()}`);
    await this.startHere();
  }

  async startHere() {
    await this.page.getByRole('button', { name: 'Start' }).click();
    await expect(this.page.getByText('Step 1 of 5')).toBeVisible();
  }

  fact(key: string) {
    return this.page.getByTestId(`fact-${key}`);
  }

  async next() {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }

  stepHeading(name: string) {
    return this.page.getByRole('heading', { level: 2, name: new RegExp(`${name}$`) });
  }

  async answer(question: string, option: string) {
    await this.page
      .getByRole('group', { name: question })
      .getByRole('radio', { name: option, exact: true })
      .check();
  }

  recommendation() {
    return this.page.getByTestId('recommendation');
  }

  async saved() {
    await expect(this.page.getByTestId('save-status')).toHaveText('Draft saved');
  }

  async decide(option: string) {
    await this.page
      .getByRole('group', { name: 'What will you do?' })
      .getByRole('radio', { name: new RegExp(`^${option}`) })
      .check();
    await this.page.getByRole('button', { name: 'Record the decision' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Record this decision?' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async confirm() {
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Record', exact: true })
      .click();
  }

  async undoDecision() {
    await this.page.getByRole('button', { name: 'Undo the decision' }).click();
  }
}
