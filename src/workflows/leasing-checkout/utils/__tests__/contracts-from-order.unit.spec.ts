import { contractsFromOrder } from "../contracts-from-order"

const leasing = (over: Record<string, unknown> = {}) => ({
  device_number: 7,
  catalog_number: 3,
  acquisition_mode: "LEASING",
  keyboard_layout: "FRENCH_AZERTY",
  delivery_country: "FR",
  assignee_user_id: "lcusr_bob",
  shipping_address_id: "lcadr_lyon",
  lease_term_months: 24,
  monthly_rent: 44.17,
  ...over,
})
const item = (id: string, data: Record<string, unknown> | null) => ({
  id,
  title: "MacBook Air 13",
  subtitle: "M3 16 GB",
  product_id: "prod_air",
  variant_id: "variant_air",
  metadata: data ? { leasing: data } : null,
})
const context = {
  order_id: "order_1",
  cart_id: "cart_1",
  company_id: "lcomp_acme",
  currency_code: "eur",
  signatory_user_id: "lcusr_alice",
}

describe("contractsFromOrder", () => {
  it("makes one pending contract per leased device line, none for bought devices or plain lines", () => {
    const contracts = contractsFromOrder(
      [
        item("ordli_1", leasing()),
        item("ordli_2", leasing({ acquisition_mode: "BUY", monthly_rent: null, lease_term_months: null })),
        item("ordli_3", null),
      ],
      context
    )
    expect(contracts).toEqual([
      {
        ...context,
        order_item_id: "ordli_1",
        device_number: 7,
        catalog_number: 3,
        product_id: "prod_air",
        variant_id: "variant_air",
        device_name: "MacBook Air 13 M3 16 GB",
        keyboard_layout: "FRENCH_AZERTY",
        delivery_country: "FR",
        assignee_user_id: "lcusr_bob",
        shipping_address_id: "lcadr_lyon",
        lease_term_months: 24,
        monthly_rent: 44.17,
        status: "PENDING_DELIVERY",
      },
    ])
  })
})
