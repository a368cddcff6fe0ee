import { useEffect, useState } from 'react';
import { columnLabel } from '../../shared/cells.js';
import { compareTables, comparisonCsv, difference as delta, pairText, type Comparison } from '../../shared/compare.js';
import { download } from '../../shared/download.js';
import { flatten, type Json } from '../../shared/flatten.js';
import { execute, type Request } from '../execute.js';
import { CellTd } from './CellTd.js';

const parse = (text: string) => JSON.parse(text || '{}') as Record<string, unknown>;
const compact = (text: string) => {
  try {
    return JSON.stringify(parse(text));
  } catch {
    return text;
  }
};

/** The variables as `path = value` pairs, to say what differs between A and B. */
function pairs(value: unknown, prefix = ''): Map<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return new Map([[prefix, JSON.stringify(value)]]);
  return new Map(Object.entries(value).flatMap(([key, child]) => [...pairs(child, prefix ? `${prefix}.${key}` : key)]));
}

function difference(a: string, b: string): string {
  try {
    const [left, right] = [pairs(parse(a)), pairs(parse(b))];
    const keys = [...new Set([...left.keys(), ...right.keys()])].filter((k) => left.get(k) !== right.get(k));
    if (keys.length === 0) return 'A et B sont identiques.';
    return keys.map((k) => `${k} : A = ${left.get(k) ?? '—'}, B = ${right.get(k) ?? '—'}`).join(' ; ');
  } catch {
    return '';
  }
}

/**
 * Side by side: the last operation run for two sets of variables (A and B), rows paired, each
 * figure with the difference B − A.
 */
export function CompareView(props: { request: Request; rowsPath?: string; compare?: string; token?: string; onCompare: (b: string) => void }) {
  const initialA = JSON.stringify(props.request.variables ?? {});
  const [a, setA] = useState(initialA);
  const [b, setB] = useState(compact(props.compare ?? initialA));
  const [comparison, setComparison] = useState<Comparison>();
  const [error, setError] = useState('');

  const run = async (left: string, right: string) => {
    setError('');
    let variables: [Record<string, unknown>, Record<string, unknown>];
    try {
      variables = [parse(left), parse(right)];
    } catch {
      return setError('Les variables A et B doivent être du JSON.');
    }
    const answers = await Promise.all(variables.map((v) => execute({ ...props.request, variables: v }, props.token)));
    const failed = answers.flatMap((answer, i) =>
      (answer.errors ?? []).map((e) => `${i ? 'B' : 'A'} : ${e.message}${e.extensions?.code ? ` (${e.extensions.code})` : ''}`),
    );
    if (failed.length) setError(failed.join(' — '));
    const [tableA, tableB] = answers.map((answer) => flatten((answer.data ?? null) as Json, props.rowsPath));
    setComparison(compareTables(tableA!, tableB!));
  };

  // A new operation (a permalink, an analysis opened) is compared at once with the B it brings.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per new operation (request, rows path) only; `compare` changes as the user compares (onCompare) and must not re-run it, `initialA` and `run` derive from the request
  useEffect(() => {
    setA(initialA);
    const right = compact(props.compare ?? initialA);
    setB(right);
    void run(initialA, right);
  }, [props.request, props.rowsPath]);

  return (
    <div className="wb-compare">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onCompare(b);
          void run(a, b);
        }}
      >
        <label>
          Variables A
          <textarea value={a} onChange={(e) => setA(e.target.value)} rows={3} spellCheck={false} />
        </label>
        <label>
          Variables B
          <textarea value={b} onChange={(e) => setB(e.target.value)} rows={3} spellCheck={false} />
        </label>
        <button type="submit">Comparer</button>
      </form>
      {error && (
        <p role="alert" className="wb-error">
          {error}
        </p>
      )}
      {comparison && (
        <>
          <button type="button" onClick={() => download('comparaison-tne.csv', comparisonCsv(comparison), 'text/csv;charset=utf-8')}>
            Exporter la comparaison (CSV)
          </button>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable so that keyboard users can scroll it (axe: scrollable-region-focusable) */}
          <section className="wb-table-wrap" aria-label="Comparaison A / B" tabIndex={0}>
            <table className="wb-table">
              <caption>A et B côte à côte, lignes appariées dans l’ordre ; écart = B − A. {difference(a, b)}</caption>
              <thead>
                <tr>
                  {comparison.columns.map((c) => (
                    <th key={c.key} scope={c.figure ? 'colgroup' : 'col'} colSpan={c.figure ? 3 : 1} rowSpan={c.figure ? 1 : 2}>
                      {columnLabel(c)}
                    </th>
                  ))}
                </tr>
                <tr>
                  {comparison.columns.flatMap((c) =>
                    c.figure
                      ? [
                          <th key={`${c.key}-a`} scope="col">
                            A
                          </th>,
                          <th key={`${c.key}-b`} scope="col">
                            B
                          </th>,
                          <th key={`${c.key}-d`} scope="col">
                            Écart
                          </th>,
                        ]
                      : [],
                  )}
                </tr>
              </thead>
              <tbody>
                {comparison.rows.map((row, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are paired by position
                  <tr key={index}>
                    {comparison.columns.flatMap((c) => {
                      if (!c.figure)
                        return [
                          <td key={c.key} data-column={c.key}>
                            {pairText(row.a[c.key], row.b[c.key])}
                          </td>,
                        ];
                      return [
                        <CellTd key={`${c.key}-a`} cell={row.a[c.key]} column={c.key} side="a" />,
                        <CellTd key={`${c.key}-b`} cell={row.b[c.key]} column={c.key} side="b" />,
                        <CellTd key={`${c.key}-d`} cell={delta(row.a[c.key], row.b[c.key])} column={c.key} side="delta" />,
                      ];
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </div>
  );
}
