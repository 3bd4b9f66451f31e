/**
 * What each AMZN function answers, synchronously: Excel's arguments go to core untouched (core
 * parses and validates them), and any failure is thrown back as a CustomFunctions.Error in the
 * user's language (excelError). functions.ts, which Excel registers, forwards every call here once
 * this module (with core and the dataset, the "core" chunk) has loaded.
 *
 * The try/catch is written out in each function rather than passed a closure: these are the
 * hottest lines of a recalculation, and a closure per call costs about as much as the cached lookup
 * itself (npm run bench).
 *
 * Figures: REVENUE, NET_INCOME, AWS_REVENUE, METRIC, KPI and GROWTH return a number with its
 * provenance (an Excel.DoubleCellValue) where Excel supports it and the user has not turned it off,
 * else the plain number (number-values.ts).
 */
/* eslint-disable @typescript-eslint/no-explicit-any --
   a spill of numbers and text is any[][], as functions.ts declares it to Excel. */
import * as api from "../core/figures";
import * as reconciliation from "../core/reconcile";
import * as scenario from "../core/scenario";
import { displayLang, excelError } from "./excel-errors";
import * as numberValues from "./number-values";

export function revenue(period: number | string, unit?: string, basis?: string): number | Excel.DoubleCellValue {
  try {
    return numberValues.figure(api.revenue(period, unit, basis), "revenue", period, unit, basis);
  } catch (error) {
    throw excelError(error);
  }
}

export function netIncome(period: number | string, unit?: string, basis?: string): number | Excel.DoubleCellValue {
  try {
    return numberValues.figure(api.netIncome(period, unit, basis), "net_income", period, unit, basis);
  } catch (error) {
    throw excelError(error);
  }
}

export function awsRevenue(period: number | string, unit?: string, basis?: string): number | Excel.DoubleCellValue {
  try {
    return numberValues.figure(api.awsRevenue(period, unit, basis), "aws_revenue", period, unit, basis);
  } catch (error) {
    throw excelError(error);
  }
}

export function metric(
  metric: string,
  period: number | string,
  unit?: string,
  basis?: string,
): number | Excel.DoubleCellValue {
  try {
    return numberValues.figure(api.metric(metric, period, unit, basis), metric, period, unit, basis);
  } catch (error) {
    throw excelError(error);
  }
}

export function growth(
  metric: string,
  from: number | string,
  to: number | string,
  method?: string,
  basis?: string,
): number | Excel.DoubleCellValue {
  try {
    return numberValues.growth(api.growth(metric, from, to, method, basis), metric, from, to, method, basis);
  } catch (error) {
    throw excelError(error);
  }
}

export function series(
  metrics: string[][],
  from?: number | string,
  to?: number | string,
  unit?: string,
  basis?: string,
  headers?: number,
): any[][] {
  try {
    return api.series(metrics, from, to, unit, basis, headers, displayLang());
  } catch (error) {
    throw excelError(error);
  }
}

export function table(table: string, lang?: string): any[][] {
  try {
    return api.table(table, lang ?? displayLang());
  } catch (error) {
    throw excelError(error);
  }
}

export function kpi(name: string): number | Excel.DoubleCellValue {
  try {
    return numberValues.kpi(api.kpi(name), name);
  } catch (error) {
    throw excelError(error);
  }
}

export function metrics(lang?: string): any[][] {
  try {
    return api.metricsCatalogue(lang ?? displayLang());
  } catch (error) {
    throw excelError(error);
  }
}

export function source(metric: string, period?: number | string, basis?: string, lang?: string): string {
  try {
    return api.source(metric, period, basis, lang ?? displayLang());
  } catch (error) {
    throw excelError(error);
  }
}

export function guidance(metric: string, quarter: number | string, unit?: string): any[][] {
  try {
    return api.guidance(metric, quarter, unit);
  } catch (error) {
    throw excelError(error);
  }
}

export function reconcile(metric?: string, lang?: string): any[][] {
  try {
    return reconciliation.reconcile(metric, lang ?? displayLang());
  } catch (error) {
    throw excelError(error);
  }
}

export function bridge(
  metric: string,
  from: number | string,
  to: number | string,
  unit?: string,
  lang?: string,
): any[][] {
  try {
    return api.bridge(metric, from, to, unit, lang ?? displayLang());
  } catch (error) {
    throw excelError(error);
  }
}

export function depreciation(capex: number[][], useful_life: number, convention?: string): number[][] {
  try {
    return scenario.depreciation(capex, useful_life, convention) as number[][];
  } catch (error) {
    throw excelError(error);
  }
}

export function capexScenario(
  case_name?: string,
  capex?: number | string,
  capex_growth?: number | string,
  years?: number | string,
  useful_life?: number | string,
  revenue_yield?: number | string,
  ebitda_margin?: number | string,
  tax_rate?: number | string,
  start_year?: number | string,
  output?: string,
  discount_rate?: number | string,
): any[][] {
  try {
    return scenario.capexScenario(
      case_name,
      capex,
      capex_growth,
      years,
      useful_life,
      revenue_yield,
      ebitda_margin,
      tax_rate,
      start_year,
      output,
      discount_rate,
      displayLang(),
    );
  } catch (error) {
    throw excelError(error);
  }
}

export function sensitivity(
  output: string,
  row_input: string,
  row_values: any[][],
  col_input: string,
  col_values: any[][],
  case_name?: string,
  capex?: number | string,
  capex_growth?: number | string,
  years?: number | string,
  useful_life?: number | string,
  revenue_yield?: number | string,
  ebitda_margin?: number | string,
  tax_rate?: number | string,
  start_year?: number | string,
  discount_rate?: number | string,
): any[][] {
  try {
    return scenario.sensitivity(
      output,
      row_input,
      row_values,
      col_input,
      col_values,
      case_name,
      capex,
      capex_growth,
      years,
      useful_life,
      revenue_yield,
      ebitda_margin,
      tax_rate,
      start_year,
      discount_rate,
      displayLang(),
    );
  } catch (error) {
    throw excelError(error);
  }
}
