export * from "./http"
export * from "./keyboard-layouts"
