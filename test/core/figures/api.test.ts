import * as api from "../../../src/core/figures";
import { failure } from "../helpers";

describe("REVENUE, NET_INCOME, AWS_REVENUE", () => {
  it("pins the report's figures (B$ by default)", () => {
    expect(api.revenue(2024)).toBe(638);
    expect(api.revenue(2023)).toBe(575);
    expect(api.revenue("FY0")).toBe(717);
    expect(api.netIncome(2025)).toBe(77.7);
    expect(api.netIncome("FY-1")).toBe(59);
    expect(api.awsRevenue(2023)).toBe(91);
    expect(api.awsRevenue("2024")).toBe(107.6);
  });

  it("pins the filed figures", () => {
    expect(api.revenue(2024, "M", "filings")).toBe(637_959);
    expect(api.revenue(2024, "B", "filings")).toBe(637.959);
    expect(api.revenue(2025, "K", "publié")).toBe(716_924_000);
    expect(api.netIncome(2022, "M", "filings")).toBe(-2_722);
    expect(api.awsRevenue(2025, "U", "filings")).toBe(128_725_000_000);
  });

  it("converts the report's B$ to any unit", () => {
    expect(api.revenue(2024, "M")).toBe(638_000);
    expect(api.netIncome(2025, "M")).toBe(77_700);
    expect(api.awsRevenue(2025, "m")).toBe(128_700);
    expect(api.awsRevenue(2024, "U")).toBe(107_600_000_000);
    expect(api.revenue(2024, "Mds", "rapport")).toBe(638);
    expect(api.revenue(2024, "K")).toBe(638_000_000);
  });

  it("treats an empty cell, an omitted argument and blank text as the default", () => {
    expect(api.revenue(2024, null, null)).toBe(638);
    expect(api.revenue(2024, "", " ")).toBe(638);
    expect(api.revenue([[2024]], [["M"]], [["filings"]])).toBe(637_959);
  });

  it("falls back to the filings only when no basis is named", () => {
    expect(api.netIncome(2022)).toBe(-2.722);
    expect(api.netIncome(2022, "M")).toBe(-2_722);
    const error = failure(() => api.netIncome(2022, "B", "report"), "na");
    expect(error.messages.en).toBe("the report has no net_income for 2022; years 2023–2025, or basis 'filings'");
  });

  it("validates every argument before looking anything up", () => {
    expect(failure(() => api.revenue(2019, "X"), "value").messages.en).toContain("'X' is not a unit");
    expect(failure(() => api.revenue(2019, "B", "nope"), "value").messages.en).toContain("'nope' is not a basis");
  });
});

