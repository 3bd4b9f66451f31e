/**
 * Every figure the dataset adds from amazon-filings-extended.md, pinned to the reference's own
 * table cells (copied verbatim below: value, unit "B" or millions, class tag), and the accounting
 * identities the issue names. A cell "315,880 [F]" must be the filings figure 315,880 M$ with the
 * evidence class "filed"; "(2,847) [F]" is −2,847; "106.3B [R]" is 106,300 M$ flagged rounded.
 * Quarters take the exact millions of §3.2 where it has them, else the release figure of §3.1.
 */
import type { Evidence, MetricId, Quarter } from "../../src/data/index";
import { FILINGS_FIGURES, FILING_SOURCES, METRICS, type FilingSourceKey } from "../../src/data/index";
import { type Figure, findFigure, findQuarterFigure } from "../../src/core/dataset";

/** §2.1–§2.4 rows: label, 2022, 2023, 2024, 2025. */
const ANNUAL: readonly string[][] = [
  ["North America net sales", "315,880 [F]", "352,828 [F]", "387,497 [F]", "426,305 [S]"],
  ["International net sales", "118,007 [F]", "131,200 [F]", "142,906 [F]", "161,894 [S]"],
  ["AWS net sales", "80,096 [F]", "90,757 [F]", "107,556 [F]", "128,725 [S]"],
  ["North America operating income", "(2,847) [F]", "14,877 [F]", "24,967 [F]", "29,619 [S]"],
  ["International operating income", "(7,746) [F]", "(2,656) [F]", "3,792 [F]", "4,750 [D]"],
  ["AWS operating income", "22,841 [F]", "24,631 [F]", "39,834 [F]", "45,606 [S]"],
  ["North America operating expenses", "318,727 [F]", "337,951 [F]", "362,530 [F]", "396,686 [S]"],
  ["AWS operating expenses", "57,255 [F]", "66,126 [F]", "67,722 [F]", "83,119 [S]"],
  ["Consolidated net sales", "513,983 [F]", "574,785 [F]", "637,959 [F]", "716,924 [S]"],
  ["Consolidated operating income", "12,248 [F]", "36,852 [F]", "68,593 [F]", "79,975 [S]"],
  ["Total non-operating income (expense)", "(18,184) [F]", "705 [F]", "21 [F]", "17,336 [D]"],
  ["Income (loss) before income taxes", "(5,936) [D]", "37,557 [D]", "68,614 [D]", "97,311 [D]"],
  ["Benefit (provision) for income taxes", "3,217 [F]", "(7,120) [F]", "(9,265) [F]", "(19,087) [S]"],
  ["Equity-method investment activity, net of tax", "(3) [F]", "(12) [F]", "(101) [F]", "(554) [S]"],
  ["Net income (loss)", "(2,722) [F]", "30,425 [F]", "59,248 [F]", "77,670 [S]"],
  ["Online stores", "220,004 [F]", "231,872 [F]", "247,029 [F]", "269,287 [S]"],
  ["Physical stores", "18,963 [F]", "20,030 [F]", "21,215 [F]", "22,561 [S]"],
  ["Third-party seller services", "117,716 [F]", "140,053 [F]", "156,146 [F]", "172,162 [S]"],
  ["Advertising services", "37,739 [F]", "46,906 [F]", "56,214 [F]", "68,635 [S]"],
  ["Subscription services", "35,218 [F]", "40,209 [F]", "44,374 [F]", "49,619 [S]"],
  ["AWS", "80,096 [F]", "90,757 [F]", "107,556 [F]", "128,725 [S]"],
  ["Other", "4,247 [F]", "4,958 [F]", "5,425 [F]", "5,935 [S]"],
  ["Consolidated", "513,983 [F]", "574,785 [F]", "637,959 [F]", "716,924 [S]"],
  ["Diluted EPS ($/sh)", "(0.27) [S]", "2.90 [S]", "5.53 [S]", "7.17 [S]"],
  ["Weighted-average diluted shares (millions)", "10,189 [S]", "10,492 [S]", "10,721 [S]", "10,827 [S]"],
  ["Net cash provided by operating activities", "46,752 [S]", "84,946 [S]", "115,877 [D]", "139,514 [S]"],
  ["Purchases of property and equipment", "(63,645) [S]", "(52,729) [S]", "(82,999) [D]", "(131,819) [S]"],
  ["Proceeds from property and equipment sales and incentives", "5,324 [S]", "4,596 [S]", "5,341 [D]", "3,499 [S]"],
  ['P&E purchases net of proceeds ("cash capex")', "58,321 [D]", "48,133 [D]", "77,658 [D]", "128,320 [D]"],
  ["Free cash flow (Amazon definition)", "(11,569) [D]", "36,813 [D]", "38,219 [D]", "11,194 [D]"],
];

