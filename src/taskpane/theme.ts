/**
 * Office's theme on Fluent's tokens: light or dark from `Office.context.officeTheme`, Office's own
 * body colours where they stay legible, and high contrast left to the system (`forced-colors`,
 * handled in taskpane.css and by Fluent's components).
 *
 * Following changes: `Office.EventType.OfficeThemeChanged` ("officeThemeChanged") is documented for
 * Outlook only (Mailbox requirement set 1.14, on `Office.context.mailbox.addHandlerAsync`). For
 * Excel office.js lists the same event among its internal event types on `Office.context.document`;
 * the pane asks for it there and, where the host refuses (the callback reports a failure), reads
 * `Office.context.officeTheme` again whenever the pane becomes visible or gains focus (a property
 * read, no round trip to Excel), which is when a user who changed Office's theme comes back to it.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/tokens";
// From the package index (its only side effects are the components' define modules, not imported here).
import { setTheme } from "@fluentui/web-components";

/** The part of `Office.OfficeTheme` the pane reads; `isDarkTheme` is missing in older hosts. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
  readonly isDarkTheme?: boolean;
}

export type ThemeMode = "light" | "dark";

const HEX = /^#?([0-9a-f]{6})$/i;

function channels(hex: string): [number, number, number] | undefined {
  const match = HEX.exec(hex.trim());
  if (!match?.[1]) return undefined;
  const value = parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** WCAG 2 relative luminance of a "#RRGGBB" colour; undefined for anything else. */
export function luminance(hex: string): number | undefined {
  const rgb = channels(hex);
  if (!rgb) return undefined;
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number | undefined {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Office says whether its theme is dark (isDarkTheme); older hosts only give colours. */
export function themeMode(theme: OfficeThemeColors | undefined, systemPrefersDark = false): ThemeMode {
  if (!theme) return systemPrefersDark ? "dark" : "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const background = luminance(theme.bodyBackgroundColor);
  if (background === undefined) return systemPrefersDark ? "dark" : "light";
  return background < 0.2 ? "dark" : "light";
}

function normalized(hex: string): string {
  const trimmed = hex.trim();
  return trimmed.startsWith("#") ? trimmed : `#${trimmed}`;
}

/**
 * Fluent's web theme for the mode, with Office's body colours as the pane's background and text
 * when they reach WCAG AA (4.5:1) together: a host reporting an odd pair never makes text illegible.
 */
export function fluentThemeFor(theme: OfficeThemeColors | undefined, systemPrefersDark = false): Theme {
  const mode = themeMode(theme, systemPrefersDark);
  const base = mode === "dark" ? webDarkTheme : webLightTheme;
  if (!theme) return base;
  const ratio = contrastRatio(theme.bodyBackgroundColor, theme.bodyForegroundColor);
  const backgroundMode = themeMode({ ...theme, isDarkTheme: undefined });
  if (ratio === undefined || ratio < 4.5 || backgroundMode !== mode) return base;
  return {
    ...base,
    colorNeutralBackground1: normalized(theme.bodyBackgroundColor),
    colorNeutralForeground1: normalized(theme.bodyForegroundColor),
  };
}

/**
 * In forced colours (Windows contrast themes) the system paints text and backgrounds; the tokens
 * then follow the system's Canvas colour (light or dark palette), not Office's, so that what the
 * system does not repaint (the chart thumbnails, shadows) and the tools reading author colours
 * agree with what the user sees.
 */
function forcedColorsMode(): ThemeMode | undefined {
  if (typeof matchMedia !== "function" || !matchMedia("(forced-colors: active)").matches) return undefined;
  const probe = document.createElement("span");
  probe.className = "canvas-probe";
  document.body.append(probe);
  const canvas = getComputedStyle(probe).backgroundColor;
  probe.remove();
  const [r = 255, g = 255, b = 255] = (canvas.match(/\d+/g) ?? []).map(Number);
  const hex = `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
  return themeMode({
    bodyBackgroundColor: hex,
    bodyForegroundColor: "#000000",
    controlBackgroundColor: hex,
    controlForegroundColor: "#000000",
  });
}

/** Applies a theme to the whole page; `data-theme` lets the pane's own CSS follow (color-scheme). */
export function applyTheme(theme: OfficeThemeColors | undefined): ThemeMode {
  const prefersDark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  const forced = forcedColorsMode();
  const mode = forced ?? themeMode(theme, prefersDark);
  const tokens = forced ? (forced === "dark" ? webDarkTheme : webLightTheme) : fluentThemeFor(theme, prefersDark);
  setTheme(tokens as unknown as Record<string, string | number>);
  document.documentElement.dataset.theme = mode;
  document.documentElement.dataset.forcedColors = String(forced !== undefined);
  return mode;
}

function currentOfficeTheme(): OfficeThemeColors | undefined {
  if (typeof Office === "undefined") return undefined;
  return (Office.context as { officeTheme?: OfficeThemeColors } | undefined)?.officeTheme ?? undefined;
}

/**
 * Themes the pane now and keeps following Office's theme. Returns how it follows changes ("event"
 * when the host accepted the theme event, "poll-on-focus" otherwise), for the tests and the About tab.
 */
export function followOfficeTheme(onChange?: (mode: ThemeMode) => void): Promise<"event" | "poll-on-focus" | "none"> {
  let last = JSON.stringify(currentOfficeTheme() ?? null);
  const reapply = (theme: OfficeThemeColors | undefined): void => {
    last = JSON.stringify(theme ?? null);
    const mode = applyTheme(theme);
    onChange?.(mode);
  };
  applyTheme(currentOfficeTheme());
  if (typeof matchMedia === "function") {
    // Turning a contrast theme on or off changes the palette without any Office event.
    matchMedia("(forced-colors: active)").addEventListener("change", () => reapply(currentOfficeTheme()));
  }
  const document = typeof Office !== "undefined" ? Office.context?.document : undefined;
  const recheck = (): void => {
    const theme = currentOfficeTheme();
    if (JSON.stringify(theme ?? null) !== last) reapply(theme);
  };
  const pollOnFocus = (): "poll-on-focus" => {
    window.addEventListener("focus", recheck);
    globalThis.document.addEventListener("visibilitychange", recheck);
    return "poll-on-focus";
  };
  if (!document || typeof document.addHandlerAsync !== "function") {
    return Promise.resolve(typeof Office === "undefined" ? "none" : pollOnFocus());
  }
  const eventType = (Office.EventType?.OfficeThemeChanged ?? "officeThemeChanged") as Office.EventType;
  return new Promise((resolve) => {
    try {
      document.addHandlerAsync(
        eventType,
        (event: { officeTheme?: OfficeThemeColors }) => reapply(event.officeTheme ?? currentOfficeTheme()),
        (result: Office.AsyncResult<void>) =>
          resolve(result.status === Office.AsyncResultStatus.Succeeded ? "event" : pollOnFocus()),
      );
    } catch {
      // Hosts that do not know the event type throw instead of reporting a failure.
      resolve(pollOnFocus());
    }
  });
}
