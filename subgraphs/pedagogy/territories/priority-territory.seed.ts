import type { SeedStep } from '../../../platform/seeds/steps.js';
import { Commune } from '../communes/commune.entity.js';
import { Department } from '../departments/department.entity.js';
import { PriorityTerritory } from './priority-territory.entity.js';

/**
 * Finistère's 7 priority territories. The programme's own list is not public data we hold, so
 * each stands for the member communes of one of the department's least populated EPCIs (rural
 * areas, as the programme targets): the shape is real, the grouping a stand-in.
 */
export const priorityTerritorySeed: SeedStep = {
  name: 'priority territories',
  demo: false,
  done: async (em) => (await em.count(PriorityTerritory)) > 0,
  run: async (tx) => {
    const rows = await tx.getConnection().execute<Array<{ siren: string; name: string }>>(
      `select e.siren, e.name from epci e join commune c on c.epci_siren = e.siren
        where c.department_code = '29' group by e.siren, e.name
        having count(*) = (select count(*) from commune m where m.epci_siren = e.siren)
        order by e.population asc, e.siren limit 7`,
    );
    for (const [i, epci] of rows.entries()) {
      const territory = tx.create(PriorityTerritory, {
        code: `29-T${i + 1}`,
        name: `Territoire prioritaire ${i + 1} — ${epci.name}`,
        department: tx.getReference(Department, '29'),
      });
      await tx.flush();
      await tx.nativeUpdate(Commune, { epci: epci.siren }, { priorityTerritory: territory.code });
    }
  },
};
