import { parseAmznCalls } from "../../../src/core/formula";

describe("parseAmznCalls", () => {
  it("reads one call with literal arguments", () => {
    expect(parseAmznCalls('=AMZN.METRIC("capex", 2025, "B", "filings")')).toEqual([
      {
        id: "METRIC",
        text: 'AMZN.METRIC("capex", 2025, "B", "filings")',
        args: [
          { kind: "text", value: "capex" },
          { kind: "number", value: 2025 },
          { kind: "text", value: "B" },
          { kind: "text", value: "filings" },
        ],
      },
    ]);
  });

  it("reads several calls, lower case, nested expressions and empty arguments", () => {
    const calls = parseAmznCalls('=amzn.revenue(2024)/AMZN.Revenue(2023,,"filings")-1+SUM(A1:A2)');
    expect(calls.map((call) => call.id)).toEqual(["REVENUE", "REVENUE"]);
    expect(calls[1]?.args).toEqual([
      { kind: "number", value: 2023 },
      { kind: "empty" },
      { kind: "text", value: "filings" },
    ]);
  });

  it("keeps references and expressions as text", () => {
    expect(parseAmznCalls("=AMZN.REVENUE(A1+1, TRUE)")[0]?.args).toEqual([
      { kind: "expression", text: "A1+1" },
      { kind: "boolean", value: true },
    ]);
  });

  it("handles commas and parentheses inside strings, and escaped quotes", () => {
    expect(parseAmznCalls('=AMZN.SOURCE("a, (b)", "x""y")')[0]?.args).toEqual([
      { kind: "text", value: "a, (b)" },
      { kind: "text", value: 'x"y' },
    ]);
  });

  it("ignores AMZN text inside string literals, other namespaces and non-formulas", () => {
    expect(parseAmznCalls('="AMZN.REVENUE(2024)"')).toEqual([]);
    expect(parseAmznCalls("=XAMZN.REVENUE(2024)")).toEqual([]);
    expect(parseAmznCalls("AMZN.REVENUE(2024)")).toEqual([]);
    expect(parseAmznCalls(638)).toEqual([]);
    expect(parseAmznCalls("=AMZN.REVENUE(2024")).toEqual([]);
  });

  it("reads a call without arguments", () => {
    expect(parseAmznCalls("=AMZN.METRICS()")).toEqual([{ id: "METRICS", args: [], text: "AMZN.METRICS()" }]);
  });
});
