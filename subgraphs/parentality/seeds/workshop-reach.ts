/**
 * Whom a seeded workshop reached among those who came, derived from its kind and attendance rather
 * than drawn (so every other seeded fact stays as it was): e-devoirs faits gathers pupils, the other
 * kinds parents with about as many children; about half the children are girls, about one in ten
 * has special educational needs.
 */
export function seededReach(kind: string, attendance: number): { girlsReached: number; specialNeedsReached: number } {
  const children = kind === 'HOMEWORK_ONLINE' ? attendance : Math.floor(attendance / 2);
  return { girlsReached: Math.round(children / 2), specialNeedsReached: Math.round(children / 10) };
}
