import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

// Only what the pages draw: bars and lines (Chart.js tree-shakes the rest away).
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

/** The project's palette: distinct for colour-blind readers, contrasted on white. */
export const PALETTE = ['#1d4e89', '#c0392b', '#2e7d32', '#b7791f', '#6a4c93', '#00798c', '#7f4f24', '#4a5568'];

export { Chart };