describe("METRIC", () => {
  it("accepts ids and French aliases, case- and accent-insensitive", () => {
    expect(api.metric("Bénéfice net", 2023)).toBe(30);
    expect(api.metric("benefice_net", 2024)).toBe(59);
    expect(api.metric("résultat net", 2025)).toBe(77.7);
    expect(api.metric("chiffre_affaires", 2024)).toBe(638);
    expect(api.metric("Chiffre d'affaires", 2024)).toBe(638);
    expect(api.metric("CA", 2025)).toBe(717);
    expect(api.metric("revenus_aws", 2024)).toBe(107.6);
    expect(api.metric("Revenus AWS", 2024)).toBe(107.6);
    expect(api.metric("NET-INCOME", 2024)).toBe(59);
    expect(api.metric("marge opérationnelle AWS", 2024)).toBe(0.38);
    expect(api.metric("flux de trésorerie disponible", 2025, "M")).toBe(11_194);
    expect(api.metric("investissements", "2026E")).toBe(200);
    expect(api.metric("amortissements", 2025, "M")).toBe(65_756);
    expect(api.metric("FCF", 2022)).toBe(-11.569);
  });

  it("pins every metric of the filings in M$", () => {
    expect(api.metric("operating_income", 2025, "M", "filings")).toBe(79_975);
    expect(api.metric("pre_tax_income", 2025, "M", "filings")).toBe(97_311);
    expect(api.metric("aws_operating_income", 2025, "M", "filings")).toBe(45_606);
    expect(api.metric("operating_cash_flow", 2024, "M", "filings")).toBe(115_877);
    expect(api.metric("capex", 2025, "M", "filings")).toBe(131_819);
    expect(api.metric("capex_proceeds", 2025, "M", "filings")).toBe(3_499);
    expect(api.metric("capex_net", 2025, "M", "filings")).toBe(128_320);
    expect(api.metric("depreciation", 2022, "M", "filings")).toBe(41_921);
    expect(api.metric("free_cash_flow", 2022, "M", "filings")).toBe(-11_569);
    expect(api.metric("anthropic_gain", "2025Q3", "M", "filings")).toBe(9_500);
  });

  it("returns ratios as fractions whatever the unit", () => {
    expect(api.metric("aws_operating_margin", 2024)).toBe(0.38);
    expect(api.metric("aws_operating_margin", 2024, "M")).toBe(0.38);
    expect(api.metric("aws_operating_margin", 2024, "U", "filings")).toBe(39_834 / 107_556);
    expect(api.metric("aws_operating_margin", 2022, "B", "filings")).toBe(22_841 / 80_096);
    expect(api.metric("operating_margin", 2025)).toBe(79_975 / 716_924);
  });

  it("holds the Anthropic gain where each basis puts it", () => {
    expect(api.metric("anthropic_gain", 2024)).toBe(9.5);
    expect(api.metric("anthropic_gain", "2025Q3", "B", "filings")).toBe(9.5);
    expect(failure(() => api.metric("anthropic_gain", 2025), "na").messages.en).toContain("only by quarter");
    expect(failure(() => api.metric("anthropic_gain", 2025, "B", "report"), "na").messages.en).toBe(
      "the report has no anthropic_gain for 2025; years 2024",
    );
    expect(failure(() => api.metric("anthropic_gain", 2024, "B", "filings"), "na").messages.en).toContain(
      "basis 'report' has 2024",
    );
  });

  it("reads the 2026 plan as 2026 or 2026E", () => {
    expect(api.metric("capex", 2026)).toBe(200);
    expect(api.metric("capex", "2026E", "M")).toBe(200_000);
    expect(api.metric("capex", "FY+1")).toBe(200);
  });

  it("suggests the closest id for an unknown metric", () => {
    const error = failure(() => api.metric("revenu", 2024), "value");
    expect(error.messages.en).toMatch(
      /^unknown metric 'revenu'; did you mean 'revenue'\? Valid: revenue, net_income, aws_revenue, /,
    );
    expect(error.messages.fr).toMatch(
      /^indicateur inconnu « revenu » ; vouliez-vous dire « revenue » \? Valides : revenue, net_income, /,
    );
    expect(failure(() => api.metric("benefise net", 2024), "value").messages.en).toContain(
      "did you mean 'net_income'?",
    );
    expect(failure(() => api.metric("xyzzy", 2024), "value").messages.en).not.toContain("did you mean");
  });

  it("points a KPI name to KPI()", () => {
    const error = failure(() => api.metric("rufus_users", 2024), "value");
    expect(error.messages.en).toBe(`'rufus_users' is a KPI, not a yearly metric: use AMZN.KPI("rufus_users")`);
  });

  it("refuses a missing or non-text metric", () => {
    expect(failure(() => api.metric(null, 2024), "value").messages.en).toBe("metric is required, e.g. 'revenue'");
    expect(failure(() => api.metric(42, 2024), "value").messages.en).toBe(
      "metric must be a text id such as 'revenue', not the number 42",
    );
    expect(failure(() => api.metric(true, 2024), "value").messages.fr).toBe(
      "indicateur doit être un identifiant texte comme « revenue », pas VRAI",
    );
  });
});

