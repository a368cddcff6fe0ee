import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  DashboardCatalogueDocument,
  DashboardComparisonDocument,
  DashboardProgrammeDocument,
  DashboardTrendsDocument,
} from '../../schema/generated/graphql.js';
import { Cards } from './Cards.js';
import { ComparisonSection } from './ComparisonSection.js';
import { Controls } from './Controls.js';
import { allIndicators, effectivePer } from './data.js';
import { MapSection } from './MapSection.js';
import { ProgrammeSection } from './ProgrammeSection.js';
import { RankingSection } from './RankingSection.js';
import { useRanking } from './ranking.js';
import { TrendsSection } from './TrendsSection.js';
import { usePublished } from './use-published.js';
import { type DashboardView, readView, viewSearch } from './view.js';

/** The view lives in the URL: every change is a history entry, so a link or the back button gives it again. */
function useView(): [DashboardView, (view: DashboardView) => void] {
  const [view, setView] = useState(() => readView(window.location.search));
  useEffect(() => {
    const back = () => setView(readView(window.location.search));
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);
  useEffect(() => {
    if (window.location.search !== viewSearch(view)) window.history.replaceState(null, '', viewSearch(view));
  }, [view]);
  const change = useCallback((next: DashboardView) => {
    window.history.pushState(null, '', viewSearch(next));
    setView(next);
  }, []);
  return [view, change];
}

function Status({ loading, error }: { loading: boolean; error?: string }) {
  if (error)
    return (
      <p className="db-error" role="alert">
        Les données n’ont pas pu être chargées : {error}
      </p>
    );
  return (
    <p className="db-loading" role="status">
      {loading ? 'Chargement des données…' : ''}
    </p>
  );
}

/** The public dashboard: cards, comparison, trends, national ranking and map of the departments chosen. */
export function Dashboard() {
  const [view, setView] = useView();
  const catalogue = usePublished(DashboardCatalogueDocument, {});
  const period = view.schoolYear ? { schoolYear: view.schoolYear } : null;
  const comparison = usePublished(DashboardComparisonDocument, { codes: view.codes, period });
  const trends = usePublished(DashboardTrendsDocument, { codes: view.codes });
  // Who runs the programme, how to submit and its events: the full page only, not an embedded chart.
  const programme = usePublished(DashboardProgrammeDocument, view.embedded ? null : { codes: view.codes });
  const indicators = useMemo(() => (catalogue.data ? allIndicators(catalogue.data) : []), [catalogue.data]);
  const info = indicators.find((i) => i.name === view.indicator) ?? indicators[0];
  const ranking = useRanking(info, view.per, view.schoolYear);
  const per = info ? effectivePer(info, view.per) : view.per;
  const periodText = view.schoolYear ? `année scolaire ${view.schoolYear}` : 'depuis le début du programme';
  const departments = comparison.data?.departments ?? [];
  const loading = catalogue.loading || comparison.loading || trends.loading || ranking.loading;
  return (
    <div className={`db${view.embedded ? ' db-embedded' : ''}`} aria-busy={loading}>
      {!view.embedded && (
        <header className="db-header">
          <p className="db-brand">
            <a href="/">tne-graph</a> · Territoires numériques éducatifs
          </p>
          <h1>Tableau de bord des départements</h1>
          <p>Comparer les départements, suivre leur évolution depuis 2020-2021 et les situer dans le classement national.</p>
        </header>
      )}
      <main id="contenu">
        {!view.embedded && catalogue.data && <Controls view={view} departments={catalogue.data.departments} indicators={indicators} onChange={setView} />}
        <Status loading={loading} error={catalogue.error ?? comparison.error ?? trends.error ?? ranking.error ?? programme.error} />
        {info && comparison.data && (
          <section aria-labelledby="cards-title">
            <h2 id="cards-title">
              Indicateurs — {departments.map((d) => d.name).join(', ')} — {periodText}
            </h2>
            <Cards indicators={indicators} departments={departments} indicator={info.name} onChoose={(indicator) => setView({ ...view, indicator })} />
          </section>
        )}
        {info && (
          <section aria-labelledby="charts-title" className="db-charts">
            <h2 id="charts-title">
              {info.label} — {periodText}
            </h2>
            {comparison.data && <ComparisonSection info={info} per={per} departments={departments} period={periodText} />}
            {trends.data && <TrendsSection info={info} per={per} departments={trends.data.departments} />}
            {ranking.ranks && <RankingSection info={info} per={per} ranks={ranking.ranks} codes={view.codes} period={periodText} />}
            {ranking.ranks && <MapSection info={info} per={per} ranks={ranking.ranks} codes={view.codes} period={periodText} />}
          </section>
        )}
        {programme.data && <ProgrammeSection data={programme.data} />}
      </main>
      <footer className="db-footer">
        {view.embedded ? (
          <a href={`/tableau-de-bord${viewSearch({ ...view, embedded: false })}`} target="_blank" rel="noopener">
            Ouvrir le tableau de bord complet
          </a>
        ) : (
          <p>
            Données : API GraphQL <a href="/graphql">/graphql</a> de tne-graph (opérations publiées). Les effectifs de moins de quelques personnes sont masqués
            (secret statistique).
          </p>
        )}
      </footer>
    </div>
  );
}
