export * from "./args";
export * from "./names";
export * from "./bounded";
export * from "./typed-number";
