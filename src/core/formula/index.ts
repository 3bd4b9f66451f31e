export * from "./amzn-formula";
export * from "./formula-text";
export * from "./amzn-calls";
