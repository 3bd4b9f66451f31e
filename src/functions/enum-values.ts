/**
 * The custom enums of the functions metadata (Excel's AutoComplete lists), built from core's own
 * lists so that an id added in core (a metric, a KPI, a table, a line item) is offered without
 * editing anything here. The build (webpack.config.js, EnumValuesPlugin) writes these values into
 * dist/functions.json, replacing the seed member of each `@customenum` declaration of functions.ts,
 * and adds the same enums, French names and tooltips, to dist/functions.fr.json.
 *
 * Metadata shape (Microsoft's "Manually create JSON metadata: enums",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#enums): `name` is the
 * brief description AutoComplete shows, `tooltip` the longer one, `stringValue` what the function
 * receives. Localized files translate `name` and `tooltip` only, never `stringValue` ("Localize your
 * custom enums", custom-functions-custom-enums). The unified manifest schema caps `name` and
 * `tooltip` at 256 characters and an enum id at 3–64 characters (test/metadata checks both).
 *
 * An enum suggests; it does not restrict: the functions still parse every alias and French word
 * (core's parsers), and Microsoft documents no validation of a typed value against the list.
 *
 * Pure: no Office, Excel or CustomFunctions global, so Node (the build, Jest) can load it.
 */
import type { Basis } from "../data/index";
import { kpiList, kpiRecord, metricList } from "../core/dataset";
import { sectionName } from "../core/dataset";
import { DEPRECIATION_CONVENTIONS, type DepreciationConvention } from "../core/scenario";
import type { Lang } from "../core/runtime";
import { GROWTH_METHODS, type GrowthMethod } from "../core/figures";
import { GUIDED } from "../core/figures";
import { BRIDGE_METRICS } from "../core/figures";
import { LINE_ITEMS, SCENARIO_CASES, caseLabel, lineItemLabel } from "../core/scenario";
import {
  SCENARIO_PARAM_INFO,
  SENSITIVITY_INPUTS,
  SENSITIVITY_OUTPUTS,
  sensitivityOutputLabel,
  type SensitivityOutput,
} from "../core/scenario";
import { TABLE_IDS, type TableId } from "../core/figures";
import type { UnitCode } from "../core/dataset";

interface Words {
  readonly en: string;
  readonly fr: string;
}

/** One member of an enum: the value the function receives, its name and tooltip in both languages. */
export interface EnumMember {
  readonly value: string | number;
  readonly name: Words;
  readonly tooltip: Words;
}

/** The ids of the `@customenum` declarations of functions.ts, each with its members. */
export type EnumId =
  | "MetricIds"
  | "GuidanceMetrics"
  | "BridgeMetrics"
  | "KpiIds"
  | "SourceSubjects"
  | "Units"
  | "Bases"
  | "GrowthMethods"
  | "TableIds"
  | "Languages"
  | "ScenarioCases"
  | "ScenarioOutputs"
  | "SensitivityOutputs"
  | "ScenarioInputs"
  | "Conventions"
  | "HeaderRows";

// Records keyed by core's union types: a unit, basis, method, table or convention added to core's
// type does not compile until it has its words here.

const UNIT_WORDS: Readonly<Record<UnitCode, { name: Words; tooltip: Words }>> = {
  B: {
    name: { en: "Billions of US$", fr: "Milliards de $" },
    tooltip: { en: 'Default. Also "bn", "billion".', fr: "Par défaut. Aussi « Mds », « milliards »." },
  },
  M: {
    name: { en: "Millions of US$", fr: "Millions de $" },
    tooltip: {
      en: 'As Amazon files its figures. Also "mn", "million".',
      fr: "Comme Amazon dépose ses chiffres. Aussi « millions ».",
    },
  },
  K: {
    name: { en: "Thousands of US$", fr: "Milliers de $" },
    tooltip: { en: 'Also "thousand".', fr: "Aussi « milliers »." },
  },
  U: {
    name: { en: "US dollars", fr: "Dollars US" },
    tooltip: { en: 'Plain dollars. Also "$", "usd".', fr: "Dollars. Aussi « $ », « dollars »." },
  },
};
const UNIT_CODES: readonly UnitCode[] = ["B", "M", "K", "U"];

