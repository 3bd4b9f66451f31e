import * as api from "../../../src/core/figures";
import { failure } from "../helpers";

describe("SERIES", () => {
  it("one metric, default years, headers", () => {
    expect(api.series("revenue")).toEqual([
      ["B$", 2022, 2023, 2024, 2025],
      ["Total revenue [the filings: 2022]", 513.983, 575, 638, 717],
    ]);
    expect(api.series("revenue", undefined, undefined, "B", "report")).toEqual([
      ["B$", 2023, 2024, 2025],
      ["Total revenue", 575, 638, 717],
    ]);
  });

  it("headers 0 gives values only", () => {
    expect(api.series("revenue", undefined, undefined, undefined, "report", 0)).toEqual([[575, 638, 717]]);
    expect(api.series("net_income", 2024, 2025, "M", "filings", false)).toEqual([[59_248, 77_670]]);
  });

  it("a range of ids, 1-D or 2-D, empty cells ignored, one row per id", () => {
    const spill = api.series(
      [
        ["revenue", null],
        ["", "net income"],
        [undefined, "aws_revenue"],
      ],
      undefined,
      undefined,
      "B",
      "report",
    );
    expect(spill).toEqual([
      ["B$", 2023, 2024, 2025],
      ["Total revenue", 575, 638, 717],
      ["Net income", 30, 59, 77.7],
      ["AWS revenue", 91, 107.6, 128.7],
    ]);
    expect(api.series([["revenue"], ["net_income"]], 2024, 2025, "B", "report", 0)).toEqual([
      [638, 717],
      [59, 77.7],
    ]);
    expect(api.series(["revenue", "net_income"] as unknown as never, 2025, 2025, "M", "filings", 0)).toEqual([
      [716_924],
      [77_670],
    ]);
  });

  it("labels in French, unit in the corner", () => {
    expect(api.series([["chiffre d'affaires", "bénéfice net"]], 2023, 2025, "M", "filings", 1, "fr")).toEqual([
      ["M$", 2023, 2024, 2025],
      ["Chiffre d'affaires total", 574_785, 637_959, 716_924],
      ["Bénéfice net", 30_425, 59_248, 77_670],
    ]);
  });

  it("default years are the ones every metric has; a fallback year is named in the label", () => {
    expect(api.series("net_income")).toEqual([
      ["B$", 2022, 2023, 2024, 2025],
      ["Net income [the filings: 2022]", -2.722, 30, 59, 77.7],
    ]);
    expect(api.series([["revenue", "net_income"]])).toEqual([
      ["B$", 2022, 2023, 2024, 2025],
      ["Total revenue [the filings: 2022]", 513.983, 575, 638, 717],
      ["Net income [the filings: 2022]", -2.722, 30, 59, 77.7],
    ]);
    expect(api.series("capex", undefined, undefined, "B", undefined, 1, "fr")).toEqual([
      ["Mds$", 2022, 2023, 2024, 2025, "2026E"],
      ["Investissements (bruts) [les dépôts : 2022–2025]", 63.645, 52.729, 82.999, 131.819, 200],
    ]);
    expect(api.series("capex", undefined, undefined, "B", "report")).toEqual([
      ["B$", "2026E"],
      ["Capex (gross)", 200],
    ]);
  });

  it("ratios come back as fractions; a ratio-only series says ratio in the corner", () => {
    expect(api.series("aws_operating_margin", 2023, 2025, "M", "filings")).toEqual([
      ["ratio", 2023, 2024, 2025],
      ["AWS operating margin (ratio)", 24_631 / 90_757, 39_834 / 107_556, 45_606 / 128_725],
    ]);
    expect(api.series([["revenue", "operating_margin"]], 2024, 2025, "M", "filings")).toEqual([
      ["M$", 2024, 2025],
      ["Total revenue", 637_959, 716_924],
      ["Operating margin (ratio)", 68_593 / 637_959, 79_975 / 716_924],
    ]);
  });

  it("one of from/to given: the other defaults within the common years", () => {
    expect(api.series("net_income", 2024)).toEqual([
      ["B$", 2024, 2025],
      ["Net income", 59, 77.7],
    ]);
    expect(api.series("net_income", undefined, 2024, "B", "filings", 0)).toEqual([[-2.722, 30.425, 59.248]]);
  });

  it("an explicit year without data is #N/A naming the years available (no holes)", () => {
    const error = failure(() => api.series("revenue", 2021, 2025), "na");
    expect(error.messages.en).toBe("no basis has revenue for 2021: the report has 2023–2025, the filings 2022–2025");
    const named = failure(() => api.series([["revenue", "net_income"]], 2021, 2025, "B", "filings"), "na");
    expect(named.messages.en).toBe(
      "the filings have no revenue for 2021; years 2022–2025; basis 'report' has 2023–2025",
    );
    const plan = failure(() => api.series("revenue", 2024, "2026E"), "na");
    expect(plan.messages.en).toContain("no basis has revenue for 2026E");
  });

  it("metrics with no common year, or none in the basis, are #N/A", () => {
    const error = failure(() => api.series([["revenue", "capex"]], undefined, undefined, "B", "report"), "na");
    expect(error.messages.en).toBe("these metrics have no year in common: revenue 2023–2025, capex 2026E");
    const none = failure(() => api.series("free_cash_flow", undefined, undefined, "B", "report"), "na");
    expect(none.messages.en).toBe("the report has no free_cash_flow in any year; basis 'filings' has 2022–2025");
  });

  it("malformed input is #VALUE!", () => {
    expect(failure(() => api.series([[null, ""]]), "value").messages.en).toContain("give a metric id");
    expect(failure(() => api.series([["revenue", 5]]), "value").messages.en).toContain("metric must be a text id");
    expect(failure(() => api.series("revenue", 2025, 2023), "value").messages.en).toBe(
      "from (2025) must not be after to (2023)",
    );
    failure(() => api.series("revenue", undefined, undefined, undefined, undefined, 2), "value");
    failure(() => api.series("revenue", undefined, undefined, undefined, undefined, 1, "de"), "value");
  });
});

