/**
 * The one notice of AMZN cells that still show #NAME? after a write in a French Excel (the builder,
 * the gallery, Restore): by cause, since each asks the user for something else.
 */
import type { ViewContext } from "../app";

export interface NameErrorCounts {
  /** Still #NAME? with their French form in: this Excel knows neither name (Repair or reload). */
  readonly unresolved?: number;
  /** Still #NAME? because Excel refused their French form: a list in braces to enter as a range. */
  readonly refused?: number;
}

/** The sentences to add after "inserted …", or undefined when every cell calculates. */
export function nameErrorNotice(t: ViewContext["t"], counts: NameErrorCounts | undefined): string | undefined {
  const unresolved = counts?.unresolved ?? 0;
  const refused = counts?.refused ?? 0;
  const parts = [
    ...(unresolved > 0 ? [t("formulasUnresolved", { count: unresolved })] : []),
    ...(refused > 0 ? [t("formulasRefused", { count: refused })] : []),
  ];
  return parts.length > 0 ? parts.join(" ") : undefined;
}
