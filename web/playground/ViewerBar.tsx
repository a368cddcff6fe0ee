import { useState } from 'react';
import { claimsOf, developmentToken, ROLE_LABELS, type Settings } from './viewer.js';

const time = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/**
 * Who am I: the viewer every request is sent as, and how to change it — a development token for a
 * role and departments (outside production), or a real token pasted in.
 */
export function ViewerBar({ token, settings, onToken }: { token?: string; settings: Settings; onToken: (token: string | undefined) => void }) {
  const claims = claimsOf(token);
  const [role, setRole] = useState('ANALYST');
  const [departments, setDepartments] = useState('18, 29');
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState('');
  const expired = claims.expiresAt && claims.expiresAt.getTime() < Date.now();

  const pick = async (event: React.FormEvent) => {
    event.preventDefault();
    setError('');
    if (role === 'PUBLIC') return onToken(undefined);
    try {
      const codes = departments
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map((code) => code.toUpperCase());
      onToken(await developmentToken(role, codes));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const paste = (event: React.FormEvent) => {
    event.preventDefault();
    const value = pasted.trim().replace(/^Bearer\s+/i, '');
    if (value.split('.').length !== 3) return setError('Un jeton JWT a trois parties séparées par des points.');
    setError('');
    setPasted('');
    onToken(value);
  };

  return (
    <details className="wb-viewer">
      <summary>
        <span className="wb-viewer-label">Profil :</span> <strong data-testid="viewer-role">{ROLE_LABELS[claims.role] ?? claims.role}</strong>
        {claims.departments.length > 0 && <> · départements {claims.departments.join(', ')}</>}
        {claims.expiresAt && (
          <>
            {' '}
            · {expired ? 'expiré' : 'expire'} le {time.format(claims.expiresAt)}
          </>
        )}
      </summary>
      <div className="wb-viewer-forms">
        {settings.developmentTokens && (
          <form onSubmit={pick} aria-label="Profil de développement">
            <p className="wb-note">Développement : un jeton signé par la passerelle pour le rôle choisi.</p>
            <label>
              Rôle
              <select value={role} onChange={(e) => setRole(e.target.value)}>
                {Object.entries(ROLE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Départements (codes)
              <input value={departments} onChange={(e) => setDepartments(e.target.value)} placeholder="18, 29" />
            </label>
            <button type="submit">Prendre ce profil</button>
          </form>
        )}
        <form onSubmit={paste} aria-label="Jeton d’accès">
          <label>
            Jeton d’accès (Bearer)
            <input type="password" autoComplete="off" value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder="eyJ…" />
          </label>
          <button type="submit">Utiliser ce jeton</button>
          <button type="button" onClick={() => onToken(undefined)} disabled={!token}>
            Revenir au profil public
          </button>
        </form>
        {error && (
          <p role="alert" className="wb-error">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
