import { planDeviceChanges } from "../plan-device-changes"
import { CartDevice, DeviceToWrite } from "../../types"

const existing = (id: string, rank: number, over: Partial<CartDevice> = {}): CartDevice => ({
  line_item_id: `item_${id}`,
  leasing_line_id: `line_${id}`,
  unit_price: 44.17,
  variant_id: "variant_air",
  acquisition_mode: "LEASING",
  keyboard_layout: "FRENCH_AZERTY",
  delivery_country: "FR",
  assignee_user_id: null,
  shipping_address_id: "addr_lyon",
  lease_term_months: 36,
  rank,
  ...over,
})

const requested = (rank: number, over: Partial<DeviceToWrite> = {}): DeviceToWrite =>
  ({
    variant_id: "variant_air",
    acquisition_mode: "LEASING",
    keyboard_layout: "FRENCH_AZERTY",
    delivery_country: "FR",
    assignee_user_id: null,
    shipping_address_id: "addr_lyon",
    amount: 44.17,
    offer: { lease_term_months: 36 },
    rank,
    ...over,
  }) as DeviceToWrite

describe("planDeviceChanges", () => {
  it("keeps identical devices and writes nothing when the request equals the cart", () => {
    expect(planDeviceChanges([existing("a", 0), existing("b", 1)], [requested(0), requested(1)])).toEqual({ remove: [], add: [], rerank: [] })
  })

  it("adds and removes only the difference", () => {
    const plan = planDeviceChanges(
      [existing("a", 0), existing("b", 1, { acquisition_mode: "BUY", unit_price: 1298.99 })],
      [requested(0), requested(1, { keyboard_layout: "SWISS_QWERTZ", amount: 45.67 })]
    )
    expect(plan.remove.map((d) => d.leasing_line_id)).toEqual(["line_b"])
    expect(plan.add.map((d) => d.keyboard_layout)).toEqual(["SWISS_QWERTZ"])
    expect(plan.rerank).toEqual([])
  })

  it("treats a new price, assignee or lease term as a different device", () => {
    const plan = planDeviceChanges(
      [existing("a", 0), existing("b", 1), existing("c", 2)],
      [requested(0, { amount: 39.5 }), requested(1, { assignee_user_id: "user_bob" }), requested(2, { offer: { lease_term_months: 24 } as any })]
    )
    expect(plan.remove).toHaveLength(3)
    expect(plan.add).toHaveLength(3)
  })

  it("matches duplicates one to one and re-ranks moved devices", () => {
    const plan = planDeviceChanges(
      [existing("a", 0, { delivery_country: "DE" }), existing("b", 1), existing("c", 2)],
      [requested(0), requested(1, { delivery_country: "DE" })]
    )
    expect(plan.remove.map((d) => d.leasing_line_id)).toEqual(["line_c"])
    expect(plan.add).toEqual([])
    expect(plan.rerank).toEqual([
      { leasing_line_id: "line_b", rank: 0, previous_rank: 1 },
      { leasing_line_id: "line_a", rank: 1, previous_rank: 0 },
    ])
  })
})