/** §3.1 rows (release rounding): label, Q1 2025 … Q1 2026. */
const RELEASE_QUARTERS: readonly string[][] = [
  ["Net sales", "155.7B [R]", "167.7B [R]", "180.2B [R]", "213.4B [R]", "181.5B [R]"],
  ["North America net sales", "92.9B [R]", "100.1B [R]", "106.3B [R]", "127.1B [R]", "104.1B [R]"],
  ["International net sales", "33.5B [R]", "36.8B [R]", "40.9B [R]", "50.7B [R]", "39.8B [R]"],
  ["AWS net sales", "29.3B [R]", "30.9B [R]", "33.0B [R]", "35.6B [R]", "37.6B [R]"],
  ["Operating income", "18.4B [R]", "19.2B [R]", "17.4B [R]", "25.0B [R]", "23.9B [R]"],
  ["North America operating income", "5.8B [R]", "7.5B [R]", "4.8B [R]", "11.5B [R]", "8.3B [R]"],
  ["International operating income", "1.0B [R]", "1.5B [R]", "1.2B [R]", "1.0B [R]", "1.4B [R]"],
  ["AWS operating income", "11.5B [R]", "10.2B [R]", "11.4B [R]", "12.5B [R]", "14.2B [R]"],
  ["Net income", "17.1B [R]", "18.2B [R]", "21.2B [R]", "21.2B [R]", "30.3B [R]"],
  ["Diluted EPS ($/sh)", "1.59 [R]", "1.68 [R]", "1.95 [R]", "1.95 [S]", "2.78 [R]"],
];

/** §3.2 rows (exact millions where a source gives them). */
const EXACT_QUARTERS: readonly string[][] = [
  ["Net sales", "155,667 [S]", "167,702 [S]", "180,169 [S]", "213,386 [S]", "181.52B [S]"],
  ["North America net sales", "92,887 [S]", "100.07B [S]", "106.27B [S]", "127,083 [S]", "104.14B [S]"],
  ["International net sales", "33,513 [S]", "36.76B [S]", "40.90B [S]", "50,724 [S]", "39.79B [S]"],
  ["AWS net sales", "29,267 [S]", "30.87B [S]", "33,006 [S]", "35,579 [S]", "37.59B [S]"],
  ["Operating income", "18,405 [S]", "19,171 [S]", "17,422 [S]", "24,977 [S]", "23.85B [S]"],
  ["North America operating income", "5.84B [S]", "7.52B [S]", "4.79B [S]", "11,472 [S]", "8.27B [S]"],
  ["International operating income", "1.02B [S]", "1.49B [S]", "1.20B [S]", "1,040 [S]", "1.42B [S]"],
  ["AWS operating income", "11.55B [S]", "10.16B [S]", "11.43B [S]", "12,465 [S]", "14.16B [S]"],
  ["Net income", "17,127 [D]", "18,164 [FM]", "21,187 [FM]", "21,192 [D]", "30.26B [S]"],
  ["Advertising services (extra)", "13,921 [S]", "15,694 [S]", "17,703 [S]", "21,317 [S]", "17,243 [S]"],
];

