import { CONSISTENCY_FIELDS } from "./check-leasing-cart-consistency"

/** The cart fields the readiness checks read (loadCheckoutCartStep reads them with the rest). */
export const READINESS_FIELDS = [
  ...CONSISTENCY_FIELDS,
  "items.requires_shipping",
  "shipping_methods.id",
  "payment_collection.payment_sessions.status",
]

/** Only the fields the checks read, from a cart read with READINESS_FIELDS (totals and all). */
export function readinessSnapshot(cart: Record<string, any>): ReadinessCart {
  const items = (cart.items ?? []) as ({ [k: string]: any } | null)[]
  const collection = cart.payment_collection
  return {
    id: cart.id,
    total: Number(cart.total),
    region: { automatic_taxes: !!cart.region?.automatic_taxes },
    shipping_address: cart.shipping_address ? { country_code: cart.shipping_address.country_code ?? null } : null,
    items: items.flatMap((i) =>
      i
        ? [
            {
              id: i.id,
              quantity: Number(i.quantity),
              metadata: i.metadata ?? null,
              requires_shipping: !!i.requires_shipping,
              tax_lines: (i.tax_lines ?? []).flatMap((t: { id: string } | null) => (t ? [{ id: t.id }] : [])),
            },
          ]
        : []
    ),
    shipping_methods: (cart.shipping_methods ?? []).flatMap((m: { id: string } | null) => (m ? [{ id: m.id }] : [])),
    payment_collection: collection
      ? {
          amount: Number(collection.amount),
          payment_sessions: (collection.payment_sessions ?? []).flatMap((p: { status: string } | null) =>
            p ? [{ status: p.status }] : []
          ),
        }
      : null,
  }
}

export type ReadinessCart = {
  id: string
  total: number
  region: { automatic_taxes: boolean }
  shipping_address: { country_code: string | null } | null
  items: {
    id: string
    quantity: number
    metadata: Record<string, unknown> | null
    requires_shipping: boolean
    tax_lines: { id: string }[]
  }[]
  shipping_methods: { id: string }[]
  payment_collection: { amount: number; payment_sessions: { status: string }[] } | null
}
