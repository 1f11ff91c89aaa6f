export * from "./leasing-complete-cart"
export * from "./record-leasing-order"
export * from "./types"
export * from "./finish-interrupted-checkouts"
