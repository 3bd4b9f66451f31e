import { lookupFigure } from "../../../src/core/figures";
import { failure } from "../helpers";

describe("lookupFigure", () => {
  it("returns the value in the stored unit with its full provenance", () => {
    const found = lookupFigure("revenue", 2024);
    expect(found).toMatchObject({ value: 638, basis: "report", requestedBasis: "report", fallback: false });
    expect(found.figure.unit).toBe("B$");
    expect(found.figure.provenance).toEqual({
      basis: "report",
      evidence: "report",
      section: "s1",
      sectionTitle: "§1 Résultats financiers globaux",
      label: { fr: "Chiffre d'affaires total", en: "Total revenue" },
      printed: "638 Mds$",
      flags: [],
    });
  });

  it("reads the filings in M$ with their source keys", () => {
    const found = lookupFigure("revenue", 2024, "filings");
    expect(found.value).toBe(637_959);
    expect(found.figure.unit).toBe("M$");
    expect(found.figure.provenance).toMatchObject({
      basis: "filings",
      evidence: "filed",
      sources: ["F-K24"],
      label: { en: "Net sales" },
    });
  });

  it("marks computed figures and shows their operands", () => {
    const found = lookupFigure("free_cash_flow", 2025, "filings");
    expect(found.value).toBe(11_194);
    const p = found.figure.provenance;
    expect(p.flags).toEqual(["computed"]);
    expect(p.basis === "filings" && p.computation?.operands).toEqual([
      { metric: "operating_cash_flow", year: 2025, value: 139_514 },
      { metric: "capex_net", year: 2025, value: 128_320 },
    ]);
  });

  describe("fallback rule", () => {
    it("with no basis named, a figure the report lacks comes from the filings, and says so", () => {
      const found = lookupFigure("operating_income", 2024);
      expect(found).toMatchObject({ value: 68_593, basis: "filings", requestedBasis: "report", fallback: true });
      const ni = lookupFigure("net_income", 2022);
      expect(ni).toMatchObject({ value: -2_722, basis: "filings", fallback: true });
    });

    it("with no basis named, the report answers first when it has the figure", () => {
      expect(lookupFigure("net_income", 2024)).toMatchObject({ value: 59, basis: "report", fallback: false });
      expect(lookupFigure("capex", 2026)).toMatchObject({ value: 200, basis: "report", fallback: false });
      expect(lookupFigure("capex", 2025)).toMatchObject({ value: 131_819, basis: "filings", fallback: true });
    });

    it("with a basis named, never falls back: #N/A naming the years and the other basis", () => {
      const r = failure(() => lookupFigure("net_income", 2022, "report"), "na");
      expect(r.messages.en).toBe("the report has no net_income for 2022; years 2023–2025, or basis 'filings'");
      expect(r.messages.fr).toBe("le rapport n'a pas « net_income » pour 2022 ; années 2023–2025, ou base « filings »");
      const f = failure(() => lookupFigure("capex", 2026, "filings"), "na");
      expect(f.messages.en).toBe("the filings have no capex for 2026E; years 2022–2025, or basis 'report'");
      expect(f.messages.fr).toBe("les dépôts n'ont pas « capex » pour 2026E ; années 2022–2025, ou base « report »");
      const a = failure(() => lookupFigure("anthropic_gain", 2025, "report"), "na");
      expect(a.messages.en).toBe("the report has no anthropic_gain for 2025; years 2024");
    });

    it("names the years when neither basis has the figure", () => {
      const named = failure(() => lookupFigure("revenue", 2021, "report"), "na");
      expect(named.messages.en).toBe(
        "the report has no revenue for 2021; years 2023–2025; basis 'filings' has 2022–2025",
      );
      expect(named.messages.fr).toBe(
        "le rapport n'a pas « revenue » pour 2021 ; années 2023–2025 ; la base « filings » a 2022–2025",
      );
      const unnamed = failure(() => lookupFigure("revenue", 2021), "na");
      expect(unnamed.messages.en).toBe(
        "no basis has revenue for 2021: the report has 2023–2025, the filings 2022–2025",
      );
      expect(unnamed.messages.fr).toBe(
        "aucune base n'a « revenue » pour 2021 : le rapport a 2023–2025, les dépôts 2022–2025",
      );
      const capex = failure(() => lookupFigure("capex", 2019, "report"), "na");
      expect(capex.messages.en).toBe("the report has no capex for 2019; years 2026E; basis 'filings' has 2022–2025");
    });

    it("a metric the basis never has says so", () => {
      const error = failure(() => lookupFigure("operating_income", 2024, "report"), "na");
      expect(error.messages.en).toBe("the report has no operating_income in any year; basis 'filings' has 2022–2025");
      expect(error.messages.fr).toBe(
        "le rapport n'a « operating_income » pour aucune année ; la base « filings » a 2022–2025",
      );
    });
  });
});
