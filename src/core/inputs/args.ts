/**
 * Raw Excel arguments: scalars, empty cells, omitted arguments, ranges. Excel passes null for an
 * empty cell and for an omitted optional argument ("When no value is specified for an optional
 * parameter, Excel assigns it the value null",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options); core's
 * JavaScript callers leave an omitted argument undefined. Both, and blank text, mean "use the
 * default" for optional arguments.
 */
import { type Bilingual, type CellScalar, type Lang, malformed } from "../runtime";
import { normalize, quoteInput } from "../wording";

/** A scalar argument: ranges of one cell are unwrapped, larger ranges are refused. */
export function scalarArg(arg: unknown, name: Bilingual): CellScalar {
  let value: unknown = arg;
  while (Array.isArray(value) && value.length === 1) value = value[0];
  if (value === null || value === undefined) return value;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  throw malformed(
    `${name.en} must be a single value, not ${describe(arg, "en")}`,
    `${name.fr} doit être une seule valeur, pas ${describe(arg, "fr")}`,
  );
}

/** True for an omitted argument, an empty cell or blank text. */
export function isBlank(value: CellScalar): value is null | undefined | string {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Every cell of a range (any nesting, ragged or not), in reading order. */
export function flattenArg(arg: unknown): unknown[] {
  if (!Array.isArray(arg)) return [arg];
  const out: unknown[] = [];
  // An explicit stack of iterators, so a deeply nested array cannot overflow the call stack.
  const iterators: Iterator<unknown>[] = [(arg as unknown[])[Symbol.iterator]()];
  while (iterators.length > 0) {
    const top = iterators[iterators.length - 1];
    if (top === undefined) break;
    const step = top.next();
    if (step.done === true) iterators.pop();
    else if (Array.isArray(step.value)) iterators.push((step.value as unknown[])[Symbol.iterator]());
    else out.push(step.value);
  }
  return out;
}

/** The value as a message can show it. */
export function describe(value: unknown, lang: Lang): string {
  const fr = lang === "fr";
  if (value === null) return fr ? "une cellule vide" : "an empty cell";
  if (value === undefined) return fr ? "rien" : "nothing";
  if (typeof value === "string")
    return value.trim() === "" ? (fr ? "un texte vide" : "empty text") : quoteInput(value, lang);
  if (typeof value === "number") return `${fr ? "le nombre" : "the number"} ${formatRaw(value, lang)}`;
  if (typeof value === "boolean") return fr ? (value ? "VRAI" : "FAUX") : value ? "TRUE" : "FALSE";
  if (Array.isArray(value)) {
    const rows = value.length;
    const cols = Array.isArray(value[0]) ? (value[0] as unknown[]).length : 1;
    return fr ? `une plage de ${rows}×${cols} cellules` : `a range of ${rows}×${cols} cells`;
  }
  return fr ? `une valeur de type ${typeof value}` : `a value of type ${typeof value}`;
}

/**
 * The value as the subject of a sentence: 24, 'abc' / « abc », TRUE / VRAI, "an empty cell". For
 * "24 is not a period" rather than "period the number 24 is out of range". Never NaN or Infinity.
 */
export function shown(value: unknown, lang: Lang): string {
  const fr = lang === "fr";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fr ? "cette valeur" : "this value";
    return formatRaw(value, lang);
  }
  if (value === null) return fr ? "une cellule vide" : "an empty cell";
  return describe(value, lang);
}

function formatRaw(value: number, lang: Lang): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return lang === "fr" ? "+infini" : "+Infinity";
  if (value === -Infinity) return lang === "fr" ? "−infini" : "−Infinity";
  const text = String(value);
  return lang === "fr" ? text.replace(".", ",") : text;
}

const LANGS: ReadonlyMap<string, Lang> = new Map<string, Lang>([
  ["en", "en"],
  ["english", "en"],
  ["anglais", "en"],
  ["fr", "fr"],
  ["french", "fr"],
  ["francais", "fr"],
]);

/** "en" / "fr", also "english", "français", and culture codes such as "fr-FR" or "en-US". Default "en". */
export function parseLang(arg: unknown): Lang {
  const value = scalarArg(arg, { en: "lang", fr: "langue" });
  if (isBlank(value)) return "en";
  if (typeof value === "string") {
    const key = normalize(value);
    const direct = LANGS.get(key);
    if (direct !== undefined) return direct;
    const culture = /^(en|fr) [a-z]{2,4}$/.exec(key);
    if (culture?.[1] === "en" || culture?.[1] === "fr") return culture[1];
  }
  throw malformed(
    `lang must be "en" or "fr" (also "english", "français", "fr-FR"), not ${describe(value, "en")}`,
    `langue doit valoir « en » ou « fr » (aussi « english », « français », « fr-FR »), pas ${describe(value, "fr")}`,
  );
}

/** headers: 1 (default) or 0; TRUE/FALSE and "yes"/"no", "oui"/"non" too. */
export function parseHeaders(arg: unknown): boolean {
  const value = scalarArg(arg, { en: "headers", fr: "en_tetes" });
  if (isBlank(value)) return true;
  if (value === 1 || value === true) return true;
  if (value === 0 || value === false) return false;
  if (typeof value === "string") {
    const key = normalize(value);
    if (["1", "true", "vrai", "yes", "oui"].includes(key)) return true;
    if (["0", "false", "faux", "no", "non"].includes(key)) return false;
  }
  throw malformed(
    `headers must be 1 (year row and label column) or 0 (values only), not ${describe(value, "en")}`,
    `en_tetes doit valoir 1 (ligne des années et colonne des libellés) ou 0 (valeurs seules), pas ${describe(value, "fr")}`,
  );
}
