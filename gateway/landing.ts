import type { Route } from '../subgraphs/common/http.js';

/**
 * The page at `GET /`: works offline (Apollo's default landing page loads from the internet).
 * A small query runner: a query, optional variables and a bearer token, posted to /graphql.
 */
const EXAMPLE = `query CompareDepartments {
  departments(codes: ["18", "29"]) {
    code
    name
    population
    pupils
    pedagogy { tneSchools { value perThousandPupils } }
    finance { equipmentGranted { value { cents currency } } }
    parentality { workshopsHeld { value } attendance { value suppressed } }
  }
}`;

const PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>tne-graph</title>
<style>
body{font:15px system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1e1e1e}
h1{font-size:1.4rem}textarea,input{width:100%;box-sizing:border-box;font:13px ui-monospace,monospace}
textarea{height:16rem}pre{background:#f4f4f4;padding:1rem;overflow:auto;max-height:30rem}
button{font-size:1rem;padding:.4rem 1.2rem;margin:.5rem 0}label{display:block;margin-top:.8rem;font-weight:600}
</style></head><body>
<h1>tne-graph — Territoires numériques éducatifs</h1>
<p>One GraphQL graph over pedagogy, finance and parentality, for every department.
POST queries to <code>/graphql</code> with <code>content-type: application/json</code>.
The schema is the documentation: ask <code>__schema</code>, or read <code>schema/api.graphql</code> in the repository.</p>
<label for="q">Query</label><textarea id="q">${EXAMPLE}</textarea>
<label for="v">Variables (JSON)</label><input id="v" value="{}">
<label for="t">Bearer token (optional; <code>npm run token -- --role ANALYST</code>)</label><input id="t" value="">
<button id="run">Run</button>
<pre id="out"></pre>
<script>
document.getElementById('run').onclick = async () => {
  const out = document.getElementById('out');
  const token = document.getElementById('t').value.trim();
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = 'Bearer ' + token;
  try {
    const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({
      query: document.getElementById('q').value, variables: JSON.parse(document.getElementById('v').value || '{}') }) });
    out.textContent = JSON.stringify(await res.json(), null, 2);
  } catch (e) { out.textContent = String(e); }
};
</script></body></html>`;

export const landingRoute: Route = (_req, res) => {
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(PAGE);
};
