/**
 * Straight-line depreciation of yearly capex vintages.
 *
 * Convention "full" (default): a vintage bought in year v is charged cost / L in each of the years
 * v … v + L − 1. Convention "half": half a year's charge in the purchase year and in year v + L,
 * a full year's charge in between, so the total charged is still the cost.
 *
 * The schedule covers the horizon of the input only: charges that would fall after the last input
 * year are truncated (they are not lost from the asset's cost; they simply lie outside the
 * horizon the caller asked about).
 */
import { resolveAlias } from "./scenario-text";

export type DepreciationConvention = "full" | "half";

export const DEPRECIATION_CONVENTIONS: readonly DepreciationConvention[] = ["full", "half"];

/** Normalised spelling -> convention: English ids, French aliases ("plein", "demi"). */
const CONVENTION_ALIASES: Readonly<Record<string, DepreciationConvention>> = {
  full: "full",
  full_year: "full",
  plein: "full",
  pleine: "full",
  annee_pleine: "full",
  half: "half",
  half_year: "half",
  demi: "half",
  demi_annee: "half",
};

/** Parse a convention name; omitted or empty text means "full". Throws AmznError ("value"). */
export function parseConvention(text: string | undefined): DepreciationConvention {
  if (text === undefined || text.trim() === "") return "full";
  return resolveAlias(
    text,
    CONVENTION_ALIASES,
    { en: "unknown depreciation convention", fr: "convention d'amortissement inconnue" },
    { en: "'full' (default) or 'half'", fr: "« full » / « plein » (par défaut) ou « half » / « demi »" },
  );
}

/**
 * The yearly depreciation charge of a series of yearly capex amounts, over the same horizon.
 * Amounts must be finite and non-negative, `usefulLife` a whole number ≥ 1 (the raw-argument API
 * validates both). Each vintage's charge is computed as amount / L (or amount / (2L)), so a
 * schedule is exact to the last bit when the amounts are.
 */
export function straightLineSchedule(
  amounts: readonly number[],
  usefulLife: number,
  convention: DepreciationConvention = "full",
): number[] {
  const horizon = amounts.length;
  const lastAge = convention === "full" ? usefulLife - 1 : usefulLife;
  // Pushed, not `new Array(n).fill(0)`: a packed array, like the model's other rows, so the code
  // reading them all (the spill, the finite check) sees one element kind.
  const schedule: number[] = [];
  for (let t = 0; t < horizon; t++) {
    let charge = 0;
    // Vintages in ascending order, so the sum is the same as the sheet's column SUM.
    for (let v = Math.max(0, t - lastAge); v <= t; v++) {
      const amount = amounts[v] ?? 0;
      const age = t - v;
      if (convention === "half" && (age === 0 || age === usefulLife)) charge += amount / (2 * usefulLife);
      else if (age < usefulLife) charge += amount / usefulLife;
    }
    schedule.push(charge);
  }
  return schedule;
}
