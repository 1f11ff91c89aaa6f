export * from "./company"
export * from "./leasing"
