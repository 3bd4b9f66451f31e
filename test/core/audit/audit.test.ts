import { auditReferences, auditFormula } from "../../../src/core/audit";

describe("auditFormula", () => {
  it("gives the source, basis and reconciliation claims of a figure", () => {
    const [entry] = auditFormula("=AMZN.NET_INCOME(2024)", "en");
    expect(entry?.call).toBe("AMZN.NET_INCOME(2024)");
    const [figure] = entry?.figures ?? [];
    expect(figure).toMatchObject({ metric: "net_income", year: 2024, basis: "report" });
    expect(figure?.source).toContain("§1");
    expect(figure?.source).toContain("Bénéfice net");
    const statuses = figure?.claims.map((claim) => claim.status) ?? [];
    expect(statuses).toContain("rounding"); // +97% and the truncated 59
    expect(statuses).toContain("mismatch"); // +31.2%
  });

  it("says in French where a filed figure comes from", () => {
    const [entry] = auditFormula('=AMZN.REVENUE(2024, "M", "filings")', "fr");
    expect(entry?.figures[0]).toMatchObject({ metric: "revenue", year: 2024, basis: "filings" });
    expect(entry?.figures[0]?.source).toMatch(/F-K24/);
    expect(entry?.figures[0]?.source).toContain("[classe : déposé]");
    expect(entry?.figures[0]?.evidence).toBe("filed");
  });

  it("flags the approximate ~91 and the Anthropic year mismatch", () => {
    expect(auditFormula("=AMZN.AWS_REVENUE(2023)", "en")[0]?.figures[0]?.flags).toEqual(["approximate"]);
    const anthropic = auditFormula('=AMZN.METRIC("anthropic_gain", 2024)', "en")[0]?.figures[0];
    // The year claim, and the §5 doubling that credits the gain (a mismatch of attribution).
    expect(anthropic?.claims.map((claim) => claim.status)).toEqual(["mismatch", "mismatch"]);
  });

  it("audits both years of a growth and every call of a formula", () => {
    const entries = auditFormula('=AMZN.GROWTH("revenue", 2023, 2025) + AMZN.KPI("rufus_users")', "en");
    expect(entries).toHaveLength(2);
    expect(entries[0]?.figures.map((figure) => figure.year)).toEqual([2023, 2025]);
    expect(entries[1]?.figures[0]?.source).toMatch(/Rufus/);
  });

  it("audits a quarter: its source, evidence class and the special items Amazon names for it", () => {
    const [entry] = auditFormula('=AMZN.METRIC("operating_income", "Q3 2025", "M", "filings")', "en");
    const [figure] = entry?.figures ?? [];
    expect(figure).toMatchObject({ metric: "operating_income", year: 2025, period: "2025Q3", evidence: "secondary" });
    expect(figure?.specialItems?.join(" | ")).toContain(
      "FTC legal settlement (in North America): 2,500 M$ [class: release]",
    );
    expect(figure?.specialItems?.join(" | ")).toContain("Estimated severance (all segments): 1,800 M$");
    expect(figure?.source).toContain("special items of the quarter");
    const [gain] = auditFormula('=AMZN.METRIC("anthropic_gain", "T1 2026", "M", "filings")', "fr")[0]?.figures ?? [];
    expect(gain?.specialItems?.[0]).toContain("16\u202f800 M$ [classe : communiqué]");
  });

  it("resolves references through the values the caller read: value, report, recomputed and filed", () => {
    const formula = "=AMZN.REVENUE($B$1)/AMZN.REVENUE('My sheet'!A2)-1";
    expect(auditReferences(formula)).toEqual([{ address: "B1" }, { sheet: "My sheet", address: "A2" }]);
    const values = new Map([
      ["!B1", 2024],
      ["MY SHEET!A2", 2023],
    ]);
    const [first, second] = auditFormula(formula, "en", values);
    expect(first?.resolved).toBe("AMZN.REVENUE(2024)");
    expect(first?.value).toBe("638");
    expect(second?.resolved).toBe("AMZN.REVENUE(2023)");
    const figure = first?.figures[0];
    expect(figure?.report).toBe("638 B$");
    expect(figure?.filed).toBe("637,959 M$");
    const mismatch = auditFormula("=AMZN.NET_INCOME(B1)", "fr", new Map([["!B1", 2024]]))[0]?.figures[0]?.claims.find(
      (claim) => claim.status === "mismatch",
    );
    expect(mismatch?.statusText).toBe("écart");
    expect(mismatch?.reported).toMatch(/\d/);
    expect(mismatch?.filed ?? mismatch?.recomputed).toMatch(/\d/);
    // An error is shown with its code and message.
    expect(auditFormula("=AMZN.REVENUE(B1)", "fr", new Map([["!B1", 2021]]))[0]?.value).toMatch(/^#N\/A \(/);
  });

  it("describes calls that read no single figure", () => {
    expect(auditFormula('=AMZN.CAPEX_SCENARIO("bull")', "en")[0]?.note).toMatch(/illustrative/);
    const grid = auditFormula('=AMZN.SENSITIVITY("npv","useful_life",5,"revenue_yield",0.4)', "en")[0];
    expect(grid?.note).toMatch(/grid of the illustrative capex model/);
    expect(grid?.problem).toBeUndefined();
    expect(auditFormula('=AMZN.TABLE("results")', "fr")[0]?.note).toMatch(/tableau/);
  });

  it("explains what it cannot audit instead of guessing", () => {
    expect(auditFormula("=AMZN.REVENUE(A1)", "en")[0]?.problem).toMatch(/the value of A1 was not read/);
    expect(auditFormula("=AMZN.REVENUE(A1+1)", "en")[0]?.problem).toMatch(/is an expression/);
    expect(auditFormula("=AMZN.REVENUE(2021)", "en")[0]?.problem).toMatch(/2023/);
    expect(auditFormula('=AMZN.REVENUE("2026Q2", "M", "filings")', "en")[0]?.problem).toMatch(/2025Q1–2026Q1/);
    expect(auditFormula("=AMZN.NOPE(1)", "en")[0]?.problem).toMatch(/unknown function/);
    expect(auditFormula("=SUM(1,2)", "en")).toEqual([]);
    expect(auditFormula(42, "en")).toEqual([]);
  });
});
