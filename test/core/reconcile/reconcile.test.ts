/**
 * The reconciliation engine: the status of every claim, the exact reported / computed / filings
 * values, the rule's bands, and every "Known discrepancy" of amazon-filings.md.
 */
import { REPORT_CLAIMS, REPORT_FIGURE_CLAIMS } from "../../../src/data/index";
import {
  type ClaimRule,
  type ReconStatus,
  type ReconciliationRow,
  overallStatus,
  parsePrinted,
  reconcileClaims,
  rowDecimals,
  statusOf,
  tidy,
  worse,
} from "../../../src/core/reconcile";

function row(id: string): ReconciliationRow {
  const found = reconcileClaims().find((r) => r.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
}

interface Expected {
  readonly period: string;
  readonly unit: ReconciliationRow["unit"];
  readonly reported: number;
  readonly computed: number | null;
  readonly filings: number | null;
  readonly vsReport: ReconStatus | null;
  readonly vsFilings: ReconStatus | null;
  readonly status: ReconStatus;
}

/** Every claim, its values (computed from the raw figures here) and its statuses. */
const EXPECTED: Readonly<Record<string, Expected>> = {
  revenue_growth_2024: {
    period: "2023→2024",
    unit: "fraction",
    reported: 0.11,
    computed: 638 / 575 - 1,
    filings: 637_959 / 574_785 - 1,
    vsReport: "ok",
    vsFilings: "ok",
    status: "ok",
  },
  revenue_growth_2025: {
    period: "2024→2025",
    unit: "fraction",
    reported: 0.12,
    computed: 717 / 638 - 1,
    filings: 716_924 / 637_959 - 1,
    vsReport: "ok",
    vsFilings: "ok",
    status: "ok",
  },
  net_income_growth_2024: {
    period: "2023→2024",
    unit: "fraction",
    reported: 0.97,
    computed: 59 / 30 - 1,
    filings: 59_248 / 30_425 - 1,
    vsReport: "ok",
    vsFilings: "mismatch",
    status: "rounding",
  },
  net_income_growth_2025: {
    period: "2024→2025",
    unit: "fraction",
    reported: 0.312,
    computed: 77.7 / 59 - 1,
    filings: 77_670 / 59_248 - 1,
    vsReport: "mismatch",
    vsFilings: "rounding",
    status: "mismatch",
  },
  aws_revenue_growth_2024: {
    period: "2023→2024",
    unit: "fraction",
    reported: 0.19,
    computed: 107.6 / 91 - 1,
    filings: 107_556 / 90_757 - 1,
    vsReport: "rounding",
    vsFilings: "ok",
    status: "rounding",
  },
  aws_revenue_growth_2025: {
    period: "2024→2025",
    unit: "fraction",
    reported: 0.2,
    computed: 128.7 / 107.6 - 1,
    filings: 128_725 / 107_556 - 1,
    vsReport: "ok",
    vsFilings: "ok",
    status: "ok",
  },
  aws_operating_margin_2024: {
    period: "2024",
    unit: "fraction",
    reported: 0.38,
    computed: null,
    filings: 39_834 / 107_556,
    vsReport: null,
    vsFilings: "mismatch",
    status: "mismatch",
  },
  net_income_multiple_2023_2025: {
    period: "2023→2025",
    unit: "multiple",
    reported: 2.6,
    computed: 77.7 / 30,
    filings: 77_670 / 30_425,
    vsReport: "ok",
    vsFilings: "ok",
    status: "ok",
  },
  net_income_doubled_summary: {
    period: "2023→2025",
    unit: "multiple",
    reported: 2,
    computed: 77.7 / 30,
    filings: 77_670 / 30_425,
    vsReport: "mismatch",
    vsFilings: "mismatch",
    status: "mismatch",
  },
  net_income_doubling_anthropic: {
    period: "2023→2024",
    unit: "multiple",
    reported: 2,
    computed: 59 / 30,
    filings: 59_248 / 30_425,
    vsReport: "ok",
    vsFilings: "ok",
    // ×1.97 is a doubling, but the gain it credits was booked in Q3 2025: a mismatch of attribution.
    status: "mismatch",
  },
  net_income_tripled_conclusion: {
    period: "2023→2025",
    unit: "multiple",
    reported: 3,
    computed: 77.7 / 30,
    filings: 77_670 / 30_425,
    vsReport: "mismatch",
    vsFilings: "mismatch",
    status: "mismatch",
  },
  anthropic_gain_year: {
    period: "2024",
    unit: "year",
    reported: 2024,
    computed: null,
    filings: 2025,
    vsReport: null,
    vsFilings: "mismatch",
    status: "mismatch",
  },
  net_income_2023_figure: {
    period: "2023",
    unit: "B$",
    reported: 30,
    computed: null,
    filings: 30.425,
    vsReport: null,
    vsFilings: "rounding",
    status: "rounding",
  },
  net_income_2024_figure: {
    period: "2024",
    unit: "B$",
    reported: 59,
    computed: null,
    filings: 59.248,
    vsReport: null,
    vsFilings: "rounding",
    status: "rounding",
  },
};

function close(actual: number | null, expected: number | null): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? NaN) - expected)).toBeLessThan(1e-10);
}

