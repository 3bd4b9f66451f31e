import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import {
  FILING_SOURCES,
  FILINGS_DERIVATIONS,
  FILINGS_FACTS,
  FILINGS_FIGURES,
  KPI_IDS,
  METRICS,
  METRIC_IDS,
  REPORT_CLAIMS,
  REPORT_FIGURES,
  REPORT_KPIS,
  REPORT_SECTIONS,
} from "../../src/data/index";
import type { MetricId } from "../../src/data/index";
import { figures, findFigure, yearsOf } from "../../src/core/dataset";
import { normalize } from "../../src/core/wording";

const report = (metric: MetricId, year: number) => REPORT_FIGURES.find((f) => f.metric === metric && f.year === year);
const filed = (metric: MetricId, year: number) => FILINGS_FIGURES.find((f) => f.metric === metric && f.year === year);

describe("report basis: every figure of the report's tables and bullets, in B$", () => {
  it.each([
    ["revenue", 2023, 575, "575 Mds$"],
    ["revenue", 2024, 638, "638 Mds$"],
    ["revenue", 2025, 717, "717 Mds$"],
    ["net_income", 2023, 30, "30 Mds$"],
    ["net_income", 2024, 59, "59 Mds$"],
    ["net_income", 2025, 77.7, "77,7 Mds$"],
    ["aws_revenue", 2023, 91, "~91 Mds$"],
    ["aws_revenue", 2024, 107.6, "107,6 Mds$"],
    ["aws_revenue", 2025, 128.7, "128,7 Mds$"],
    ["aws_operating_margin", 2024, 0.38, "38%"],
    ["anthropic_gain", 2024, 9.5, "9,5 milliards de dollars"],
    ["capex", 2026, 200, "200 milliards de dollars"],
  ] as const)("%s %i = %d (printed %s)", (metric, year, value, printed) => {
    const f = report(metric, year);
    expect(f?.value).toBe(value);
    expect(f?.printed).toBe(printed);
  });

  it("holds exactly those twelve yearly figures", () => {
    expect(REPORT_FIGURES).toHaveLength(12);
  });

  it("flags ~91 approximate, the 38% margin a reported claim, the 2026 plan an estimate", () => {
    expect(report("aws_revenue", 2023)?.flags).toEqual(["approximate"]);
    expect(report("aws_operating_margin", 2024)?.flags).toEqual(["reported_claim"]);
    expect(report("capex", 2026)?.flags).toEqual(["estimate"]);
    expect(report("capex", 2026)?.plan).toBe(true);
    for (const f of REPORT_FIGURES) if (f.year <= 2025) expect(f.plan).toBe(false);
  });

  it("cites a section, the French label as printed and an English label", () => {
    for (const f of REPORT_FIGURES) {
      expect(REPORT_SECTIONS[f.section]).toBeDefined();
      expect(f.label.fr.length).toBeGreaterThan(0);
      expect(f.label.en.length).toBeGreaterThan(0);
    }
    expect(report("revenue", 2024)?.section).toBe("s1");
    expect(report("revenue", 2024)?.label.fr).toBe("Chiffre d'affaires total");
    expect(report("aws_revenue", 2024)?.section).toBe("s2");
    expect(report("anthropic_gain", 2024)?.section).toBe("s5");
    expect(report("capex", 2026)?.section).toBe("s6");
  });

  it.each([
    ["rufus_users", 250_000_000, "count", []],
    ["rufus_purchase_uplift", 0.6, "ratio", []],
    ["ai_listing_sellers", 1_300_000, "count", ["unverified"]],
    ["deepfleet_robots", 1_000_000, "count", ["lower_bound"]],
    ["capex_plan_2026", 200, "money", ["estimate"]],
  ] as const)("KPI %s = %d (%s)", (id, value, kind, flags) => {
    const k = REPORT_KPIS.find((x) => x.id === id);
    expect(k?.value).toBe(value);
    expect(k?.kind).toBe(kind);
    expect(k?.flags).toEqual(flags);
  });

  it("lists the five KPIs of §3–§6", () => {
    expect(REPORT_KPIS.map((k) => k.id)).toEqual([...KPI_IDS]);
    expect(REPORT_KPIS.map((k) => k.section)).toEqual(["s3", "s3", "s3", "s4", "s6"]);
  });

  it("stores every derived claim the report prints", () => {
    const claims = Object.fromEntries(
      REPORT_CLAIMS.map((c) => [
        c.id,
        { kind: c.kind, value: "value" in c ? c.value : null, printed: c.printed, section: c.section },
      ]),
    );
    expect(claims).toEqual({
      revenue_growth_2024: { kind: "growth", value: 0.11, printed: "+11%", section: "s1" },
      revenue_growth_2025: { kind: "growth", value: 0.12, printed: "+12%", section: "s1" },
      net_income_growth_2024: { kind: "growth", value: 0.97, printed: "+97%", section: "s1" },
      net_income_growth_2025: { kind: "growth", value: 0.312, printed: "+31,2%", section: "s1" },
      aws_revenue_growth_2024: { kind: "growth", value: 0.19, printed: "+19%", section: "s2" },
      aws_revenue_growth_2025: { kind: "growth", value: 0.2, printed: "+20%", section: "s2" },
      aws_operating_margin_2024: { kind: "margin", value: 0.38, printed: "38%", section: "s2" },
      net_income_multiple_2023_2025: { kind: "multiple", value: 2.6, printed: "multiplié par 2,6", section: "s1" },
      net_income_doubled_summary: { kind: "wording", value: 2, printed: "quasiment doublé", section: "summary" },
      net_income_doubling_anthropic: {
        kind: "wording",
        value: 2,
        printed: "doublement du bénéfice net",
        section: "s5",
      },
      net_income_tripled_conclusion: { kind: "wording", value: 3, printed: "quasiment tripler", section: "conclusion" },
      anthropic_gain_year: { kind: "event_year", value: null, printed: "enregistré en 2024", section: "s5" },
    });
  });

  it("keeps the 38% margin figure and the 38% claim equal", () => {
    const claim = REPORT_CLAIMS.find((c) => c.id === "aws_operating_margin_2024");
    expect(claim && "value" in claim ? claim.value : undefined).toBe(report("aws_operating_margin", 2024)?.value);
  });
});

