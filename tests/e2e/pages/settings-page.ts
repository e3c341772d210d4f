import type { Page } from '@playwright/test';

export class SettingsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/#/settings');
    await this.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  }

  async setBusinessName(name: string) {
    await this.page.getByLabel('Business name').fill(name);
  }

  async setCurrency(code: string) {
    await this.page.getByLabel('Default currency').fill(code);
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save' }).click();
  }
}
