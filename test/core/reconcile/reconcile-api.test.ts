/** AMZN.RECONCILE's raw-argument API: the spill, the metric filter, languages, errors; the audit accessors. */
import { AmznError } from "../../../src/core/runtime";
import {
  ALL_STATUSES,
  NOT_APPLICABLE,
  RECONCILE_COLUMNS,
  claimText,
  claimsForFigure,
  metricsWithClaims,
  reconcile,
  reconcileHeader,
  reconciliationRows,
  statusCounts,
  statusLabel,
} from "../../../src/core/reconcile";
import { failure } from "../helpers";

const ids = (rows: { id: string }[]): string[] => rows.map((r) => r.id);

describe("reconcile(): the full spill", () => {
  const spill = reconcile();

  it("is a header row, 14 claim rows, 5 KPI rows and 4 rows judging the report whole, of 9 columns", () => {
    expect(spill).toHaveLength(24);
    for (const r of spill) expect(r).toHaveLength(9);
    expect(RECONCILE_COLUMNS).toHaveLength(9);
  });

  it("has English headers by default, French ones on request", () => {
    expect(spill[0]).toEqual([
      "Claim",
      "Metric",
      "Period",
      "Reported",
      "Computed from report",
      "Filings",
      "Gap vs filings",
      "Status",
      "Note",
    ]);
    expect(reconcile(undefined, "fr")[0]).toEqual([
      "Affirmation",
      "Indicateur",
      "Période",
      "Rapport",
      "Calculé d'après le rapport",
      "Dépôts",
      "Écart vs dépôts",
      "Statut",
      "Note",
    ]);
    expect(reconcileHeader("fr")).toEqual(reconcile(null, "français")[0]);
    expect(reconcile("", "fr-FR")[0]).toEqual(reconcileHeader("fr"));
  });

  it("lays out each claim: text, id, period, numbers, status, note", () => {
    expect(spill[1]?.slice(0, 8)).toEqual([
      'Revenue growth (§1: "+11%")',
      "revenue",
      "2023→2024",
      0.11,
      0.109565217391,
      0.109908922467,
      0.0000910775333386,
      "ok",
    ]);
    expect(spill[3]?.slice(0, 8)).toEqual([
      'Net income growth (§1: "+97%")',
      "net_income",
      "2023→2024",
      0.97,
      0.966666666667,
      0.947345932621,
      0.0226540673788,
      "rounding",
    ]);
    // The margin: nothing to compute from the report.
    expect(spill[7]?.slice(0, 8)).toEqual([
      'Operating margin (§2: "38%")',
      "aws_operating_margin",
      "2024",
      0.38,
      NOT_APPLICABLE,
      0.37035590762,
      0.00964409237978,
      "mismatch",
    ]);
    // A multiple as a number.
    expect(spill[8]?.slice(3, 8)).toEqual([2.6, 2.59, 2.55283483977, 0.0471651602301, "ok"]);
    // The Anthropic year as numbers.
    expect(spill[12]?.slice(1, 8)).toEqual(["anthropic_gain", "2024", 2024, NOT_APPLICABLE, 2025, -1, "mismatch"]);
    // The 30 and 59 printed to the billion beside 77,7 (mixed precision), in B$.
    expect(spill[13]?.slice(1, 8)).toEqual(["net_income", "2023", 30, NOT_APPLICABLE, 30.425, -0.425, "rounding"]);
    expect(spill[14]?.slice(1, 8)).toEqual(["net_income", "2024", 59, NOT_APPLICABLE, 59.248, -0.248, "rounding"]);
    // The KPIs, reconciled against Amazon's statements (correction 3).
    expect(spill.slice(15, 20).map((r) => [r[1], r[3], r[5], r[7]])).toEqual([
      ["rufus_users", 250_000_000, 300_000_000, "outdated"],
      ["rufus_purchase_uplift", 0.6, 0.6, "ok"],
      ["ai_listing_sellers", 1_300_000, NOT_APPLICABLE, "unverified"],
      ["deepfleet_robots", 1_000_000, 1_000_000, "ok"],
      ["capex_plan_2026", 200, 200, "ok"],
    ]);
    // The report judged whole: its three statements of one change, then its causal claims.
    expect(spill.slice(20).map((r) => [r[1], r[2], r[3], r[5], r[7]])).toEqual([
      ["net_income", "2023→2025", "≈×2 / ×2.6 / ≈×3", 2.55283483977, "inconsistent"],
      [
        "net_income",
        "2023→2025",
        "\"l'intégration de l'IA […] a permis de quasiment tripler le bénéfice net\"",
        NOT_APPLICABLE,
        "not testable from figures",
      ],
      [
        "anthropic_gain",
        "2023→2024",
        '"a contribué significativement au doublement du bénéfice net"',
        NOT_APPLICABLE,
        "not testable from figures",
      ],
      [
        "deepfleet_robots",
        "2025",
        '"Réduit les délais de traitement des commandes"',
        NOT_APPLICABLE,
        "not testable from figures",
      ],
    ]);
    expect(spill[20]?.[0]).toContain(
      '"quasiment doublé" (Executive summary), "multiplié par 2,6" (§1), "quasiment tripler" (Conclusion)',
    );
    // Beside each causal claim, what the figures show.
    expect(spill[21]?.[8]).toContain("AWS operating income +20,975");
    expect(spill[21]?.[8]).toContain("Non-operating income (expense) +16,631");
    expect(spill[22]?.[8]).toContain("2025Q1 3,300, 2025Q3 9,500");
    expect(spill[23]?.[8]).toContain("travel efficiency by about 10%");
  });

  it("matches reconciliationRows() row for row, with the status column", () => {
    const rows = reconciliationRows();
    const claims = spill.slice(1, 1 + rows.length);
    expect(claims.map((r) => r[7])).toEqual(rows.map((r) => r.status));
    expect(claims.map((r) => r[0])).toEqual(rows.map((r) => claimText(r, "en")));
    expect(claims.map((r) => r[8])).toEqual(rows.map((r) => r.note.en));
  });

  it("writes French claim text and notes in French", () => {
    const fr = reconcile(undefined, "fr");
    expect(fr[1]?.[0]).toBe("Croissance CA (§1 : « +11% »)");
    expect(fr[9]?.[0]).toBe(
      "Entre 2023 et 2025, le groupe a quasiment doublé son bénéfice net (Résumé exécutif : « quasiment doublé »)",
    );
    expect(String(fr[12]?.[8])).toContain("mauvaise année");
    // Numbers do not depend on the language; statuses are French words (conforme / arrondi / écart).
    // (The rows judging the report whole quote it: their "reported" is text, in each language's quotes.)
    expect(fr.slice(1, 20).map((r) => r.slice(3, 7))).toEqual(spill.slice(1, 20).map((r) => r.slice(3, 7)));
    expect(fr.slice(20).map((r) => r[5])).toEqual(spill.slice(20).map((r) => r[5]));
    const french: Record<string, string> = {
      ok: "conforme",
      rounding: "arrondi",
      mismatch: "écart",
      outdated: "dépassé",
      unverified: "non vérifié",
      inconsistent: "incohérent",
      "not testable from figures": "non vérifiable par les chiffres",
    };
    expect(fr.slice(1).map((r) => r[7])).toEqual(spill.slice(1).map((r) => french[String(r[7])]));
  });

  it("has no empty cell and no non-finite number", () => {
    for (const lang of ["en", "fr"]) {
      for (const r of reconcile(undefined, lang)) {
        for (const c of r) {
          if (typeof c === "number") expect(Number.isFinite(c)).toBe(true);
          else expect(c.length).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe("reconcile(metric): the filter", () => {
  const claimIds = (metric: unknown, lang?: string): unknown[] =>
    reconcile(metric as string, lang)
      .slice(1)
      .map((r) => r[0]);

  it("filters by id", () => {
    const spill = reconcile("net_income");
    expect(spill[0]).toEqual(reconcileHeader("en"));
    expect(spill.slice(1).map((r) => r[1])).toEqual(Array(10).fill("net_income"));
    expect(spill).toHaveLength(11);
    expect(reconcile("revenue")).toHaveLength(3);
    expect(reconcile("aws_revenue")).toHaveLength(3);
    expect(reconcile("aws_operating_margin")).toHaveLength(2);
    expect(reconcile("anthropic_gain")).toHaveLength(3);
    expect(
      reconcile("rufus_users")
        .slice(1)
        .map((r) => r[7]),
    ).toEqual(["outdated"]);
  });

  it("accepts French aliases, any case and accents, and a one-cell range", () => {
    const netIncome = claimIds("net_income");
    expect(claimIds("bénéfice net")).toEqual(netIncome);
    expect(claimIds("BENEFICE_NET")).toEqual(netIncome);
    expect(claimIds("Résultat net", "fr")).toEqual(claimIds("net_income", "fr"));
    expect(claimIds([["benefice net"]])).toEqual(netIncome);
    expect(claimIds("chiffre d'affaires")).toEqual(claimIds("revenue"));
    expect(claimIds("revenus aws")).toEqual(claimIds("aws_revenue"));
    expect(claimIds("marge opérationnelle aws")).toEqual(claimIds("aws_operating_margin"));
    expect(claimIds("anthropic")).toEqual(claimIds("anthropic_gain"));
  });

  it("treats undefined, an empty cell, blank text and a blank one-cell range as 'all claims'", () => {
    for (const blank of [undefined, null, "", "   ", [[null]], [[""]]]) {
      expect(reconcile(blank as string)).toHaveLength(24);
    }
  });

  it("#N/A for a metric the report makes no claim about, naming the metrics that have claims", () => {
    expect(metricsWithClaims()).toEqual([
      "revenue",
      "net_income",
      "aws_revenue",
      "aws_operating_margin",
      "anthropic_gain",
    ]);
    const error = failure(() => reconcile("free_cash_flow"), "na");
    expect(error.messages.en).toBe(
      "the report makes no claim about free_cash_flow to reconcile; claims exist for revenue, net_income, aws_revenue, aws_operating_margin, anthropic_gain (or leave metric empty for all)",
    );
    expect(error.messages.fr).toBe(
      "le rapport ne fait aucune affirmation sur « free_cash_flow » à rapprocher ; il y en a pour revenue, net_income, aws_revenue, aws_operating_margin, anthropic_gain (ou laissez l'indicateur vide pour tout voir)",
    );
    failure(() => reconcile("capex"), "na");
    failure(() => reconcile("investissements nets", "fr"), "na");
  });

  it("#VALUE! for an unknown metric, with a suggestion", () => {
    const error = failure(() => reconcile("revenu"), "value");
    expect(error.messages.en).toContain("unknown metric 'revenu'; did you mean 'revenue'?");
    expect(error.messages.fr).toContain("indicateur inconnu « revenu » ; vouliez-vous dire « revenue » ?");
  });

  it("#VALUE! for a number, a boolean or a multi-cell range", () => {
    expect(failure(() => reconcile(2024), "value").messages.en).toContain("must be a text id");
    expect(failure(() => reconcile(true), "value").messages.fr).toContain("doit être un identifiant texte");
    expect(failure(() => reconcile([["revenue", "net_income"]]), "value").messages.en).toContain(
      "metric must be a single value, not a range of 1×2 cells",
    );
  });

  it("#VALUE! for a bad language", () => {
    const error = failure(() => reconcile(undefined, "de"), "value");
    expect(error.messages.en).toContain('lang must be "en" or "fr"');
    expect(error.messages.fr).toContain("langue doit valoir « en » ou « fr »");
    expect(error).toBeInstanceOf(AmznError);
  });
});

describe("claimsForFigure: the claims a figure takes part in", () => {
  it("net income 2024 (report or filings)", () => {
    expect(ids(claimsForFigure("net_income", 2024))).toEqual([
      "net_income_growth_2024",
      "net_income_growth_2025",
      "net_income_doubling_anthropic",
      "net_income_2024_figure",
    ]);
    expect(ids(claimsForFigure("net_income", 2024, "filings"))).toEqual(ids(claimsForFigure("net_income", 2024)));
  });

  it("net income 2023: the growth, the ×2,6, the doubled, the doubling and the tripled", () => {
    expect(ids(claimsForFigure("net_income", 2023))).toEqual([
      "net_income_growth_2024",
      "net_income_multiple_2023_2025",
      "net_income_doubled_summary",
      "net_income_doubling_anthropic",
      "net_income_tripled_conclusion",
      "net_income_2023_figure",
    ]);
  });

  it("AWS revenue 2024 feeds both AWS growth rates and, in the filings, the margin", () => {
    expect(ids(claimsForFigure("aws_revenue", 2024))).toEqual([
      "aws_revenue_growth_2024",
      "aws_revenue_growth_2025",
      "aws_operating_margin_2024",
    ]);
    expect(ids(claimsForFigure("aws_operating_income", 2024))).toEqual(["aws_operating_margin_2024"]);
    expect(ids(claimsForFigure("aws_operating_income", 2024, "report"))).toEqual([]);
    expect(ids(claimsForFigure("aws_operating_margin", 2024, "report"))).toEqual(["aws_operating_margin_2024"]);
  });

  it("the Anthropic gain: the report's 2024 and the filings' 2025 both point at the year claim", () => {
    // The §5 doubling credits the Anthropic gain: its attribution is audited with the gain (correction 2).
    expect(ids(claimsForFigure("anthropic_gain", 2024))).toEqual([
      "net_income_doubling_anthropic",
      "anthropic_gain_year",
    ]);
    expect(ids(claimsForFigure("anthropic_gain", 2025))).toEqual([
      "net_income_doubling_anthropic",
      "anthropic_gain_year",
    ]);
    expect(ids(claimsForFigure("anthropic_gain", 2025, "report"))).toEqual([]);
  });

  it("nothing for figures no claim uses", () => {
    expect(claimsForFigure("free_cash_flow", 2024)).toEqual([]);
    expect(claimsForFigure("revenue", 2022)).toEqual([]);
    expect(claimsForFigure("revenue", NaN)).toEqual([]);
  });
});

describe("reconciliationRows", () => {
  it("returns a fresh array of 14 rows each call", () => {
    const a = reconciliationRows();
    const b = reconciliationRows();
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
    a.pop();
    expect(reconciliationRows()).toHaveLength(14);
    expect(statusCounts(b)).toEqual({ ok: 4, rounding: 4, mismatch: 6 });
  });
});

describe("every status has its French word", () => {
  /** English status words a French reader must never read. */
  const ENGLISH = /\b(ok|rounding|mismatch|inconsistent|not testable|figures|outdated|unverified)\b/i;

  it.each(ALL_STATUSES)("%s", (status) => {
    const fr = statusLabel(status, "fr");
    expect(fr.length).toBeGreaterThan(0);
    expect(fr).not.toMatch(ENGLISH);
    expect(fr).not.toBe(statusLabel(status, "en"));
  });

  it("the statuses of the report judged whole read as PRODUCT.md says", () => {
    expect(statusLabel("inconsistent", "fr")).toBe("incohérent");
    expect(statusLabel("not_testable", "en")).toBe("not testable from figures");
    expect(statusLabel("not_testable", "fr")).toBe("non vérifiable par les chiffres");
  });
});
