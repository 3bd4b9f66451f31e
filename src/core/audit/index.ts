export * from "./audit";
export * from "./evaluate";