describe("TABLE", () => {
  it("results (§1) as printed, English", () => {
    expect(api.table("results")).toEqual([
      ["Indicator", 2023, 2024, 2025],
      ["Total revenue (B$)", 575, 638, 717],
      ["Net income (B$)", 30, 59, 77.7],
      ["Revenue growth", "—", 0.11, 0.12],
      ["Net income growth", "—", 0.97, 0.312],
    ]);
  });

  it("results in French", () => {
    expect(api.table("résultats", "fr")).toEqual([
      ["Indicateur", 2023, 2024, 2025],
      ["Chiffre d'affaires total (Mds$)", 575, 638, 717],
      ["Bénéfice net (Mds$)", 30, 59, 77.7],
      ["Croissance CA", "—", 0.11, 0.12],
      ["Croissance bénéfice net", "—", 0.97, 0.312],
    ]);
  });

  it("aws (§2) as printed", () => {
    expect(api.table("aws", "english")).toEqual([
      ["AWS indicator", 2023, 2024, 2025],
      ["AWS revenue (B$; 2023: ~91)", 91, 107.6, 128.7],
      ["Growth", "—", 0.19, 0.2],
      ["Operating margin", "—", 0.38, "—"],
    ]);
    expect(api.table("AWS", "français")[1]).toEqual(["Revenus AWS (Mds$ ; 2023 : ~91)", 91, 107.6, 128.7]);
  });

  it("kpis (§3–§6) with values, units, sections and the formula for each", () => {
    const spill = api.table("kpis");
    expect(spill[0]).toEqual(["Indicator", "Value", "Unit", "Section", "Formula", "Note"]);
    expect(spill.map((r) => r[1])).toEqual(["Value", 250_000_000, 0.6, 1_300_000, 1_000_000, 9.5, 200]);
    expect(spill.map((r) => r[4])).toEqual([
      "Formula",
      'AMZN.KPI("rufus_users")',
      'AMZN.KPI("rufus_purchase_uplift")',
      'AMZN.KPI("ai_listing_sellers")',
      'AMZN.KPI("deepfleet_robots")',
      'AMZN.METRIC("anthropic_gain",2024)',
      'AMZN.KPI("capex_plan_2026")',
    ]);
    expect(spill[3]?.[5]).toContain("unverified");
    const fr = api.table("indicateurs", "fr");
    expect(fr[0]).toEqual(["Indicateur", "Valeur", "Unité", "Section", "Formule", "Remarque"]);
    expect(fr[1]?.[3]).toBe("§3 L'IA au service du commerce électronique");
  });

  it("every table is rectangular with no empty cell", () => {
    for (const name of ["results", "aws", "kpis"]) {
      for (const lang of ["en", "fr"]) {
        const spill = api.table(name, lang);
        const width = spill[0]?.length;
        for (const row of spill) {
          expect(row).toHaveLength(width ?? -1);
          for (const cell of row) expect(cell === "" || cell === null || cell === undefined).toBe(false);
        }
      }
    }
  });

  it("unknown table is #VALUE! with a suggestion", () => {
    const error = failure(() => api.table("result"), "value");
    expect(error.messages.en).toContain("unknown table 'result'; did you mean 'results'? Valid: results, aws, kpis");
    expect(error.messages.fr).toContain("tableau inconnu « result »");
    failure(() => api.table("results", "xx"), "value");
  });
});

