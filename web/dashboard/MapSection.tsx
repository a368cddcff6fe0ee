import { useEffect, useMemo, useState } from 'react';
import type { Normalisation } from '../../schema/generated/graphql.js';
import type { FranceMap } from '../../scripts/web-map.js';
import { SECRET } from '../shared/format.js';
import type { IndicatorInfo } from './data.js';
import { DataTable, type TableData } from './DataTable.js';
import { csvFigure, formatFigure, formatValue, PER_LABEL } from './figures.js';
import { classOf, NO_VALUE_COLOUR, quantileClasses, SECRET_COLOUR } from './map-classes.js';
import type { Rank } from './ranking.js';

/** The map's shapes arrive in a chunk of their own, after the figures. */
function useFranceMap(): FranceMap | undefined {
  const [map, setMap] = useState<FranceMap>();
  useEffect(() => {
    import('virtual:france-departments').then((module) => setMap(module.FRANCE_MAP));
  }, []);
  return map;
}

/** A choropleth of France by department (overseas in frames), its legend and its table. */
export function MapSection({ info, per, ranks, codes, period }: { info: IndicatorInfo; per: Normalisation; ranks: Rank[]; codes: string[]; period: string }) {
  const map = useFranceMap();
  const byCode = useMemo(() => new Map(ranks.map((r) => [r.department.code, r])), [ranks]);
  const classes = useMemo(() => quantileClasses(ranks.flatMap((r) => (r.value === null ? [] : [r.value]))), [ranks]);
  const fillOf = (rank: Rank | undefined) => (rank?.suppressed ? SECRET_COLOUR : rank?.value == null ? NO_VALUE_COLOUR : classOf(classes, rank.value)!.colour);
  const title = `${info.label} — ${PER_LABEL[per]} — ${period}`;
  const data: TableData = {
    columns: ['Département', `${info.label} — ${PER_LABEL[per]}`],
    rows: ranks.map((r) => ({
      key: r.department.code,
      highlight: codes.includes(r.department.code),
      cells: [`${r.department.name} (${r.department.code})`, formatFigure(r, info.unit)],
    })),
    csv: ranks.map((r) => [`${r.department.name} (${r.department.code})`, csvFigure(r, info.unit)]),
  };
  return (
    <section className="db-panel" aria-labelledby="map-title">
      <h3 id="map-title">Carte des départements</h3>
      <div className="db-panel-body">
        <figure className="db-map">
          {map ? (
            <svg viewBox={map.viewBox} role="img" aria-label={`Carte de France par département : ${title}. Les valeurs sont dans le tableau.`}>
              {map.insets.map((inset) => (
                <g key={inset.code} className="db-inset">
                  <rect x={inset.x} y={inset.y} width={inset.width} height={inset.height} />
                  <text x={inset.x + 4} y={inset.y + 12}>
                    {inset.name}
                  </text>
                </g>
              ))}
              {/* The chosen departments last, so that their outline is drawn over their neighbours'. */}
              {[...map.departments]
                .sort((a, b) => Number(codes.includes(a.code)) - Number(codes.includes(b.code)))
                .map((shape) => {
                  const rank = byCode.get(shape.code);
                  const figure = rank ? formatFigure(rank, info.unit) : '—';
                  return (
                    <path
                      key={shape.code}
                      d={shape.d}
                      data-code={shape.code}
                      fill={fillOf(rank)}
                      className={codes.includes(shape.code) ? 'db-chosen' : undefined}
                    >
                      <title>{`${rank?.department.name ?? shape.code} (${shape.code}) : ${figure}`}</title>
                    </path>
                  );
                })}
            </svg>
          ) : (
            <p>Chargement de la carte…</p>
          )}
          <figcaption>
            <ul className="db-legend" aria-label="Légende">
              {classes.map((c) => (
                <li key={c.from}>
                  <span className="db-swatch" style={{ background: c.colour }} /> {formatValue(c.from, info.unit)} à {formatValue(c.to, info.unit)}
                </li>
              ))}
              <li>
                <span className="db-swatch" style={{ background: NO_VALUE_COLOUR }} /> sans valeur
              </li>
              <li>
                <span className="db-swatch" style={{ background: SECRET_COLOUR }} /> {SECRET}
              </li>
            </ul>
            <p className="db-note">
              Classes par quantiles. Départements choisis cerclés de noir. Fond de carte : svg-maps (Victor Cazanave), licence CC BY 4.0.
            </p>
          </figcaption>
        </figure>
        <details className="db-details">
          <summary>Données de la carte</summary>
          <DataTable caption={`Carte — ${title}`} file={`carte-${info.name.toLowerCase()}`} data={data} />
        </details>
      </div>
    </section>
  );
}
