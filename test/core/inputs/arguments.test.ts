import { parseBasis } from "../../../src/core/dataset";
import { parsePeriod } from "../../../src/core/dataset";
import { convertMoney, parseUnit, unitLabel } from "../../../src/core/dataset";
import { flattenArg, parseHeaders, parseLang } from "../../../src/core/inputs";
import { failure } from "../helpers";

describe("periods", () => {
  it.each([
    [2024, 2024, false],
    ["2024", 2024, false],
    [" 2024 ", 2024, false],
    ["FY2024", 2024, false],
    ["fy2024", 2024, false],
    ["FY 2024", 2024, false],
    ["FY24", 2024, false],
    ["FY0", 2025, false],
    ["fy0", 2025, false],
    ["FY-1", 2024, false],
    ["FY−1", 2024, false],
    ["FY-2", 2023, false],
    ["FY+1", 2026, true],
    [2026, 2026, true],
    ["2026", 2026, true],
    ["2026E", 2026, true],
    ["2026e", 2026, true],
    ["FY2026E", 2026, true],
    [[[2024]], 2024, false],
  ])("%p -> %i (plan %p)", (input, year, plan) => {
    expect(parsePeriod(input, "report")).toEqual({ year, plan });
  });

  it("FY0 is the latest actual year of the basis (2025 in both)", () => {
    expect(parsePeriod("FY0", "filings").year).toBe(2025);
    expect(parsePeriod("FY-3", "filings").year).toBe(2022);
  });

  it.each([
    [
      2024.5,
      "2024.5 is not a period: a year is a whole number",
      "2024,5 n'est pas valable comme période : une année est un nombre entier",
    ],
    [
      45292,
      "45292 is not a period: it looks like an Excel date (2024-01-01)",
      "ressemble à une date Excel (2024-01-01)",
    ],
    // Never "NaN" or "Infinity" in a message (Excel never passes them; core still answers cleanly).
    [NaN, "this value is not a period", "cette valeur n'est pas valable comme période"],
    [Infinity, "this value is not a period", "cette valeur n'est pas valable comme période"],
    [-Infinity, "this value is not a period", "cette valeur n'est pas valable comme période"],
    [true, "TRUE is not a period", "VRAI n'est pas valable comme période"],
    [false, "FALSE is not a period", "FAUX n'est pas valable comme période"],
    [null, "the period is required", "période obligatoire"],
    [undefined, "the period is required", "période obligatoire"],
    ["", "the period is required", "période obligatoire"],
    ["FY", "'FY' is not a period", "« FY » n'est pas valable comme période"],
    ["2024E", "2024 is an actual year", "2024 est un exercice réel"],
    ["last year", "'last year' is not a period", "« last year » n'est pas valable comme période"],
    [1850, "1850 is not a period: years run from 1900 to 2100", "les années vont de 1900 à 2100"],
    [24, "24 is not a period: years run from 1900 to 2100", "24 n'est pas valable comme période"],
    [-2024, "-2024 is not a period", "n'est pas valable comme période"],
    [1e300, "is not a period: years run from", "les années vont de"],
    [
      [[2024, 2025]],
      "must be a single value, not a range of 1×2 cells",
      "doit être une seule valeur, pas une plage de 1×2 cellules",
    ],
  ])("%p is #VALUE! naming the valid forms", (input, en, fr) => {
    const error = failure(() => parsePeriod(input, "report"), "value");
    expect(error.messages.en).toContain(en);
    expect(error.messages.fr).toContain(fr);
    if (!Array.isArray(input)) {
      expect(error.messages.en).toContain(
        `use a year (2024), "FY2024", "FY0" (latest actual year, 2025), "FY-1", or a plan year (2026 or "2026E")`,
      );
      expect(error.messages.fr).toContain("utilisez une année (2024), « FY2024 », « FY0 »");
    }
  });
});

