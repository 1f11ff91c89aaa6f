export * from "./company"
export * from "./leasing-cart"
export * from "./leasing-checkout"
