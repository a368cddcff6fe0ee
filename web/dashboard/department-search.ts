/** A department as the search knows it. */
export interface DepartmentEntry {
  code: string;
  name: string;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[-'’\s]+/g, ' ')
    .trim()
    .toLowerCase();

/** How the search's suggestions show a department: "Finistère (29)". */
export const optionText = (d: DepartmentEntry) => `${d.name} (${d.code})`;

/**
 * The department a text names: a code ("29", "2a"), a name with or without accents ("finistere"),
 * a suggestion as shown ("Finistère (29)"), or the only name that starts with it ("finis").
 */
export function findDepartment(all: readonly DepartmentEntry[], text: string): DepartmentEntry | undefined {
  const wanted = fold(text);
  if (!wanted) return undefined;
  const exact = all.find((d) => fold(d.code) === wanted || fold(d.name) === wanted || fold(optionText(d)) === wanted);
  if (exact) return exact;
  const starting = all.filter((d) => fold(d.name).startsWith(wanted));
  return starting.length === 1 ? starting[0] : undefined;
}
