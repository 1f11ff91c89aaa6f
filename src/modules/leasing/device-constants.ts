/** Where a device of a company's fleet comes from: ordered through checkout, or registered by the company. */
export const DEVICE_SOURCES = ["ORDER", "REGISTERED"] as const
export type DeviceSource = (typeof DEVICE_SOURCES)[number]

/** The leasing platform's device statuses. */
export const DEVICE_CLIENT_STATUSES = [
  "PENDING_VALIDATION",
  "IN_PREPARATION",
  "SHIPPED",
  "DELIVERED",
  "IN_SERVICE",
  "AVAILABLE",
  "IN_MAINTENANCE",
  "OUT_OF_SERVICE",
  "ARCHIVED",
] as const
export type DeviceClientStatus = (typeof DEVICE_CLIENT_STATUSES)[number]

/** The statuses a company sets itself (on any device once it has it); the others follow the order. */
export const DEVICE_CLIENT_SETTABLE_STATUSES = ["IN_SERVICE", "AVAILABLE", "IN_MAINTENANCE", "OUT_OF_SERVICE"] as const

/** Device categories of the platform (the catalog's categories). */
export const DEVICE_CATEGORIES = [
  "COMPUTER",
  "SMARTPHONE",
  "TABLET",
  "SCREEN",
  "KEYBOARD",
  "MOUSE",
  "HEADSET",
  "CHAIR",
  "DESK",
  "PHONEBOOTH",
  "OTHER",
] as const
