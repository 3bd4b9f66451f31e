/**
 * The built task pane in headless Chromium: outside Office it explains itself; inside a scripted
 * Excel host it inserts AMZN.REVENUE through the formula builder. No console error either way, with
 * office.js from either of Microsoft's CDNs.
 */
import { existsSync } from "fs";
import { OFFICE_JS_CDNS } from "../../scripts/office-js-cdn";
import { type OfficeJsCdn, choose, routedPage, screenshot, useBrowser } from "./harness";

jest.setTimeout(60_000);

const suite = useBrowser();
const { openTaskpane } = suite;

// office.js from either of its CDNs (Microsoft's current one, which the built page names, and the
// former one, still served during the changeover): the page's CSP must let both through.
const CDNS: readonly [OfficeJsCdn, string][] = [
  ["current", OFFICE_JS_CDNS[0] ?? ""],
  ["former", OFFICE_JS_CDNS[1] ?? ""],
];

describe.each(CDNS)("task pane outside Office, office.js from the %s CDN", (officeJs, folder) => {
  it("says to open it in Excel, without crashing or console errors", async () => {
    const { page, errors, foreignRequests, officeRequests } = await openTaskpane({ host: "none", officeJs });
    await page.getByRole("heading", { name: "Open this page in Excel" }).waitFor();
    expect(await page.locator("#app").textContent()).toContain("sideload manifest.xml");
    if (officeJs === "current") expect(existsSync(await screenshot(page, "outside-office"))).toBe(true);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(officeRequests[0]).toBe(`${folder}office.js`);
    for (const url of officeRequests) expect(url.startsWith(folder)).toBe(true);
    // office.js ran (a blocked script would leave no Office global).
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("object");
  });
});

describe.each(CDNS)("task pane in a scripted Excel host, office.js from the %s CDN", (officeJs, folder) => {
  it("registers REVENUE and inserts it from the formula builder", async () => {
    const { browser, server } = suite;
    const { page, errors, officeRequests } = await routedPage(browser, server, { host: "excel", officeJs });
    // Core is preloaded by the page and run at the first call: one request, never two.
    const coreRequests: string[] = [];
    page.on("request", (request) => {
      if (/\/core\.[0-9a-f]{8}\.js$/.test(request.url())) coreRequests.push(request.url());
    });
    await page.goto(`${server.origin}/taskpane.html`);
    expect(officeRequests).toEqual([`${folder}office.js`]);
    await page.getByRole("tab", { name: "Formulas" }).click();
    expect(
      await page.evaluate(() => [
        ...(window as unknown as { __host: { functions: Map<string, unknown> } }).__host.functions.keys(),
      ]),
    ).toContain("REVENUE");

    await choose(page, "arg-period", "2024");
    await expect(page.locator("#formula-value").textContent()).resolves.toBe("638.0");
    expect(await page.locator("#formula-text").textContent()).toBe("=AMZN.REVENUE(2024)");
    await page.click("#insert-formula");
    await page.getByText("Inserted =AMZN.REVENUE(2024) in Sheet1!A1, formatted #,##0.0.").waitFor();

    const cell = await page.evaluate(() =>
      (window as unknown as { __host: { cell(s: string, r: number, c: number): unknown } }).__host.cell("Sheet1", 0, 0),
    );
    expect(cell).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
    expect(coreRequests).toHaveLength(1);
    if (officeJs === "current") await screenshot(page, "formulas-excel");
    expect(errors).toEqual([]);
  });
});

describe("task pane in a scripted Excel host", () => {
  it("says so when Excel lacks the API set the add-in needs", async () => {
    const { page, errors } = await openTaskpane({ host: "excel", excelApi: "1.7" });
    await page.getByRole("heading", { name: "This version of Excel is too old" }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe("task pane whose app chunk does not arrive", () => {
  it("says so instead of staying on Loading…", async () => {
    const { browser, server } = suite;
    const { page } = await routedPage(browser, server, { host: "excel" });
    await page.route(/\/app\.[0-9a-f]{8}\.js$/, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "The add-in could not finish loading" }).waitFor();
    expect(await page.locator("#loading").count()).toBe(0);
  });
});
