import { mainCurrency } from '../../insights/ledger';
import type { Currency } from '../../money';
import type { Figure } from '../ledger-figures';

/** The currency most of the work was billed in (the charts show that one). */
export const mainCurrencyFigure: Figure<[fallback: Currency], Currency> = {
  name: 'main-currency',
  whole: (ledger, fallback) => mainCurrency(ledger.jobs, fallback),
};
