/**
 * Looks like Office, at every width it is used: 320 and 500 px, English and French, Office's light
 * and dark themes and Windows' high contrast (forced-colors). On every tab: nothing wider than the
 * viewport (the document and each gallery card), no serious or critical axe violation, no console
 * error (the app runs under its own CSP: axe is served from the add-in's origin, not injected
 * around the CSP), and a screenshot kept in test-artifacts/.
 */
import { readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { OFFICE_DARK, OFFICE_LIGHT, ROOT, screenshot, useBrowser, type PageOptions } from "./harness";

jest.setTimeout(240_000);

const suite = useBrowser();

const AXE = readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: string[];
}

/** axe from the add-in's own origin (script-src 'self'), so the page keeps its CSP. */
async function axeUnderCsp(page: Page, origin: string): Promise<Violation[]> {
  await page.route(`${origin}/__axe.js`, (route) => route.fulfill({ contentType: "text/javascript", body: AXE }));
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: `${origin}/__axe.js` });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
      }));
  });
}

/** The document, each card, the tab list, and every element outside a scrolling box, measured against the viewport. */
function overflowReport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`document ${root.scrollWidth} > ${root.clientWidth}`);
    for (const card of document.querySelectorAll<HTMLElement>(".card")) {
      if (card.scrollWidth > card.clientWidth)
        problems.push(`card ${card.id} ${card.scrollWidth} > ${card.clientWidth}`);
    }
    // The tab list may scroll by design (overflow-x: auto) but must not need to: every tab in view.
    const tabs = document.querySelector<HTMLElement>("fluent-tablist.tabs");
    if (tabs && tabs.scrollWidth > tabs.clientWidth)
      problems.push(`tab list scrolls ${tabs.scrollWidth} > ${tabs.clientWidth}`);
    const viewport = root.clientWidth;
    for (const element of document.querySelectorAll<HTMLElement>("body *")) {
      if (element.closest(".scroll-box, table.preview:not(.compact)")) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > viewport + 0.5 || box.left < -0.5) {
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${element.className}`;
        problems.push(`${name} spans ${Math.round(box.left)}–${Math.round(box.right)} of ${viewport}`);
      }
    }
    return problems.slice(0, 10);
  });
}

const THEMES: readonly { readonly name: string; readonly options: Partial<PageOptions> }[] = [
  { name: "light", options: { officeTheme: OFFICE_LIGHT } },
  { name: "dark", options: { officeTheme: OFFICE_DARK } },
  { name: "contrast", options: { officeTheme: OFFICE_DARK, forcedColors: true } },
];

for (const theme of THEMES) {
  describe(`${theme.name} theme`, () => {
    for (const width of [320, 500]) {
      for (const language of ["en-US", "fr-FR"]) {
        it(`every tab at ${width} px in ${language}: fits, passes axe, no console error`, async () => {
          const { page, errors } = await suite.openTaskpane({
            host: "excel",
            width,
            displayLanguage: language,
            ...theme.options,
          });
          const tabs = page.getByRole("tab");
          await tabs.first().waitFor();
          // In forced colours the tokens follow the system palette (Chromium's emulation: light).
          expect(
            await page.evaluate(() => ({
              theme: document.documentElement.dataset.theme,
              forced: document.documentElement.dataset.forcedColors,
            })),
          ).toEqual(
            theme.name === "contrast" ? { theme: "light", forced: "true" } : { theme: theme.name, forced: "false" },
          );
          const count = await tabs.count();
          expect(count).toBeGreaterThanOrEqual(5);
          // One row of tabs: every tab's top edge is the first tab's.
          const tops = await tabs.evaluateAll((elements) => elements.map((tab) => tab.getBoundingClientRect().top));
          expect(new Set(tops).size).toBe(1);
          for (let index = 0; index < count; index++) {
            const tab = tabs.nth(index);
            await tab.click();
            expect(await tab.getAttribute("aria-selected")).toBe("true");
            const id = ((await tab.getAttribute("id")) ?? `tab-${index}`).replace("tab-", "");
            await page.locator(`#panel-${id}`).waitFor();
            await screenshot(page, `theme/${theme.name}-${id}-${language.slice(0, 2)}-${width}`);
            expect({ tab: id, overflow: await overflowReport(page) }).toEqual({ tab: id, overflow: [] });
            expect({ tab: id, violations: await axeUnderCsp(page, suite.server.origin) }).toEqual({
              tab: id,
              violations: [],
            });
          }
          expect(errors).toEqual([]);
          await page.context().close();
        });
      }
    }

    it("paints the bridge thumbnail's increases, decreases and totals in three colours", async () => {
      const { page, errors } = await suite.openTaskpane({ host: "excel", width: 320, ...theme.options });
      const thumbnail = page.locator("#gallery-card-net_income_bridge svg.thumbnail");
      await thumbnail.waitFor();
      const fills = await thumbnail.evaluate((svg) =>
        Object.fromEntries(
          ["waterfall-up", "waterfall-down", "waterfall-total"].map((kind) => {
            const part = svg.querySelector(`.${kind}`);
            return [kind, part === null ? "absent" : getComputedStyle(part).fill];
          }),
        ),
      );
      expect(Object.values(fills)).not.toContain("absent");
      expect(new Set(Object.values(fills)).size).toBe(3);
      // SVG's default fill, black, means a part no rule colours.
      if (theme.name !== "contrast") expect(Object.values(fills)).not.toContain("rgb(0, 0, 0)");
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
}

describe("gallery cards", () => {
  it("show a chart thumbnail on each card with a chart, and the full table on demand inside the card", async () => {
    const { page, errors } = await suite.openTaskpane({ host: "excel", width: 320 });
    await page.locator(".card").first().waitFor();
    const cards = await page.locator(".card").evaluateAll((elements) =>
      elements.map((card) => {
        const svg = card.querySelector("svg.thumbnail");
        return {
          id: card.id,
          thumbnail: svg
            ? {
                role: svg.getAttribute("role"),
                name: svg.querySelector("title")?.textContent ?? "",
                shapes: svg.querySelectorAll("rect, polyline, circle").length,
              }
            : null,
          insert: card.querySelector("[id^='insert-']")?.textContent,
        };
      }),
    );
    expect(cards.map((card) => card.id)).toEqual([
      "gallery-card-results",
      "gallery-card-aws",
      "gallery-card-kpis",
      "gallery-card-reconciliation",
      "gallery-card-net_income_bridge",
      "gallery-card-segments",
      "gallery-card-lines",
      "gallery-card-quarters",
      "gallery-card-since_report",
    ]);
    // The four tables with a chart carry its thumbnail (the bridge's is its waterfall); the others have none.
    expect(cards.map((card) => card.thumbnail?.name ?? null)).toEqual([
      "Chart: Revenue and net income by year (B$)",
      "Chart: AWS revenue (B$) and growth (%)",
      null,
      null,
      "Chart: What drove net income, 2023 → 2025",
      null,
      null,
      "Chart: AWS net sales and operating income by quarter (M$)",
      null,
    ]);
    for (const card of cards.filter((entry) => entry.thumbnail !== null)) {
      expect(card.thumbnail?.role).toBe("img");
      expect(card.thumbnail?.shapes).toBeGreaterThanOrEqual(3);
    }
    expect(cards.every((card) => card.insert === "Insert")).toBe(true);

    // The compact preview shows the key column and one value; the reconciliation's status is in view.
    const compactHeader = await page.locator("#gallery-card-reconciliation table.compact thead th").allTextContents();
    expect(compactHeader).toEqual(["Claim", "Status"]);

    // Details on demand: the full 14-column table opens inside the card and scrolls in its own box.
    await page.locator("#gallery-card-reconciliation summary").click();
    await page.locator("#gallery-card-reconciliation .scroll-box table").waitFor();
    const box = await page.locator("#gallery-card-reconciliation .scroll-box").evaluate((element) => ({
      scrolls: element.scrollWidth > element.clientWidth,
      columns: element.querySelectorAll("thead th").length,
    }));
    expect(box).toEqual({ scrolls: true, columns: 14 });
    expect(await overflowReport(page)).toEqual([]);
    await screenshot(page, "theme/gallery-reconciliation-full-table-en-320");
    expect(errors).toEqual([]);
  });
});
