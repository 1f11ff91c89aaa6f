import { KeyboardLayout, LeaseTermMonths } from "../../modules/leasing/constants"
import { LeasingPriceInput } from "../../workflows/leasing-catalog/types"

const EU = ["FR", "DE", "ES", "IT", "NL", "BE", "PT"]
const CH = ["CH"]
const US = ["US"]

const APPLE = { handle: "apple", title: "Apple" }
const DELL = { handle: "dell", title: "Dell" }
const LENOVO = { handle: "lenovo", title: "Lenovo" }
const SAMSUNG = { handle: "samsung", title: "Samsung" }

/** RAM and storage, the characteristics that vary between the demo's variants. */
const mem = (ram: string, storage: string, extra: DemoCharacteristics = {}): DemoCharacteristics => ({
  ram,
  storage,
  ...extra,
})

const MAC_LAYOUTS: KeyboardLayout[] = [
  "FRENCH_AZERTY",
  "GERMAN_QWERTZ",
  "SPANISH_QWERTY",
  "ITALIAN_QWERTY",
  "PORTUGUESE_QWERTY",
  "DUTCH_QWERTY",
  "SWISS_QWERTZ",
  "AMERICAN_ENGLISH_QWERTY",
  "INTERNATIONAL_ENGLISH_QWERTY",
]

/** Stored in the variant's `metadata.characteristics` (the catalog also reads variant options). */
export type DemoCharacteristics = Partial<
  Record<"screen_size" | "processor" | "ram" | "storage" | "connectivity" | "graphic", string>
>

export type DemoDevice = {
  title: string
  sku: string
  characteristics: DemoCharacteristics
  /** One-time price in EUR; every other figure is derived from it. */
  purchase_eur: number
  /** False for a buy-only device: it gets no lease price. */
  leasable?: boolean
}

export type DemoProductGroup = {
  title: string
  handle: string
  /** The platform's category: the product's type. */
  category: "COMPUTER" | "SMARTPHONE" | "TABLET" | "SCREEN"
  /** The brand: the product's collection (handle = the platform's brand slug). */
  brand: { handle: string; title: string }
  /** What every variant of the group shares. */
  characteristics: DemoCharacteristics
  description: string
  countries: string[]
  keyboard_layouts: KeyboardLayout[]
  /** The default term, one of lease_terms_months. */
  lease_term_months: LeaseTermMonths
  /** The terms offered, each with its own rent (shorter term, higher rent). */
  lease_terms_months: LeaseTermMonths[]
  variants: DemoDevice[]
}

