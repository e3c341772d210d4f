import { expect } from '@playwright/test';
import { AppShell } from './app-shell';

/** Any record's edit form, read whole: every field by its id, as the form shows it. */
export class RecordForm extends AppShell {
  form() {
    return this.page.getByRole('main').locator('form');
  }

  /**
   * Each field's value by field id (a checkbox as "true" or "false"), the fields under "More
   * details" too; nothing while no form is shown.
   */
  values(): Promise<Record<string, string>> {
    return this.page.getByRole('main').evaluate((main) => {
      const values: Record<string, string> = {};
      const form = main.querySelector('form');
      for (const element of Array.from(form?.elements ?? [])) {
        if (
          !element.id ||
          !(
            element instanceof HTMLInputElement ||
            element instanceof HTMLSelectElement ||
            element instanceof HTMLTextAreaElement
          )
        ) {
          continue;
        }
        values[element.id] =
          element instanceof HTMLInputElement && element.type === 'checkbox'
            ? String(element.checked)
            : element.value;
      }
      return values;
    });
  }

  /** Waits until the form shows exactly `expected`: a form that fills in late gets the time it needs. */
  async expectValues(expected: Record<string, string>) {
    await expect.poll(() => this.values()).toEqual(expected);
  }

  /** The form as stored: `address` opened afresh (a reload), once its fields are there. */
  async storedValues(address: string): Promise<Record<string, string>> {
    await this.page.goto(address);
    await this.page.reload();
    await expect(this.form()).toBeVisible();
    return this.values();
  }
}