/** §3.3 rows (cash flow by quarter). */
const CASH_QUARTERS: readonly string[][] = [
  ["Operating cash flow, quarter", "17,015 [D]", "32,515 [FM]", "35.5B [S]", "not found", "not found"],
  ["Purchases of P&E, quarter", "(25,019) [D]", "(32,183) [FM]", "(35.1B) [S]", "not found", "not found"],
  ["Proceeds from P&E sales and incentives, quarter", "764 [D]", "815 [FM]", "not found", "not found", "not found"],
  ["Cash capex (P&E net of proceeds), quarter", "24,255 [D]", "31,368 [D]", "34.2B [S]", "not found", "43.2B [S]"],
  ["Operating cash flow, TTM", "113,903 [D]", "121,137 [FM]", "130,691 [S]", "139,514 [S]", "148.5B [R]"],
  ["P&E net of proceeds, TTM", "87,978 [D]", "102,953 [D]", "≈115.9B [D]", "128,320 [D]", "≈147.3B [D]"],
  ["Free cash flow, TTM", "25,925 [D]", "18,184 [D]", "14.8B [S]", "11,194 [D]", "1.2B [R]"],
  ["YoY increase in TTM P&E net that Amazon names", "—", "—", "50.9B [S]", "50.7B [S]", "59.3B [R]"],
];

/** §2 "Source keys" cells, verbatim: label -> cell. */
const ANNUAL_SOURCES: Readonly<Record<string, string>> = {
  "North America net sales":
    "F-K24 (2022 also F-K23); 2025 S-GHK (10-K row), S-OC 426.31B; release-rounded $426.3B [S] via S-Q4C",
  "International net sales": "F-K24; 2025 S-GHK, S-OC 161.89B",
  "AWS net sales": "F-K24; 2025 S-GHK, S-SAON",
  "North America operating income": "F-K24; 2025 S-GHK",
  "International operating income": "F-K24; 2025 = 79,975 − 29,619 − 45,606; also S-GHI 4,750 and S-OC 4.75B",
  "AWS operating income": "F-K24; 2025 S-GHK",
  "North America operating expenses": "F-K24; S-GHK",
  "AWS operating expenses": "F-K24; S-GHK",
  "Consolidated net sales": "F-K24; 2025 S-GHK, S-SAON, S-SA; release-rounded $716.9B [S] via S-Q4C",
  "Consolidated operating income": "F-K24; 2025 S-GHK, S-SA",
  "Total non-operating income (expense)":
    "F-K24; 2025 = interest income 4,381 [S] − interest expense 2,274 [S] + other income 15,229 [S] (S-SA; S-GHK)",
  "Income (loss) before income taxes":
    '= operating income + non-operating (F-K24). S-SAON agrees for 2022–24. 2025 also = S-SA "pretax" 96,757 + 554 equity-method',
  "Benefit (provision) for income taxes": "F-K24; 2025 S-SA",
  "Equity-method investment activity, net of tax": "F-K24; 2025 S-SA",
  "Net income (loss)": "F-K24; 2025 S-GHK, S-SAON, S-SA; 2024 also [D] from FM-Q3 (76,482 − 56,478 + 39,244)",
  "Online stores": "F-K24; 2025 S-SAON",
  "Physical stores": "F-K24; S-SAON",
  "Third-party seller services": "F-K24; S-SAON",
  "Advertising services": 'F-K24; S-SAON, S-GHK (10-K row "46,906 56,214 68,635"), S-GHA',
  "Subscription services": "F-K24; S-SAON",
  AWS: "F-K24; S-SAON",
  Other: "F-K24; S-SAON",
  Consolidated: "F-K24; S-SAON",
  "Diluted EPS ($/sh)": '2022–23: S-PG, quoting the release; 2024–25: S-GHK (10-K row "2.90 5.53 7.17"), S-CAP',
  "Weighted-average diluted shares (millions)": "S-SA. Check: NI ÷ shares = (0.267), 2.900, 5.526, 7.174",
  "Net cash provided by operating activities":
    "S-SAON. 2024 from FM-Q2: TTM Jun‑25 121,137 − 6M'25 49,530 + 6M'24 44,270. 2025 also S-GHK (10-K row) and release-rounded $139.5B [S] via S-Q4C. 2023 release-rounded $84.9B [S] via S-PG",
  "Purchases of property and equipment": "S-SAON. 2024 from FM-Q2: 107,656 − 57,202 + 32,545",
  "Proceeds from property and equipment sales and incentives": "S-SAON. 2024 from FM-Q2: 4,703 − 1,579 + 2,217",
  'P&E purchases net of proceeds ("cash capex")': "purchases − proceeds. 10-K MD&A (S-GHK) prints $77.7B and $128.3B",
  "Free cash flow (Amazon definition)":
    'OCF − net P&E. S-GHK 10-K row "Free cash flow $ 38,219 $ 11,194"; S-CAP $36.81B (2023); release-rounded FY2025 $11.2B [S] via S-Q4C',
};