const BASIS_WORDS: Readonly<Record<Basis, { name: Words; tooltip: Words }>> = {
  report: {
    name: { en: "The report's figures", fr: "Chiffres du rapport" },
    tooltip: {
      en: 'Default: the figures as the French report prints them (B$). Also "rapport".',
      fr: "Par défaut : les chiffres tels que le rapport les imprime (Mds$). Aussi « rapport ».",
    },
  },
  filings: {
    name: { en: "Amazon's filed figures", fr: "Chiffres déposés par Amazon" },
    tooltip: {
      en: 'Amazon\'s 10-K, 10-Q and earnings releases (M$ as filed). Also "filed", "sec".',
      fr: "10-K, 10-Q et communiqués de résultats d'Amazon (M$ tels que déposés). Aussi « publié », « dépôts ».",
    },
  },
};
const BASES: readonly Basis[] = ["report", "filings"];

const METHOD_WORDS: Readonly<Record<GrowthMethod, { name: Words; tooltip: Words }>> = {
  total: {
    name: { en: "Total growth", fr: "Croissance totale" },
    tooltip: {
      en: "Default: to / from − 1.",
      fr: "Par défaut : fin / début − 1. Aussi « croissance », « variation ».",
    },
  },
  cagr: {
    name: { en: "Compound annual growth (CAGR)", fr: "Taux de croissance annuel moyen (TCAM)" },
    tooltip: { en: "(to / from)^(1 / years) − 1.", fr: "(fin / début)^(1 / années) − 1. Aussi « tcam »." },
  },
  multiple: {
    name: { en: "Multiple", fr: "Multiple" },
    tooltip: { en: "to / from, e.g. 2.6 for ×2.6.", fr: "fin / début, p. ex. 2,6 pour ×2,6. Aussi « fois »." },
  },
  reported: {
    name: { en: "Rate the report prints", fr: "Taux imprimé par le rapport" },
    tooltip: {
      en: "The growth rate as the report prints it, consecutive years only.",
      fr: "Le taux tel que le rapport l'imprime, années consécutives seulement. Aussi « rapporté ».",
    },
  },
};

const TABLE_WORDS: Readonly<Record<TableId, { name: Words; tooltip: Words }>> = {
  results: {
    name: { en: "Financial results (§1)", fr: "Résultats financiers (§1)" },
    tooltip: {
      en: "Revenue, net income and their growth, 2023–2025.",
      fr: "Chiffre d'affaires, bénéfice net et leur croissance, 2023–2025.",
    },
  },
  aws: {
    name: { en: "AWS (§2)", fr: "AWS (§2)" },
    tooltip: {
      en: "AWS revenue, growth and operating margin, 2023–2025.",
      fr: "Revenus d'AWS, croissance et marge d'exploitation, 2023–2025.",
    },
  },
  kpis: {
    name: { en: "AI indicators (§3–§6)", fr: "Indicateurs IA (§3–§6)" },
    tooltip: {
      en: "The AI KPIs, the Anthropic gain and the 2026 plan.",
      fr: "Les KPI de l'IA, le gain Anthropic et le plan 2026.",
    },
  },
};

const LANGUAGE_WORDS: Readonly<Record<Lang, { name: Words; tooltip: Words }>> = {
  en: {
    name: { en: "English", fr: "Anglais" },
    tooltip: { en: "Labels in English.", fr: "Libellés en anglais." },
  },
  fr: {
    name: { en: "French", fr: "Français" },
    tooltip: { en: "Labels in French.", fr: "Libellés en français." },
  },
};
const LANGS: readonly Lang[] = ["en", "fr"];

