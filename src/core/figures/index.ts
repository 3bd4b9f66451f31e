export * from "./api";
export * from "./growth";
export * from "./series";
export * from "./tables";
export * from "./guidance";
export * from "./source";
export * from "./cards";
export * from "./bridge";