/** §3.1 "Source keys" cells, verbatim ("same" repeats the cell above). */
const RELEASE_SOURCES: Readonly<Record<string, string>> = {
  "Net sales": "R-Q125, R-Q225, R-Q325, R-Q425, R-Q126",
  "North America net sales": "same",
  "International net sales": "same",
  "AWS net sales": "same",
  "Operating income": "same",
  "North America operating income": "same",
  "International operating income": "same",
  "AWS operating income": "same",
  "Net income": 'same (Q4: R-Q425 shows "Net income increased to $21.2 billi…" before the cut)',
  "Diluted EPS ($/sh)": "same; Q4 EPS via S-Q4C (the R-Q425 reprint read ends mid net-income bullet)",
};

/** §3.2 and §3.3 "Source keys" cells, verbatim. */
const EXACT_SOURCES: Readonly<Record<string, string>> = {
  "Net sales": "S-SAON; S-REP (Q1, Q2); S-FR (Q2); S-FREC (Q3); S-NYT (Q4); S-OC (Q1'26, 2 dp)",
  "North America net sales": "S-REP Q1; S-NYT Q4; S-OC others",
  "International net sales": "S-REP Q1; S-NYT Q4; S-OC/S-TOP",
  "AWS net sales": "S-REP Q1; S-TIT Q3 (AWS line); S-NYT Q4; S-OC",
  "Operating income": "S-FT; S-FR/S-REP; S-FREC; S-NYT; S-OC",
  "North America operating income": "S-OC; S-NYT Q4",
  "International operating income": "S-OC; S-NYT Q4",
  "AWS operating income": "S-OC; S-NYT Q4",
  "Net income":
    "FM-Q2 (3M); FM-Q3 (3M). Q1 = FM-Q2 6M 35,291 − 18,164. Q4 = FY 77,670 [S] − FM-Q3 9M 56,478. S-SAON and S-NYT agree. Q1'26 S-OC",
  "Advertising services (extra)": "S-GHA; Q3 also S-TIT",
  "Operating cash flow, quarter": "FM-Q2 (Q1 = 6M 49,530 − 32,515); S-REP Q3",
  "Purchases of P&E, quarter": "FM-Q2 (Q1 = 57,202 − 32,183); S-GW Q3",
  "Proceeds from P&E sales and incentives, quarter": "FM-Q2 (Q1 = 1,579 − 815)",
  "Cash capex (P&E net of proceeds), quarter":
    "purchases − proceeds; S-REP Q1 prints $24.3B; S-REP Q3; S-GV Q1'26 (CFO). A further $44.2B \"capex\" for Q1'26 (S-OUR) is a different measure",
  "Operating cash flow, TTM":
    "Q1 = 121,137 − 32,515 + 25,281 (FM-Q2); S-SA also 113,903. Q3 S-SA (130.7B in S-FLEX/S-TOP). Q4 = FY. Releases: 113.9B [R], 121.1B [R]",
  "P&E net of proceeds, TTM":
    "Q1: (107,656 − 32,183 + 17,620) − (4,703 − 815 + 1,227). Q2: 107,656 − 4,703 (FM-Q2; S-FR agrees). Q3: 130.7 − 14.8 (rounded). Q4: 131,819 − 3,499. Q1'26: 148.5 − 1.2 (rounded)",
  "Free cash flow, TTM":
    "Q1 113,903 − 87,978 (S-REP prints 25,925); Q2 121,137 − 102,953 (S-FR 18,184); Q3 S-FLEX/S-TOP; Q4 see §2.4. Releases: 25.9B [R], 18.2B [R]",
  "YoY increase in TTM P&E net that Amazon names":
    "S-FLEX (Q3); S-Q4C (Q4; check 128,320 − 77,658 = 50,662 [D]); R-Q126",
};

