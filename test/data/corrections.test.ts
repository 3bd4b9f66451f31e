/**
 * Data that adds up (PRODUCT.md, "The report's claims, judged whole"): each correction of the
 * dataset against the references, checked where it lives. Every test here failed on the data
 * before the correction.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { FILINGS_FACTS, FILINGS_FIGURES, GUIDANCE, SINCE_REPORT, SPECIAL_ITEMS } from "../../src/data/index";
import { findFigure, findQuarterFigure, lookupFigure } from "../../src/core/dataset";
import { EVIDENCE_DESCRIPTION, EVIDENCE_TAG } from "../../src/core/wording";
import * as api from "../../src/core/figures";
import { failure } from "../core/helpers";

const SEGMENTS = ["north_america_operating_income", "international_operating_income", "aws_operating_income"];

describe("a year's figure is the year's total: the Anthropic gains of 2025", () => {
  it("anthropic_gain for 2025 is #N/A naming the known quarters, never 9,500 as the year", () => {
    expect(findFigure("filings", "anthropic_gain", 2025)).toBeUndefined();
    for (const basis of ["filings", undefined] as const) {
      const error = failure(() => lookupFigure("anthropic_gain", 2025, basis), "na");
      expect(error.messages.en).toContain("2025Q1 3,300");
      expect(error.messages.en).toContain("2025Q3 9,500");
      expect(error.messages.fr).toContain("2025Q1 3\u202f300");
      expect(error.messages.fr).toContain("2025Q3 9\u202f500");
    }
    failure(() => api.metric("anthropic_gain", 2025, "M", "filings"), "na");
    failure(() => api.metric("anthropic_gain", 2025), "na");
  });

  it("the quarters themselves are still there", () => {
    expect(api.metric("anthropic_gain", "2025Q1", "M", "filings")).toBe(3_300);
    expect(api.metric("anthropic_gain", "2025Q3", "M", "filings")).toBe(9_500);
  });
});

describe("[FM] figures carry their own class, not filed", () => {
  const FM: readonly [string, "net_income" | "operating_cash_flow" | "capex" | "capex_proceeds", 2 | 3][] = [
    ["net income Q2 2025", "net_income", 2],
    ["net income Q3 2025", "net_income", 3],
    ["operating cash flow Q2 2025", "operating_cash_flow", 2],
    ["purchases of P&E Q2 2025", "capex", 2],
    ["proceeds Q2 2025", "capex_proceeds", 2],
  ];
  it.each(FM)("%s is filed_mirror", (_label, metric, quarter) => {
    const figure = findQuarterFigure("filings", metric, 2025, quarter);
    expect(figure?.provenance.evidence).toBe("filed_mirror");
  });

  it("in words: the filing's own rendering, read off sec.gov, not 'filed'", () => {
    const words = EVIDENCE_DESCRIPTION as Readonly<Record<string, { en: string; fr: string }>>;
    const tags = EVIDENCE_TAG as Readonly<Record<string, { en: string; fr: string }>>;
    expect(words.filed_mirror?.en).toMatch(/rendering.*off sec\.gov/);
    expect(words.filed_mirror?.fr).toMatch(/hors de sec\.gov/);
    expect(tags.filed_mirror?.en).not.toBe(tags.filed?.en);
    expect(tags.filed_mirror?.fr).not.toBe(tags.filed?.fr);
  });
});

describe("sources as the references give them", () => {
  it("2025 EPS cites no page about FY2024 (S-CAP)", () => {
    const eps = FILINGS_FIGURES.find((f) => f.metric === "diluted_eps" && f.year === 2025 && f.quarter === undefined);
    expect(eps?.sources).not.toContain("S-CAP");
    expect(eps?.sources).toContain("S-GHK");
  });

  it("DeepFleet's travel efficiency (amazon.science) is not an earnings release", () => {
    expect(FILINGS_FACTS.find((f) => f.id === "deepfleet_travel_efficiency")?.evidence).not.toBe("release");
  });

  it('"1M+ robots" cites what amazon-filings.md cites: secondary reports of the Q2 2025 release, no key', () => {
    const fact = FILINGS_FACTS.find((f) => f.id === "amazon_robots_1m_plus");
    expect(fact?.sources).toEqual([]);
    expect(fact?.evidence).toBe("secondary");
  });

  it('the 10-K capex sentence: "both" are infrastructure and fulfilment, not the two years', () => {
    const tenK = SINCE_REPORT.find((r) => r.id === "capex_plan_10k");
    expect(tenK?.after.en).toMatch(/infrastructure.*fulfil?lment.*both of which/);
    expect(tenK?.after.en).not.toMatch(/\(2025\), both/);
    expect(tenK?.after.fr).toMatch(/infrastructure.*logistique.*(les deux|toutes deux)/);
  });

  it("no segment is assigned to a special item where the reference names none", () => {
    const named: Readonly<Record<string, readonly string[]>> = {
      // "FTC legal settlement (in North America)"; "Estimated severance (all segments)"; Q1's
      // one-time charges name North America's and International's margins.
      ftc_settlement_q3_2025: ["north_america_operating_income"],
      severance_q3_2025: SEGMENTS,
      one_time_charges_q1_2025: ["north_america_operating_income", "international_operating_income"],
    };
    for (const item of SPECIAL_ITEMS) {
      const segments = item.metrics.filter((m) => SEGMENTS.includes(m));
      expect({ id: item.id, segments }).toEqual({ id: item.id, segments: [...(named[item.id] ?? [])] });
    }
  });

  it("every event entry has a source", () => {
    for (const entry of [...SPECIAL_ITEMS, ...GUIDANCE, ...SINCE_REPORT]) {
      expect({ entry: "id" in entry ? entry.id : entry.givenWith.en, sources: entry.sources.length > 0 }).toEqual({
        entry: "id" in entry ? entry.id : entry.givenWith.en,
        sources: true,
      });
    }
  });
});

describe("no comment quotes wording the reference has corrected", () => {
  // amazon-filings.md now reads "mixed precision: 30 and 59 are rounded to the billion"; an earlier
  // version called 59 "truncated rather than rounded".
  const CORRECTED = ["truncated rather than rounded"];
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
    });
  }
  it.each(CORRECTED)("src never says '%s'", (words) => {
    const hits = files(join(__dirname, "../../src")).filter((path) => readFileSync(path, "utf8").includes(words));
    expect(hits).toEqual([]);
  });
});
