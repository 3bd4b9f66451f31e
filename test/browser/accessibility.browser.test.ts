/** axe-core on every tab in both languages: no serious or critical violation. */
import { seriousAxeViolations, useBrowser } from "./harness";

jest.setTimeout(90_000);

const { openTaskpane } = useBrowser();

for (const language of ["en-US", "fr-FR"]) {
  it(`has no serious or critical axe violation on any tab (${language})`, async () => {
    const { page, errors } = await openTaskpane({
      host: "excel",
      displayLanguage: language,
      bypassCsp: true,
    });
    const tabs = page.getByRole("tab");
    await tabs.first().waitFor();
    const count = await tabs.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let index = 0; index < count; index++) {
      await tabs.nth(index).click();
      const violations = await seriousAxeViolations(page);
      expect({ tab: await tabs.nth(index).textContent(), violations }).toEqual({
        tab: await tabs.nth(index).textContent(),
        violations: [],
      });
    }
    expect(errors).toEqual([]);
  });
}

it("is usable with the keyboard: arrow keys move between tabs", async () => {
  const { page } = await openTaskpane({ host: "excel" });
  const first = page.getByRole("tab").first();
  await first.focus();
  await page.keyboard.press("ArrowRight");
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-selected"));
  expect(focused).toBe("true");
  expect(await page.getByRole("tab").nth(1).getAttribute("aria-selected")).toBe("true");
});