describe("reconcileClaims: one row per claim", () => {
  const rows = reconcileClaims();

  it("has every stored claim once, in the data's order, then the printed-figure claims", () => {
    expect(rows.map((r) => r.id)).toEqual([
      ...REPORT_CLAIMS.map((c) => c.id),
      ...REPORT_FIGURE_CLAIMS.map((c) => c.id),
    ]);
    expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(rows).toHaveLength(14);
  });

  it.each(Object.entries(EXPECTED))("%s: values and statuses", (id, e) => {
    const r = row(id);
    expect(r.period).toBe(e.period);
    expect(r.unit).toBe(e.unit);
    expect(r.reported).toBe(e.reported);
    close(r.computed, e.computed);
    close(r.filings, e.filings);
    close(r.gapVsComputed, e.computed === null ? null : e.reported - e.computed);
    close(r.gapVsFilings, e.filings === null ? null : e.reported - e.filings);
    expect(r.statusVsReport).toBe(e.vsReport);
    expect(r.statusVsFilings).toBe(e.vsFilings);
    expect(r.status).toBe(e.status);
    expect(r.vsReport?.status ?? null).toBe(e.vsReport);
    expect(r.vsFilings?.status ?? null).toBe(e.vsFilings);
  });

  it("counts 4 ok, 4 rounding, 6 mismatch", () => {
    const count = (s: ReconStatus): number => rows.filter((r) => r.status === s).length;
    expect([count("ok"), count("rounding"), count("mismatch")]).toEqual([4, 4, 6]);
  });

  it("pins the rounded values as the notes show them", () => {
    expect(tidy(row("net_income_growth_2024").computed ?? NaN)).toBe(0.966666666667);
    expect(row("net_income_growth_2024").filings).toBe(0.947345932621);
    expect(row("net_income_growth_2025").computed).toBe(0.316949152542);
    expect(row("net_income_growth_2025").filings).toBe(0.310930326762);
    expect(row("aws_revenue_growth_2024").computed).toBe(0.182417582418);
    expect(row("aws_revenue_growth_2024").filings).toBe(0.185098670075);
    expect(row("aws_operating_margin_2024").filings).toBe(0.37035590762);
    expect(row("net_income_multiple_2023_2025").computed).toBe(2.59);
    expect(row("net_income_multiple_2023_2025").filings).toBe(2.55283483977);
    expect(row("net_income_2024_figure").gapVsFilings).toBe(-0.248);
    expect(row("anthropic_gain_year").gapVsFilings).toBe(-1);
  });

  it("carries the wording in French as printed and in English, and the section", () => {
    const doubled = row("net_income_doubled_summary");
    expect(doubled.wording.fr).toBe("Entre 2023 et 2025, le groupe a quasiment doublé son bénéfice net");
    expect(doubled.wording.en).toBe("Between 2023 and 2025, the group almost doubled its net income");
    expect(doubled.printed).toBe("quasiment doublé");
    expect(doubled.sectionRef).toEqual({ en: "Executive summary", fr: "Résumé exécutif" });
    expect(row("net_income_growth_2025").printed).toBe("+31,2%");
    expect(row("net_income_growth_2025").sectionRef).toEqual({ en: "§1", fr: "§1" });
    expect(row("net_income_tripled_conclusion").sectionRef.fr).toBe("Conclusion");
    expect(row("anthropic_gain_year").section).toBe("s5");
  });

  it("gives every row a bilingual note naming both values and the rule", () => {
    for (const r of rows) {
      expect(r.note.en.length).toBeGreaterThan(20);
      expect(r.note.fr.length).toBeGreaterThan(20);
      expect(r.note.en).toContain("rule:");
      expect(r.note.fr).toContain("règle :");
      expect(r.note.en).not.toMatch(/NaN|Infinity|undefined|null/);
      expect(r.note.fr).not.toMatch(/NaN|Infinity|undefined|null/);
    }
    expect(row("net_income_growth_2024").note.en).toBe(
      "the report's own figures: 59 / 30 − 1 = 96.7% (ok); filings: 59,248 / 30,425 − 1 = 94.7% (mismatch); " +
        "the gap to the filings comes from the report's own rounded figures, which give the printed value; " +
        'rule: "+97%" printed with 0 decimals, ok within ±0.5 pp, rounding within ±1.5 pp',
    );
    expect(row("net_income_growth_2025").note.fr).toBe(
      "chiffres du rapport : 77,7 / 59 − 1 = 31,69\u00a0% (écart) ; dépôts : 77\u202f670 / 59\u202f248 − 1 = 31,09\u00a0% (arrondi) ; " +
        "règle : « +31,2% » imprimé à 1 décimale, conforme à ±0,05 pt, arrondi à ±0,15 pt",
    );
  });
});

