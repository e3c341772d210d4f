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

  /** Language and theme apply and are saved as soon as they are chosen. */
  async chooseLanguage(label: 'English' | 'Русский') {
    await this.page.locator('#settings-language').selectOption({ label });
  }

  async chooseTheme(label: string) {
    await this.page.locator('#settings-theme').selectOption({ label });
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save' }).click();
  }
}
