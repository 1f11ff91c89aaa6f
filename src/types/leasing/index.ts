export * from "./http"
export * from "./keyboard-layouts"
export * from "./carts"
export * from "./contracts"