/** Row label -> metric id and the sign the dataset stores (taxes as a positive expense, capex positive). */
const METRIC_OF: Readonly<Record<string, { metric: MetricId; sign?: -1 }>> = {
  "North America net sales": { metric: "north_america_revenue" },
  "International net sales": { metric: "international_revenue" },
  "AWS net sales": { metric: "aws_revenue" },
  "North America operating income": { metric: "north_america_operating_income" },
  "International operating income": { metric: "international_operating_income" },
  "AWS operating income": { metric: "aws_operating_income" },
  "Consolidated net sales": { metric: "revenue" },
  "Consolidated operating income": { metric: "operating_income" },
  "Total non-operating income (expense)": { metric: "non_operating_income" },
  "Income (loss) before income taxes": { metric: "pre_tax_income" },
  "Benefit (provision) for income taxes": { metric: "income_tax", sign: -1 },
  "Equity-method investment activity, net of tax": { metric: "equity_method_income" },
  "Net income (loss)": { metric: "net_income" },
  "Online stores": { metric: "online_stores_revenue" },
  "Physical stores": { metric: "physical_stores_revenue" },
  "Third-party seller services": { metric: "third_party_seller_revenue" },
  "Advertising services": { metric: "advertising_revenue" },
  "Subscription services": { metric: "subscription_revenue" },
  AWS: { metric: "aws_revenue" },
  Other: { metric: "other_revenue" },
  Consolidated: { metric: "revenue" },
  "Diluted EPS ($/sh)": { metric: "diluted_eps" },
  "Weighted-average diluted shares (millions)": { metric: "diluted_shares" },
  "Net cash provided by operating activities": { metric: "operating_cash_flow" },
  "Purchases of property and equipment": { metric: "capex", sign: -1 },
  "Proceeds from property and equipment sales and incentives": { metric: "capex_proceeds" },
  'P&E purchases net of proceeds ("cash capex")': { metric: "capex_net" },
  "Free cash flow (Amazon definition)": { metric: "free_cash_flow" },
  // Quarterly rows.
  "Net sales": { metric: "revenue" },
  "Operating income": { metric: "operating_income" },
  "Net income": { metric: "net_income" },
  "Advertising services (extra)": { metric: "advertising_revenue" },
  "Operating cash flow, quarter": { metric: "operating_cash_flow" },
  "Purchases of P&E, quarter": { metric: "capex", sign: -1 },
  "Proceeds from P&E sales and incentives, quarter": { metric: "capex_proceeds" },
  "Cash capex (P&E net of proceeds), quarter": { metric: "capex_net" },
};

/** Rows of the reference the dataset leaves out on purpose (reported in the closing note). */
const LEFT_OUT = new Set([
  // Segment operating expenses: not a metric of PRODUCT.md's list.
  "North America operating expenses",
  "AWS operating expenses",
  // TTM rows: LTM is computed from four quarters (PRODUCT.md), never stored.
  "Operating cash flow, TTM",
  "P&E net of proceeds, TTM",
  "Free cash flow, TTM",
  "YoY increase in TTM P&E net that Amazon names",
]);

const CLASS: Readonly<Record<string, Exclude<Evidence, "report">>> = {
  F: "filed",
  FM: "filed_mirror",
  R: "release",
  D: "derived",
  S: "secondary",
};

interface Cell {
  readonly value: number;
  readonly rounded: boolean;
  readonly evidence: Exclude<Evidence, "report">;
}