describe("units", () => {
  it.each([
    [undefined, "B"],
    [null, "B"],
    ["", "B"],
    ["B", "B"],
    ["b", "B"],
    ["Mds", "B"],
    ["milliards", "B"],
    ["bn", "B"],
    ["M", "M"],
    ["m", "M"],
    ["millions", "M"],
    ["K", "K"],
    ["k", "K"],
    ["milliers", "K"],
    ["U", "U"],
    ["u", "U"],
    ["$", "U"],
    ["USD", "U"],
  ])("%p -> %s", (input, unit) => {
    expect(parseUnit(input)).toBe(unit);
  });

  it("refuses anything else", () => {
    const error = failure(() => parseUnit("X"), "value");
    expect(error.messages.en).toBe(
      `'X' is not a unit; use "B" (billions of US$, default), "M" (millions), "K" (thousands) or "U" (dollars)`,
    );
    expect(error.messages.fr).toContain("« X » n'est pas une unité");
    failure(() => parseUnit(1000), "value");
    failure(() => parseUnit(true), "value");
  });

  it("converts from the stored unit, exactly", () => {
    expect(convertMoney(638, "B$", "B")).toBe(638);
    expect(convertMoney(638, "B$", "M")).toBe(638_000);
    expect(convertMoney(128.7, "B$", "M")).toBe(128_700);
    expect(convertMoney(77.7, "B$", "U")).toBe(77_700_000_000);
    expect(convertMoney(637_959, "M$", "B")).toBe(637.959);
    expect(convertMoney(637_959, "M$", "M")).toBe(637_959);
    expect(convertMoney(637_959, "M$", "K")).toBe(637_959_000);
    expect(convertMoney(-2_722, "M$", "B")).toBe(-2.722);
  });

  it("labels units in both languages", () => {
    expect(unitLabel("B", "en")).toBe("B$");
    expect(unitLabel("B", "fr")).toBe("Mds$");
    expect(unitLabel("U", "fr")).toBe("$");
  });
});

describe("bases", () => {
  it.each([
    [undefined, "report", false],
    [null, "report", false],
    ["", "report", false],
    ["report", "report", true],
    ["Report", "report", true],
    ["rapport", "report", true],
    ["filings", "filings", true],
    ["FILINGS", "filings", true],
    ["publié", "filings", true],
    ["publie", "filings", true],
    ["dépôts", "filings", true],
    ["depots", "filings", true],
  ])("%p -> %s (named %p)", (input, basis, named) => {
    expect(parseBasis(input)).toEqual({ basis, named });
  });

  it("refuses an unknown basis with a suggestion", () => {
    const error = failure(() => parseBasis("filngs"), "value");
    expect(error.messages.en).toContain("'filngs' is not a basis; did you mean 'filings'?");
    // A French suggestion in French: « publié », the basis's French name.
    expect(error.messages.fr).toContain("« filngs » n'est pas une base ; vouliez-vous dire « publié » ?");
    failure(() => parseBasis(1), "value");
  });
});

describe("lang, headers, ranges", () => {
  it.each([
    [undefined, "en"],
    ["en", "en"],
    ["EN", "en"],
    ["english", "en"],
    ["anglais", "en"],
    ["fr", "fr"],
    ["français", "fr"],
    ["Francais", "fr"],
    ["french", "fr"],
    ["fr-FR", "fr"],
    ["en-US", "en"],
  ])("lang %p -> %s", (input, lang) => {
    expect(parseLang(input)).toBe(lang);
  });

  it("refuses an unknown lang", () => {
    expect(failure(() => parseLang("de"), "value").messages.en).toContain(`lang must be "en" or "fr"`);
  });

  it.each([
    [undefined, true],
    [1, true],
    [0, false],
    [true, true],
    [false, false],
    ["0", false],
    ["oui", true],
    ["non", false],
  ])("headers %p -> %p", (input, value) => {
    expect(parseHeaders(input)).toBe(value);
  });

  it("refuses other headers values", () => {
    failure(() => parseHeaders(2), "value");
    failure(() => parseHeaders("maybe"), "value");
  });

  it("flattens ranges of any shape in reading order", () => {
    expect(flattenArg("a")).toEqual(["a"]);
    expect(flattenArg([["a", "b"], ["c"]])).toEqual(["a", "b", "c"]);
    expect(flattenArg([["a", ["b", ["c"]]], "d"])).toEqual(["a", "b", "c", "d"]);
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(flattenArg(deep)).toEqual(["x"]);
  });
});
