/**
 * Every status a reconciliation row can have, and its words in each language: the one place the
 * functions, the notes, the sheet and the audit view read them from. A French reader reads French
 * words, never an English status.
 */
import type { KpiStatus } from "../../data/index";
import type { Lang } from "../runtime";

/** A claim's status against the figures (THE RULE, reconcile.ts). */
export type ReconStatus = "ok" | "rounding" | "mismatch";
export const RECON_STATUSES: readonly ReconStatus[] = ["ok", "rounding", "mismatch"];

/** The report judged whole: it contradicts itself, or it claims a cause the figures cannot test. */
export type WholeStatus = "inconsistent" | "not_testable";
export const WHOLE_STATUSES: readonly WholeStatus[] = ["inconsistent", "not_testable"];

/** Any status a row of RECONCILE or of the reconciliation sheet shows. */
export type AnyStatus = ReconStatus | WholeStatus | KpiStatus;
export const ALL_STATUSES: readonly AnyStatus[] = [...RECON_STATUSES, ...WHOLE_STATUSES, "outdated", "unverified"];

const STATUS_WORDS: Readonly<Record<AnyStatus, Readonly<Record<Lang, string>>>> = {
  ok: { en: "ok", fr: "conforme" },
  rounding: { en: "rounding", fr: "arrondi" },
  mismatch: { en: "mismatch", fr: "écart" },
  inconsistent: { en: "inconsistent", fr: "incohérent" },
  not_testable: { en: "not testable from figures", fr: "non vérifiable par les chiffres" },
  outdated: { en: "outdated", fr: "dépassé" },
  unverified: { en: "unverified", fr: "non vérifié" },
};

/** A status as a reader of `lang` reads it: ok / rounding / mismatch…, conforme / arrondi / écart… */
export function statusWord(status: AnyStatus, lang: Lang): string {
  return STATUS_WORDS[status][lang];
}
