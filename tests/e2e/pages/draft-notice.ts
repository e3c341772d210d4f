import type { Page } from '@playwright/test';

/** The notice a form shows when typing kept through a reload came back, with its Discard button. */
export class DraftNotice {
  static readonly text = 'What you had typed was kept through the reload. It is not saved yet.';

  constructor(readonly page: Page) {}

  notice() {
    return this.page.getByText(DraftNotice.text);
  }

  async discard() {
    await this.page.getByRole('button', { name: 'Discard' }).click();
  }
}