/** Nine product groups, 25 devices: laptops with layouts, phones and tablets, screens. */
export const DEMO_CATALOG: DemoProductGroup[] = [
  {
    title: "MacBook Air 13 M3",
    handle: "macbook-air-13-m3",
    category: "COMPUTER",
    brand: APPLE,
    characteristics: { screen_size: "13.6 inch", processor: "Apple M3", connectivity: "Wi-Fi 6E" },
    description: "Apple's thin and light laptop for every employee.",
    countries: [...EU, ...CH, ...US],
    keyboard_layouts: MAC_LAYOUTS,
    lease_term_months: 36,
    lease_terms_months: [18, 24, 36],
    variants: [
      { title: "16 GB / 256 GB", sku: "MBA13-M3-16-256", characteristics: mem("16 GB", "256 GB"), purchase_eur: 1299 },
      { title: "16 GB / 512 GB", sku: "MBA13-M3-16-512", characteristics: mem("16 GB", "512 GB"), purchase_eur: 1599 },
      { title: "24 GB / 1 TB", sku: "MBA13-M3-24-1T", characteristics: mem("24 GB", "1 TB"), purchase_eur: 2099 },
    ],
  },
  {
    title: "MacBook Pro 14 M4",
    handle: "macbook-pro-14-m4",
    category: "COMPUTER",
    brand: APPLE,
    characteristics: { screen_size: "14.2 inch", connectivity: "Wi-Fi 6E" },
    description: "For developers and designers.",
    countries: [...EU, ...CH, ...US],
    keyboard_layouts: MAC_LAYOUTS,
    lease_term_months: 36,
    lease_terms_months: [18, 24, 36],
    variants: [
      {
        title: "M4 / 16 GB / 512 GB",
        sku: "MBP14-M4-16-512",
        characteristics: mem("16 GB", "512 GB", { processor: "Apple M4" }),
        purchase_eur: 1999,
      },
      {
        title: "M4 Pro / 24 GB / 1 TB",
        sku: "MBP14-M4P-24-1T",
        characteristics: mem("24 GB", "1 TB", { processor: "Apple M4 Pro" }),
        purchase_eur: 2499,
      },
      {
        title: "M4 Max / 36 GB / 1 TB",
        sku: "MBP14-M4M-36-1T",
        characteristics: mem("36 GB", "1 TB", { processor: "Apple M4 Max" }),
        purchase_eur: 3199,
      },
    ],
  },
  {
    title: "Dell Latitude 7450",
    handle: "dell-latitude-7450",
    category: "COMPUTER",
    brand: DELL,
    characteristics: { screen_size: "14 inch", connectivity: "Wi-Fi 7" },
    description: "Business ultrabook with a 14-inch screen.",
    countries: [...EU, ...US],
    keyboard_layouts: [
      "FRENCH_AZERTY",
      "GERMAN_QWERTZ",
      "SPANISH_QWERTY",
      "ITALIAN_QWERTY",
      "ENGLISH_QWERTY",
      "AMERICAN_ENGLISH_QWERTY",
    ],
    lease_term_months: 36,
    lease_terms_months: [18, 24, 36],
    variants: [
      {
        title: "Core Ultra 5 / 16 GB / 512 GB",
        sku: "LAT7450-U5-16-512",
        characteristics: mem("16 GB", "512 GB", { processor: "Intel Core Ultra 5" }),
        purchase_eur: 1549,
      },
      {
        title: "Core Ultra 7 / 16 GB / 512 GB",
        sku: "LAT7450-U7-16-512",
        characteristics: mem("16 GB", "512 GB", { processor: "Intel Core Ultra 7" }),
        purchase_eur: 1799,
      },
      {
        title: "Core Ultra 7 / 32 GB / 1 TB",
        sku: "LAT7450-U7-32-1T",
        characteristics: mem("32 GB", "1 TB", { processor: "Intel Core Ultra 7" }),
        purchase_eur: 2099,
      },
    ],
  },
  {
    title: "Lenovo ThinkPad X1 Carbon Gen 12",
    handle: "thinkpad-x1-carbon-gen-12",
    category: "COMPUTER",
    brand: LENOVO,
    characteristics: { screen_size: "14 inch", connectivity: "Wi-Fi 6E, 5G optional" },
    description: "Light, durable, with the TrackPoint.",
    countries: [...EU, ...CH],
    keyboard_layouts: [
      "FRENCH_AZERTY",
      "GERMAN_QWERTZ",
      "SPANISH_QWERTY",
      "ITALIAN_QWERTY",
      "PORTUGUESE_QWERTY",
      "DUTCH_QWERTY",
      "SWISS_QWERTZ",
    ],
    lease_term_months: 24,
    lease_terms_months: [18, 24],
    variants: [
      {
        title: "Core Ultra 5 / 16 GB / 512 GB",
        sku: "X1C12-U5-16-512",
        characteristics: mem("16 GB", "512 GB", { processor: "Intel Core Ultra 5" }),
        purchase_eur: 1899,
      },
      {
        title: "Core Ultra 7 / 32 GB / 1 TB",
        sku: "X1C12-U7-32-1T",
        characteristics: mem("32 GB", "1 TB", { processor: "Intel Core Ultra 7" }),
        purchase_eur: 2199,
      },
      {
        title: "Core Ultra 7 / 64 GB / 2 TB",
        sku: "X1C12-U7-64-2T",
        characteristics: mem("64 GB", "2 TB", { processor: "Intel Core Ultra 7" }),
        purchase_eur: 2499,
      },
    ],
  },
  {
    title: "iPhone 16",
    handle: "iphone-16",
    category: "SMARTPHONE",
    brand: APPLE,
    characteristics: { screen_size: "6.1 inch", processor: "Apple A18", connectivity: "5G" },
    description: "Company phone.",
    countries: [...EU, ...CH, ...US],
    keyboard_layouts: [],
    lease_term_months: 24,
    lease_terms_months: [18, 24],
    variants: [
      { title: "128 GB", sku: "IP16-128", characteristics: mem("8 GB", "128 GB"), purchase_eur: 969 },
      { title: "256 GB", sku: "IP16-256", characteristics: mem("8 GB", "256 GB"), purchase_eur: 1099 },
      { title: "512 GB", sku: "IP16-512", characteristics: mem("8 GB", "512 GB"), purchase_eur: 1349 },
    ],
  },
  {
    title: "Samsung Galaxy S24",
    handle: "samsung-galaxy-s24",
    category: "SMARTPHONE",
    brand: SAMSUNG,
    characteristics: { screen_size: "6.2 inch", processor: "Exynos 2400", ram: "8 GB", connectivity: "5G" },
    description: "Android company phone (EU only).",
    countries: [...EU],
    keyboard_layouts: [],
    lease_term_months: 24,
    lease_terms_months: [18, 24],
    variants: [
      { title: "128 GB", sku: "S24-128", characteristics: { storage: "128 GB" }, purchase_eur: 899 },
      { title: "256 GB", sku: "S24-256", characteristics: { storage: "256 GB" }, purchase_eur: 959 },
    ],
  },
  {
    title: "iPad Air 11 M2",
    handle: "ipad-air-11-m2",
    category: "TABLET",
    brand: APPLE,
    characteristics: { screen_size: "11 inch", processor: "Apple M2", ram: "8 GB", connectivity: "Wi-Fi 6E" },
    description: "Tablet for field teams.",
    countries: [...EU, ...CH],
    keyboard_layouts: [],
    lease_term_months: 36,
    lease_terms_months: [18, 24, 36],
    variants: [
      { title: "128 GB Wi-Fi", sku: "IPADAIR11-128", characteristics: { storage: "128 GB" }, purchase_eur: 699 },
      { title: "256 GB Wi-Fi", sku: "IPADAIR11-256", characteristics: { storage: "256 GB" }, purchase_eur: 849 },
      {
        title: "512 GB 5G",
        sku: "IPADAIR11-512-5G",
        characteristics: { storage: "512 GB", connectivity: "Wi-Fi 6E, 5G" },
        purchase_eur: 1069,
      },
    ],
  },
  {
    title: "Samsung Galaxy Tab S9",
    handle: "samsung-galaxy-tab-s9",
    category: "TABLET",
    brand: SAMSUNG,
    characteristics: { screen_size: "11 inch", processor: "Snapdragon 8 Gen 2", connectivity: "Wi-Fi 6E" },
    description: "Android tablet.",
    countries: [...EU, ...US],
    keyboard_layouts: [],
    lease_term_months: 36,
    lease_terms_months: [18, 24, 36],
    variants: [
      { title: "128 GB", sku: "TABS9-128", characteristics: mem("8 GB", "128 GB"), purchase_eur: 899 },
      { title: "256 GB", sku: "TABS9-256", characteristics: mem("12 GB", "256 GB"), purchase_eur: 1019 },
    ],
  },
  {
    title: "Dell UltraSharp monitors",
    handle: "dell-ultrasharp-monitors",
    category: "SCREEN",
    brand: DELL,
    characteristics: { connectivity: "USB-C, HDMI" },
    description: "Office screens. The 32-inch 6K model is sold, not leased.",
    countries: [...EU, ...CH, ...US],
    keyboard_layouts: [],
    lease_term_months: 36,
    lease_terms_months: [18, 24, 36],
    variants: [
      { title: "24 inch U2424H", sku: "U2424H", characteristics: { screen_size: "23.8 inch" }, purchase_eur: 299 },
      { title: "27 inch U2724D", sku: "U2724D", characteristics: { screen_size: "27 inch" }, purchase_eur: 449 },
      {
        title: "32 inch 6K U3224KB (buy only)",
        sku: "U3224KB",
        characteristics: { screen_size: "31.5 inch" },
        purchase_eur: 1899,
        leasable: false,
      },
    ],
  },
]

