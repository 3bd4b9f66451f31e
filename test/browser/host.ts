/** Typed access to the scripted Excel host's state from Playwright. */
import type { Page } from "playwright-core";
import type { FakeCell, FakeChart, FakeScalar, FakeTable } from "../fakes/fake-excel";
import type { OfficeThemeColors } from "./harness";

export interface HostSnapshot {
  readonly syncCount: number;
  readonly activeSheet: string;
  readonly sheets: readonly string[];
  readonly tables: readonly FakeTable[];
  readonly charts: readonly FakeChart[];
}

interface HostWindow {
  __host: {
    state: {
      syncCount: number;
      syncLatencyMs?: number;
      activeSheet: string;
      sheets: { name: string }[];
      tables: FakeTable[];
      charts: FakeChart[];
    };
    functions: Map<string, unknown>;
    cell(sheet: string, row: number, col: number): FakeCell;
    fillCells(address: string, grid: FakeScalar[][]): void;
    select(sheet: string, row: number, col: number, rows?: number, cols?: number): void;
    setOfficeTheme(theme: OfficeThemeColors): void;
  };
}

export function snapshot(page: Page): Promise<HostSnapshot> {
  return page.evaluate(() => {
    const { state } = (window as unknown as HostWindow).__host;
    return {
      syncCount: state.syncCount,
      activeSheet: state.activeSheet,
      sheets: state.sheets.map((sheet) => sheet.name),
      tables: state.tables,
      charts: state.charts,
    };
  });
}

export function cell(page: Page, sheet: string, row: number, col: number): Promise<FakeCell> {
  return page.evaluate(
    ([s, r, c]) => (window as unknown as HostWindow).__host.cell(s as string, r as number, c as number),
    [sheet, row, col] as const,
  );
}

export function fill(page: Page, address: string, grid: FakeScalar[][]): Promise<void> {
  return page.evaluate(
    ([a, g]) => (window as unknown as HostWindow).__host.fillCells(a as string, g as FakeScalar[][]),
    [address, grid] as const,
  );
}

export function select(page: Page, sheet: string, row: number, col: number, rows = 1, cols = 1): Promise<void> {
  return page.evaluate(
    ([s, r, c, h, w]) =>
      (window as unknown as HostWindow).__host.select(s as string, r as number, c as number, h as number, w as number),
    [sheet, row, col, rows, cols] as const,
  );
}

export function registeredFunctions(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as HostWindow).__host.functions.keys()]);
}

export function resetSyncCount(page: Page): Promise<void> {
  return page.evaluate(() => {
    (window as unknown as HostWindow).__host.state.syncCount = 0;
  });
}

/** The user switches Office's theme while the pane is open (the host fires officeThemeChanged). */
export function setOfficeTheme(page: Page, theme: OfficeThemeColors): Promise<void> {
  return page.evaluate((next) => (window as unknown as HostWindow).__host.setOfficeTheme(next), theme);
}

/** Makes every sync of the scripted host answer after `ms` milliseconds (0: at once again). */
export function setSyncLatency(page: Page, ms: number): Promise<void> {
  return page.evaluate((latency) => {
    (window as unknown as HostWindow).__host.state.syncLatencyMs = latency;
  }, ms);
}
