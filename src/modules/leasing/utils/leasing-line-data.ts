import { AcquisitionMode, KeyboardLayout } from "../constants"

/** The line-item metadata key under which a device's leasing data lives. */
export const LEASING_METADATA_KEY = "leasing"

/**
 * A device's leasing data, stored in its line item's `metadata.leasing`. The Cart module writes
 * it in the same INSERT as the line itself, so a device is whole or absent: no crash can leave a
 * line without its leasing data or leasing data without its line. Core copies line metadata
 * onto order items at checkout, so an order keeps it too.
 */
export type LeasingLineData = {
  /** The platform's integer device id (from a sequence). */
  device_number: number
  /** The offer's integer alias, the platform's `product_id`. */
  catalog_number: number
  acquisition_mode: AcquisitionMode
  keyboard_layout: KeyboardLayout | null
  delivery_country: string
  assignee_user_id: string | null
  shipping_address_id: string | null
  /** Lease term of a leased device; null for a bought one. */
  lease_term_months: number | null
  /**
   * Monthly rent of a leased device, in major units, excluding taxes; null for a bought one.
   * A leased line's `unit_price` is 0: rent is billed monthly over the term, never at checkout,
   * so Medusa's totals, taxes, promotions and payment collection are what is due now.
   */
  monthly_rent: number | null
  /** Upgrade: the running lease contract (its `lcon_` id) this device replaces; checkout starts its return. */
  replaces_contract_id?: string | null
}

type WithMetadata = { metadata?: Record<string, unknown> | null } | null | undefined

/** The leasing data of a line item, or null for a plain line. */
export function leasingDataOf(item: WithMetadata): LeasingLineData | null {
  const data = item?.metadata?.[LEASING_METADATA_KEY]
  return data && typeof data === "object" ? (data as LeasingLineData) : null
}

/**
 * What a device costs in its own terms: the monthly rent of a leased device, the one-time
 * price of a bought one.
 */
export function deviceAmountOf(item: WithMetadata & { unit_price?: unknown }): number {
  const leasing = leasingDataOf(item)
  return leasing?.acquisition_mode === "LEASING" ? Number(leasing.monthly_rent ?? 0) : Number(item?.unit_price ?? 0)
}

/** How a device's price is written on its line: rent into the metadata, a purchase into `unit_price`. */
export function linePriceOf(
  mode: AcquisitionMode,
  amount: number
): { unit_price: number; monthly_rent: number | null } {
  return mode === "LEASING" ? { unit_price: 0, monthly_rent: amount } : { unit_price: amount, monthly_rent: null }
}

/** Whether a line item is a leasing device. */
export function isLeasingLine(item: WithMetadata): boolean {
  return leasingDataOf(item) !== null
}

/** Orders devices by the line item ids of `leasing_cart.device_order`; unknown ids go last. */
export function byDeviceOrder<T extends { id: string }>(items: T[], order: unknown): T[] {
  const position = new Map((Array.isArray(order) ? order : []).map((id, index) => [id, index]))
  const rank = (item: T) => position.get(item.id) ?? Number.MAX_SAFE_INTEGER
  return [...items].sort((a, b) => rank(a) - rank(b))
}

type CartLine = { id: string; variant_id: string; unit_price?: unknown; metadata?: Record<string, unknown> | null }

/** A cart's devices in the caller's order: each device line's leasing data, line id, variant and price. */
export function cartDevicesOf<T extends CartLine>(
  items: (T | null | undefined)[] | null | undefined,
  deviceOrder: unknown
) {
  const lines = (items ?? []).filter((i): i is T => !!i)
  return byDeviceOrder(lines, deviceOrder).flatMap((item) => {
    const leasing = leasingDataOf(item)
    return leasing
      ? [{ ...leasing, line_item_id: item.id, variant_id: item.variant_id, amount: deviceAmountOf(item) }]
      : []
  })
}
