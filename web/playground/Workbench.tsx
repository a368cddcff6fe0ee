import { explorerPlugin } from '@graphiql/plugin-explorer';
import { HISTORY_PLUGIN } from '@graphiql/plugin-history';
import { useGraphiQL, useGraphiQLActions, useMonaco } from '@graphiql/react';
import type { Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../shared/analysis.js';
import { ANALYSES_PLUGIN } from './AnalysesPanel.js';
import { schema } from './catalogue.js';
import { WorkbenchContext, type WorkbenchActions } from './context.js';
import { execute, operationOf, type Execution, type Request } from './execute.js';
import { loadMine, storeMine } from './mine.js';
import { contrastedEditorTheme } from './monaco-theme.js';
import { linkOf, readPermalink, type Permalink } from './permalink.js';
import { ResultsPanel, type ViewState } from './results/ResultsPanel.js';
import { translateGraphiQL } from './translate.js';
import { ViewerBar } from './ViewerBar.js';
import { claimsOf, loadSettings, storedToken, storeToken, type Settings } from './viewer.js';

interface EditorHandle {
  load(query: string, variables: string): void;
  run(): void;
  current(): { query: string; variables: string };
}

/** Lives inside GraphiQL to reach its editors and its run action once they exist. */
function EditorBridge({ onReady }: { onReady: (handle: EditorHandle) => void }) {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const { run, setOperationName } = useGraphiQLActions();
  const monaco = useMonaco((state) => state.monaco);
  useEffect(() => {
    if (monaco && queryEditor) contrastedEditorTheme(monaco);
  }, [monaco, queryEditor]);
  useEffect(() => {
    if (!queryEditor || !variableEditor) return;
    onReady({
      load(query, variables) {
        queryEditor.setValue(query);
        variableEditor.setValue(variables);
        // GraphiQL reads the operation's name a moment later: run now, it would send (and record in
        // its history) the previous document's.
        setOperationName(operationOf(query) ?? '');
      },
      run,
      current: () => ({ query: queryEditor.getValue(), variables: variableEditor.getValue() }),
    });
  }, [queryEditor, variableEditor, run, setOperationName, onReady]);
  return null;
}

const DEFAULT_QUERY = `# Atelier d’analyse de tne-graph
#
# Écrivez une requête GraphQL : la complétion
# (Ctrl+Espace) et la validation suivent le
# schéma, documenté dans la barre de gauche.
# Lancez-la avec ▶ (Ctrl+Entrée).
#
# Les analyses enregistrées sont à gauche ;
# les résultats s’affichent dessous : tableau,
# graphique, côte à côte, CSV, lien permanent.
query Departements {
  departments(codes: ["18", "29"]) {
    code
    name
    population
    pupils
  }
}
`;

const PLUGINS = [ANALYSES_PLUGIN, HISTORY_PLUGIN, explorerPlugin({ showAttribution: false })];
const initialLink: Permalink = readPermalink();
const DEFAULT_VIEW: ViewState = { view: 'table' };

export function Workbench() {
  const [token, setToken] = useState(storedToken);
  const [settings, setSettings] = useState<Settings>({ developmentTokens: false, trustedDocuments: 'off' });
  const [execution, setExecution] = useState<Execution>();
  const [view, setView] = useState<ViewState>({ ...DEFAULT_VIEW, ...initialLink });
  const [mine, setMineState] = useState(loadMine);
  const editor = useRef<EditorHandle>(undefined);
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const pendingRun = useRef(Boolean(initialLink.query));

  useEffect(() => void loadSettings().then(setSettings), []);
  useEffect(() => translateGraphiQL(), []);

  const fetcher = useMemo<Fetcher>(
    () => async (params, options) => {
      const request: Request = {
        query: params.query,
        variables: params.variables ?? undefined,
        operationName: params.operationName,
        headers: options?.headers as Record<string, string> | undefined,
      };
      const answer = await execute(request, tokenRef.current);
      setExecution({ request, answer });
      return answer as Awaited<ReturnType<Fetcher>>;
    },
    [],
  );

  const onReady = useCallback((handle: EditorHandle) => {
    editor.current = handle;
    // A permalink reproduces its analysis at once.
    if (pendingRun.current) {
      pendingRun.current = false;
      handle.run();
    }
  }, []);

  const changeToken = useCallback((next: string | undefined) => {
    storeToken(next);
    setToken(next);
  }, []);

  const setMine = useCallback((analyses: Analysis[]) => {
    storeMine(analyses);
    setMineState(analyses);
  }, []);

  const open = useCallback((analysis: Analysis) => {
    setView({ view: analysis.view, rows: analysis.rows, indicator: analysis.indicator, compare: analysis.compare });
    editor.current?.load(analysis.query, analysis.variables);
    editor.current?.run();
  }, []);

  // The address always reproduces what is on screen: the last operation run, its variables and the view.
  useEffect(() => {
    if (!execution) return;
    history.replaceState(null, '', linkOf(execution, view));
  }, [execution, view]);

  const role = claimsOf(token).role;
  const actions: WorkbenchActions = {
    open,
    current: () => editor.current?.current() ?? { query: '', variables: '{}' },
    view,
    mine,
    setMine,
    settings,
    role,
  };

  return (
    <WorkbenchContext.Provider value={actions}>
      <div className="wb">
        <header className="wb-header">
          <a className="wb-brand" href="/">
            tne-graph
          </a>
          <h1>Atelier d’analyse</h1>
          <ViewerBar token={token} settings={settings} onToken={changeToken} />
        </header>
        <main className="wb-main">
          <section className="wb-graphiql" aria-label="Éditeur GraphQL">
            <GraphiQL
              fetcher={fetcher}
              schema={schema}
              plugins={PLUGINS}
              visiblePlugin={ANALYSES_PLUGIN}
              defaultQuery={DEFAULT_QUERY}
              initialQuery={initialLink.query}
              initialVariables={initialLink.variables}
              defaultEditorToolsVisibility="variables"
              forcedTheme="light"
            >
              <GraphiQL.Logo>
                <span className="wb-logo">Requête</span>
              </GraphiQL.Logo>
              <EditorBridge onReady={onReady} />
            </GraphiQL>
          </section>
          <ResultsPanel execution={execution} view={view} onView={setView} token={token} />
        </main>
      </div>
    </WorkbenchContext.Provider>
  );
}