describe("GROWTH", () => {
  it("total (default), cagr, multiple on the report's own figures", () => {
    expect(api.growth("net_income", 2023, 2025, "cagr")).toBe(Math.sqrt(77.7 / 30) - 1);
    expect(api.growth("net_income", 2023, 2025)).toBe(77.7 / 30 - 1);
    expect(api.growth("net_income", 2023, 2025, "total")).toBe(77.7 / 30 - 1);
    expect(api.growth("net_income", 2023, 2025, "multiple")).toBe(77.7 / 30);
    expect(api.growth("revenue", 2023, 2024)).toBe(638 / 575 - 1);
    expect(api.growth("revenue", "FY-2", "FY0", "cagr")).toBe(Math.sqrt(717 / 575) - 1);
  });

  it("reported: the rate the report prints, consecutive years only", () => {
    expect(api.growth("net_income", 2024, 2025, "reported")).toBe(0.312);
    expect(api.growth("net_income", 2023, 2024, "reported")).toBe(0.97);
    expect(api.growth("revenue", 2023, 2024, "rapporté")).toBe(0.11);
    expect(api.growth("revenue", 2024, 2025, "reported")).toBe(0.12);
    expect(api.growth("aws_revenue", 2023, 2024, "reported")).toBe(0.19);
    expect(api.growth("aws_revenue", 2024, 2025, "Rapport")).toBe(0.2);
    const span = failure(() => api.growth("net_income", 2023, 2025, "reported"), "value");
    expect(span.messages.en).toBe(
      `method "reported" needs consecutive years (the report prints year-on-year rates), not 2023→2025`,
    );
    const none = failure(() => api.growth("capex", 2024, 2025, "reported"), "na");
    expect(none.messages.en).toContain("the report prints no growth rate for capex 2024→2025");
    const filings = failure(() => api.growth("revenue", 2024, 2025, "reported", "filings"), "value");
    expect(filings.messages.en).toContain("basis 'filings' has none");
  });

  it("accepts French method names", () => {
    expect(api.growth("net_income", 2023, 2025, "TCAM")).toBe(Math.sqrt(77.7 / 30) - 1);
    expect(api.growth("net_income", 2023, 2025, "fois")).toBe(77.7 / 30);
    expect(api.growth("net_income", 2023, 2025, "croissance")).toBe(77.7 / 30 - 1);
    const publie = failure(() => api.growth("net_income", 2024, 2025, "publié"), "value");
    expect(publie.messages.en).toContain("ambiguous");
    const unknown = failure(() => api.growth("net_income", 2024, 2025, "cgar"), "value");
    expect(unknown.messages.en).toContain("unknown method 'cgar'; did you mean 'cagr'?");
    expect(unknown.messages.fr).toContain("méthode inconnue « cgar » ; vouliez-vous dire « cagr » ?");
  });

  it("uses the filings when named, never mixing bases", () => {
    expect(api.growth("net_income", 2023, 2025, "multiple", "filings")).toBe(77_670 / 30_425);
    expect(api.growth("aws_revenue", 2023, 2024, "total", "filings")).toBe(107_556 / 90_757 - 1);
    expect(api.growth("operating_cash_flow", 2022, 2025, "cagr")).toBeCloseTo((139_514 / 46_752) ** (1 / 3) - 1, 15);
    const mixed = failure(() => api.growth("capex", 2025, 2026), "na");
    expect(mixed.messages.en).toBe(
      "no single basis has capex for both 2025 and 2026E: the report has 2026E, the filings 2022–2025; growth never mixes bases",
    );
    const named = failure(() => api.growth("revenue", 2021, 2024, "total", "filings"), "na");
    expect(named.messages.en).toBe("the filings have no revenue for 2021; years 2022–2025");
  });

  it("from must be before to", () => {
    const error = failure(() => api.growth("revenue", 2025, 2024), "value");
    expect(error.messages.en).toBe("from (2025) must be before to (2024)");
    expect(error.messages.fr).toBe("le début (2025) doit précéder la fin (2024)");
    failure(() => api.growth("revenue", 2024, 2024), "value");
  });

  it("#VALUE! (never #NUM!, whose message Excel hides) from a zero or negative base, and for a CAGR across a change of sign", () => {
    const negative = failure(() => api.growth("net_income", 2022, 2023, "total", "filings"), "value");
    expect(negative.messages.en).toBe(
      "growth from a negative base is not meaningful: net_income is −2,722 M$ in 2022 (the filings)",
    );
    expect(negative.messages.fr).toContain("une croissance depuis une base négative n'a pas de sens");
    failure(() => api.growth("free_cash_flow", 2022, 2025, "cagr"), "value");
    // Positive to negative: total growth exists (−100% and beyond), a CAGR does not.
    expect(api.growth("free_cash_flow", 2023, 2025, "total")).toBe(11_194 / 36_813 - 1);
  });

  it("reports malformed periods with the argument's name", () => {
    expect(failure(() => api.growth("revenue", 2023.5, 2025), "value").messages.en).toContain(
      "from: 2023.5 is not a period: a year is a whole number",
    );
    expect(failure(() => api.growth("revenue", 2023, "x"), "value").messages.en).toContain("to: 'x' is not a period");
  });
});

describe("KPI", () => {
  it.each([
    ["rufus_users", 250_000_000],
    ["Utilisateurs Rufus", 250_000_000],
    ["rufus_purchase_uplift", 0.6],
    ["hausse achat rufus", 0.6],
    ["ai_listing_sellers", 1_300_000],
    ["vendeurs IA", 1_300_000],
    ["deepfleet_robots", 1_000_000],
    ["robots", 1_000_000],
    ["capex_plan_2026", 200],
    ["investissements prévus 2026", 200],
  ])("%s = %d", (name, value) => {
    expect(api.kpi(name)).toBe(value);
  });

  it("refuses unknown names with a suggestion, and points metrics to METRIC()", () => {
    const error = failure(() => api.kpi("rufus_user"), "value");
    expect(error.messages.en).toBe(
      "unknown KPI 'rufus_user'; did you mean 'rufus_users'? Valid: rufus_users, rufus_purchase_uplift, ai_listing_sellers, deepfleet_robots, capex_plan_2026",
    );
    expect(failure(() => api.kpi("revenue"), "value").messages.en).toContain("is a yearly metric, not a KPI");
    failure(() => api.kpi(undefined), "value");
  });
});

describe("the GROWTH card", () => {
  it("shows the quarters' figures and periods a quarterly growth was computed from", () => {
    const card = api.growthCard("revenue", "2025Q1", "2026Q1", "total", "filings", "en");
    expect(card.value).toBe(181_500 / 155_667 - 1);
    expect(card.title).toBe("Total revenue, 2025Q1→2026Q1");
    const property = (name: string): unknown => card.properties.find((p) => p.name === name)?.value;
    expect(property("Period")).toBe("2025Q1→2026Q1");
    expect(property("Start value")).toBe(155_667);
    expect(property("End value")).toBe(181_500);
    expect(property("Unit")).toBe("M$");
    expect(String(property("Basis"))).toMatch(/^filings/);
  });

  it("shows an LTM growth's periods and its LTM sums", () => {
    const card = api.growthCard("revenue", "LTM 2025Q4", "LTM 2026Q1", null, "filings", "en");
    expect(card.title).toBe("Total revenue, LTM 2025Q4→LTM 2026Q1");
    expect(card.properties.find((p) => p.name === "Start value")?.value).toBe(716_924);
  });
});
