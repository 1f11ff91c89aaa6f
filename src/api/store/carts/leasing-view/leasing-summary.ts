import { deviceAmountOf, leasingDataOf } from "../../../../modules/leasing/utils/leasing-line-data"
import { money } from "../../../../utils/money"

type Item = { unit_price: unknown; quantity: unknown; metadata?: Record<string, unknown> | null }

/**
 * The cart-level leasing figures: devices, monthly rent (decimal string) and one-time total
 * (the bought devices' prices before taxes and shipping), from the device lines only (a plain
 * line is never counted as a device).
 */
export function leasingSummary(cart: {
  currency_code?: string
  items?: (Item | null)[]
  leasing_cart?: { order_number: number | string } | null
}) {
  const devices = (cart.items ?? []).flatMap((i) => {
    const leasing = i && leasingDataOf(i)
    return leasing ? [{ mode: leasing.acquisition_mode, amount: deviceAmountOf(i) * Number(i.quantity ?? 1) }] : []
  })
  const total = (mode: string) => devices.filter((d) => d.mode === mode).reduce((sum, d) => sum + d.amount, 0)
  return {
    order_id: cart.leasing_cart ? Number(cart.leasing_cart.order_number) : null,
    num_devices: devices.length,
    monthly_rent: money(total("LEASING")),
    one_time_total: money(total("BUY")),
    currency: cart.currency_code?.toUpperCase() ?? null,
  }
}