describe("METRICS (catalogue)", () => {
  it("has a header row and one row per metric", () => {
    const spill = api.metricsCatalogue();
    expect(spill[0]).toEqual([
      "id",
      "label",
      "unit",
      "years (report)",
      "years (filings)",
      "source section",
      "quarters (filings)",
      "evidence",
    ]);
    expect(spill).toHaveLength(33);
    expect(spill[1]).toEqual([
      "revenue",
      "Total revenue",
      "B$",
      "2023–2025",
      "2022–2025",
      "Report §1 Résultats financiers globaux; filings: F-K24, F-K23, S-GHK, S-SAON, S-SA, S-REP, S-FR, S-FREC, S-NYT, R-Q126",
      "2025Q1–2026Q1",
      "report 2023–2025; filed 2022–2024; release 1 qtr; secondary 2025 + 4 qtr",
    ]);
    expect(spill.find((r) => r[0] === "diluted_shares")?.[6]).toBe("annual only");
    const fcf = spill.find((r) => r[0] === "free_cash_flow");
    expect(fcf?.slice(0, 5)).toEqual(["free_cash_flow", "Free cash flow", "B$", "—", "2022–2025"]);
    expect(fcf?.[5]).toMatch(/^filings \(computed\): /);
    expect(fcf?.[7]).toBe("derived 2022–2025 + 3 qtr");
    const capex = spill.find((r) => r[0] === "capex");
    expect(capex?.[3]).toBe("2026E");
    const margin = spill.find((r) => r[0] === "aws_operating_margin");
    expect(margin?.[2]).toBe("ratio");
  });

  it("in French", () => {
    const spill = api.metricsCatalogue("fr");
    expect(spill[0]).toEqual([
      "id",
      "libellé",
      "unité",
      "années (rapport)",
      "années (dépôts)",
      "source",
      "trimestres (dépôts)",
      "classe de preuve",
    ]);
    expect(spill[2]?.slice(0, 3)).toEqual(["net_income", "Bénéfice net", "Mds$"]);
  });

  it("exports the metric and KPI lists for the task pane", () => {
    expect(api.metricList().map((m) => m.id)).toContain("anthropic_gain");
    expect(api.metricList().find((m) => m.id === "net_income")?.years.filings).toEqual([2022, 2023, 2024, 2025]);
    expect(api.kpiList().map((k) => k.id)).toEqual([
      "rufus_users",
      "rufus_purchase_uplift",
      "ai_listing_sellers",
      "deepfleet_robots",
      "capex_plan_2026",
    ]);
    expect(api.metricLabel("revenue", "fr")).toBe("Chiffre d'affaires total");
  });
});

