import { expect, type Page } from '@playwright/test';
import { AppShell } from './app-shell';

export class PartyFormPage extends AppShell {
  async openNewClient() {
    await this.page.goto('/#/people/new?kind=client');
  }

  async fillName(name: string) {
    await this.page.getByLabel('Name', { exact: true }).fill(name);
  }

  /** A field by its label, which may go on with "(optional)". */
  field(label: string) {
    return this.page.getByLabel(new RegExp(`^${label}\\b`));
  }

  async addClient(name: string, phone = '') {
    await this.openNewClient();
    await this.fillName(name);
    if (phone) await this.field('Phone').fill(phone);
    await this.save();
    await expect(this.heading(name)).toBeVisible();
  }
}

/** A client's page: the figures, the jobs and the actions from it. */
export class ClientPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  figure(
    name:
      | 'billed'
      | 'paid'
      | 'outstanding'
      | 'credited'
      | 'written-off'
      | 'in-dispute'
      | 'in-the-mail'
      | 'days-late-worst'
      | 'days-late-typical'
      | 'on-time-rate'
      | 'late'
      | 'grace',
  ) {
    return this.page.getByTestId(`figure-${name}`);
  }

  async newJob() {
    await this.page.getByRole('link', { name: 'New job' }).click();
  }
}
