/**
 * A figure's card links to where a reader can check it: its source address (Excel's attribution
 * link) is a bare https URL of a primary source, a filing's page on sec.gov or Amazon's release in a
 * verbatim reprint. A figure read only in secondary pages (aggregators, news, summaries) has no
 * link: the card's text still names them. Walks every card the functions can return: each figure
 * of both bases (named, and with no basis named, the fallback included), each KPI and each growth
 * between two years of a metric, in English and in French.
 */
import { FILING_SOURCES, KPI_IDS, METRIC_IDS, type Basis, type FilingSourceKey } from "../../../src/data";
import { type Card, figureCard, growthCard, kpiCard } from "../../../src/core/figures";
import { figures, yearsOf } from "../../../src/core/dataset";
import type { Lang } from "../../../src/core/runtime";

/**
 * Hosts a card may link to: the SEC's EDGAR, and the sites whose pages the reference reads as
 * verbatim reprints of Amazon's Business Wire releases (amazon-filings-extended.md, class [R]).
 */
const PRIMARY_HOSTS = new Set([
  "www.sec.gov",
  "markets.financialcontent.com",
  "www.businesswirenews.com",
  "wbnstv.marketminute.com",
  "business.ridgwayrecord.com",
  "6ix.com",
  "mtrustcompany.marketminute.com",
]);

const LANGS: readonly Lang[] = ["en", "fr"];
const BASES: readonly (Basis | undefined)[] = ["report", "filings", undefined];

/** The card, or undefined where the function refuses these arguments (no card is then shown). */
function attempt(make: () => Card): Card | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

function everyCard(): Card[] {
  const cards: Card[] = [];
  const add = (card: Card | undefined): void => {
    if (card !== undefined) cards.push(card);
  };
  const yearFigures = figures().filter((figure) => figure.quarter === undefined);
  for (const lang of LANGS) {
    for (const figure of yearFigures)
      for (const basis of BASES) {
        const period = figure.plan ? `${figure.year}E` : figure.year;
        add(attempt(() => figureCard(figure.metric, period, undefined, basis, lang)));
      }
    for (const kpi of KPI_IDS) add(attempt(() => kpiCard(kpi, lang)));
    for (const metric of METRIC_IDS)
      for (const basis of ["report", "filings"] as const) {
        const years = yearsOf(basis, metric);
        for (let i = 1; i < years.length; i++)
          for (const method of ["total", "cagr", "reported"])
            add(attempt(() => growthCard(metric, years[0], years[i], method, basis, lang)));
      }
  }
  return cards;
}

/** Why an address is not a link to a primary source, or undefined when it is one. */
function refusal(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return "does not parse as a URL";
  }
  if (url.href !== address) return `is not a bare URL (parses as ${url.href})`;
  if (url.protocol !== "https:") return "is not https";
  if (!PRIMARY_HOSTS.has(url.hostname)) return `is on ${url.hostname}, not a primary source's host`;
  return undefined;
}

describe("the source address of every card", () => {
  const cards = everyCard();

  it("walks the cards of every figure, KPI and growth, in both languages", () => {
    expect(cards.length).toBeGreaterThan(500);
    expect(cards.filter((card) => card.source.address !== undefined).length).toBeGreaterThan(100);
  });

  it("is a bare https URL on a primary source's host, or absent", () => {
    const refused = new Map<string, string>();
    for (const card of cards) {
      const address = card.source.address;
      if (address === undefined) continue;
      const why = refusal(address);
      if (why !== undefined) refused.set(address, why);
    }
    expect(Object.fromEntries(refused)).toEqual({});
  });

  it("links a primary source the card names, never a secondary one", () => {
    for (const card of cards) {
      const address = card.source.address;
      if (address === undefined) continue;
      const linked = (Object.keys(FILING_SOURCES) as FilingSourceKey[]).filter(
        (key) => FILING_SOURCES[key].address === address && card.source.text.includes(`${key}:`),
      );
      expect({ address, named: linked.length > 0 }).toEqual({ address, named: true });
    }
  });
});

describe("the filing sources", () => {
  const keys = Object.keys(FILING_SOURCES) as FilingSourceKey[];

  it("give an address only for a primary source, as a bare https URL on its host", () => {
    for (const key of keys) {
      const { address } = FILING_SOURCES[key];
      if (address === undefined) continue;
      expect({ key, refusal: refusal(address) }).toEqual({ key, refusal: undefined });
    }
  });

  it("give no address for a secondary source (the reference's [S] class): the text names it", () => {
    for (const key of keys.filter((k) => k.startsWith("S-")))
      expect({ key, address: FILING_SOURCES[key].address }).toEqual({ key, address: undefined });
  });

  it("keep the filing date apart from any URL, as an ISO date, and say it on the card", () => {
    for (const key of keys) {
      const { filed, location } = FILING_SOURCES[key];
      expect(location).not.toMatch(/\(filed /);
      if (filed !== undefined)
        expect({ key, filed }).toEqual({ key, filed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    }
    const revenue2024 = figureCard("revenue", 2024, undefined, "filings", "en");
    expect(revenue2024.source.text).toContain(
      "F-K24: 10-K FY2024 (acc. 0001018724-25-000004), Segment Information (Tables), filed 2025-02-07",
    );
    expect(revenue2024.source.address).toBe(
      "https://www.sec.gov/Archives/edgar/data/1018724/000101872425000004/R34.htm",
    );
    expect(figureCard("revenue", 2024, undefined, "filings", "fr").source.text).toContain("déposé le 2025-02-07");
  });
});
