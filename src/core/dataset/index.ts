export * from "./dataset";
export * from "./periods";
export * from "./quarters";
export * from "./units";
export * from "./bases";
export * from "./values";
export * from "./catalogue";
