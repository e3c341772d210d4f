import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';

/** A chart's data table, read as rows of cell texts keyed by the row header. */
export async function tableRows(table: Locator): Promise<Map<string, string[]>> {
  const rows = new Map<string, string[]>();
  for (const row of await table.locator('tbody tr').all()) {
    const header = (await row.locator('th').innerText()).trim();
    rows.set(
      header,
      (await row.locator('td').allInnerTexts()).map((c) => c.trim()),
    );
  }
  return rows;
}

/** The home screen's dashboard: figures, charts and their tables. */
export class DashboardPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open() {
    await this.page.goto('/#/');
    await expect(this.heading('Who owes me')).toBeVisible();
  }

  bucket(name: 'current' | 'd1_30' | 'd31_60' | 'd61_90' | 'd90_plus') {
    return this.page.getByTestId(`aging-${name}`);
  }

  chart(name: 'aging' | 'flow' | 'slowest' | 'goodwill') {
    return this.page.getByTestId(`${name}-chart`);
  }

  summary(name: 'aging' | 'flow' | 'slowest' | 'goodwill') {
    return this.chart(name).locator('figcaption');
  }

  /** Opens a chart's "Show the numbers" and returns its table. */
  async numbers(name: 'flow' | 'slowest' | 'goodwill' | 'history') {
    const chart = this.page.getByTestId(`${name}-chart`);
    await chart.getByText('Show the numbers').click();
    const table = chart.getByRole('table');
    await expect(table).toBeVisible();
    return table;
  }

  async agingAsOf(day: string) {
    await this.page.getByLabel('As of', { exact: true }).fill(day);
  }
}
