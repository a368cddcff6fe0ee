import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import type { Normalisation } from '../../schema/generated/graphql.js';
import { PALETTE } from '../shared/chart.js';
import { ChartCanvas } from './ChartCanvas.js';
import { type ComparedDepartment, figureIn, type IndicatorInfo } from './data.js';
import { DataTable, type TableData } from './DataTable.js';
import { csvFigure, formatFigure, formatValue, PER_LABEL } from './figures.js';

/** The chosen indicator for the chosen departments, side by side: bars and their table. */
export function ComparisonSection({
  info,
  per,
  departments,
  period,
}: {
  info: IndicatorInfo;
  per: Normalisation;
  departments: ComparedDepartment[];
  period: string;
}) {
  const figures = useMemo(() => departments.map((d) => ({ department: d, figure: figureIn(d, info, per) })), [departments, info, per]);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: figures.map((f) => f.department.name),
        datasets: [
          {
            label: `${info.label} — ${PER_LABEL[per]}`,
            data: figures.map((f) => f.figure.value),
            backgroundColor: figures.map((_, i) => PALETTE[i % PALETTE.length]!),
          },
        ],
      },
      options: {
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => formatValue(item.parsed.y ?? 0, info.unit) } } },
        scales: { y: { beginAtZero: true, ticks: { callback: (value) => formatValue(Number(value), info.unit) } } },
      },
    }),
    [figures, info, per],
  );
  const data: TableData = {
    columns: ['Département', `${info.label} — ${PER_LABEL[per]}`],
    rows: figures.map(({ department, figure }) => ({
      key: department.code,
      cells: [`${department.name} (${department.code})`, formatFigure(figure, info.unit)],
      attributes: { 'data-department': department.code },
    })),
    csv: figures.map(({ department, figure }) => [`${department.name} (${department.code})`, csvFigure(figure, info.unit)]),
  };
  return (
    <section className="db-panel" aria-labelledby="comparison-title">
      <h3 id="comparison-title">Comparaison des départements</h3>
      <div className="db-panel-body">
        <ChartCanvas
          config={config}
          height={280}
          label={`Diagramme en barres : ${info.label}, ${PER_LABEL[per].toLowerCase()}, ${period}. Les valeurs sont dans le tableau.`}
        />
        <DataTable caption={`${info.label} — ${PER_LABEL[per]} — ${period}`} file={`comparaison-${info.name.toLowerCase()}`} data={data} />
      </div>
    </section>
  );
}