describe("the rule: bands from the printed precision", () => {
  const bands = (id: string): ClaimRule => row(id).rule;

  it("reads the printed precision", () => {
    expect(parsePrinted("+11%")).toEqual({ value: 11, decimals: 0, percent: true });
    expect(parsePrinted("+31,2%")).toEqual({ value: 31.2, decimals: 1, percent: true });
    expect(parsePrinted("38%")).toEqual({ value: 38, decimals: 0, percent: true });
    expect(parsePrinted("multiplié par 2,6")).toEqual({ value: 2.6, decimals: 1, percent: false });
    expect(parsePrinted("59 Mds$")).toEqual({ value: 59, decimals: 0, percent: false });
    expect(parsePrinted("77,7 Mds$")).toEqual({ value: 77.7, decimals: 1, percent: false });
    expect(parsePrinted("quasiment doublé")).toBeUndefined();
  });

  it("+11%: ok ±0.5 pp, rounding ±1.5 pp", () => {
    const r = bands("revenue_growth_2024");
    expect(r.kind).toBe("printed");
    expect(r.decimals).toBe(0);
    expect(r.step).toBeCloseTo(0.01, 15);
    expect(r.ok.lo).toBeCloseTo(0.105, 15);
    expect(r.ok.hi).toBeCloseTo(0.115, 15);
    expect(r.rounding?.lo).toBeCloseTo(0.095, 15);
    expect(r.rounding?.hi).toBeCloseTo(0.125, 15);
  });

  it("+31,2%: ok ±0.05 pp, rounding ±0.15 pp", () => {
    const r = bands("net_income_growth_2025");
    expect(r.decimals).toBe(1);
    expect(r.step).toBeCloseTo(0.001, 15);
    expect(r.ok.lo).toBeCloseTo(0.3115, 15);
    expect(r.ok.hi).toBeCloseTo(0.3125, 15);
    expect(r.rounding?.lo).toBeCloseTo(0.3105, 15);
    expect(r.rounding?.hi).toBeCloseTo(0.3135, 15);
  });

  it("38% margin: ok ±0.5 pp and no rounding band (the report prints no AWS operating income)", () => {
    const r = bands("aws_operating_margin_2024");
    expect(r.ok.lo).toBeCloseTo(0.375, 15);
    expect(r.ok.hi).toBeCloseTo(0.385, 15);
    expect(r.rounding).toBeNull();
    expect(row("aws_operating_margin_2024").note.en).toContain(
      "not computable from the report: it prints no aws_operating_income for 2024",
    );
  });

  it("×2,6: ok ±0.05, rounding ±0.15", () => {
    const r = bands("net_income_multiple_2023_2025");
    expect(r.ok.lo).toBeCloseTo(2.55, 12);
    expect(r.ok.hi).toBeCloseTo(2.65, 12);
    expect(r.rounding?.lo).toBeCloseTo(2.45, 12);
    expect(r.rounding?.hi).toBeCloseTo(2.75, 12);
  });

  it("wording: ±10% of ×2 and ×3, no rounding band", () => {
    for (const id of ["net_income_doubled_summary", "net_income_doubling_anthropic"]) {
      expect(bands(id).kind).toBe("wording");
      expect(bands(id).ok.lo).toBeCloseTo(1.8, 12);
      expect(bands(id).ok.hi).toBeCloseTo(2.2, 12);
      expect(bands(id).rounding).toBeNull();
    }
    expect(bands("net_income_tripled_conclusion").ok.lo).toBeCloseTo(2.7, 12);
    expect(bands("net_income_tripled_conclusion").ok.hi).toBeCloseTo(3.3, 12);
  });

  it("a year: exact", () => {
    expect(bands("anthropic_gain_year")).toMatchObject({ kind: "year", ok: { lo: 2024, hi: 2024 }, rounding: null });
  });

  it("59: ok at the row's precision (1 decimal, from 77,7), rounding at the printed 0 decimals", () => {
    expect(rowDecimals("net_income", "s1")).toBe(1);
    expect(rowDecimals("revenue", "s1")).toBe(0);
    expect(rowDecimals("aws_revenue", "s2")).toBe(1);
    const r = bands("net_income_2024_figure");
    expect(r.kind).toBe("figure");
    expect(r.decimals).toBe(0);
    expect(r.rowDecimals).toBe(1);
    expect(r.ok.lo).toBeCloseTo(58.95, 12);
    expect(r.ok.hi).toBeCloseTo(59.05, 12);
    expect(r.rounding?.lo).toBeCloseTo(58.5, 12);
    expect(r.rounding?.hi).toBeCloseTo(59.5, 12);
  });

  it("statusOf: inclusive half-unit edges, then the rounding band, then mismatch", () => {
    const r = bands("net_income_growth_2025");
    expect(statusOf(0.3125, 0.312, r)).toBe("ok"); // 77.7 / 59.2 − 1, exactly half-way
    expect(statusOf(0.3115, 0.312, r)).toBe("ok");
    expect(statusOf(0.3114, 0.312, r)).toBe("rounding");
    expect(statusOf(0.3135, 0.312, r)).toBe("rounding");
    expect(statusOf(0.3136, 0.312, r)).toBe("mismatch");
    const margin = bands("aws_operating_margin_2024");
    expect(statusOf(0.375, 0.38, margin)).toBe("ok");
    expect(statusOf(0.3749, 0.38, margin)).toBe("mismatch");
  });

  it("overall: the worse of the two, a filings mismatch the report's own figures reproduce counting as rounding", () => {
    expect(worse("ok", "rounding")).toBe("rounding");
    expect(worse("mismatch", "rounding")).toBe("mismatch");
    expect(worse("ok", "ok")).toBe("ok");
    expect(overallStatus("ok", "ok")).toEqual({ status: "ok", explained: false });
    expect(overallStatus("ok", "mismatch")).toEqual({ status: "rounding", explained: true });
    expect(overallStatus("rounding", "mismatch")).toEqual({ status: "mismatch", explained: false });
    expect(overallStatus("mismatch", "rounding")).toEqual({ status: "mismatch", explained: false });
    expect(overallStatus("rounding", "ok")).toEqual({ status: "rounding", explained: false });
    expect(overallStatus(null, "mismatch")).toEqual({ status: "mismatch", explained: false });
    expect(overallStatus(null, "rounding")).toEqual({ status: "rounding", explained: false });
    expect(overallStatus("ok", null)).toEqual({ status: "ok", explained: false });
    expect(() => overallStatus(null, null)).toThrow();
    expect(
      reconcileClaims()
        .filter((r) => r.explainedByReportRounding)
        .map((r) => r.id),
    ).toEqual(["net_income_growth_2024"]);
  });
});

