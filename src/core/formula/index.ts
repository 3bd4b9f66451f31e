export * from "./style";
export * from "./tokens";
export * from "./amzn-formula";
export * from "./print";
