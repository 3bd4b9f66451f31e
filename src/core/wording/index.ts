export * from "./format";
export * from "./text";
export * from "./evidence";
export * from "./number-formats";