describe("amazon-filings.md, 'Known discrepancies': each comes out as its verdict implies", () => {
  it("net income growth 2024: +97% mismatches the filings' 94.7% but is the report's own 59 / 30 (96.7%): rounding", () => {
    const r = row("net_income_growth_2024");
    expect(r.filings).toBeCloseTo(0.947, 3);
    expect(r.computed).toBeCloseTo(0.967, 3);
    expect([r.statusVsReport, r.statusVsFilings, r.status]).toEqual(["ok", "mismatch", "rounding"]);
    expect(r.explainedByReportRounding).toBe(true);
  });

  it("net income growth 2025: +31.2% vs 31.1% filed is rounding; the report's own 77.7 / 59 gives 31.7%: mismatch", () => {
    const r = row("net_income_growth_2025");
    expect(r.filings).toBeCloseTo(0.311, 3);
    expect(r.computed).toBeCloseTo(0.317, 3);
    expect([r.statusVsReport, r.statusVsFilings, r.status]).toEqual(["mismatch", "rounding", "mismatch"]);
  });

  it("AWS revenue growth 2024: +19% vs 18.5% filed is ok; the report's own 107.6 / ~91 gives 18.2%: rounding", () => {
    const r = row("aws_revenue_growth_2024");
    expect(r.filings).toBeCloseTo(0.185, 3);
    expect(r.computed).toBeCloseTo(0.182, 3);
    expect([r.statusVsReport, r.statusVsFilings, r.status]).toEqual(["rounding", "ok", "rounding"]);
    expect(r.note.en).toContain('approximate ("~91 Mds$")');
  });

  it("AWS operating margin 2024: 38% vs 37.0% is misstated: mismatch", () => {
    const r = row("aws_operating_margin_2024");
    expect(r.filings).toBeCloseTo(0.37, 3);
    expect(r.status).toBe("mismatch");
    expect(r.note.en).toContain("misstated");
  });

  it("Anthropic gain: 2024 in the report, Q3 2025 in the filings: wrong year, mismatch", () => {
    const r = row("anthropic_gain_year");
    expect([r.reported, r.filings, r.status]).toEqual([2024, 2025, "mismatch"]);
    expect(r.note.en).toContain("Q3 2025");
    expect(r.note.fr).toContain("T3 2025");
  });

  it("net income over two years: the report contradicts itself (doubled / ×2,6 / tripled vs ×2.55)", () => {
    expect(row("net_income_multiple_2023_2025").status).toBe("ok"); // ×2.553 prints as ×2.6
    expect(row("net_income_doubled_summary").status).toBe("mismatch");
    expect(row("net_income_tripled_conclusion").status).toBe("mismatch");
    for (const id of ["net_income_multiple_2023_2025", "net_income_doubled_summary", "net_income_tripled_conclusion"]) {
      expect(row(id).filings).toBeCloseTo(2.55, 2);
      expect([row(id).from, row(id).to]).toEqual([2023, 2025]);
    }
  });

  it("2023 and 2024 net income: 30 and 59 printed to the billion beside 77,7: mixed precision, rounding (correction 4)", () => {
    const r = row("net_income_2024_figure");
    expect([r.reported, r.filings, r.status]).toEqual([59, 59.248, "rounding"]);
    expect(r.note.en).toContain("mixed precision");
    expect(r.note.en).toContain("rounds to 59 at the billion (not truncated)");
    expect(r.note.en).not.toContain("truncated rather than rounded");
    const r2023 = row("net_income_2023_figure");
    expect([r2023.reported, r2023.filings, r2023.status]).toEqual([30, 30.425, "rounding"]);
    expect(r2023.note.en).toContain("mixed precision");
  });

  it("the §5 doubling credited to the Anthropic gain: a mismatch of attribution, whatever the ×1.97 (correction 2)", () => {
    const r = row("net_income_doubling_anthropic");
    expect(r.vsFilings?.value).toBeCloseTo(1.947, 3);
    expect(r.status).toBe("mismatch");
    expect(r.explainedByReportRounding).toBe(false);
    expect(r.note.en).toContain("wrong attribution");
    expect(r.note.en).toContain("the filings book in 2025");
    expect(r.note.fr).toContain("attribution erronée");
    expect(r.figures).toContainEqual({ basis: "filings", metric: "anthropic_gain", year: 2025 });
  });
});

