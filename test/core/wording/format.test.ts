import { formatForDisplay, formatNumber, formatPlain, FORMAT_PERCENT_PLAIN } from "../../../src/core/wording";

describe("numbers as text: one separator per language", () => {
  it("groups French thousands as Intl's fr-FR does (the pane's counts and field messages are Intl's)", () => {
    for (const value of [1_000, 637_959, 1_048_576, 123_456_789]) {
      expect(formatNumber(value, "fr")).toBe(value.toLocaleString("fr-FR"));
      expect(formatNumber(value, "en")).toBe(value.toLocaleString("en-US"));
    }
    expect(formatNumber(637_959, "fr")).toBe("637\u202f959");
  });

  it("writes a plain number ungrouped, with the language's decimal mark and a true minus sign", () => {
    expect(formatPlain(1000, "en")).toBe("1000");
    expect(formatPlain(1000, "fr")).toBe("1000");
    expect(formatPlain(0.21, "fr")).toBe("0,21");
    expect(formatPlain(-5, "en")).toBe("\u22125");
    expect(formatPlain(0.1 + 0.2, "en")).toBe("0.3");
  });

  it("renders a percent format as Excel shows it: no space before % in French (the code has none)", () => {
    expect(formatForDisplay(0.6093, FORMAT_PERCENT_PLAIN, "en")).toBe("60.9%");
    expect(formatForDisplay(0.6093, FORMAT_PERCENT_PLAIN, "fr")).toBe("60,9%");
  });
});