describe("filings basis: every yearly figure of amazon-filings.md (corrected), in M$", () => {
  const table: Record<string, (number | null)[]> = {
    revenue: [513_983, 574_785, 637_959, 716_924],
    net_income: [-2_722, 30_425, 59_248, 77_670],
    operating_income: [12_248, 36_852, 68_593, 79_975],
    aws_revenue: [80_096, 90_757, 107_556, 128_725],
    aws_operating_income: [22_841, 24_631, 39_834, 45_606],
    operating_cash_flow: [46_752, 84_946, 115_877, 139_514],
    capex: [63_645, 52_729, 82_999, 131_819],
    capex_proceeds: [5_324, 4_596, 5_341, 3_499],
    depreciation: [41_921, 48_663, 52_795, 65_756],
  };
  for (const [metric, values] of Object.entries(table)) {
    it(`${metric} 2022–2025 as filed`, () => {
      values.forEach((value, i) => {
        const f = filed(metric as MetricId, 2022 + i);
        if (value === null) expect(f).toBeUndefined();
        else expect(f?.value).toBe(value);
      });
    });
  }

  it("pre-tax income is computed (operating + non-operating income) and corrected in every year", () => {
    [-5_936, 37_557, 68_614, 97_311].forEach((value, i) => {
      const f = findFigure("filings", "pre_tax_income", 2022 + i);
      expect(f?.value).toBe(value);
      expect(f?.provenance.evidence).toBe("derived");
    });
    expect(FILINGS_FIGURES.some((f) => f.metric === "pre_tax_income")).toBe(false);
  });

  it("free cash flow is computed as OCF − net capex and matches the file", () => {
    const expected = [-11_569, 36_813, 38_219, 11_194];
    expected.forEach((value, i) => {
      const f = findFigure("filings", "free_cash_flow", 2022 + i);
      expect(f?.value).toBe(value);
      expect(f?.provenance.flags).toContain("computed");
    });
    expect(FILINGS_FIGURES.some((f) => f.metric === "free_cash_flow")).toBe(false);
  });

  it("margins are computed from the filed figures, never stored, and round to the file's derived ratios", () => {
    const aws = [0.285, 0.271, 0.37, 0.354];
    aws.forEach((value, i) => {
      const f = findFigure("filings", "aws_operating_margin", 2022 + i);
      expect(f?.value).toBeCloseTo(value, 3);
      expect(f?.provenance.flags).toContain("computed");
      expect(f?.provenance.evidence).toBe("derived");
    });
    for (const f of FILINGS_FIGURES) expect(METRICS[f.metric].kind).not.toBe("ratio");
    expect(findFigure("filings", "aws_operating_margin", 2022)?.value).toBe(22_841 / 80_096);
    expect(findFigure("filings", "aws_operating_margin", 2024)?.value).toBe(39_834 / 107_556);
    expect(findFigure("filings", "operating_margin", 2024)?.value).toBeCloseTo(0.108, 3);
    expect(findFigure("filings", "operating_margin", 2025)?.value).toBeCloseTo(0.112, 3);
    expect(findFigure("filings", "operating_margin", 2025)?.provenance.flags).toEqual(["computed"]);
  });

  it("net capex is gross capex − proceeds every year, computed with the derived class", () => {
    [58_321, 48_133, 77_658, 128_320].forEach((value, i) => {
      const year = 2022 + i;
      const f = findFigure("filings", "capex_net", year);
      expect(f?.value).toBe(value);
      expect(f?.value).toBe((filed("capex", year)?.value ?? NaN) - (filed("capex_proceeds", year)?.value ?? NaN));
      expect(f?.provenance.evidence).toBe("derived");
    });
    expect(FILINGS_FIGURES.some((f) => f.metric === "capex_net" && f.quarter === undefined)).toBe(false);
  });

  it("the Anthropic gains are quarters (9.5 B$ in Q3 2025, 3.3 B$ in Q1 2025), rounded, cited as the references cite them; no 2025 total", () => {
    expect(FILINGS_FIGURES.some((f) => f.metric === "anthropic_gain" && f.quarter === undefined)).toBe(false);
    const q = (quarter: 1 | 3) =>
      FILINGS_FIGURES.find((f) => f.metric === "anthropic_gain" && f.year === 2025 && f.quarter === quarter);
    expect(q(3)).toMatchObject({ value: 9_500, sources: ["S-FLEX", "S-GW"], evidence: "secondary" });
    expect(q(3)?.flags).toContain("rounded");
    expect(q(1)).toMatchObject({ value: 3_300, sources: ["S-FT", "S-MISC"], evidence: "secondary" });
  });

  it("cites known source keys and labels in both languages", () => {
    for (const f of FILINGS_FIGURES) {
      expect(f.sources.length).toBeGreaterThan(0);
      for (const s of f.sources) expect(FILING_SOURCES[s]).toBeDefined();
      expect(f.label.en.length).toBeGreaterThan(0);
      expect(f.label.fr.length).toBeGreaterThan(0);
    }
    // A 10-K for fiscal 2024 cannot hold 2025 figures.
    for (const f of FILINGS_FIGURES) {
      if (f.year >= 2025) expect(f.sources).not.toContain("10K-2024");
      if (f.year >= 2025) expect(f.sources).not.toContain("F-K24");
    }
  });

  it("keeps the non-yearly facts with the sources the references cite (correction 6)", () => {
    const fact = (id: string) => FILINGS_FACTS.find((f) => f.id === id);
    expect(fact("anthropic_gain_q3_2025")?.value).toBe(9_500);
    expect(fact("non_operating_income_2024")).toMatchObject({ value: 21, sources: ["F-K24"], evidence: "filed" });
    expect(fact("capex_outlook_2026")).toMatchObject({ value: 200_000 });
    expect(fact("capex_outlook_2026")?.sources).toContain("CALL-Q4-2025");
    expect(fact("server_useful_life")?.value).toBe(5);
    expect(fact("server_useful_life")?.note.en).toContain("without naming a source");
    // The amazon.science page gives DeepFleet's 10%, not the robot count or the sites.
    expect(fact("deepfleet_millionth_robot")?.sources).not.toContain("SCI-DEEPFLEET");
    expect(fact("deepfleet_sites")?.sources).not.toContain("SCI-DEEPFLEET");
    expect(fact("deepfleet_travel_efficiency")).toMatchObject({ value: 0.1, sources: ["SCI-DEEPFLEET"] });
    expect(fact("amazon_robots_1m_plus")).toMatchObject({ value: 1_000_000, sources: [], evidence: "secondary" });
    expect(fact("rufus_users_2025")?.value).toBe(300_000_000);
    expect(fact("rufus_purchase_uplift")?.value).toBe(0.6);
    expect(fact("ai_listing_sellers")).toMatchObject({ value: null, flags: ["unverified"] });
    for (const f of FILINGS_FACTS) for (const s of f.sources) expect(FILING_SOURCES[s]).toBeDefined();
  });

  it("the 2026 outlook is +52% on gross and +56% on net 2025 capex", () => {
    expect(200_000 / 131_819 - 1).toBeCloseTo(0.52, 2);
    expect(200_000 / 128_320 - 1).toBeCloseTo(0.56, 2);
  });
});

