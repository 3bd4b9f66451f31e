import { callsAmzn as callsAmznFunction } from "../../../src/core/formula";

describe("callsAmznFunction: the one AMZN formula grammar decides what calls an AMZN function", () => {
  it.each([
    "=AMZN.REVENUE(2024)",
    '=1+amzn.growth("revenue",2023,2025)',
    '=AMZN.SERIES ( "revenue" )',
    "='My sheet'!A1+AMZN.REVENUE(2024)",
    "=[1]Sheet1!A1*AMZN.NET_INCOME(2024)",
    '=IF(A1="AMZN.X(",AMZN.KPI("rufus_users"),0)',
  ])("finds a call in %s", (formula) => {
    expect(callsAmznFunction(formula)).toBe(true);
  });

  it.each([
    ["a link to a workbook named AMZN.xlsx", "=[AMZN.xlsx]Sheet1!$A$1"],
    ["a quoted path to AMZN.Q4.xlsx", "='C:\\data\\[AMZN.Q4.xlsx]Sheet1'!A1"],
    ["a defined name", "=SUM(AMZN.rates)"],
    ["a sheet named AMZN.data", "=AMZN.data!B2*2"],
    ["a string that mentions AMZN", '="see AMZN.REVENUE(2024) in the report"'],
    ["a quoted sheet name that looks like a call", "='AMZN.REVENUE(1)'!A1"],
    ["a structured reference whose column looks like a call", "=Table1[AMZN.REVENUE(1)]"],
    ["a LAMBDA name the add-in does not have", "=AMZN.rates(1)"],
    ["another namespace", "=XAMZN.REVENUE(1)"],
    ["a constant", "AMZN.REVENUE(2024)"],
  ])("finds no call in %s", (_what, formula) => {
    expect(callsAmznFunction(formula)).toBe(false);
  });

  it("answers false for anything that is not a formula", () => {
    expect(callsAmznFunction(638)).toBe(false);
    expect(callsAmznFunction(null)).toBe(false);
    expect(callsAmznFunction("")).toBe(false);
  });
});
