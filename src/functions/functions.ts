/**
 * The AMZN custom functions. Each one is a thin wrapper: Excel's arguments go to core untouched
 * (core parses and validates them), failures come back as CustomFunctions.Error in the user's
 * language. The JSDoc below generates functions.json (custom-functions-metadata-plugin): ids are
 * explicit because the plugin would otherwise upper-case the TypeScript name.
 *
 * Types: arguments that accept several forms (2024, "FY2024", "2026E") are declared `any` in the
 * metadata through a union type; the union is validated in core.
 */
import * as api from "../core/api";
import { excelCall } from "./excel-errors";

type Arg = number | string | boolean;

/**
 * Amazon's total net sales for a fiscal year. Example: =AMZN.REVENUE(2024) returns 638.
 * @customfunction REVENUE
 * @helpurl https://localhost:3000/assets/help/en/revenue.html
 * @param period Fiscal year: 2024, "FY2024", "FY0" (latest, 2025), "FY-1".
 * @param [unit] "B" billions of US$ (default), "M", "K" or "U" (dollars).
 * @param [basis] "report" (default: the report's figures) or "filings" (Amazon's filed figures).
 * @returns Revenue in the chosen unit.
 */
export function revenue(period: Arg, unit?: string, basis?: string): number {
  return excelCall(() => api.revenue(period, unit, basis));
}