const CONVENTION_WORDS: Readonly<Record<DepreciationConvention, { name: Words; tooltip: Words }>> = {
  full: {
    name: { en: "Full year", fr: "Année pleine" },
    tooltip: {
      en: "Default: a full year's charge in the year of purchase.",
      fr: "Par défaut : une annuité entière l'année de l'achat. Aussi « plein ».",
    },
  },
  half: {
    name: { en: "Half year", fr: "Demi-année" },
    tooltip: {
      en: "Half a charge in the first year and in the year after the life ends.",
      fr: "Une demi-annuité la première année et l'année qui suit la fin de la durée. Aussi « demi ».",
    },
  },
};

const PAYBACK: EnumMember = {
  value: "payback",
  name: { en: "Payback year", fr: "Année de retour sur investissement" },
  tooltip: {
    en: "The first year with cumulative FCF ≥ 0, alone.",
    fr: "La première année où le FCF cumulé est ≥ 0, seule.",
  },
};

/** NPV and IRR as CAPEX_SCENARIO outputs. */
const VALUATION_MEMBERS: readonly EnumMember[] = [
  {
    value: "npv",
    name: { en: "NPV (B$)", fr: "VAN (Mds$)" },
    tooltip: {
      en: "Net present value of the FCF row at discount_rate (Excel's NPV), alone.",
      fr: "Valeur actuelle nette du FCF au taux d'actualisation (VAN d'Excel), seule. Aussi « van ».",
    },
  },
  {
    value: "irr",
    name: { en: "IRR", fr: "TRI" },
    tooltip: {
      en: "Internal rate of return of the FCF row (Excel's IRR); #N/A when FCF never changes sign.",
      fr: "Taux de rendement interne du FCF (TRI d'Excel) ; #N/A si le FCF ne change jamais de signe. Aussi « tri ».",
    },
  },
];

const SENSITIVITY_TOOLTIPS: Readonly<Record<SensitivityOutput, Words>> = {
  npv: { en: "NPV at the discount rate, B$.", fr: "VAN au taux d'actualisation, Mds$." },
  irr: { en: 'IRR; "none" where FCF never changes sign.', fr: "TRI ; « aucun » si le FCF ne change pas de signe." },
  payback: {
    en: 'The payback year, or "beyond horizon".',
    fr: "L'année de retour sur investissement, ou « au-delà de l'horizon ».",
  },
  cumulative_fcf: { en: "Cumulative FCF in the last year, B$.", fr: "FCF cumulé la dernière année, Mds$." },
  roic: { en: "ROIC in the last year, as a fraction.", fr: "ROIC la dernière année, en fraction." },
};

function words(en: string, fr: string): Words {
  return { en, fr };
}

function fromRecord<K extends string>(
  keys: readonly K[],
  record: Readonly<Record<K, { name: Words; tooltip: Words }>>,
): EnumMember[] {
  return keys.map((key) => ({ value: key, name: record[key].name, tooltip: record[key].tooltip }));
}

const METRIC_MEMBERS: EnumMember[] = metricList().map((m) => ({
  value: m.id,
  name: m.label,
  tooltip: m.description,
}));

const KPI_MEMBERS: EnumMember[] = kpiList().map((k) => {
  const record = kpiRecord(k.id);
  return {
    value: k.id,
    name: k.label,
    tooltip: words(
      `${sectionName(record.section, "en")}; ${record.unitLabel.en}.`,
      `${sectionName(record.section, "fr")} ; ${record.unitLabel.fr}.`,
    ),
  };
});

