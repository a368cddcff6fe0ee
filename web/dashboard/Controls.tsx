import { type FormEvent, useId, useState } from 'react';
import type { Normalisation } from '../../schema/generated/graphql.js';
import { effectivePer, type IndicatorInfo, SUBGRAPHS } from './data.js';
import { type DepartmentEntry, findDepartment, optionText } from './department-search.js';
import { PER_LABEL } from './figures.js';
import { type DashboardView, MAX_DEPARTMENTS, schoolYears } from './view.js';

interface ControlsProps {
  view: DashboardView;
  departments: DepartmentEntry[];
  indicators: IndicatorInfo[];
  onChange: (view: DashboardView) => void;
}

/** Adds a department found by name or code (suggestions from the whole list), removes one by its button. */
function DepartmentPicker({ view, departments, onChange }: Omit<ControlsProps, 'indicators'>) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const listId = useId();
  const byCode = new Map(departments.map((d) => [d.code, d]));
  const add = (event: FormEvent) => {
    event.preventDefault();
    const found = findDepartment(departments, text);
    if (!found) return setMessage(`Aucun département ne correspond à « ${text} ».`);
    if (view.codes.includes(found.code)) return setMessage(`${found.name} est déjà affiché.`);
    if (view.codes.length >= MAX_DEPARTMENTS) return setMessage(`${MAX_DEPARTMENTS} départements au plus : retirez-en un d’abord.`);
    setText('');
    setMessage('');
    onChange({ ...view, codes: [...view.codes, found.code] });
  };
  return (
    <fieldset className="db-field db-departments">
      <legend>Départements</legend>
      <ul className="db-chips">
        {view.codes.map((code) => (
          <li key={code}>
            {byCode.get(code)?.name ?? code} ({code})
            <button
              type="button"
              aria-label={`Retirer ${byCode.get(code)?.name ?? code}`}
              disabled={view.codes.length === 1}
              onClick={() => onChange({ ...view, codes: view.codes.filter((c) => c !== code) })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="db-add">
        <label htmlFor={`${listId}-input`}>Ajouter un département (nom ou code)</label>
        <input id={`${listId}-input`} type="search" list={listId} value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
        <datalist id={listId}>
          {departments.map((d) => (
            <option key={d.code} value={optionText(d)} />
          ))}
        </datalist>
        <button type="submit" className="db-button">
          Ajouter
        </button>
        <p role="status" className="db-message">
          {message}
        </p>
      </form>
    </fieldset>
  );
}

/** The departments, the period, the indicator of the charts and its normalisation. */
export function Controls({ view, departments, indicators, onChange }: ControlsProps) {
  const info = indicators.find((i) => i.name === view.indicator);
  return (
    <div className="db-controls">
      <DepartmentPicker view={view} departments={departments} onChange={onChange} />
      <div className="db-field">
        <label htmlFor="db-period">Période</label>
        <select id="db-period" value={view.schoolYear ?? ''} onChange={(e) => onChange({ ...view, schoolYear: e.target.value || null })}>
          <option value="">Depuis le début du programme</option>
          {schoolYears(new Date()).map((year) => (
            <option key={year} value={year}>
              Année scolaire {year}
            </option>
          ))}
        </select>
      </div>
      <div className="db-field">
        <label htmlFor="db-indicator">Indicateur des graphiques et de la carte</label>
        <select id="db-indicator" value={view.indicator} onChange={(e) => onChange({ ...view, indicator: e.target.value })}>
          {SUBGRAPHS.map((s) => (
            <optgroup key={s.name} label={s.title}>
              {indicators
                .filter((i) => i.subgraph === s.name)
                .map((i) => (
                  <option key={i.name} value={i.name}>
                    {i.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="db-field">
        <label htmlFor="db-per">Normalisation</label>
        <select
          id="db-per"
          value={info ? effectivePer(info, view.per) : view.per}
          onChange={(e) => onChange({ ...view, per: e.target.value as Normalisation })}
        >
          {(Object.keys(PER_LABEL) as Normalisation[]).map((per) => (
            <option key={per} value={per} disabled={info ? !info.normalisations.includes(per) : false}>
              {per === 'RAW' ? 'Valeurs brutes' : PER_LABEL[per]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
