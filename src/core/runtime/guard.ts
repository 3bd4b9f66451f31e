/**
 * The API functions' last line of defence (api.ts, reconcile-api.ts): no raw exception and no bad
 * number or spill ever reaches Excel; a bug shows as an AmznError that says what went wrong.
 */
import { AmznError, type Spill, malformed } from "./errors";

/** Run `body`; turn any non-AmznError exception into an AmznError. */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof AmznError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new AmznError("value", { en: `internal error: ${detail}`, fr: `erreur interne : ${detail}` });
  }
}

export function finite(value: number): number {
  if (!Number.isFinite(value)) {
    throw malformed("the result is not a finite number", "le résultat n'est pas un nombre fini");
  }
  return value;
}

/**
 * `spill` if it is a non-empty rectangle of finite numbers and text (non-empty text with
 * `allowEmptyText: false`), else an AmznError.
 */
export function checkSpill(spill: Spill, { allowEmptyText = true } = {}): Spill {
  const width = spill[0]?.length ?? 0;
  if (spill.length === 0 || width === 0) throw malformed("empty result", "résultat vide");
  for (const row of spill) {
    if (row.length !== width) throw malformed("the result is not rectangular", "le résultat n'est pas rectangulaire");
    for (const cell of row) {
      if (typeof cell === "number") finite(cell);
      else if (typeof cell !== "string" || (!allowEmptyText && cell.length === 0))
        throw malformed("the result has an empty cell", "le résultat a une cellule vide");
    }
  }
  return spill;
}