const CURRENCY_FACTOR = { eur: 1, chf: 0.96, usd: 1.09 } as const
/** Monthly rent as a share of the purchase price, by lease term. */
const MONTHLY_RATE = { 18: 0.062, 24: 0.048, 36: 0.034 } as const
/** A Swiss keyboard is a special order: its lease costs a little more. */
const SWISS_LAYOUT_SURCHARGE = 1.5

const round = (n: number, step: number) => Math.round(n / step) * step

/**
 * A device's prices: one purchase price per currency and, when leasable, a rent per offered term.
 * The default term's rents carry no term rule (they serve the default term, as before terms
 * existed); every other term's rents carry a `lease_term_months` rule, Swiss layout included
 * (a term price must be as specific as the default's it competes with).
 */
export function demoPrices(group: DemoProductGroup, device: DemoDevice): LeasingPriceInput[] {
  return Object.entries(CURRENCY_FACTOR).flatMap(([currency_code, factor]) => {
    const purchase = round(device.purchase_eur * factor, 1) - 0.01
    const prices: LeasingPriceInput[] = [
      { acquisition_mode: "BUY", currency_code, amount: Number(purchase.toFixed(2)) },
    ]
    if (device.leasable === false) return prices
    for (const term of group.lease_terms_months) {
      const rent = Math.round(device.purchase_eur * factor * MONTHLY_RATE[term] * 100) / 100
      const lease_term_months = term === group.lease_term_months ? null : term
      prices.push({ acquisition_mode: "LEASING", currency_code, amount: rent, lease_term_months })
      if (group.keyboard_layouts.includes("SWISS_QWERTZ")) {
        prices.push({
          acquisition_mode: "LEASING",
          currency_code,
          amount: Number((rent + SWISS_LAYOUT_SURCHARGE).toFixed(2)),
          keyboard_layout: "SWISS_QWERTZ",
          lease_term_months,
        })
      }
    }
    return prices
  })
}
