export * from "./company"
export * from "./leasing-cart"
export * from "./lease-contracts"
