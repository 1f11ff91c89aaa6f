/** The demo leasing business: three regions, one storefront, one admin. */
export const DEMO_REGIONS = [
  { name: "Europe (EUR)", currency_code: "eur", countries: ["fr", "de", "es", "it", "nl", "be", "pt"], tax_rate: 20 },
  { name: "Switzerland (CHF)", currency_code: "chf", countries: ["ch"], tax_rate: 8.1 },
  { name: "United States (USD)", currency_code: "usd", countries: ["us"], tax_rate: 0 },
] as const

export const DEMO_SALES_CHANNEL = "Leasing storefront"
export const DEMO_PUBLISHABLE_KEY_TITLE = "Leasing storefront key"
export const DEMO_STOCK_LOCATION = "Leasing warehouse"
export const DEMO_SHIPPING_PROFILE = "Leasing devices"

export const DEMO_ADMIN = {
  email: process.env.LEASING_DEMO_ADMIN_EMAIL || "admin@leasing.test",
  password: process.env.LEASING_DEMO_ADMIN_PASSWORD || "supersecret",
}

/** The demo's one validated order: Acme's two leased devices and one bought monitor. */
export const DEMO_ORDER = {
  email: "orders@acme-robotics.test",
  company: "acme",
  purchaser_email: "camille.martin@acme-robotics.test",
  shipping_option: "Standard delivery (EU)",
  devices: [
    {
      sku: "MBA13-M3-16-256",
      acquisition_mode: "LEASING",
      keyboard_layout: "FRENCH_AZERTY",
      delivery_country: "FR",
      assignee_email: "hugo.bernard@acme-robotics.test",
      address_label: "Lyon HQ",
    },
    {
      sku: "IP16-128",
      acquisition_mode: "LEASING",
      keyboard_layout: null,
      delivery_country: "FR",
      assignee_email: "lea.dubois@acme-robotics.test",
      address_label: "Paris office",
    },
    {
      sku: "U2724D",
      acquisition_mode: "BUY",
      keyboard_layout: null,
      delivery_country: "FR",
      assignee_email: "hugo.bernard@acme-robotics.test",
      address_label: "Lyon HQ",
    },
  ],
} as const
