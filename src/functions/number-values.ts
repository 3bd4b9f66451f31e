/**
 * Numbers that carry their source: where Excel supports data types from custom functions, the
 * figure functions return an Excel.DoubleCellValue (the number, with properties and a card)
 * instead of a bare number. The cell still calculates with the number: Excel treats a basic value
 * with properties as its underlying value in every formula ("Add properties to Excel basic cell
 * values": =SUM(A1:A3) is unchanged, the result keeps no properties;
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-add-properties-to-basic-cell-values).
 *
 * Requirement sets (both must be supported, Office.context.requirements.isSetSupported):
 * - CustomFunctionsRuntime 1.4: custom functions return data types, with allowCustomDataForDataTypeAny
 *   (https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets);
 * - ExcelApi 1.19: `properties`, `layouts` and `provider` of a DoubleCellValue
 *   (https://learn.microsoft.com/javascript/api/excel/excel.doublecellvalue).
 * Elsewhere, or when the user turns the cards off in the task pane, plain numbers. Spills stay
 * plain (SERIES, TABLE... never come here).
 *
 * The setting is kept in localStorage: the task pane and the functions share one runtime and one
 * page (shared runtime), so both read the same storage synchronously, and the functions read it on
 * their hot path. Office's roaming settings exist only in Outlook; document settings would make
 * a personal display preference part of every workbook; OfficeRuntime.storage is asynchronous.
 */
import { type Card, figureCard, growthCard, kpiCard } from "../core/figures";
import type { CellArg, Lang } from "../core/runtime";
import { memoize } from "../core/runtime";
import { displayLang } from "./excel-errors";

export const CARDS_SETTING_KEY = "amzn.numberValues";

/** null until a host answered: Office.context may not be ready at the very first call. */
let hostSupport: boolean | null = null;
let userChoice: boolean | null = null;

function detectHostSupport(): boolean | null {
  try {
    if (typeof Office === "undefined") return false;
    const requirements = Office.context?.requirements;
    if (requirements === undefined || typeof requirements.isSetSupported !== "function") return null;
    return (
      requirements.isSetSupported("CustomFunctionsRuntime", "1.4") && requirements.isSetSupported("ExcelApi", "1.19")
    );
  } catch {
    return false;
  }
}

/** Whether Excel supports numbers with properties from custom functions. */
export function hostSupportsNumberValues(): boolean {
  if (hostSupport === null) {
    const detected = detectHostSupport();
    if (detected === null) return false;
    hostSupport = detected;
  }
  return hostSupport;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled (privacy settings): the choice lasts for the session
  }
}

/**
 * The user's choice in the task pane: on unless turned off. Read from storage at every call (only
 * in hosts that support cards): the pane's and the functions' bundles may each hold an instance of
 * this module, and storage is what they share. Without storage, the last choice of this instance.
 */
export function numberValuesWanted(): boolean {
  try {
    const stored = storage()?.getItem(CARDS_SETTING_KEY);
    if (stored === "off") return false;
    if (stored === "on") return true;
  } catch {
    // unreadable storage: fall through to this session's choice
  }
  return userChoice ?? true;
}

export function setNumberValuesWanted(on: boolean): void {
  userChoice = on;
  try {
    storage()?.setItem(CARDS_SETTING_KEY, on ? "on" : "off");
  } catch {
    // Not persisted (storage full or disabled): the choice still holds for this session.
  }
}

export function numberValuesOn(): boolean {
  return hostSupportsNumberValues() && numberValuesWanted();
}

type CellValue = Excel.CellValue & Excel.CellValueExtraProperties;

function property(value: number | string): CellValue {
  return typeof value === "number"
    ? { type: "Double", basicValue: value, basicType: "Double" }
    : { type: "String", basicValue: value, basicType: "String" };
}

/** A card as the DoubleCellValue Excel shows: properties, a card layout, the source's attribution. */
export function toNumberValue(card: Card, lang: Lang): Excel.DoubleCellValue {
  const properties: { [key: string]: Excel.EntityPropertyType } = {};
  const sourceName = card.properties.find((p) => p.value === card.source.text)?.name;
  for (const p of card.properties) {
    const value = property(p.value);
    properties[p.name] =
      p.name === sourceName
        ? {
            ...value,
            propertyMetadata: {
              attribution: [
                card.source.address === undefined
                  ? { sourceText: card.source.text }
                  : { sourceText: card.source.text, sourceAddress: card.source.address },
              ],
            },
          }
        : value;
  }
  return {
    type: "Double",
    basicType: "Double",
    basicValue: card.value,
    properties,
    layouts: {
      card: {
        title: card.title,
        sections: card.sections.map((section) => ({
          layout: "List",
          properties: [...section.properties],
          ...(section.title === undefined ? {} : { title: section.title, collapsible: true, collapsed: false }),
        })),
      },
    },
    // The provider names the add-in; the Source property's attribution names where the figure is from.
    provider: {
      description: lang === "fr" ? "Complément Rapport IA d'Amazon (AMZN)" : "Amazon AI Report add-in (AMZN)",
    },
  };
}

// One cache per function, keyed by the argument tuple and the display language (the card's words
// follow Excel's language; the number does not). See memo.ts.
const cachedFigure = memoize(
  (metric: CellArg, period: CellArg, unit: CellArg, basis: CellArg, lang: Lang): Excel.DoubleCellValue =>
    toNumberValue(figureCard(metric, period, unit, basis, lang), lang),
);
const cachedGrowth = memoize(
  (metric: CellArg, from: CellArg, to: CellArg, method: CellArg, basis: CellArg, lang: Lang): Excel.DoubleCellValue =>
    toNumberValue(growthCard(metric, from, to, method, basis, lang), lang),
);
const cachedKpi = memoize((name: CellArg, lang: Lang): Excel.DoubleCellValue =>
  toNumberValue(kpiCard(name, lang), lang),
);

/**
 * The plain answer, or its number value when cards are on. The card is built from the same
 * lookups; should it fail or disagree with the plain answer (a bug), the plain number is returned:
 * the figure is never lost to its card, and never replaced by another one.
 */
function withCard(value: number, make: () => Excel.DoubleCellValue): number | Excel.DoubleCellValue {
  try {
    const cell = make();
    return cell.basicValue === value ? cell : value;
  } catch {
    return value;
  }
}

export function figure(
  value: number,
  metric: CellArg,
  period: CellArg,
  unit: CellArg,
  basis: CellArg,
): number | Excel.DoubleCellValue {
  if (!numberValuesOn()) return value;
  return withCard(value, () => cachedFigure(metric, period, unit, basis, displayLang()));
}

export function growth(
  value: number,
  metric: CellArg,
  from: CellArg,
  to: CellArg,
  method: CellArg,
  basis: CellArg,
): number | Excel.DoubleCellValue {
  if (!numberValuesOn()) return value;
  return withCard(value, () => cachedGrowth(metric, from, to, method, basis, displayLang()));
}

export function kpi(value: number, name: CellArg): number | Excel.DoubleCellValue {
  if (!numberValuesOn()) return value;
  return withCard(value, () => cachedKpi(name, displayLang()));
}
