/**
 * The help pages (assets/help) open in Excel's task pane, 320 to 500 px wide: nothing wider than
 * the page (spill tables scroll in their own box), and the syntax line wraps.
 */
import { readdirSync } from "fs";
import path from "path";
import { DIST, screenshot, useBrowser } from "./harness";

jest.setTimeout(180_000);

const suite = useBrowser();

for (const lang of ["en", "fr"]) {
  for (const width of [320, 500]) {
    it(`every ${lang} help page fits ${width} px and wraps its syntax line`, async () => {
      const pages = readdirSync(path.join(DIST, "assets/help", lang)).filter((file) => file.endsWith(".html"));
      expect(pages.length).toBeGreaterThanOrEqual(10);
      const { page, errors } = await suite.openTaskpane({ host: "none", width });
      for (const file of pages) {
        await page.goto(`${suite.server.origin}/assets/help/${lang}/${file}`);
        const report = await page.evaluate(() => {
          const root = document.documentElement;
          const problems: string[] = [];
          if (root.scrollWidth > root.clientWidth) problems.push(`document ${root.scrollWidth} > ${root.clientWidth}`);
          for (const pre of document.querySelectorAll("pre")) {
            if (pre.scrollWidth > pre.clientWidth) problems.push(`pre ${pre.scrollWidth} > ${pre.clientWidth}`);
          }
          for (const element of document.querySelectorAll<HTMLElement>("body *")) {
            if (element.closest(".spill")) continue;
            const box = element.getBoundingClientRect();
            if (box.right > root.clientWidth + 0.5)
              problems.push(`${element.tagName} ends at ${Math.round(box.right)}`);
          }
          return problems.slice(0, 5);
        });
        expect({ file, report }).toEqual({ file, report: [] });
      }
      await screenshot(page, `help/${lang}-${width}-last-page`);
      await page.goto(`${suite.server.origin}/assets/help/${lang}/capex_scenario.html`);
      await screenshot(page, `help/${lang}-${width}-capex_scenario`);
      expect(errors).toEqual([]);
    });
  }
}