describe("the index", () => {
  it("has the years PRODUCT.md lists", () => {
    const years = (basis: "report" | "filings", metric: MetricId) => yearsOf(basis, metric).join(",");
    expect(years("report", "revenue")).toBe("2023,2024,2025");
    expect(years("filings", "revenue")).toBe("2022,2023,2024,2025");
    expect(years("filings", "net_income")).toBe("2022,2023,2024,2025");
    expect(years("report", "aws_operating_margin")).toBe("2024");
    expect(years("filings", "aws_operating_margin")).toBe("2022,2023,2024,2025");
    expect(years("report", "capex")).toBe("2026");
    expect(years("filings", "capex")).toBe("2022,2023,2024,2025");
    expect(years("filings", "free_cash_flow")).toBe("2022,2023,2024,2025");
    expect(years("report", "anthropic_gain")).toBe("2024");
    // Known by quarter only (2025Q1, 2025Q3, 2026Q1): a year's figure is the year's total.
    expect(years("filings", "anthropic_gain")).toBe("");
    for (const m of [
      "aws_operating_income",
      "operating_income",
      "operating_cash_flow",
      "capex_net",
      "depreciation",
      "free_cash_flow",
    ] as const) {
      expect(yearsOf("report", m)).toEqual([]);
    }
  });

  it("stores money in B$ (report) and M$ (filings), ratios as fractions, EPS in $/sh", () => {
    for (const f of figures()) {
      const kind = METRICS[f.metric].kind;
      if (kind === "ratio") expect(f.unit).toBe("ratio");
      else if (kind === "count") expect(f.unit).toBe("count");
      else if (kind === "per_share") expect(f.unit).toBe("$/sh");
      else expect(f.unit).toBe(f.basis === "report" ? "B$" : "M$");
      expect(Number.isFinite(f.value)).toBe(true);
    }
  });

  it("has no duplicate figure", () => {
    const keys = figures().map((f) => `${f.basis}|${f.metric}|${f.year}|${f.quarter ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("every computed figure cites the operands it was computed from", () => {
    for (const f of figures()) {
      if (f.provenance.basis !== "filings" || f.provenance.computation === undefined) continue;
      const [a, b] = f.provenance.computation.operands;
      expect(a && b).toBeTruthy();
      const op = f.provenance.computation.op;
      if (a && b)
        expect(f.value).toBe(
          op === "difference" ? a.value - b.value : op === "sum" ? a.value + b.value : a.value / b.value,
        );
      expect(f.provenance.evidence).toBe("derived");
    }
    expect(FILINGS_DERIVATIONS.map((d) => d.metric)).toEqual([
      "capex_net",
      "free_cash_flow",
      "pre_tax_income",
      "aws_operating_margin",
      "north_america_operating_margin",
      "international_operating_margin",
      "operating_margin",
    ]);
  });
});

describe("names", () => {
  it("no alias points at two metrics or KPIs", () => {
    const seen = new Map<string, string>();
    for (const id of METRIC_IDS) {
      for (const name of [id, ...METRICS[id].aliases]) {
        const key = normalize(name);
        expect([undefined, id]).toContain(seen.get(key));
        seen.set(key, id);
      }
    }
    for (const k of REPORT_KPIS) {
      for (const name of [k.id, ...k.aliases]) {
        const key = normalize(name);
        expect([undefined, k.id]).toContain(seen.get(key));
        seen.set(key, k.id);
      }
    }
  });

  it("does not accept 'revenu' (PRODUCT.md's example of an unknown metric)", () => {
    const all = METRIC_IDS.flatMap((id) => METRICS[id].aliases.map(normalize));
    expect(all).not.toContain("revenu");
  });
});

describe("src/data holds data and types only", () => {
  const dir = join(__dirname, "../../src/data");
  for (const file of readdirSync(dir)) {
    it(`${file} declares no function`, () => {
      const code = readFileSync(join(dir, file), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      expect(code).not.toMatch(/\bfunction\b|=>|\bclass\b/);
    });
  }
});
