/**
 * Share › Repair in the built task pane against the scripted host: a cell saved as
 * `=_xldudf_AMZN_REVENUE(2024)` and an AMZN cell stuck on #NAME? are re-entered and calculate
 * again with the add-in's registered functions; other cells stay as they were. The scripted host
 * has no Office.context.document.settings, so the pane says it could not ask for a metadata reload.
 */
import { useBrowser } from "./harness";
import { cell, fill } from "./host";

jest.setTimeout(60_000);

const { openTaskpane } = useBrowser();

describe("repair", () => {
  it("re-enters #NAME? and _xldudf_ AMZN cells and says how many", async () => {
    const { page, errors } = await openTaskpane({ host: "excel" });
    await fill(page, "A1", [["=SUM(1,2)", "label"]]);
    // Seed two broken cells as Excel shows them after a failed registration (test set-up).
    await page.evaluate(() => {
      const host = (
        window as unknown as { __host: { cell(s: string, r: number, c: number): { formula: unknown; value: unknown } } }
      ).__host;
      Object.assign(host.cell("Sheet1", 1, 0), { formula: "=_xldudf_AMZN_REVENUE(2024)", value: "#NAME?" });
      Object.assign(host.cell("Sheet1", 1, 1), { formula: "=AMZN.REVENUE(2024)", value: "#NAME?" });
    });
    await page.getByRole("tab", { name: "Share" }).click();
    await page.getByRole("heading", { name: "Repair #NAME? cells" }).waitFor();
    await page.click("#repair");
    await page.getByText("AMZN cells repaired: 2.", { exact: false }).waitFor();
    expect(await page.locator(".message").textContent()).toContain("close and reopen the workbook");
    expect(await cell(page, "Sheet1", 1, 0)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
    expect(await cell(page, "Sheet1", 1, 1)).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
    expect(await cell(page, "Sheet1", 0, 0)).toMatchObject({ formula: "=SUM(1,2)" });
    expect(await cell(page, "Sheet1", 0, 1)).toMatchObject({ formula: "label" });

    await page.click("#repair");
    await page.getByText("No broken AMZN cell found: nothing changed.").waitFor();
    expect(errors).toEqual([]);
  });
});
