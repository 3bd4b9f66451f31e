/**
 * The help pages under assets/help/ are generated (render-help.ts) and committed, like the metadata
 * golden file: this test regenerates them in memory and compares. After a change to the metadata,
 * the examples or core, regenerate on purpose with UPDATE_GOLDEN=1 and read the diff.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import {
  ENGLISH_BUILT,
  ENGLISH_GOLDEN,
  FRENCH_SOURCE,
  ROOT,
  englishFunctions,
  helpFileOf,
  readIfPresent,
  readMetadata,
} from "./functions-metadata";
import { FUNCTION_HELP } from "./help-examples";
import { HELP_DIR, LANGS, escapeHtml, formatNumber, formulaText, renderHelpPages } from "./render-help";

const english = englishFunctions(readMetadata(ENGLISH_GOLDEN));
const french = readMetadata(FRENCH_SOURCE).functions;
const generated = renderHelpPages({ english, french, help: FUNCTION_HELP });

function committedPages(): string[] {
  return LANGS.flatMap((lang) => {
    const dir = path.join(ROOT, HELP_DIR, lang);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => file.endsWith(".html"))
      .map((file) => `${HELP_DIR}/${lang}/${file}`);
  });
}

if (process.env.UPDATE_GOLDEN) {
  for (const file of committedPages()) if (!generated.has(file)) rmSync(path.join(ROOT, file));
  for (const [file, text] of generated) {
    mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
    writeFileSync(path.join(ROOT, file), text);
  }
}

function parseXhtml(text: string, file: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(text, "text/xml");
  if (errors.length > 0) throw new Error(`${file} is not well-formed: ${errors.join("; ")}`);
  return document;
}

function elements(document: Document): Element[] {
  return Array.from(document.getElementsByTagName("*") as unknown as ArrayLike<Element>);
}

describe("help pages (assets/help)", () => {
  it("are committed exactly as the renderer generates them (UPDATE_GOLDEN=1 rewrites them)", () => {
    expect(committedPages().sort()).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) {
      expect({ file, text: readFileSync(path.join(ROOT, file), "utf8") }).toEqual({ file, text });
    }
  });

  it("exist for every function in English and French, with an index per language", () => {
    const ids = new Set([...english, ...french].map((fn) => fn.id));
    expect(ids.size).toBe(english.length);
    for (const id of ids) {
      for (const lang of LANGS) {
        const file = `${HELP_DIR}/${lang}/${id.toLowerCase()}.html`;
        expect(generated.has(file)).toBe(true);
        expect(existsSync(path.join(ROOT, file))).toBe(true);
      }
    }
    for (const lang of LANGS) expect(existsSync(path.join(ROOT, HELP_DIR, lang, "index.html"))).toBe(true);
  });

  it("are where every helpUrl of both metadata files points", () => {
    const sources = [readMetadata(ENGLISH_GOLDEN), readIfPresent(ENGLISH_BUILT), readMetadata(FRENCH_SOURCE)];
    const helpUrls = sources.flatMap((file) => file?.functions.map((fn) => fn.helpUrl ?? "") ?? []);
    expect(helpUrls.length).toBeGreaterThanOrEqual(2 * readMetadata(ENGLISH_GOLDEN).functions.length);
    for (const url of helpUrls) expect(existsSync(path.join(ROOT, helpFileOf(url)))).toBe(true);
    for (const fn of french) expect(fn.helpUrl).toMatch(/\/assets\/help\/fr\/[a-z_]+\.html$/);
    for (const fn of english) expect(fn.helpUrl).toMatch(/\/assets\/help\/en\/[a-z_]+\.html$/);
  });

  it("are well-formed XHTML that runs under default-src 'self': no script, no inline style", () => {
    for (const [file, text] of generated) {
      const document = parseXhtml(text, file);
      const root = document.documentElement;
      expect(root?.tagName).toBe("html");
      expect(root?.getAttribute("lang")).toBe(file.split("/")[2]);
      expect(text.startsWith("<!DOCTYPE html>\n")).toBe(true);
      for (const element of elements(document)) {
        expect(["script", "style", "iframe", "object", "embed", "form"]).not.toContain(element.tagName);
        for (const attribute of Array.from(element.attributes as unknown as ArrayLike<{ name: string }>)) {
          expect(attribute.name).not.toBe("style");
          expect(attribute.name).not.toMatch(/^on/i);
        }
      }
      expect(text).toContain(`content="default-src 'self'"`);
      expect(text).not.toMatch(/javascript:/i);
    }
  });

  it("link only to files that exist beside them (relative links, no other site)", () => {
    for (const [file, text] of generated) {
      const document = parseXhtml(text, file);
      const links = elements(document)
        .map((element) => element.getAttribute("href") ?? element.getAttribute("src"))
        .filter((href): href is string => href !== null);
      expect(links.length).toBeGreaterThan(1);
      for (const href of links) {
        expect(href).not.toMatch(/^[a-z]+:|^\/\//i);
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), href));
        expect(target.startsWith(`${HELP_DIR}/`)).toBe(true);
        expect(generated.has(target) || existsSync(path.join(ROOT, target))).toBe(true);
      }
    }
  });

  it("share one stylesheet that loads nothing else", () => {
    const css = readFileSync(path.join(ROOT, HELP_DIR, "help.css"), "utf8");
    expect(css).not.toMatch(/@import|url\(|expression\(/i);
    expect(css.length).toBeGreaterThan(100);
  });

  it("give each function its names, both signatures, a link home and to the other language", () => {
    for (const lang of LANGS) {
      const functions = lang === "en" ? english : french;
      const counterparts = new Map((lang === "en" ? french : english).map((fn) => [fn.id, fn]));
      for (const fn of functions) {
        const page = generated.get(`${HELP_DIR}/${lang}/${fn.id.toLowerCase()}.html`) ?? "";
        expect(page).toContain(`<h1><code>AMZN.${fn.name}</code></h1>`);
        expect(page).toContain(`AMZN.${counterparts.get(fn.id)?.name ?? "?"}`);
        expect(page).toContain('href="index.html"');
        expect(page).toContain(`href="../${lang === "en" ? "fr" : "en"}/${fn.id.toLowerCase()}.html"`);
        for (const parameter of fn.parameters) expect(page).toContain(`<code>${parameter.name}</code>`);
        expect(page).toContain('<div class="example">');
        expect(page).toMatch(lang === "en" ? /#VALUE!|#N\/A/ : /#VALEUR!|#N\/A/);
        // Only the two codes whose message Excel shows.
        expect(page).not.toMatch(/#NUM!|#NOMBRE!/);
      }
      const index = generated.get(`${HELP_DIR}/${lang}/index.html`) ?? "";
      for (const fn of functions) expect(index).toContain(`href="${fn.id.toLowerCase()}.html"`);
    }
  });

  it("show example results computed by core, in each language's number format", () => {
    const revenue = generated.get(`${HELP_DIR}/en/revenue.html`) ?? "";
    expect(revenue).toContain("<code>=AMZN.REVENUE(2024)</code>");
    expect(revenue).toContain("Returns <samp>638</samp>");
    const growth = generated.get(`${HELP_DIR}/en/growth.html`) ?? "";
    expect(growth).toContain("<code>=AMZN.GROWTH(&quot;net_income&quot;,2023,2025,&quot;cagr&quot;)</code>");
    expect(growth).toContain("Returns <samp>0.609348</samp> (60.9%)");
    const croissance = generated.get(`${HELP_DIR}/fr/growth.html`) ?? "";
    expect(croissance).toContain("=AMZN.TAUX_CROISSANCE(&quot;résultat net&quot;;2023;2025;&quot;tcam&quot;)");
    expect(croissance).toContain("Renvoie <samp>0,609348</samp> (60,9 %)");
    const series = generated.get(`${HELP_DIR}/en/series.html`) ?? "";
    expect(series).toContain(
      '<td>Total revenue [the filings: 2022]</td><td class="num">513.983</td><td class="num">575</td><td class="num">638</td>',
    );
    const scenario = generated.get(`${HELP_DIR}/fr/capex_scenario.html`) ?? "";
    expect(scenario).toContain("les 4 premières");
    expect(scenario).toContain("vouliez-vous dire 10 % ?");
  });

  it("escape every text: markup in the metadata stays text", () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
    );
    const hostile = english.map((fn) =>
      fn.id === "KPI" ? { ...fn, description: '<img src="x" onerror="alert(1)"/> & more' } : fn,
    );
    const pages = renderHelpPages({ english: hostile, french, help: FUNCTION_HELP });
    const kpi = pages.get(`${HELP_DIR}/en/kpi.html`) ?? "";
    expect(kpi).toContain("&lt;img src=&quot;x&quot; onerror=&quot;alert(1)&quot;/&gt; &amp; more");
    expect(() => parseXhtml(kpi, "kpi.html")).not.toThrow();
  });

  it("write formulas the way each language's Excel reads them", () => {
    expect(formulaText("GROWTH", ["net_income", 2023, 2025, "cagr"], "en")).toBe(
      '=AMZN.GROWTH("net_income",2023,2025,"cagr")',
    );
    expect(formulaText("SCENARIO_INVESTISSEMENT", ["central", null, 0.1, null, null], "fr")).toBe(
      '=AMZN.SCENARIO_INVESTISSEMENT("central";;0,1)',
    );
    expect(formulaText("AMORTISSEMENT", [{ ref: "B2:F2", values: [[1]] }, 5], "fr")).toBe(
      "=AMZN.AMORTISSEMENT(B2:F2;5)",
    );
    expect(formatNumber(-2.722, "fr")).toBe("-2,722");
    expect(formatNumber(0.6093476939431082, "en")).toBe("0.609348");
    expect(formatNumber(250000000, "en")).toBe("250000000");
    expect(formatNumber(0.0000910775333386, "fr")).toBe("9,10775E-05");
  });
});
