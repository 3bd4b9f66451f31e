/**
 * The Scenario tab: every field is there, with its input, the moment the panel shows (the text
 * fields' component comes from an async chunk, which the tab now waits for); the preview values
 * the plan (NPV, IRR) and the discount rate is a percent field like the others.
 */
import { useBrowser } from "./harness";

jest.setTimeout(60_000);

const { openTaskpane } = useBrowser();

describe("Scenario tab", () => {
  it("shows every field with its input as soon as the panel appears, and says how long that took", async () => {
    const { page, errors } = await openTaskpane({ host: "excel" });
    // Watch the panel's insertion: at that instant, are the fields upgraded components with inputs?
    await page.evaluate(() => {
      const record = (window as unknown as { scenarioPanel?: unknown[] }).scenarioPanel ?? [];
      (window as unknown as { scenarioPanel: unknown[] }).scenarioPanel = record;
      let clickedAt = 0;
      document.addEventListener("click", () => (clickedAt = performance.now()), { capture: true, once: true });
      new MutationObserver(() => {
        const panel = document.querySelector("#panel-scenario");
        if (!panel || record.length > 0) return;
        const fields = [...panel.querySelectorAll("fluent-text-input")];
        record.push({
          fields: fields.length,
          defined: customElements.get("fluent-text-input") !== undefined,
          withInput: fields.filter((field) => field.shadowRoot?.querySelector("input") !== null).length,
          ms: Math.round(performance.now() - clickedAt),
        });
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole("tab", { name: "Scenario" }).click();
    await page.locator("#panel-scenario #param-discountRate").waitFor();
    type Seen = { fields: number; defined: boolean; withInput: number; ms: number };
    const seen = (await page.evaluate(
      () => (window as unknown as { scenarioPanel: unknown[] }).scenarioPanel,
    )) as Seen[];
    const first = seen[0];
    // The horizon and the eight assumptions, the discount rate among them.
    expect(first).toMatchObject({ fields: 9, defined: true, withInput: 9 });
    // Reported, not asserted (no wall-clock assertions): the chunk's load before the panel shows.
    console.log(`Scenario tab: panel with its 9 fields, inputs rendered, ${first?.ms ?? NaN} ms after the click`);
    expect(errors).toEqual([]);
  });

  it("previews NPV and IRR; the discount rate is typed in percent, 9 means 9%", async () => {
    const { page, errors } = await openTaskpane({ host: "excel" });
    await page.getByRole("tab", { name: "Scenario" }).click();
    await page.locator("#npv").waitFor();
    // Base case, 5 years: NPV −422.8 B$ at 9%, no IRR (FCF never turns positive).
    expect(await page.locator("#npv").textContent()).toBe("−422.8");
    expect(await page.locator("#irr").textContent()).toBe("none (FCF never changes sign)");
    await page.fill("#param-years input", "30");
    expect(await page.locator("#npv").textContent()).toBe("43.0");
    expect(await page.locator("#irr").textContent()).toBe("9.9%");
    await page.fill("#param-discountRate input", "9");
    expect(await page.locator("#npv").textContent()).toBe("43.0");
    await page.fill("#param-discountRate input", "60");
    await page.locator("#param-discountRate-error").getByText("Discount rate (%)", { exact: false }).waitFor();
    expect(await page.locator("#build-model").isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
