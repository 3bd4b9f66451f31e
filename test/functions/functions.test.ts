/**
 * The custom functions as Excel calls them, with the CustomFunctions stub of test/setup: values on
 * good input, a CustomFunctions.Error with the right code and a helpful message on bad input.
 */
import * as functions from "../../src/functions/functions";

type Thrown = { code: string; message: string };

function thrown(call: () => unknown): Thrown {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    return error as Thrown;
  }
  throw new Error("expected the function to throw a CustomFunctions.Error");
}

describe("AMZN.REVENUE", () => {
  it("returns the report's three years in B$", () => {
    expect(functions.revenue(2023)).toBe(575);
    expect(functions.revenue(2024)).toBe(638);
    expect(functions.revenue(2025)).toBe(717);
    expect(functions.revenue("FY2024")).toBe(638);
  });

  it("converts units and reads the filings", () => {
    expect(functions.revenue(2024, "M", "filings")).toBe(637959);
  });

  it.each([
    [2022, "#N/A"],
    [2030, "#N/A"],
    ["next year", "#VALUE!"],
    [2024.5, "#VALUE!"],
    [true, "#VALUE!"],
  ])("rejects %p with %s and names the valid years", (period, code) => {
    const error = thrown(() => functions.revenue(period as number));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/2023/);
    expect(error.message).toMatch(/2025/);
  });

  it("rejects an empty cell with #VALUE!", () => {
    const error = thrown(() => functions.revenue(null as unknown as number));
    expect(error.code).toBe("#VALUE!");
    expect(error.message.length).toBeGreaterThan(10);
  });
});
