import { AppShell } from './app-shell';

export class PaymentFormPage extends AppShell {
  amount() {
    return this.page.getByLabel('Amount', { exact: true });
  }

  async pay(options: { amount: string; paidOn?: string; method?: string; purpose?: string }) {
    await this.amount().fill(options.amount);
    if (options.purpose)
      await this.page.getByLabel('What was it for?').selectOption({ label: options.purpose });
    if (options.paidOn) {
      // Paid that day: sent and received on it.
      await this.page.getByLabel('Sent on', { exact: true }).fill(options.paidOn);
      await this.page.getByLabel('Received on', { exact: true }).fill(options.paidOn);
    }
    if (options.method)
      await this.page.getByLabel('How was it paid?').selectOption({ label: options.method });
    await this.save();
  }
}
