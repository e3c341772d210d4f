import { expect, type Locator } from '@playwright/test';
import { AppShell } from './app-shell';

/** #/jobs: the virtual job list, whose rows carry their place among all the jobs. */
export class JobListPage extends AppShell {
  async open() {
    await this.page.evaluate(() => (location.hash = '#/jobs'));
    await expect(this.heading('Jobs')).toBeVisible();
  }

  list(): Locator {
    return this.page.getByRole('list', { name: 'Jobs' });
  }

  /** The rows in the page now (a virtual list holds only those near the view). */
  rows(): Locator {
    return this.list().getByRole('listitem');
  }

  /** The row at a 1-based place among all the jobs, if it is in the page. */
  row(place: number): Locator {
    return this.list().locator(`li[aria-posinset="${place}"]`);
  }

  /** Titles of the rows in the page whose content does not fit the fixed row height. */
  overflowingRows(): Promise<string[]> {
    return this.list().evaluate((list) =>
      [...list.querySelectorAll<HTMLElement>('li > a')]
        .filter((a) => a.scrollHeight > a.clientHeight + 1)
        .map((a) => a.textContent?.trim().slice(0, 30) ?? ''),
    );
  }

  count(): Locator {
    return this.page.getByText(/^[\d,]+ jobs?$/);
  }

  async scrollTo(fraction: number) {
    await this.page.evaluate(
      (f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)),
      fraction,
    );
  }

  async filterByStatus(name: string) {
    await this.page
      .getByRole('navigation', { name: 'Show jobs by status' })
      .getByRole('link', { name })
      .click();
  }
}
