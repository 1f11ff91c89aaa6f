import { planDeviceChanges } from "../plan-device-changes"
import { CartDevice, DeviceToWrite } from "../../types"

const existing = (id: string, over: Partial<CartDevice> = {}): CartDevice => ({
  line_item_id: `item_${id}`,
  device_number: 1,
  catalog_number: 7,
  amount: 44.17,
  monthly_rent: 44.17,
  variant_id: "variant_air",
  acquisition_mode: "LEASING",
  keyboard_layout: "FRENCH_AZERTY",
  delivery_country: "FR",
  assignee_user_id: null,
  shipping_address_id: "addr_lyon",
  lease_term_months: 36,
  ...over,
})

const requested = (over: Partial<DeviceToWrite> = {}): DeviceToWrite =>
  ({
    variant_id: "variant_air",
    acquisition_mode: "LEASING",
    keyboard_layout: "FRENCH_AZERTY",
    delivery_country: "FR",
    assignee_user_id: null,
    shipping_address_id: "addr_lyon",
    amount: 44.17,
    lease_term_months: 36,
    offer: { lease_term_months: 36 },
    ...over,
  }) as DeviceToWrite

describe("planDeviceChanges", () => {
  it("keeps identical devices and writes nothing when the request equals the cart", () => {
    expect(planDeviceChanges([existing("a"), existing("b")], [requested(), requested()])).toEqual({
      remove: [],
      add: [],
      order: [{ kept: "item_a" }, { kept: "item_b" }],
    })
  })

  it("adds and removes only the difference, keeping the requested order", () => {
    const plan = planDeviceChanges(
      [existing("a"), existing("b", { acquisition_mode: "BUY", amount: 1298.99, monthly_rent: null })],
      [requested({ keyboard_layout: "SWISS_QWERTZ", amount: 45.67 }), requested()]
    )
    expect(plan.remove.map((d) => d.line_item_id)).toEqual(["item_b"])
    expect(plan.add.map((d) => d.keyboard_layout)).toEqual(["SWISS_QWERTZ"])
    expect(plan.order).toEqual([{ added: 0 }, { kept: "item_a" }])
  })

  it("treats a new price, assignee or lease term as a different device", () => {
    const plan = planDeviceChanges(
      [existing("a"), existing("b"), existing("c")],
      [requested({ amount: 39.5 }), requested({ assignee_user_id: "user_bob" }), requested({ lease_term_months: 24 })]
    )
    expect(plan.remove).toHaveLength(3)
    expect(plan.add).toHaveLength(3)
  })

  it("writes the device's resolved term, not its offer's default", () => {
    // The offer's default moved to 24 months; a device still asking for 36 keeps its line.
    const sameTerm = planDeviceChanges(
      [existing("a")],
      [requested({ offer: { lease_term_months: 24 } as DeviceToWrite["offer"] })]
    )
    expect(sameTerm).toEqual({ remove: [], add: [], order: [{ kept: "item_a" }] })
    const bought = planDeviceChanges(
      [existing("b", { acquisition_mode: "BUY", lease_term_months: null, amount: 1298.99, monthly_rent: null })],
      [requested({ acquisition_mode: "BUY", lease_term_months: null, amount: 1298.99 })]
    )
    expect(bought.order).toEqual([{ kept: "item_b" }])
  })

  it("matches duplicates one to one and follows the requested order", () => {
    const plan = planDeviceChanges(
      [existing("a", { delivery_country: "DE" }), existing("b"), existing("c")],
      [requested(), requested({ delivery_country: "DE" })]
    )
    expect(plan.remove.map((d) => d.line_item_id)).toEqual(["item_c"])
    expect(plan.add).toEqual([])
    expect(plan.order).toEqual([{ kept: "item_b" }, { kept: "item_a" }])
  })
})