/** "(2,847) [F]" -> −2,847 filed; "106.3B [R]" -> 106,300 rounded release; "not found", "—", "≈…" -> undefined. */
function parseCell(text: string): Cell | undefined {
  const match = /^(\()?([\d,.]+)(B)?\)?\s*\[(F|FM|R|D|S)\]$/.exec(text.trim());
  if (match === null) return undefined;
  const number = Number((match[2] ?? "").replace(/,/g, ""));
  const billions = match[3] === "B";
  const value = (match[1] === "(" ? -1 : 1) * (billions ? Math.round(number * 1000) : number);
  return { value, rounded: billions, evidence: CLASS[match[4] ?? "S"] ?? "secondary" };
}

function expectFigure(figure: Figure | undefined, cell: Cell, sign: number, where: string): void {
  expect({ where, value: figure?.value }).toEqual({ where, value: cell.value * sign });
  expect({ where, evidence: figure?.provenance.evidence }).toEqual({ where, evidence: cell.evidence });
  expect({ where, rounded: figure?.provenance.flags.includes("rounded") }).toEqual({ where, rounded: cell.rounded });
  const kind = figure === undefined ? undefined : METRICS[figure.metric].kind;
  const unit = kind === "per_share" ? "$/sh" : kind === "count" ? "count" : "M$";
  expect({ where, unit: figure?.unit }).toEqual({ where, unit });
}

const QUARTERS: readonly [number, Quarter][] = [
  [2025, 1],
  [2025, 2],
  [2025, 3],
  [2025, 4],
  [2026, 1],
];

describe("amazon-filings-extended.md §2: every annual figure, value, unit, year and class", () => {
  it.each(ANNUAL.map((row) => [row[0] ?? "", row] as const))("%s", (label, row) => {
    if (LEFT_OUT.has(label)) return;
    const target = METRIC_OF[label];
    if (target === undefined) throw new Error(`no metric for the reference row '${label}'`);
    [2022, 2023, 2024, 2025].forEach((year, i) => {
      const cell = parseCell(row[i + 1] ?? "");
      if (cell === undefined) throw new Error(`unparsed cell ${label} ${year}: ${row[i + 1]}`);
      expectFigure(findFigure("filings", target.metric, year), cell, target.sign ?? 1, `${label} ${year}`);
    });
  });
});

describe("amazon-filings-extended.md §3: every quarter, Q1 2025 – Q1 2026", () => {
  it.each(RELEASE_QUARTERS.map((row) => [row[0] ?? "", row] as const))("%s", (label, row) => {
    const target = METRIC_OF[label];
    if (target === undefined) throw new Error(`no metric for the reference row '${label}'`);
    const exact = EXACT_QUARTERS.find((r) => r[0] === label);
    QUARTERS.forEach(([year, quarter], i) => {
      const exactCell = parseCell(exact?.[i + 1] ?? "");
      // Exact millions win; 2-decimal $B of an aggregator lose to Amazon's own rounding.
      const cell = exactCell !== undefined && !exactCell.rounded ? exactCell : parseCell(row[i + 1] ?? "");
      if (cell === undefined) throw new Error(`unparsed cell ${label} ${year}Q${quarter}`);
      expectFigure(
        findQuarterFigure("filings", target.metric, year, quarter),
        cell,
        target.sign ?? 1,
        `${label} ${year}Q${quarter}`,
      );
    });
  });

  it.each([...EXACT_QUARTERS, ...CASH_QUARTERS].map((row) => [row[0] ?? "", row] as const))(
    "%s (§3.2 / §3.3 cells the release table does not have)",
    (label, row) => {
      if (LEFT_OUT.has(label) || RELEASE_QUARTERS.some((r) => r[0] === label)) return;
      const target = METRIC_OF[label];
      if (target === undefined) throw new Error(`no metric for the reference row '${label}'`);
      QUARTERS.forEach(([year, quarter], i) => {
        const text = row[i + 1] ?? "";
        const cell = parseCell(text);
        const figure = findQuarterFigure("filings", target.metric, year, quarter);
        if (cell === undefined) {
          // "not found": absent, never guessed.
          expect({ label, year, quarter, figure }).toEqual({ label, year, quarter, figure: undefined });
          return;
        }
        expectFigure(figure, cell, target.sign ?? 1, `${label} ${year}Q${quarter}`);
      });
    },
  );

  it("has no quarter after Q1 2026 and none before Q1 2025", () => {
    for (const f of FILINGS_FIGURES) {
      if (f.quarter === undefined) continue;
      const index = f.year * 4 + f.quarter;
      expect(index).toBeGreaterThanOrEqual(2025 * 4 + 1);
      expect(index).toBeLessThanOrEqual(2026 * 4 + 1);
    }
  });
});

