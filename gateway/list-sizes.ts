/**
 * How many items a list without `first` is assumed to hold, per parent (`Type.field`), for the cost
 * of an operation (gateway/cost.ts): a high but ordinary figure, not the rare extreme — 101
 * departments, a department's communes (up to about 900), a commune's schools (a few, hundreds
 * in a large city). Lists not named here count QUERY_DEFAULT_LIST_SIZE; breakdowns by an enum
 * count its values, and `years` the longest series.
 */
export const ASSUMED_LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.departments': 101,
  'Query.pedagogyRanking': 101,
  'Query.financeRanking': 101,
  'Query.parentalityRanking': 101,
  'Query.pedagogyIndicators': 50,
  'Query.financeIndicators': 50,
  'Query.parentalityIndicators': 50,
  'Query.crcnDomains': 5,
  'Query.resources': 50,
  'Query.calls': 20,
  'CallCampaign.projects': 50,
  // Months of the programme so far (since September 2020): a period's series is at most that long.
  // A catalogue's indicators, with room to grow (25, 10 and 4 today: test/e2e/indicator-values.test.ts checks).
  'PedagogyKpis.indicators': 30,
  'FinanceKpis.indicators': 15,
  'ParentalityKpis.indicators': 10,
  'PedagogyKpis.monthly': 80,
  'FinanceKpis.monthly': 80,
  'ParentalityKpis.monthly': 80,
  'CrcnDomain.competences': 6,
  'PixKpis.meanLevelByDomain': 5,
  'PixResult.competences': 16,
  'Training.competences': 16,
  'Department.communes': 900,
  'Department.calls': 20,
  'Department.priorityTerritories': 20,
  'Epci.communes': 100,
  'PriorityTerritory.communes': 10,
  'Commune.schools': 20,
  'School.resources': 20,
  'School.projects': 20,
  'Call.campaigns': 10,
  'Project.partnerSchools': 10,
  'FundingPlan.lines': 10,
  'Subsidy.disbursements': 10,
  'Household.childrenSchools': 5,
  'Training.sessions': 20,
  'Training.children': 20,
};
