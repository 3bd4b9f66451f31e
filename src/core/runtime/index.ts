export * from "./errors";
export * from "./guard";
export * from "./memo";
export * from "./lazy";
