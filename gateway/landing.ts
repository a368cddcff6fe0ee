import type { Route } from '../platform/http.js';
import { WEB_PAGES } from '../web/pages.js';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const EXAMPLE = `curl -s http://127.0.0.1:4000/graphql -H 'content-type: application/json' \\
  -d '{"query":"{ departments(codes: [\\"18\\", \\"29\\"]) { code name pupils } }"}'`;

/**
 * The page at `GET /`, in French and self-contained (no request to any other host): what the platform
 * is, a link to each page of the front end (`web/pages.ts`) and to the API.
 */
const PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>tne-graph — Territoires numériques éducatifs</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:50rem;padding:0 1rem;color:#1b1b35}
h1{font-size:1.5rem;margin-bottom:.2rem}a{color:#1f4fa3}li{margin:.6rem 0}
pre{background:#f3f4f8;padding:1rem;overflow:auto;font-size:.85rem}code{font-size:.9em}
</style></head><body>
<header><h1>tne-graph</h1><p>Un seul graphe GraphQL pour les <strong>Territoires numériques éducatifs</strong> :
pédagogie, financement et parentalité, pour chaque département.</p></header>
<main>
<h2>Pages</h2>
<ul>
${WEB_PAGES.map((page) => `<li><a href="${page.path}">${escapeHtml(page.title)}</a> — ${escapeHtml(page.summary)}</li>`).join('\n')}
<li><a href="/graphql">API GraphQL</a> (<code>/graphql</code>) — requêtes en <code>POST</code> avec
<code>content-type: application/json</code> ; un navigateur qui ouvre cette adresse reçoit l’atelier d’analyse.
Le schéma est la documentation : chaque type, champ et argument y est décrit.</li>
</ul>
<h2>Exemple</h2>
<pre>${escapeHtml(EXAMPLE)}</pre>
<p>Jeton de développement : <code>npm run token -- --role ANALYST --department 18</code>, envoyé en
<code>Authorization: Bearer …</code> (sans jeton : profil public).</p>
</main></body></html>`;

export const landingRoute: Route = (_req, res) => {
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(PAGE);
};
