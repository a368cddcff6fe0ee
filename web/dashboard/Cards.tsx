import { useId } from 'react';
import type { Normalisation } from '../../schema/generated/graphql.js';
import { type ComparedDepartment, figureIn, type IndicatorInfo, SUBGRAPHS } from './data.js';
import { formatFigure, PER_LABEL } from './figures.js';

/** The indicator's description, shown when its button is hovered or focused (the schema's words, in English). */
function Tip({ label, text }: { label: string; text: string }) {
  const id = useId();
  return (
    <span className="db-tip">
      <button type="button" className="db-tip-button" aria-label={`Définition : ${label}`} aria-describedby={id}>
        ?
      </button>
      <span role="tooltip" id={id} lang="en">
        {text}
      </span>
    </span>
  );
}

function Card({ info, departments, chosen, onChoose }: { info: IndicatorInfo; departments: ComparedDepartment[]; chosen: boolean; onChoose: () => void }) {
  const id = useId();
  return (
    <article className={`db-card${chosen ? ' db-card-chosen' : ''}`} data-indicator={info.name} aria-labelledby={id}>
      <header>
        <h4 id={id}>{info.label}</h4>
        <Tip label={info.label} text={info.description} />
      </header>
      <table>
        <caption className="sr-only">{info.label}, par département</caption>
        <thead>
          <tr>
            <td />
            {departments.map((d) => (
              <th key={d.code} scope="col">
                {d.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {info.normalisations.map((per: Normalisation) => (
            <tr key={per}>
              <th scope="row">{PER_LABEL[per]}</th>
              {departments.map((d) => {
                const figure = figureIn(d, info, per);
                return (
                  <td key={d.code} data-department={d.code} data-per={per} className={figure.suppressed ? 'num secret' : 'num'}>
                    {formatFigure(figure, info.unit)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="db-link" aria-pressed={chosen} onClick={onChoose}>
        {chosen ? 'Affiché dans les graphiques' : 'Voir dans les graphiques'}
      </button>
    </article>
  );
}

/** Every indicator of the catalogue as a card, the chosen departments side by side, grouped by subgraph. */
export function Cards(props: { indicators: IndicatorInfo[]; departments: ComparedDepartment[]; indicator: string; onChoose: (name: string) => void }) {
  return (
    <>
      {SUBGRAPHS.map((subgraph) => (
        <section key={subgraph.name} className="db-cards" aria-labelledby={`cards-${subgraph.name}`}>
          <h3 id={`cards-${subgraph.name}`}>{subgraph.title}</h3>
          <div className="db-card-grid">
            {props.indicators
              .filter((info) => info.subgraph === subgraph.name)
              .map((info) => (
                <Card
                  key={info.name}
                  info={info}
                  departments={props.departments}
                  chosen={info.name === props.indicator}
                  onChoose={() => props.onChoose(info.name)}
                />
              ))}
          </div>
        </section>
      ))}
    </>
  );
}
