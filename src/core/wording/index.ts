export * from "./format";
export * from "./text";
export * from "./evidence";