describe("figures each claim involves (for the audit view)", () => {
  it("lists both bases' operands", () => {
    expect(row("net_income_growth_2024").figures).toEqual([
      { basis: "report", metric: "net_income", year: 2023 },
      { basis: "report", metric: "net_income", year: 2024 },
      { basis: "filings", metric: "net_income", year: 2023 },
      { basis: "filings", metric: "net_income", year: 2024 },
    ]);
    expect(row("aws_operating_margin_2024").figures).toEqual([
      { basis: "report", metric: "aws_operating_margin", year: 2024 },
      { basis: "report", metric: "aws_revenue", year: 2024 },
      { basis: "filings", metric: "aws_operating_margin", year: 2024 },
      { basis: "filings", metric: "aws_operating_income", year: 2024 },
      { basis: "filings", metric: "aws_revenue", year: 2024 },
    ]);
    expect(row("anthropic_gain_year").figures).toEqual([
      { basis: "report", metric: "anthropic_gain", year: 2024 },
      { basis: "filings", metric: "anthropic_gain", year: 2025 },
    ]);
  });

  it("never yields a non-finite number", () => {
    for (const r of reconcileClaims()) {
      for (const v of [r.reported, r.computed, r.filings, r.gapVsComputed, r.gapVsFilings]) {
        if (v !== null) expect(Number.isFinite(v)).toBe(true);
      }
    }
  });
});
