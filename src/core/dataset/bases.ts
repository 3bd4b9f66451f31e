/** Bases: "report" (default) or "filings"; French "rapport", "publié", "dépôts" too. */
import type { Basis } from "../../data/index";
import { isBlank, scalarArg, shown } from "../inputs";
import { malformed } from "../runtime";
import { normalize, suggest } from "../wording";

export interface BasisChoice {
  readonly basis: Basis;
  /** False when the caller left the basis out: then a missing figure falls back to the other basis. */
  readonly named: boolean;
}

const ALIASES: ReadonlyMap<string, Basis> = new Map<string, Basis>([
  ...["report", "rapport", "the report", "le rapport"].map((k) => [k, "report"] as const),
  ...[
    "filings",
    "filing",
    "filed",
    "sec",
    "publie",
    "publies",
    "publiee",
    "publiees",
    "chiffres publies",
    "depots",
    "depot",
    "depose",
    "deposes",
  ].map((k) => [k, "filings"] as const),
]);

export function parseBasis(arg: unknown): BasisChoice {
  const value = scalarArg(arg, { en: "basis", fr: "base" });
  if (isBlank(value)) return { basis: "report", named: false };
  if (typeof value === "string") {
    const basis = ALIASES.get(normalize(value));
    if (basis !== undefined) return { basis, named: true };
  }
  const guess = typeof value === "string" ? suggest(value, ALIASES) : undefined;
  const hintEn = guess === undefined ? "" : ` did you mean '${guess}'?`;
  const hintFr = guess === undefined ? "" : ` vouliez-vous dire « ${guess === "report" ? "rapport" : "publié"} » ?`;
  throw malformed(
    `${shown(value, "en")} is not a basis;${hintEn} use "report" (the report's figures, default) or "filings" (Amazon's filed figures)`,
    `${shown(value, "fr")} n'est pas une base ;${hintFr} utilisez « rapport » (chiffres du rapport, par défaut) ou « publié » (chiffres déposés par Amazon)`,
  );
}
