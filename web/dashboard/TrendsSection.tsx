import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import type { Normalisation } from '../../schema/generated/graphql.js';
import { PALETTE } from '../shared/chart.js';
import { ChartCanvas } from './ChartCanvas.js';
import { figureIn, type IndicatorInfo, type TrendDepartment } from './data.js';
import { DataTable, type TableData } from './DataTable.js';
import { csvFigure, formatFigure, formatValue, PER_LABEL } from './figures.js';

/** The chosen indicator school year by school year since 2020-2021: one line per department, and the table. */
export function TrendsSection({ info, per, departments }: { info: IndicatorInfo; per: Normalisation; departments: TrendDepartment[] }) {
  const [years, series] = useMemo(
    () =>
      [
        departments[0]?.years.map((y) => y.schoolYear) ?? [],
        departments.map((d) => ({ department: d, figures: d.years.map((y) => figureIn(y, info, per)) })),
      ] as const,
    [departments, info, per],
  );
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'line',
      data: {
        labels: years,
        datasets: series.map((s, i) => ({
          label: s.department.name,
          data: s.figures.map((f) => f.value),
          borderColor: PALETTE[i % PALETTE.length],
          backgroundColor: PALETTE[i % PALETTE.length],
          spanGaps: false,
        })),
      },
      options: {
        plugins: { tooltip: { callbacks: { label: (item) => `${item.dataset.label} : ${formatValue(item.parsed.y ?? 0, info.unit)}` } } },
        scales: { y: { beginAtZero: true, ticks: { callback: (value) => formatValue(Number(value), info.unit) } } },
      },
    }),
    [years, series, info],
  );
  const data: TableData = {
    columns: ['Année scolaire', ...departments.map((d) => d.name)],
    rows: years.map((year, index) => ({
      key: year,
      cells: [year, ...series.map((s) => formatFigure(s.figures[index]!, info.unit))],
      attributes: { 'data-year': year },
    })),
    csv: years.map((year, index) => [year, ...series.map((s) => csvFigure(s.figures[index]!, info.unit))]),
  };
  return (
    <section className="db-panel" aria-labelledby="trends-title">
      <h3 id="trends-title">Évolution par année scolaire</h3>
      <div className="db-panel-body">
        <ChartCanvas
          config={config}
          height={280}
          label={`Courbes : ${info.label}, ${PER_LABEL[per].toLowerCase()}, par année scolaire depuis 2020-2021. Les valeurs sont dans le tableau.`}
        />
        <DataTable caption={`${info.label} — ${PER_LABEL[per]} — par année scolaire`} file={`evolution-${info.name.toLowerCase()}`} data={data} />
      </div>
    </section>
  );
}
