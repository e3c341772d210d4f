/**
 * Chart.js with only the pieces the app's charts use (bars, lines, category and linear scales,
 * legend, tooltip), not `chart.js/auto`, so the rest is left out of the bundle. This module is
 * loaded with a dynamic import the first time a chart is shown; nothing else imports it.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export { Chart };