describe("accounting identities hold in the data", () => {
  const get = (metric: MetricId, year: number): number => {
    const f = findFigure("filings", metric, year);
    if (f === undefined) throw new Error(`${metric} ${year} missing`);
    return f.value;
  };
  const YEARS = [2022, 2023, 2024, 2025];

  it.each(YEARS)("segments sum to consolidated net sales and operating income in %i", (year) => {
    expect(get("north_america_revenue", year) + get("international_revenue", year) + get("aws_revenue", year)).toBe(
      get("revenue", year),
    );
    expect(
      get("north_america_operating_income", year) +
        get("international_operating_income", year) +
        get("aws_operating_income", year),
    ).toBe(get("operating_income", year));
  });

  it.each(YEARS)("net sales by line sum to net sales in %i", (year) => {
    const lines: MetricId[] = [
      "online_stores_revenue",
      "physical_stores_revenue",
      "third_party_seller_revenue",
      "advertising_revenue",
      "subscription_revenue",
      "aws_revenue",
      "other_revenue",
    ];
    expect(lines.reduce((sum, m) => sum + get(m, year), 0)).toBe(get("revenue", year));
  });

  it.each(YEARS)("pre-tax − tax + equity-method = net income in %i", (year) => {
    expect(get("pre_tax_income", year) - get("income_tax", year) + get("equity_method_income", year)).toBe(
      get("net_income", year),
    );
  });

  it("the four quarters of 2025 sum to the year for every flow metric with four exact quarters", () => {
    const checked: string[] = [];
    for (const metric of Object.keys(METRICS) as MetricId[]) {
      if (METRICS[metric].kind !== "money") continue;
      const quarters = ([1, 2, 3, 4] as const).map((q) => findQuarterFigure("filings", metric, 2025, q));
      if (quarters.some((f) => f === undefined || f.provenance.flags.includes("rounded"))) continue;
      const year = findFigure("filings", metric, 2025);
      if (year === undefined) continue;
      expect({ metric, sum: quarters.reduce((s, f) => s + (f?.value ?? NaN), 0) }).toEqual({ metric, sum: year.value });
      checked.push(metric);
    }
    expect(checked.sort()).toEqual(["advertising_revenue", "net_income", "operating_income", "revenue"]);
  });

  it("segments sum to net sales in the quarters where all three are exact", () => {
    for (const [year, quarter] of [
      [2025, 1],
      [2025, 4],
    ] as const) {
      const q = (m: MetricId) => findQuarterFigure("filings", m, year, quarter)?.value ?? NaN;
      expect(q("north_america_revenue") + q("international_revenue") + q("aws_revenue")).toBe(q("revenue"));
    }
  });
});

/** The source keys a "Source keys" cell names ("same" is the row above's: the first row's for §3.1). */
function keysOf(cell: string, first: string): FilingSourceKey[] {
  const text = cell.startsWith("same") ? `${first} ${cell}` : cell;
  const all = Object.keys(FILING_SOURCES) as FilingSourceKey[];
  // Longest first, so that "FM-Q2" is not read as "F-…" and "S-GHK" not as "S-GH…".
  return all.filter((key) => new RegExp(`(^|[^A-Z0-9-])${key.replace(/-/g, "\\-")}($|[^A-Z0-9-])`).test(text));
}

/** The key families of each class tag: [F] F-K…, [FM] FM-…, [R] R-…, [S] S-…; [D] any. */
const FAMILY: Readonly<Record<string, RegExp | undefined>> = {
  filed: /^F-K/,
  filed_mirror: /^FM-/,
  release: /^R-/,
  secondary: /^S-/,
  derived: undefined,
};

