/**
 * Excel's grid: 1,048,576 rows by 16,384 columns ("Excel specifications and limits",
 * https://support.microsoft.com/office/1672b34d-7043-467e-8e27-269d656771c3). A spill larger than
 * that can never show: Excel would answer #SPILL! after the whole result was computed and sent.
 * So a function that can tell its result's size beforehand refuses with #VALUE! saying so, and
 * every spill is checked on its way out (checkSpill).
 */
import { malformed } from "./errors";

export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** Throws #VALUE! when a result of `rows` × `columns` cells cannot fit Excel's grid. */
export function checkFitsGrid(rows: number, columns: number): void {
  if (rows <= EXCEL_ROWS && columns <= EXCEL_COLUMNS) return;
  const en = (n: number, one: string, many: string): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
  const fr = (n: number, one: string, many: string): string => `${n.toLocaleString("fr-FR")} ${n === 1 ? one : many}`;
  throw malformed(
    `the result would be ${en(rows, "row", "rows")} × ${en(columns, "column", "columns")}, more than Excel's grid holds (${en(EXCEL_ROWS, "row", "rows")} × ${en(EXCEL_COLUMNS, "column", "columns")}): ask for fewer`,
    `le résultat ferait ${fr(rows, "ligne", "lignes")} × ${fr(columns, "colonne", "colonnes")}, plus que la grille d'Excel (${fr(EXCEL_ROWS, "ligne", "lignes")} × ${fr(EXCEL_COLUMNS, "colonne", "colonnes")}) : demandez-en moins`,
  );
}
