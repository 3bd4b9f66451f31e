export * from "./scenario";
export * from "./scenario-api";
export * from "./depreciation";
export * from "./scenario-text";
export * from "./valuation";
export * from "./sensitivity";
