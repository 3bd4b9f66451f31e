/**
 * Excel number formats, one meaning per name, and how a number reads through one of them (the
 * task pane's previews). Two families, kept apart on purpose: the sheets' tables use the
 * accounting style (negatives in parentheses, zero as a dash: FAST standard), while a single
 * AMZN result the formula builder writes keeps Excel's plain style (a minus sign, zero as 0), as a
 * user's own formula cell would.
 */
import type { Lang } from "../runtime";

export const FORMAT_GENERAL = "General";
/** Text: what is typed stays as typed (a date-like "2026-02-05", a table header "2024"). */
export const FORMAT_TEXT = "@";
export const FORMAT_YEAR = "0";
export const FORMAT_MULTIPLE = '0.00"×"';
/** A whole number with thousands separators: counts, and M$ / K$ / $ results of the builder. */
export const FORMAT_WHOLE = "#,##0";

/** Tables: B$ with one decimal, negatives in parentheses, zero as a dash. */
export const FORMAT_BILLIONS = '#,##0.0;(#,##0.0);"–"';
/** Tables: FORMAT_BILLIONS with the report's "~" for an approximate figure: 91 shows "~91.0". */
export const FORMAT_BILLIONS_APPROX = '"~"#,##0.0;("~"#,##0.0);"–"';
/** Tables: M$ as filed, whole, negatives in parentheses, zero as a dash. */
export const FORMAT_MILLIONS = '#,##0;(#,##0);"–"';
/** Tables: a fraction as a percentage with one decimal, negatives in parentheses, zero as a dash. */
export const FORMAT_PERCENT = '0.0%;(0.0%);"–"';
/** Tables: earnings per share in $, two decimals. */
export const FORMAT_EPS = '0.00;(0.00);"–"';

/** A single result: B$ with one decimal, Excel's plain style. */
export const FORMAT_BILLIONS_PLAIN = "#,##0.0";
/** A single result: a fraction as a percentage with one decimal, Excel's plain style. */
export const FORMAT_PERCENT_PLAIN = "0.0%";

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function renderSection(section: string, value: number, lang: Lang): string {
  const percent = section.replace(/"[^"]*"/g, "").includes("%");
  let out = "";
  let i = 0;
  while (i < section.length) {
    const ch = section.charAt(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? section.length : end);
      i = end < 0 ? section.length : end + 1;
    } else if (ch === "\\") {
      out += section.charAt(i + 1);
      i += 2;
    } else if (/[#0]/.test(ch)) {
      let end = i;
      while (end < section.length && /[#0,.]/.test(section.charAt(end))) end++;
      const pattern = section.slice(i, end);
      const dot = pattern.indexOf(".");
      const decimals = dot < 0 ? 0 : pattern.length - dot - 1;
      const formatter = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-US", {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        useGrouping: pattern.includes(","),
      });
      out += formatter.format(percent ? value * 100 : value);
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** A number as Excel shows it with one of these formats ("General" included). */
export function formatForDisplay(value: number, format: string, lang: Lang): string {
  if (format === FORMAT_GENERAL) {
    const textValue = String(Number(value.toPrecision(10)));
    return lang === "fr" ? textValue.replace(".", ",") : textValue;
  }
  const sections = splitSections(format);
  if (value < 0 && sections.length >= 2) return renderSection(sections[1] ?? "", -value, lang);
  if (value === 0 && sections.length >= 3) return renderSection(sections[2] ?? "", value, lang);
  const shown = renderSection(sections[0] ?? "", Math.abs(value), lang);
  return value < 0 ? `-${shown}` : shown;
}
