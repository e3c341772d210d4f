import { expect } from '@playwright/test';
import { AppShell } from './app-shell';

export interface NewJob {
  client: string;
  title: string;
  amount: string;
  orderedOn: string;
  doneOn?: string;
  invoicedOn?: string;
  status?: string;
}

export class JobFormPage extends AppShell {
  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(job: NewJob) {
    await this.field('Client').selectOption({ label: job.client });
    await this.field('What is the job?').fill(job.title);
    await this.field('Amount').fill(job.amount);
    await this.field('Ordered on').fill(job.orderedOn);
    if (job.status) await this.field('Status').selectOption({ label: job.status });
    if (job.doneOn || job.invoicedOn) {
      await this.page.getByText('More details').click();
      if (job.doneOn) await this.page.getByLabel('Done on').fill(job.doneOn);
      if (job.invoicedOn) await this.page.getByLabel('Invoiced on').fill(job.invoicedOn);
    }
  }

  async create(job: NewJob) {
    await this.fill(job);
    await this.save();
    await expect(this.heading(job.title)).toBeVisible();
  }
}

export class JobPage extends AppShell {
  value(name: 'billed' | 'paid' | 'outstanding' | 'sent' | 'days-overdue' | 'days-late') {
    return this.page.getByTestId(`job-${name}`);
  }

  async recordPayment() {
    await this.page.getByRole('link', { name: 'Record payment' }).click();
    await expect(this.heading('Record a payment')).toBeVisible();
  }
}
