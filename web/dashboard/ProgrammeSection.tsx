import type { DashboardProgrammeQuery } from '../../schema/generated/graphql.js';
import { formatText } from '../shared/format.js';

type Department = DashboardProgrammeQuery['departments'][number];
type ProgrammeEvent = DashboardProgrammeQuery['events']['nodes'][number];

/** How a call takes projects, as a staff member of a school reads it. */
const CHANNEL: Record<string, string> = {
  ACADEMY_FORM: 'formulaire de l’académie',
  DEPARTMENT_E_SERVICES: 'e-démarches du Conseil départemental',
  EMAIL: 'courriel',
};
/** A day as written in French, the first of the month as an ordinal: "1er sept. 2022", "20 nov. 2023". */
const day = (iso: string) => formatText(iso).replace(/^1 /, '1er ');
/** "du 20 nov. 2023 au 21 nov. 2023", or one day. */
const days = (from: string, to: string) => (from === to ? `le ${day(from)}` : `du ${day(from)} au ${day(to)}`);

function Calls({ calls }: { calls: Department['calls'] }) {
  const open = calls.filter((c) => c.submissionUrl);
  if (!open.length) return <p>Aucun appel à projets ne donne de lien de dépôt.</p>;
  return (
    <ul>
      {open.map((call) => (
        <li key={call.code}>
          {call.title} — dépôt par {call.submissionChannel ? CHANNEL[call.submissionChannel] : 'lien'}
          {call.submissionLabel ? ` (« ${call.submissionLabel} »)` : ''} : <a href={call.submissionUrl!}>déposer un projet</a>
          {call.owner ? ` — porteur : ${call.owner}` : ''}
        </li>
      ))}
    </ul>
  );
}

function Events({ events }: { events: ProgrammeEvent[] }) {
  if (!events.length) return <p>Aucun événement enregistré.</p>;
  return (
    <ul>
      {events.map((event) => (
        <li key={event.id}>
          {event.title}, {days(event.startsOn, event.endsOn)}
          {event.venue ? ` — ${event.venue}` : ''}
          {event.commune ? `, ${event.commune.name}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** Per department: who runs the programme (roles and functional mailboxes), how to submit a project, and its events. */
export function ProgrammeSection({ data }: { data: DashboardProgrammeQuery }) {
  return (
    <section aria-labelledby="programme-title" className="db-programme">
      <h2 id="programme-title">Le programme dans ces départements</h2>
      <div className="db-card-grid">
        {data.departments.map((d) => (
          <article key={d.code} className="db-card" aria-labelledby={`programme-${d.code}`} data-department={d.code}>
            <h3 id={`programme-${d.code}`}>
              {d.name} ({d.code})
            </h3>
            <p>{d.programmeStart && d.programmeEnd ? `Programme TNE ${days(d.programmeStart, d.programmeEnd)}.` : 'Département hors du programme TNE.'}</p>
            <h4>Contacts</h4>
            {d.contacts.length ? (
              <ul>
                {d.contacts.map((c) => (
                  <li key={`${c.role}-${c.mailbox}`}>
                    {c.label} : <a href={`mailto:${c.mailbox}`}>{c.mailbox}</a>
                  </li>
                ))}
              </ul>
            ) : (
              <p>Aucun contact enregistré.</p>
            )}
            <h4>Déposer un projet</h4>
            <Calls calls={d.calls} />
            <h4>Événements</h4>
            <Events events={data.events.nodes.filter((e) => e.department.code === d.code)} />
          </article>
        ))}
      </div>
    </section>
  );
}
