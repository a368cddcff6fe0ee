import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';
import { Chart } from '../shared/chart.js';

/**
 * A Chart.js chart drawn on a canvas, redrawn when its configuration changes. The canvas is an image
 * for assistive technologies, named by `label`: its figures are read in the table beside it.
 */
export function ChartCanvas({ config, label, height }: { config: ChartConfiguration; label: string; height: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    // The charts speak in the page's own (bundled) font.
    Chart.defaults.font.family = getComputedStyle(canvas.current!).fontFamily;
    const chart = new Chart(canvas.current!, {
      ...config,
      options: { locale: 'fr-FR', animation: false, responsive: true, maintainAspectRatio: false, ...config.options },
    });
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="db-chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