/** Every enum, members in core's order. */
export const ENUMS: Readonly<Record<EnumId, readonly EnumMember[]>> = {
  MetricIds: METRIC_MEMBERS,
  GuidanceMetrics: METRIC_MEMBERS.filter((member) => GUIDED.some((id) => id === member.value)),
  BridgeMetrics: METRIC_MEMBERS.filter((member) => BRIDGE_METRICS.some((id) => id === member.value)),
  KpiIds: KPI_MEMBERS,
  SourceSubjects: [...METRIC_MEMBERS, ...KPI_MEMBERS],
  Units: fromRecord(UNIT_CODES, UNIT_WORDS),
  Bases: fromRecord(BASES, BASIS_WORDS),
  GrowthMethods: fromRecord(GROWTH_METHODS, METHOD_WORDS),
  TableIds: fromRecord(TABLE_IDS, TABLE_WORDS),
  Languages: fromRecord(LANGS, LANGUAGE_WORDS),
  ScenarioCases: SCENARIO_CASES.map((c) => ({
    value: c,
    name: words(caseLabel(c, "en"), caseLabel(c, "fr")),
    tooltip: words(
      `Presets of the ${c} case for every omitted argument.`,
      `Hypothèses du scénario « ${caseLabel(c, "fr").replace(/^Scénario /, "")} » pour chaque argument omis.`,
    ),
  })),
  ScenarioOutputs: [
    ...LINE_ITEMS.map((item) => ({
      value: item,
      name: words(lineItemLabel(item, "en"), lineItemLabel(item, "fr")),
      tooltip: words("This line item alone, without label.", "Cette ligne seule, sans libellé."),
    })),
    PAYBACK,
    ...VALUATION_MEMBERS,
  ],
  SensitivityOutputs: SENSITIVITY_OUTPUTS.map((output) => ({
    value: output,
    name: words(sensitivityOutputLabel(output, "en"), sensitivityOutputLabel(output, "fr")),
    tooltip: SENSITIVITY_TOOLTIPS[output],
  })),
  // The value is the English argument name; French Excel shows the French one as the name.
  ScenarioInputs: SENSITIVITY_INPUTS.map((id) => {
    const info = SCENARIO_PARAM_INFO[id];
    // "the tax rate" -> "Tax rate": the pane's labels say "(%)", which a function argument is not.
    const bare = (noun: string): string => {
      const text = noun.replace(/^(the |l'|la |le )/, "");
      return text.charAt(0).toUpperCase() + text.slice(1);
    };
    return {
      value: info.name.en,
      name: words(bare(info.noun.en), bare(info.noun.fr)),
      tooltip: words(
        `Vary ${info.noun.en}. Also "${info.name.fr}".`,
        `Faire varier ${info.noun.fr}. Aussi « ${info.name.fr} ».`,
      ),
    };
  }),
  Conventions: fromRecord(DEPRECIATION_CONVENTIONS, CONVENTION_WORDS),
  // SERIES's headers, read by core's parseHeaders (1/0; TRUE/FALSE and yes/no, oui/non too).
  HeaderRows: [
    {
      value: 1,
      name: words("With headers", "Avec en-têtes"),
      tooltip: words(
        "Default: a year row and a label column.",
        "Par défaut : une ligne des années et une colonne des libellés.",
      ),
    },
    {
      value: 0,
      name: words("Values only", "Valeurs seules"),
      tooltip: words("The figures alone, without years or labels.", "Les chiffres seuls, sans années ni libellés."),
    },
  ],
};

export const ENUM_IDS = Object.keys(ENUMS) as EnumId[];

/** One enum as the functions metadata declares it (Microsoft's JSON shape). */
export type MetadataEnumValue =
  | { readonly name: string; readonly stringValue: string; readonly tooltip: string }
  | { readonly name: string; readonly numberValue: number; readonly tooltip: string };

export interface MetadataEnum {
  readonly id: string;
  readonly type: "string" | "number";
  readonly values: readonly MetadataEnumValue[];
}

/** The `enums` array of the metadata in one language. */
export function metadataEnums(lang: Lang): MetadataEnum[] {
  return ENUM_IDS.map((id) => {
    const members = ENUMS[id];
    const type = typeof members[0]?.value === "number" ? "number" : "string";
    return {
      id,
      type,
      values: members.map((member): MetadataEnumValue => {
        const name = member.name[lang];
        const tooltip = member.tooltip[lang];
        return typeof member.value === "number"
          ? { name, numberValue: member.value, tooltip }
          : { name, stringValue: member.value, tooltip };
      }),
    };
  });
}
