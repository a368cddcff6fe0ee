import type { GraphiQLPlugin } from '@graphiql/react';
import { useContext, useRef, useState } from 'react';
import { download } from '../shared/download.js';
import type { Analysis } from '../shared/analysis.js';
import { publishedId, SHIPPED } from './catalogue.js';
import { exportMine, exportOne, importFile } from './mine.js';
import { WorkbenchContext } from './context.js';

/** Roles that may send free text where trusted documents are enforced (gateway/trusted-documents.ts). */
const FREE_TEXT_ROLES = new Set(['ANALYST', 'ADMIN']);

function AnalysisItem({ analysis, onOpen, actions }: { analysis: Analysis; onOpen: () => void; actions?: React.ReactNode }) {
  const published = Boolean(publishedId(analysis.query));
  return (
    <li className="wb-analysis">
      <button type="button" className="wb-analysis-open" onClick={onOpen}>
        {analysis.title}
      </button>
      {published && (
        <span className="wb-badge" title="Opération publiée : tout le monde peut la lancer">
          publiée
        </span>
      )}
      {analysis.description && <p>{analysis.description}</p>}
      {actions}
    </li>
  );
}

function SaveForm() {
  const wb = useContext(WorkbenchContext)!;
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const { query, variables } = wb.current();
    if (!title.trim() || !query.trim()) return;
    const { view, rows, indicator, compare } = wb.view;
    wb.setMine([
      ...wb.mine,
      {
        id: `mine-${Date.now().toString(36)}`,
        title: title.trim(),
        description: description.trim(),
        query,
        variables: variables || '{}',
        view,
        rows,
        indicator,
        compare,
      },
    ]);
    setTitle('');
    setDescription('');
  };
  return (
    <form className="wb-save" onSubmit={save}>
      <label>
        Titre
        <input value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label>
        Description
        <input value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <button type="submit">Enregistrer la requête en cours</button>
    </form>
  );
}

function Panel() {
  const wb = useContext(WorkbenchContext)!;
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // Under enforcement, PUBLIC and the other roles may run only published operations.
  const restricted = wb.settings.trustedDocuments === 'enforce' && !FREE_TEXT_ROLES.has(wb.role);
  const shipped = restricted ? SHIPPED.filter((a) => publishedId(a.query)) : SHIPPED;
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const imported = importFile(file.name, await file.text());
      wb.setMine([...wb.mine, ...imported]);
      setMessage(`${imported.length} analyse(s) importée(s).`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
    if (input.current) input.current.value = '';
  };
  return (
    <div className="wb-analyses">
      <h2 className="graphiql-doc-explorer-title">Analyses enregistrées</h2>
      {restricted && <p className="wb-note">Ce serveur n’exécute que les opérations publiées pour votre profil : seules celles-ci sont proposées.</p>}
      <h3>Analyses fournies</h3>
      <ul>
        {shipped.map((analysis) => (
          <AnalysisItem key={analysis.id} analysis={analysis} onOpen={() => wb.open(analysis)} />
        ))}
      </ul>
      <h3>Mes analyses</h3>
      {wb.mine.length === 0 && <p className="wb-note">Aucune pour l’instant : enregistrez la requête en cours ci-dessous, ou importez un fichier.</p>}
      <ul>
        {wb.mine.map((analysis) => (
          <AnalysisItem
            key={analysis.id}
            analysis={analysis}
            onOpen={() => wb.open(analysis)}
            actions={
              <span className="wb-analysis-actions">
                <button type="button" onClick={() => download(`${analysis.title.replace(/[^\p{L}\p{N}]+/gu, '-')}.graphql`, exportOne(analysis), 'text/plain')}>
                  Exporter
                </button>
                <button type="button" onClick={() => wb.setMine(wb.mine.filter((a) => a.id !== analysis.id))}>
                  Supprimer
                </button>
              </span>
            }
          />
        ))}
      </ul>
      <SaveForm />
      <div className="wb-share">
        <button type="button" disabled={wb.mine.length === 0} onClick={() => download('analyses-tne.json', exportMine(wb.mine), 'application/json')}>
          Exporter mes analyses
        </button>
        <label className="wb-file">
          Importer un fichier (.json, .graphql)
          <input ref={input} type="file" accept=".json,.graphql,application/json" onChange={(e) => void onImport(e.target.files?.[0])} />
        </label>
      </div>
      <p role="status" className="wb-note">
        {message}
      </p>
    </div>
  );
}

function Icon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M5 3h10l4 4v14H5z" />
      <path d="M8 11h8M8 15h8M8 7h5" />
    </svg>
  );
}

export const ANALYSES_PLUGIN: GraphiQLPlugin = { title: 'Analyses enregistrées', icon: Icon, content: Panel };
