/** The embedded dataset: report and filings figures with provenance. Data and types only. */
export * from "./types";
export * from "./sources";
export * from "./metrics";
export * from "./report";
export * from "./filings";
export * from "./events";
