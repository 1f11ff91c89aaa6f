export * from "./company"
