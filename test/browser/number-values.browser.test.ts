/**
 * The task pane's switch for figures with their source, in the built add-in and the scripted
 * Excel host: enabled where the host reports the requirement sets (CustomFunctionsRuntime 1.4,
 * ExcelApi 1.19), disabled with the reason elsewhere; turning it off makes the registered
 * functions return plain numbers, recalculates the workbook, and lasts across a reload.
 */
import type { Page } from "playwright-core";
import { useBrowser } from "./harness";

jest.setTimeout(90_000);

const { openTaskpane } = useBrowser();

type HostWindow = {
  __host: { functions: Map<string, (...args: unknown[]) => unknown>; state: { calculations?: string[] } };
};

async function revenue2024(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as HostWindow).__host.functions.get("REVENUE")?.(2024));
}

it("is disabled, with the reason, in an Excel without ExcelApi 1.19; the functions return plain numbers", async () => {
  const { page, errors } = await openTaskpane({ host: "excel", excelApi: "1.17" });
  const box = page.locator("#number-values");
  await box.waitFor();
  expect(await box.isDisabled()).toBe(true);
  expect(await page.locator("#number-values-note").textContent()).toMatch(
    /CustomFunctionsRuntime 1\.4 and ExcelApi 1\.19/,
  );
  expect(await revenue2024(page)).toBe(638);
  expect(errors).toEqual([]);
});

it("is on where Excel supports cards; off gives plain numbers, recalculates, and persists", async () => {
  const { page, errors } = await openTaskpane({ host: "excel", excelApi: "1.19" });
  const box = page.getByLabel("Figures carry their source (data cards)");
  await box.waitFor();
  expect(await box.isChecked()).toBe(true);
  expect(await revenue2024(page)).toMatchObject({ type: "Double", basicValue: 638 });
  await box.uncheck();
  expect(await revenue2024(page)).toBe(638);
  await page.waitForFunction(() => ((window as unknown as HostWindow).__host.state.calculations ?? []).length > 0);
  expect(await page.evaluate(() => (window as unknown as HostWindow).__host.state.calculations)).toEqual(["Full"]);
  expect(await page.evaluate(() => localStorage.getItem("amzn.numberValues"))).toBe("off");
  await page.reload();
  await page.locator("#number-values").waitFor();
  expect(await page.locator("#number-values").isChecked()).toBe(false);
  expect(await revenue2024(page)).toBe(638);
  expect(await page.locator(".message.error").count()).toBe(0);
  expect(errors).toEqual([]);
});
