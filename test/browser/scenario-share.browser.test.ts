/**
 * The scenario builder and the share tab, driven in headless Chromium against the scripted host.
 */
import { choose, screenshot, useBrowser } from "./harness";
import { cell, fill, resetSyncCount, select, snapshot } from "./host";

jest.setTimeout(60_000);

const { openTaskpane } = useBrowser();

describe("scenario builder", () => {
  it("previews the case and writes the native-formula model on a new sheet in at most 3 syncs", async () => {
    const { page, errors } = await openTaskpane({ host: "excel" });
    await page.getByRole("tab", { name: "Scenario" }).click();
    // Base case, 5 years: cumulative FCF never turns positive.
    await page.locator("#payback").waitFor();
    expect(await page.locator("#payback").textContent()).toBe("beyond the horizon");

    await page.check("#case-bull");
    await page.fill("#param-years input", "12");
    await page.fill("#param-capex input", "150");
    expect(await page.locator("#scenario-preview thead th").count()).toBe(13);

    await page.fill("#param-taxRate input", "150");
    await page.getByText("Tax rate (%) must be from 0 to 100; got 150.").waitFor();
    expect(await page.locator("#param-taxRate input").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#build-model").isDisabled()).toBe(true);
    await page.fill("#param-taxRate input", "25");
    expect(await page.locator("#build-model").isDisabled()).toBe(false);

    await resetSyncCount(page);
    await page.click("#build-model");
    await page.getByText("Capex scenario model written to").waitFor();
    const host = await snapshot(page);
    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(host.activeSheet).toBe("Capex scenario");
    expect(host.charts).toHaveLength(1);
    const switchCell = await cell(page, "Capex scenario", 7, 1);
    expect(switchCell.formula).toBe("bull");
    expect(switchCell.validation).toBe("bear,base,bull");
    await screenshot(page, "scenario-en-500");
    expect(errors).toEqual([]);
  });
});

describe("scenario builder across a language switch", () => {
  it("keeps the case and what was typed, and re-says errors in the new language", async () => {
    const { page, errors } = await openTaskpane({ host: "excel" });
    await page.getByRole("tab", { name: "Scenario" }).click();
    await page.check("#case-bear");
    await page.fill("#param-capex input", "150");
    await page.fill("#param-taxRate input", "150");
    await page.locator("#param-taxRate-error").getByText("must be", { exact: false }).waitFor();

    await choose(page, "language", "fr");
    await page.getByRole("tab", { name: "Scénario" }).click();
    expect(await page.inputValue("#param-capex input")).toBe("150");
    expect(await page.inputValue("#param-taxRate input")).toBe("150");
    expect(await page.isChecked("#case-bear")).toBe(true);
    expect(await page.locator("#param-taxRate input").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#param-taxRate-error").textContent()).toMatch(/doit/);
    expect(await page.locator("#build-model").isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe("share", () => {
  it("converts AMZN formulas to values after confirmation and leaves other formulas", async () => {
    const { page, errors } = await openTaskpane({ host: "excel" });
    await fill(page, "A1", [["=AMZN.REVENUE(2024)", "=SUM(1,2)"]]);
    await select(page, "Sheet1", 0, 0, 1, 2);
    await page.getByRole("tab", { name: "Share" }).click();
    await page.click("#convert");
    await page.getByRole("alertdialog").waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();
    expect((await cell(page, "Sheet1", 0, 0)).formula).toBe("=AMZN.REVENUE(2024)");

    await page.check("#scope-sheet");
    await page.click("#convert");
    await page.getByRole("button", { name: "Convert", exact: true }).click();
    await page.getByText("1 cell changed (1 AMZN formula converted) in the active sheet.").waitFor();
    expect((await cell(page, "Sheet1", 0, 0)).formula).toBe(638);
    expect((await cell(page, "Sheet1", 0, 1)).formula).toBe("=SUM(1,2)");
    await screenshot(page, "share-en-500");
    expect(errors).toEqual([]);
  });

  it("restores the AMZN formulas Share froze, asks before restoring a changed cell, and forgets the way back", async () => {
    const { page, errors } = await openTaskpane({ host: "excel" });
    await fill(page, "A1", [["=AMZN.REVENUE(2024)", "=AMZN.REVENUE(2024)", "=SUM(1,2)"]]);
    await page.getByRole("tab", { name: "Share" }).click();
    await page.check("#scope-sheet");
    await page.click("#convert");
    await page.getByRole("button", { name: "Convert", exact: true }).click();
    await page.getByText("2 cells changed (2 AMZN formulas converted) in the active sheet.").waitFor();
    await fill(page, "B1", [[700]]);

    await page.click("#restore");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("1 AMZN formula restored. 1 cell changed since Share was left as it is: Sheet1!B1.").waitFor();
    expect((await cell(page, "Sheet1", 0, 0)).formula).toBe("=AMZN.REVENUE(2024)");
    expect((await cell(page, "Sheet1", 0, 1)).formula).toBe(700);

    await page.click("#restore");
    await page.getByRole("button", { name: "Restore anyway" }).click();
    await page.getByText("1 AMZN formula restored.").waitFor();
    expect((await cell(page, "Sheet1", 0, 1)).formula).toBe("=AMZN.REVENUE(2024)");

    await page.click("#forget-way-back");
    await page.getByRole("button", { name: "Forget", exact: true }).click();
    await page.getByText("This workbook holds no way back.").waitFor();
    expect(errors).toEqual([]);
  });
});
