import { billedByCurrency, mainCurrency, topCurrency } from '../../insights/ledger';
import type { Currency } from '../../money';
import type { Figure } from '../ledger-figures';
import { sumTotals } from '../totals';

/** The currency most of the work was billed in (the charts show that one). */
export const mainCurrencyFigure: Figure<[fallback: Currency], Currency> = {
  name: 'main-currency',
  whole: (ledger, fallback) => mainCurrency(ledger.jobs, fallback),
  // What each client's jobs bill, per currency, summed.
  parts: {
    part: (view) => billedByCurrency(view.jobs),
    combine: (parts, _shared, fallback) => topCurrency(sumTotals(parts), fallback),
  },
};