/** §2.1 and §2.2 come from the segment table, which F-K23 also holds for 2022–2023 (§1: "identical to F-K24"). */
const F_K23_ROWS = new Set(Object.keys(ANNUAL_SOURCES).filter((label) => ANNUAL_SOURCES[label]?.startsWith("F-K24")));

/** Every row that gives a metric (net sales is "Consolidated net sales" in §2.1 and "Consolidated" in §2.2). */
function annualCells(metric: MetricId): string[] {
  return Object.entries(METRIC_OF)
    .filter(([label, target]) => target.metric === metric && ANNUAL_SOURCES[label] !== undefined)
    .map(([label]) => ANNUAL_SOURCES[label] ?? "");
}

function expectSources(figure: Figure | undefined, cell: string, first: string, where: string): void {
  if (figure === undefined || figure.provenance.basis !== "filings") throw new Error(`${where}: no filings figure`);
  // A figure core computes (net capex, free cash flow, pre-tax income) cites its operands' keys,
  // each checked in its own row; its formula is kept beside it.
  if (figure.provenance.computation !== undefined) return;
  const named = keysOf(cell, first);
  const { evidence, sources } = figure.provenance;
  // Every key the figure cites is one the reference's row names…
  expect({ where, unnamed: sources.filter((s) => !named.includes(s)) }).toEqual({ where, unnamed: [] });
  // …and its class is backed by a key of that class's family.
  const family = FAMILY[evidence];
  if (family !== undefined) {
    expect({ where, evidence, backed: sources.some((s) => family.test(s)) }).toEqual({ where, evidence, backed: true });
  }
}

describe("every figure's class and source keys match the reference's tag and keys for its row", () => {
  it.each(ANNUAL.map((row) => [row[0] ?? "", row] as const))("§2 %s", (label, row) => {
    if (LEFT_OUT.has(label)) return;
    const target = METRIC_OF[label];
    if (target === undefined || ANNUAL_SOURCES[label] === undefined)
      throw new Error(`no metric or keys for '${label}'`);
    const cells = annualCells(target.metric).join("; ");
    [2022, 2023, 2024, 2025].forEach((year, i) => {
      if (parseCell(row[i + 1] ?? "") === undefined) return;
      const cell = year <= 2023 && F_K23_ROWS.has(label) ? `${cells}; F-K23` : cells;
      expectSources(findFigure("filings", target.metric, year), cell, cell, `${label} ${year}`);
    });
  });

  const firstRelease = RELEASE_SOURCES["Net sales"] ?? "";
  it.each(RELEASE_QUARTERS.map((row) => [row[0] ?? "", row] as const))("§3 %s", (label) => {
    const target = METRIC_OF[label];
    if (target === undefined) throw new Error(`no metric for '${label}'`);
    const exact = EXACT_QUARTERS.find((r) => r[0] === label);
    QUARTERS.forEach(([year, quarter], i) => {
      const exactCell = parseCell(exact?.[i + 1] ?? "");
      const useExact = exactCell !== undefined && !exactCell.rounded;
      const cell = useExact ? EXACT_SOURCES[label] : RELEASE_SOURCES[label];
      if (cell === undefined) throw new Error(`no keys for '${label}'`);
      const figure = findQuarterFigure("filings", target.metric, year, quarter);
      expectSources(figure, cell, useExact ? cell : firstRelease, `${label} ${year}Q${quarter}`);
    });
  });

  it.each([...EXACT_QUARTERS, ...CASH_QUARTERS].map((row) => [row[0] ?? "", row] as const))(
    "§3.2 / §3.3 %s",
    (label, row) => {
      if (LEFT_OUT.has(label) || RELEASE_QUARTERS.some((r) => r[0] === label)) return;
      const target = METRIC_OF[label];
      const cell = EXACT_SOURCES[label];
      if (target === undefined || cell === undefined) throw new Error(`no metric or keys for '${label}'`);
      QUARTERS.forEach(([year, quarter], i) => {
        if (parseCell(row[i + 1] ?? "") === undefined) return;
        expectSources(
          findQuarterFigure("filings", target.metric, year, quarter),
          cell,
          cell,
          `${label} ${year}Q${quarter}`,
        );
      });
    },
  );
});
