export * from "./amzn-formula";
export * from "./formula-text";
