/**
 * What the writer needs to know about the Excel it runs in: the display language (function names
 * follow it) and which ExcelApi requirement sets it supports. Read from `Office.context`; tests
 * and the self-check pass their own.
 */
export interface HostInfo {
  /** Office.context.displayLanguage, e.g. "fr-FR". */
  readonly displayLanguage: string;
  /** Office.context.requirements.isSetSupported("ExcelApi", version). */
  supportsExcelApi(version: string): boolean;
}

interface OfficeGlobal {
  readonly context?: {
    readonly displayLanguage?: string;
    readonly requirements?: { isSetSupported(name: string, version: string): boolean };
  };
}

/** The running Office host; outside Office (or before Office.onReady) an English host with ExcelApi 1.1 only. */
export function officeHost(): HostInfo {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  return {
    displayLanguage: office?.context?.displayLanguage ?? "en-US",
    supportsExcelApi: (version) =>
      office?.context?.requirements?.isSetSupported("ExcelApi", version) ?? version === "1.1",
  };
}

/** French Excel (fr-FR, fr-CA, fr-BE, fr-CH, fr-LU …) shows the functions' French names. */
export function isFrenchExcel(host: HostInfo): boolean {
  return /^fr(-|$)/i.test(host.displayLanguage);
}
