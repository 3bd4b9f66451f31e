export * from "./reconcile";
export * from "./reconcile-api";
