/**
 * Cache keys of the leasing admin data, nested so that one invalidation reaches everything
 * a mutation can change: `companies.all` covers every list and detail of companies, and
 * `companies.records(id, kind)` one company's users, addresses or tokens.
 */
export const leasingKeys = {
  companies: {
    all: ["leasing", "companies"] as const,
    list: (params: object) => ["leasing", "companies", "list", params] as const,
    detail: (id: string) => ["leasing", "companies", "detail", id] as const,
    records: (id: string, kind: "users" | "addresses" | "api-tokens") =>
      ["leasing", "companies", "detail", id, kind] as const,
  },
  offers: {
    all: ["leasing", "offers"] as const,
    list: (params: object) => ["leasing", "offers", "list", params] as const,
    product: (productId: string) => ["leasing", "offers", "product", productId] as const,
  },
  carts: {
    all: ["leasing", "carts"] as const,
    list: (params: object) => ["leasing", "carts", "list", params] as const,
  },
  // One key for every list of contracts (the page, each order's widget): a delivery changes them all.
  contracts: {
    all: ["leasing", "contracts"] as const,
    list: (params: object) => ["leasing", "contracts", "list", params] as const,
    detail: (id: string) => ["leasing", "contracts", "detail", id] as const,
    schedule: (id: string) => ["leasing", "contracts", "detail", id, "installments"] as const,
  },
  storeSettings: ["leasing", "store-settings"] as const,
  productOptions: ["leasing", "product-options"] as const,
}
