export * from "./mark-contract-delivered"
export * from "./steps/load-pending-lease-contract"
export * from "./steps/update-lease-contract-dates"
export * from "./utils/add-calendar-months"
