import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { deviceLineItem } from "../../src/workflows/leasing-cart/steps/add-cart-devices"
import { taxRelevantAddressChanged } from "../../src/workflows/leasing-cart/utils/describe-update"
import { CandidatePrice, selectLeasingPrice } from "../../src/workflows/leasing-catalog/utils/select-leasing-price"

// The plugin copies some of core's behaviour (docs/architecture.md, "Copies of core behaviour").
// These tests pin each copy to the installed core: they fail when Medusa is upgraded and the lines
// copied changed, and where core's code can be called, they compare its answer with the copy's.
const MEDUSA_VERSION = "2.21.2"

function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name))
  while (
    !existsSync(path.join(dir, "package.json")) ||
    JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).name !== name
  ) {
    dir = path.dirname(dir)
  }
  return dir
}

/** A file of an installed core package, white space folded, after checking the package's version. */
function coreSource(name: string, file: string): string {
  const dir = packageDir(name)
  expect(JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).version).toBe(MEDUSA_VERSION)
  return readFileSync(path.join(dir, file), "utf8").replace(/\s+/g, " ")
}

describe("copies of core behaviour, pinned to Medusa " + MEDUSA_VERSION, () => {
  describe("describe-update.ts follows core-flows' update-cart.js", () => {
    it("core still decides a tax-relevant address change, and a refresh, as copied", () => {
      const core = coreSource("@medusajs/core-flows", "dist/cart/workflows/update-cart.js")
      for (const line of [
        "const changed = (nextValue, prevValue) => nextValue !== undefined && nextValue !== prevValue;",
        "changed(next.country_code?.toLowerCase(), prev?.country_code?.toLowerCase()) ||",
        "changed(next.province, prev?.province) ||",
        "changed(next.postal_code, prev?.postal_code) ||",
        "changed(next.city, prev?.city));",
        "force_refresh: !!newRegion || !!newLocaleCode || taxRelevantAddressChanged,",
      ]) {
        expect(core).toContain(line)
      }
    })

    it("compares country codes without case, as core does (they are stored in lower case)", () => {
      const stored = { id: "addr_1", country_code: "fr", province: null, postal_code: "75001", city: "Paris" }
      expect(taxRelevantAddressChanged({ country_code: "FR", postal_code: "75001", city: "Paris" }, stored)).toBe(false)
      expect(taxRelevantAddressChanged({ country_code: "fr" }, stored)).toBe(false)
      expect(taxRelevantAddressChanged({ country_code: "DE" }, stored)).toBe(true)
    })

    it("counts a field only when sent and different, like core", () => {
      const stored = { id: "addr_1", country_code: "fr", province: "IDF", postal_code: "75001", city: "Paris" }
      expect(taxRelevantAddressChanged(undefined, stored)).toBe(false)
      expect(taxRelevantAddressChanged(null, stored)).toBe(false)
      expect(taxRelevantAddressChanged({ first_name: "Ada", address_1: "1 rue neuve" }, stored)).toBe(false)
      expect(taxRelevantAddressChanged({ country_code: null }, stored)).toBe(false)
      expect(taxRelevantAddressChanged({ id: "addr_2" }, stored)).toBe(true)
      expect(taxRelevantAddressChanged({ province: "PACA" }, stored)).toBe(true)
      expect(taxRelevantAddressChanged({ postal_code: "13001" }, stored)).toBe(true)
      expect(taxRelevantAddressChanged({ city: "Marseille" }, stored)).toBe(true)
      expect(taxRelevantAddressChanged({ city: "Paris" }, null)).toBe(true)
    })
  })

  describe("apply-core-cart-update.ts follows core-flows' update-cart.js", () => {
    it("core still composes the steps copied, in that order", () => {
      const core = coreSource("@medusajs/core-flows", "dist/cart/workflows/update-cart.js")
      const order = [
        "findSalesChannelStep)(",
        "findOrCreateCustomerStep)(",
        "validateSalesChannelStep)(",
        "prepareCartToUpdateStep)(",
        "updateCartsStep)(",
        "CartWorkflowEvents.UPDATED",
      ]
      const positions = order.map((s) => core.indexOf(s))
      expect(positions.every((p) => p >= 0)).toBe(true)
      expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    })
  })

  describe("select-leasing-price.ts follows the Pricing module's calculatePrices", () => {
    it("core still filters, orders and chooses prices as copied", () => {
      const repository = coreSource("@medusajs/pricing", "dist/repositories/pricing.js")
      expect(repository).toContain('this.where("price.min_quantity", "<=", 1).orWhereNull("price.min_quantity");')
      expect(repository).toContain(
        '.orderByRaw("price.price_list_id IS NOT NULL DESC") .orderByRaw("price.rules_count + COALESCE(pl.rules_count, 0) DESC")'
      )
      const service = coreSource("@medusajs/pricing", "dist/services/pricing-module.js")
      expect(service).toContain("case utils_1.PriceListType.OVERRIDE: calculatedPrice = priceListPrice;")
      expect(service).toContain(
        "if (defaultPrice?.amount && priceListPrice.amount) { lowestPrice = utils_1.MathBN.lte(priceListPrice.amount, defaultPrice.amount) ? priceListPrice : defaultPrice;"
      )
    })

    const price = (id: string, amount: number, list?: "sale" | "override"): CandidatePrice => ({
      id,
      price_set_id: "pset_1",
      amount,
      min_quantity: null,
      rules: [{ attribute: "acquisition_mode", value: "LEASING" }],
      price_list: list
        ? { id: `plist_${id}`, type: list, status: "active", starts_at: null, ends_at: null, rules: [] }
        : null,
    })
    const context = { acquisition_mode: ["LEASING"] }

    it("a SALE list's price wins when not above the default price, and when either is 0 (as core)", () => {
      expect(selectLeasingPrice([price("default", 50), price("sale", 40, "sale")], context)?.price_id).toBe("sale")
      expect(selectLeasingPrice([price("default", 50), price("sale", 50, "sale")], context)?.price_id).toBe("sale")
      expect(selectLeasingPrice([price("default", 50), price("sale", 60, "sale")], context)?.price_id).toBe("default")
      expect(selectLeasingPrice([price("default", 0), price("sale", 60, "sale")], context)?.price_id).toBe("sale")
      expect(selectLeasingPrice([price("default", 50), price("override", 60, "override")], context)?.price_id).toBe(
        "override"
      )
    })
  })

  describe("add-cart-devices.ts builds its line item as core-flows' prepare-line-item-data.js", () => {
    it("copies the product and variant fields as core's prepareLineItemData does", () => {
      const core = require(path.join(packageDir("@medusajs/core-flows"), "dist/cart/utils/prepare-line-item-data.js"))
      coreSource("@medusajs/core-flows", "dist/cart/utils/prepare-line-item-data.js")
      const variant = {
        id: "variant_1",
        title: "M4 / 16 GB / 512 GB",
        sku: "MBA13-M4-16-512",
        barcode: "0123",
        thumbnail: "https://img/variant.png",
        product: {
          id: "prod_1",
          title: "MacBook Air 13",
          handle: "macbook-air-13",
          subtitle: "The light one",
          description: "A laptop",
          thumbnail: "https://img/product.png",
          type_id: "ptyp_1",
          type: { id: "ptyp_1", value: "COMPUTER" },
          collection: { title: "Apple" },
        },
      }
      const coreItem = core.prepareLineItemData({
        variant,
        item: { quantity: 1 },
        cartId: "cart_1",
        unitPrice: 1299,
        isCustomPrice: true,
      })
      const device = {
        acquisition_mode: "BUY",
        amount: 1299,
        variant_id: "variant_1",
        variant_title: variant.title,
        product_title: variant.product.title,
        keyboard_layout: "FRENCH_AZERTY",
        delivery_country: "FR",
        lease_term_months: null,
        assignee_user_id: null,
        shipping_address_id: null,
        offer: { catalog_number: 7 },
      }
      const ours = deviceLineItem(
        "cart_1",
        { line_item_id: "cali_1", device_number: 1, device: device as any },
        variant
      )
      const fields = [
        "cart_id",
        "title",
        "subtitle",
        "thumbnail",
        "quantity",
        "unit_price",
        "is_custom_price",
        "product_id",
        "product_title",
        "product_description",
        "product_subtitle",
        "product_type",
        "product_type_id",
        "product_collection",
        "product_handle",
        "variant_id",
        "variant_sku",
        "variant_barcode",
        "variant_title",
      ]
      const pick = (item: object) => Object.fromEntries(fields.map((f) => [f, (item as Record<string, unknown>)[f]]))
      expect(pick(ours)).toEqual(pick(coreItem))
    })
  })
})
