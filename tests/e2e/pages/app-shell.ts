import type { Page } from '@playwright/test';

/** A local calendar day `n` days before today, as the browser on this machine counts it. */
export function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export class AppShell {
  constructor(readonly page: Page) {}

  nav(name: 'Home' | 'People' | 'Jobs' | 'Payments' | 'Settings') {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  }

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save' }).click();
  }
}
