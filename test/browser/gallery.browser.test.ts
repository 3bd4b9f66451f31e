/**
 * The gallery in headless Chromium against the scripted Excel host: insert a table and its chart,
 * refuse to overwrite, insert on a new sheet instead, live formulas, the language switch, and
 * screenshots of every screen at 320 and 500 px.
 */
import { choose, screenshot, useBrowser } from "./harness";
import { cell, fill, resetSyncCount, select, snapshot } from "./host";

jest.setTimeout(90_000);

const { openTaskpane } = useBrowser();

describe("gallery", () => {
  it("inserts the results table with its chart at the selection in at most 3 syncs", async () => {
    const { page, errors, foreignRequests } = await openTaskpane({ host: "excel" });
    await select(page, "Sheet1", 1, 1);
    await resetSyncCount(page);
    await page.click("#insert-results");
    await page.getByText(/Inserted .* at Sheet1!B2:/).waitFor();

    const host = await snapshot(page);
    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(host.tables.map((table) => table.name)).toEqual(["AMZN_Results_en"]);
    expect(host.charts).toHaveLength(1);
    expect(host.charts[0]?.series.map((series) => series.name)).toHaveLength(2);
    // Title row at B2, the table's header row at B3, revenue 2024 one row below.
    const revenue2024 = await cell(page, "Sheet1", 3, 3);
    expect(revenue2024.formula).toBe(638);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it("never overwrites without consent, and offers a new sheet", async () => {
    const { page, errors } = await openTaskpane({ host: "excel" });
    await fill(page, "A2", [["keep me"]]);
    await select(page, "Sheet1", 0, 0);
    await page.click("#insert-aws");
    await page.getByRole("alertdialog").waitFor();
    expect((await cell(page, "Sheet1", 1, 0)).formula).toBe("keep me");
    await page.getByRole("button", { name: "Insert on a new sheet" }).click();
    await page.getByText(/Inserted .* at 'AMZN AWS'!A1:/).waitFor();
    expect((await cell(page, "Sheet1", 1, 0)).formula).toBe("keep me");
    expect((await snapshot(page)).activeSheet).toBe("AMZN AWS");
    expect(errors).toEqual([]);
  });

  it("inserts live AMZN formulas that the registered functions evaluate", async () => {
    const { page, errors } = await openTaskpane({ host: "excel" });
    await page.check("#values-live");
    await page.click("#insert-results");
    await page.getByText(/Inserted/).waitFor();
    const revenue2024 = await cell(page, "Sheet1", 2, 2);
    expect(revenue2024).toMatchObject({ formula: "=AMZN.REVENUE(2024)", value: 638 });
    expect(errors).toEqual([]);
  });

  it("switches the whole pane to French and inserts French labels", async () => {
    const { page, errors } = await openTaskpane({ host: "excel" });
    await choose(page, "language", "fr");
    await page.getByRole("tab", { name: "Galerie" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.click("#insert-results");
    await page.getByText(/inséré en/).waitFor();
    expect((await cell(page, "Sheet1", 2, 0)).formula).toMatch(/^Chiffre d'affaires total/);
    expect(errors).toEqual([]);
  });

  it("inserts the net income bridge for the years chosen on its card", async () => {
    const { page, errors } = await openTaskpane({ host: "excel" });
    const card = page.locator("#gallery-card-net_income_bridge");
    await choose(page, "from-year-net_income_bridge", "2022");
    await choose(page, "to-year-net_income_bridge", "2024");
    // The card's preview follows the pair before anything is inserted.
    await card.getByRole("rowheader", { name: "Net income 2022" }).waitFor();
    await expect(card.getByRole("img", { name: /^Chart: What drove net income, 2022 → 2024/ }).count()).resolves.toBe(
      1,
    );
    await page.check("#where-newSheet");
    await page.click("#insert-net_income_bridge");
    await page.getByText(/Inserted What drove net income/).waitFor();
    expect((await cell(page, "Net income bridge", 0, 0)).formula).toBe("What drove net income, 2022 → 2024");
    expect(errors).toEqual([]);
  });

  for (const language of ["en", "fr"] as const) {
    it(`refuses a from year not before the to year, in ${language}, and inserts nothing`, async () => {
      const { page, errors } = await openTaskpane({ host: "excel" });
      if (language === "fr") await choose(page, "language", "fr");
      await choose(page, "from-year-net_income_bridge", "2025");
      const error = page.locator("#years-net_income_bridge-error");
      await expect(error.textContent()).resolves.toContain(
        language === "en" ? "from (2025) must be before to (2025)" : "le début (2025) doit précéder la fin (2025)",
      );
      const control = page.locator('#to-year-net_income_bridge > [slot="control"]');
      expect(await control.getAttribute("aria-invalid")).toBe("true");
      expect(await control.getAttribute("aria-describedby")).toBe("years-net_income_bridge-error");
      expect(await page.locator("#insert-net_income_bridge").getAttribute("aria-disabled")).toBe("true");
      await page.click("#insert-net_income_bridge", { force: true });
      expect((await snapshot(page)).tables).toEqual([]);
      // A good pair again clears the error and the button, and brings the preview back for that pair.
      await choose(page, "from-year-net_income_bridge", "2022");
      await expect(error.textContent()).resolves.toBe("");
      expect(await control.getAttribute("aria-invalid")).toBeNull();
      expect(await page.locator("#insert-net_income_bridge").getAttribute("aria-disabled")).not.toBe("true");
      await page
        .locator("#gallery-card-net_income_bridge")
        .getByRole("rowheader", { name: language === "en" ? "Net income 2022" : "Résultat net 2022" })
        .waitFor();
      expect(errors).toEqual([]);
    });
  }

  it("keeps the years across a language switch, a bad pair's message in the new language", async () => {
    const { page, errors } = await openTaskpane({ host: "excel" });
    await choose(page, "from-year-net_income_bridge", "2025");
    await choose(page, "language", "fr");
    await page.getByRole("tab", { name: "Galerie" }).waitFor();
    await page.getByText("le début (2025) doit précéder la fin (2025)").waitFor();
    expect(await page.locator("#insert-net_income_bridge").getAttribute("aria-disabled")).toBe("true");
    expect(errors).toEqual([]);
  });

  it("follows Office's display language", async () => {
    const { page, errors } = await openTaskpane({ host: "excel", displayLanguage: "fr-FR" });
    await page.getByRole("tab", { name: "Formules" }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe("compact previews at 320 px", () => {
  it("give each row's label at least half the table: a long status wraps, a number does not", async () => {
    const { page, errors } = await openTaskpane({ host: "excel", width: 320, displayLanguage: "fr-FR" });
    await page.getByRole("tab", { name: "Galerie" }).waitFor();
    await page.locator("table.preview.compact").first().waitFor();
    const tables = await page.locator("table.preview.compact").evaluateAll((found) =>
      found.map((table) => {
        const label = table.querySelector("tbody th");
        // A number wraps when its text lays out on more than one line box.
        const lines = (cell: Element): number => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        };
        const wrappedNumbers = [...table.querySelectorAll("tbody td")]
          .filter((cell) => /^[\d\s\u202f,.%()−–~-]+$/.test(cell.textContent ?? "") && lines(cell) > 1)
          .map((cell) => cell.textContent);
        return {
          label: table.getAttribute("aria-label"),
          share: (label?.getBoundingClientRect().width ?? 0) / table.getBoundingClientRect().width,
          wrappedNumbers,
        };
      }),
    );
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      expect({ table: table.label, labelAtLeastHalf: table.share >= 0.5 }).toEqual({
        table: table.label,
        labelAtLeastHalf: true,
      });
      expect(table.wrappedNumbers).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});

describe("screens", () => {
  for (const width of [320, 500]) {
    for (const language of ["en-US", "fr-FR"]) {
      it(`renders every tab at ${width} px in ${language} without horizontal overflow`, async () => {
        const { page, errors } = await openTaskpane({
          host: "excel",
          width,
          displayLanguage: language,
        });
        const tabs = page.getByRole("tab");
        await tabs.first().waitFor();
        const count = await tabs.count();
        for (let index = 0; index < count; index++) {
          const tab = tabs.nth(index);
          await tab.click();
          const id = ((await tab.getAttribute("id")) ?? `tab-${index}`).replace("tab-", "");
          await screenshot(page, `${id}-${language.slice(0, 2)}-${width}`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
        }
        expect(errors).toEqual([]);
      });
    }
  }
});