describe("SOURCE", () => {
  it("a report figure, in both languages", () => {
    expect(api.source("revenue", 2024)).toBe(
      "Report §1 Résultats financiers globaux, 'Chiffre d'affaires total' 2024: 638 Mds$ [class: report]",
    );
    expect(api.source("chiffre d'affaires", 2024, undefined, "fr")).toBe(
      "Rapport §1 Résultats financiers globaux, « Chiffre d'affaires total » 2024 : 638 Mds$ [classe : rapport]",
    );
  });

  it("spells out flags: approximate, claim, estimate", () => {
    expect(api.source("aws_revenue", 2023)).toBe(
      "Report §2 AWS — le moteur principal de la croissance IA, 'Revenus AWS' 2023: ~91 Mds$ [class: report] (approximate)",
    );
    expect(api.source("aws_operating_margin", 2024)).toContain(
      "(the report's claim, not computed; the filings give 37.0%",
    );
    expect(api.source("capex", "2026E")).toContain(
      "2026E: 200 milliards de dollars [class: report] (estimate (plan year);",
    );
    expect(api.source("capex", "2026E", undefined, "fr")).toContain("(estimation (année de plan) ;");
  });

  it("a filed figure with its source keys", () => {
    expect(api.source("revenue", 2024, "filings")).toBe(
      "Filings F-K24 (10-K FY2024 (acc. 0001018724-25-000004), Segment Information (Tables)), 'Net sales' 2024: 637,959 M$ [class: filed]",
    );
    expect(api.source("revenue", 2024, "filings", "fr")).toBe(
      "Dépôts F-K24 (10-K exercice 2024 (acc. 0001018724-25-000004), information sectorielle (tableaux)), « Ventes nettes » 2024 : 637\u202f959 M$ [classe : déposé]",
    );
  });

  it("a computed figure shows its formula and operands", () => {
    expect(api.source("free_cash_flow", 2025, "filings")).toContain(
      "'Free cash flow' 2025 = operating cash flow − net capex = 139,514 − 128,320 = 11,194 M$ [class: derived]",
    );
    expect(api.source("aws_operating_margin", 2024, "filings")).toContain("= 39,834 / 107,556 = 37.0%");
  });

  it("says when a figure fell back to the other basis", () => {
    expect(api.source("operating_income", 2024)).toBe(
      "Filings F-K24 (10-K FY2024 (acc. 0001018724-25-000004), Segment Information (Tables)), 'Operating income' 2024: 68,593 M$ [class: filed] (fallback to the filings: the report has no operating_income for 2024)",
    );
    expect(api.source("operating_income", 2024, undefined, "fr")).toContain(
      "(repli sur les dépôts : le rapport n'a pas « operating_income » pour 2024)",
    );
    expect(api.source("operating_income", 2024, "filings")).not.toContain("fallback");
    failure(() => api.source("operating_income", 2024, "report"), "na");
  });

  it("without a period: what each basis has", () => {
    expect(api.source("net_income")).toBe(
      "net_income (Net income): Report §1 Résultats financiers globaux, 'Bénéfice net': 2023–2025 | Filings F-K24, F-K23, FM-Q3, S-GHK, S-SAON, S-SA, FM-Q2, S-NYT, R-Q126, 'Net income (loss)': 2022–2025; quarters 2025Q1–2026Q1 [classes: filed, secondary, derived, filed (mirror), release]",
    );
    expect(api.source("net_income", undefined, "report")).toBe(
      "net_income (Net income): Report §1 Résultats financiers globaux, 'Bénéfice net': 2023–2025",
    );
    expect(api.source("free_cash_flow")).toContain("computed: operating cash flow − net capex: 2022–2025");
  });

  it("KPIs: the report's bullet and the filings reference", () => {
    expect(api.source("rufus_users")).toBe(
      "Report §3 L'IA au service du commerce électronique, '250 millions de clients utilisent Rufus': 250,000,000 customers [class: report] (status: outdated: 250 million was Amazon's year-to-date figure on the Q3 2025 call; on the Q4 2025 call Amazon gave 300 million for 2025) | Filings CALL-Q4-2025 (Q4 2025 earnings call (2026 capex outlook)), 'Customers who used Rufus in full-year 2025 (Q4 2025 call)': 300,000,000 [class: secondary] (250 million by the Q3 2025 call (year to date), 300 million for the full year on the Q4 2025 call; secondary reports of Amazon's statements)",
    );
    expect(api.source("ai_listing_sellers", undefined, "report")).toContain("(unverified;");
    expect(api.source("deepfleet_robots", undefined, "filings")).toContain("amazon-filings.md (no source key)");
    expect(api.source("deepfleet_robots")).toContain('status: ok: Amazon itself spoke of "our 1M+ robots"');
    expect(failure(() => api.source("rufus_users", 2024), "value").messages.en).toBe(
      "rufus_users is a KPI with no year: leave the period empty",
    );
  });

  it("unknown names suggest metrics and KPIs", () => {
    expect(failure(() => api.source("revenu"), "value").messages.en).toContain("did you mean 'revenue'?");
    expect(failure(() => api.source("rufus_user"), "value").messages.en).toContain("did you mean 'rufus_users'?");
  });
});

describe("SERIES larger than Excel's grid", () => {
  const ids = (count: number): string[][] => Array.from({ length: count }, () => ["revenue"]);

  it("is #VALUE! saying so, before reading a million ids, in both languages", () => {
    // 1,048,576 ids and the header row: one row more than the grid has.
    const error = failure(() => api.series(ids(1_048_576)), "value");
    expect(error.kind).toBe("value");
    expect(error.messages.en).toMatch(/1,048,577 rows × 1 column, more than Excel's grid holds \(1,048,576 rows/);
    expect(error.messages.fr).toMatch(/1\s048\s577 lignes × 1 colonne, plus que la grille d'Excel/);
  });

  it("fits without the header row", () => {
    expect(api.series(ids(3), undefined, undefined, undefined, undefined, 0)).toHaveLength(3);
  });
});
