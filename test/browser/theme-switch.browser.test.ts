/**
 * Office's theme, followed live: the scripted host changes Office.context.officeTheme and fires
 * officeThemeChanged (or, for a host without the event, the pane re-reads it when it regains
 * focus); the open pane re-themes in place, without a reload, keeping what the user chose.
 */
import type { Page } from "playwright-core";
import { OFFICE_DARK, OFFICE_LIGHT, useBrowser } from "./harness";
import { setOfficeTheme } from "./host";

jest.setTimeout(90_000);

const suite = useBrowser();

interface Look {
  readonly theme: string | undefined;
  readonly body: string;
  readonly text: string;
  readonly tabText: string;
  readonly marker: unknown;
}

/** What the user sees: the page's theme, its background and text, a Fluent tab's text colour. */
function look(page: Page): Promise<Look> {
  return page.evaluate(() => {
    const tab = document.querySelector("#tab-formulas");
    return {
      theme: document.documentElement.dataset.theme,
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      tabText: tab ? getComputedStyle(tab).color : "",
      marker: (window as unknown as { __noReload?: unknown }).__noReload,
    };
  });
}

it("re-themes the open pane when Office switches to dark and back, without reloading", async () => {
  const { page, errors } = await suite.openTaskpane({ host: "excel", officeTheme: OFFICE_LIGHT });
  await page.locator("#insert-results").waitFor();
  // A choice the user made, and a marker a reload would lose.
  await page.click("#values-live");
  await page.evaluate(() => Object.assign(window, { __noReload: 42 }));
  const light = await look(page);
  expect(light).toMatchObject({ theme: "light", body: "rgb(255, 255, 255)", text: "rgb(38, 38, 38)" });

  await setOfficeTheme(page, OFFICE_DARK);
  const dark = await look(page);
  // Office's own body colours (#FFFFFF text on #262626), Fluent's dark tokens in its components.
  expect(dark).toMatchObject({ theme: "dark", body: "rgb(38, 38, 38)", text: "rgb(255, 255, 255)", marker: 42 });
  expect(dark.tabText).not.toBe(light.tabText);
  expect(await page.locator("#values-live").getAttribute("aria-checked")).toBe("true");

  await setOfficeTheme(page, OFFICE_LIGHT);
  expect(await look(page)).toEqual({ ...light, marker: 42 });
  expect(errors).toEqual([]);
});

it("keeps Fluent's own pair when Office reports colours too close to read", async () => {
  const { page, errors } = await suite.openTaskpane({ host: "excel" });
  await page.locator("#insert-results").waitFor();
  await setOfficeTheme(page, { ...OFFICE_DARK, bodyForegroundColor: "#303030" });
  const dark = await look(page);
  expect(dark.theme).toBe("dark");
  // Fluent's dark theme (#292929 / #FFFFFF), not #303030 on #262626.
  expect(dark.body).toBe("rgb(41, 41, 41)");
  expect(dark.text).toBe("rgb(255, 255, 255)");
  expect(errors).toEqual([]);
});

it("follows the theme on focus where the host refuses the theme event", async () => {
  const { page, errors } = await suite.openTaskpane({ host: "excel", themeEvent: false });
  await page.locator("#insert-results").waitFor();
  await setOfficeTheme(page, OFFICE_DARK);
  // No event reached the pane: still light until the user comes back to it.
  expect((await look(page)).theme).toBe("light");
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  expect(await look(page)).toMatchObject({ theme: "dark", body: "rgb(38, 38, 38)" });
  expect(errors).toEqual([]);
});

it("starts dark when Office is dark, and keeps the selected tab visible in high contrast", async () => {
  const { page, errors } = await suite.openTaskpane({ host: "excel", officeTheme: OFFICE_DARK, forcedColors: true });
  const selected = page.locator('[role="tab"][aria-selected="true"]');
  await selected.waitFor();
  const marks = await selected.evaluate((tab) => {
    const style = getComputedStyle(tab);
    const other = tab.parentElement?.querySelector('[role="tab"][aria-selected="false"]');
    const otherStyle = other ? getComputedStyle(other) : undefined;
    return {
      border: style.borderBottomWidth,
      weight: style.fontWeight,
      otherBorder: otherStyle?.borderBottomWidth,
      otherWeight: otherStyle?.fontWeight,
    };
  });
  // More than colour tells the selected tab apart: a 3 px underline and bold text.
  expect(marks).toEqual({
    border: "3px",
    weight: "700",
    otherBorder: "0px",
    otherWeight: expect.not.stringMatching(/^700$/),
  });
  expect(errors).toEqual([]);
});

it("moves between tabs with the arrow keys, Home and End", async () => {
  const { page, errors } = await suite.openTaskpane({ host: "excel" });
  const tabs = page.getByRole("tab");
  await tabs.first().focus();
  await page.keyboard.press("End");
  const last = (await tabs.count()) - 1;
  expect(await tabs.nth(last).getAttribute("aria-selected")).toBe("true");
  await page.locator(`#panel-${((await tabs.nth(last).getAttribute("id")) ?? "").replace("tab-", "")}`).waitFor();
  await page.keyboard.press("Home");
  expect(await tabs.first().getAttribute("aria-selected")).toBe("true");
  await page.keyboard.press("ArrowRight");
  expect(await tabs.nth(1).getAttribute("aria-selected")).toBe("true");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(await tabs.nth(1).getAttribute("id"));
  expect(errors).toEqual([]);
});
