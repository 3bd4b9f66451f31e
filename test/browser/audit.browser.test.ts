/** The audit tab: select a cell holding an AMZN formula and read its source and reconciliation. */
import { screenshot, useBrowser } from "./harness";
import { cell, fill, resetSyncCount, select, snapshot } from "./host";

jest.setTimeout(60_000);

const { openTaskpane } = useBrowser();

it("shows the source and the reconciliation status of the selected cell's figure", async () => {
  const { page, errors } = await openTaskpane({ host: "excel" });
  await fill(page, "B2", [["=AMZN.NET_INCOME(2024)"]]);
  await select(page, "Sheet1", 1, 1);
  await page.getByRole("tab", { name: "Audit" }).click();
  await page.click("#audit-read");
  await page.getByText("Cell Sheet1!B2").waitFor();
  const source = await page.locator(".audit-source").first().textContent();
  expect(source).toContain("§1");
  expect(source).toContain("Bénéfice net");
  expect(await page.locator(".status-rounding").count()).toBeGreaterThan(0);
  expect(await page.locator(".status-mismatch").count()).toBeGreaterThan(0);
  await screenshot(page, "audit-en-500");
  expect(errors).toEqual([]);
});

it("resolves a reference argument through Excel: value, report, recomputed and filed figures", async () => {
  const { page, errors } = await openTaskpane({ host: "excel" });
  await fill(page, "B1", [[2024]]);
  await fill(page, "B2", [["=AMZN.REVENUE($B$1)"]]);
  await select(page, "Sheet1", 1, 1);
  await page.getByRole("tab", { name: "Audit" }).click();
  await resetSyncCount(page);
  await page.click("#audit-read");
  await page.getByText("Cell Sheet1!B2").waitFor();
  // Two syncs: the selected cell, then every referenced cell at once.
  expect((await snapshot(page)).syncCount).toBe(2);
  expect(await page.locator(".audit-cell-value").textContent()).toBe("638");
  expect(await page.locator(".audit-call code").textContent()).toBe("AMZN.REVENUE(2024)");
  expect(await page.locator(".audit-value").textContent()).toBe("638");
  expect(await page.locator(".audit-report").first().textContent()).toBe("638 B$");
  expect(await page.locator(".audit-filed").first().textContent()).toBe("637,959 M$");
  const claims = page.locator(".claims li");
  expect(await claims.count()).toBeGreaterThan(0);
  // Every status, mismatches included, has its numbers beside it.
  for (let i = 0; i < (await claims.count()); i++) {
    const claim = claims.nth(i);
    expect(await claim.locator(".claim-reported").textContent()).toMatch(/^reported \S/);
    expect(await claim.locator(".claim-recomputed").textContent()).toMatch(/^recomputed \S/);
    expect(await claim.locator(".claim-filed").textContent()).toMatch(/^filed \S/);
  }
  expect(await page.locator(".message.error").count()).toBe(0);
  await screenshot(page, "audit-reference-en-500");
  // A mismatch shows its numbers too: net income 2024 through the same reference.
  await fill(page, "B3", [["=AMZN.NET_INCOME($B$1)"]]);
  await select(page, "Sheet1", 2, 1);
  await page.click("#audit-read");
  await page.getByText("Cell Sheet1!B3").waitFor();
  const mismatch = page.locator(".claims li", { has: page.locator(".status-mismatch") }).first();
  expect(await mismatch.locator(".claim-reported").textContent()).toMatch(/^reported [\d+−-]/);
  expect(await mismatch.locator(".claim-filed").textContent()).toMatch(/^filed /);
  expect(errors).toEqual([]);
});

it("resolves a sheet-qualified reference, in French", async () => {
  const { page, errors } = await openTaskpane({ host: "excel", displayLanguage: "fr-FR" });
  await fill(page, "C3", [["net_income"]]);
  await fill(page, "A1", [['=AMZN.METRIC(Sheet1!$C$3,2025,"B","filings")']]);
  await select(page, "Sheet1", 0, 0);
  await page.getByRole("tab", { name: "Audit" }).click();
  await page.click("#audit-read");
  await page.getByText("Cellule Sheet1!A1").waitFor();
  expect(await page.locator(".audit-call code").textContent()).toBe('AMZN.METRIC("net_income",2025,"B","filings")');
  expect(await page.locator(".audit-filed").first().textContent()).toMatch(/^77\s?670 M\$$/);
  expect(await page.locator(".message.error").count()).toBe(0);
  expect(errors).toEqual([]);
});

it("follows the selection while the audit tab is shown", async () => {
  const { page, errors } = await openTaskpane({ host: "excel" });
  await fill(page, "A1", [["=AMZN.AWS_REVENUE(2023)", '=AMZN.KPI("rufus_users")']]);
  await page.getByRole("tab", { name: "Audit" }).click();
  await page.waitForFunction(
    () =>
      (window as unknown as { __host: { state: { selectionHandlers: unknown[] } } }).__host.state.selectionHandlers
        .length === 1,
  );
  await select(page, "Sheet1", 0, 0);
  await page.getByText("Cell Sheet1!A1").waitFor();
  expect(await page.locator(".audit-source").first().textContent()).toContain("~91");
  await select(page, "Sheet1", 0, 1);
  await page.getByText("Cell Sheet1!B1").waitFor();
  expect(await page.locator(".audit-source").first().textContent()).toMatch(/Rufus/);
  // Another tab: selecting no longer reads the workbook.
  await page.getByRole("tab", { name: "Share" }).click();
  await resetSyncCount(page);
  await select(page, "Sheet1", 0, 0);
  await page.waitForTimeout(100);
  expect((await snapshot(page)).syncCount).toBe(0);
  expect(errors).toEqual([]);
});

it("says so when the selected cell holds no AMZN formula", async () => {
  const { page, errors } = await openTaskpane({ host: "excel", displayLanguage: "fr-FR" });
  await fill(page, "A1", [["=1+1"]]);
  await page.getByRole("tab", { name: "Audit" }).click();
  await page.click("#audit-read");
  await page.getByText("Sheet1!A1 ne contient aucune formule AMZN", { exact: false }).waitFor();
  expect(errors).toEqual([]);
});

it("inserts the reconciliation table from the gallery", async () => {
  const { page, errors } = await openTaskpane({ host: "excel" });
  await page.click("#insert-reconciliation");
  await page.getByText(/Inserted Reconciliation of the report at/).waitFor();
  const host = await snapshot(page);
  expect(host.tables.map((table) => table.name)).toEqual(["AMZN_Reconciliation"]);
  expect((await cell(page, "Sheet1", 0, 0)).formula).toMatch(/[Rr]econcil/);
  expect(errors).toEqual([]);
});
