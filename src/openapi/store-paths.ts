import { StoreListLeasingCatalog } from "../api/store/leasing/catalog/validators"
import { PlatformListQuery } from "../api/utils/platform-validation"
import { pageOf } from "./from-validators"
import { LeasingErrorCode } from "../utils/leasing-errors"
import { dataOf, jsonContent, jsonResponse, listOf, platformErrors, queryParam, ref } from "./schema-helpers"

const key = [{ publishableKey: [] }]
// A company's credentials: its API token, or a signed-in customer linked to a company user.
export const company = [
  { publishableKey: [], companyToken: [] },
  { publishableKey: [], customerSession: [] },
]

// Every platform route: the publishable key (400 without), a NUL in the query (400), a failure.
export const ANY: LeasingErrorCode[] = ["VALIDATION_ERROR", "INTERNAL_ERROR"]
export const CREDENTIALS: LeasingErrorCode[] = [
  "UNAUTHORIZED",
  "COMPANY_NOT_FOUND",
  "RATE_LIMITED",
  "RATE_LIMIT_UNAVAILABLE",
  "INSUFFICIENT_SCOPE",
]
export const BODY: LeasingErrorCode[] = ["PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "CONFLICT"]

export const pathId = (description: string) => ({
  name: "id",
  in: "path",
  required: true,
  description,
  schema: { type: "string" },
})
// The catalog's page (its validator's defaults, see from-validators.ts).
const page = pageOf(StoreListLeasingCatalog)
/** Every other platform list: Fleet's default page of 50 (`PlatformListQuery`). */
const platformPage = pageOf(PlatformListQuery)

/** The platform's routes (`{data}` / `{error, message}`) and Medusa's cart update with its leasing extension. */
export const storePaths = {
  "/store/leasing/catalog/product-groups": {
    get: {
      operationId: "platformListCatalog",
      tags: ["Catalog"],
      summary: "Product groups offered in a country, with lease and purchase prices",
      security: key,
      parameters: [
        queryParam("delivery_country", { $ref: "#/components/schemas/Country" }, { required: true }),
        queryParam("currency_code", { type: "string", pattern: "^[A-Za-z]{3}$" }),
        queryParam(
          "category",
          { type: "string", pattern: "^[A-Z][A-Z0-9_]{0,49}$" },
          { description: "COMPUTER, SMARTPHONE, TABLET, SCREEN, ... (the product type)." }
        ),
        queryParam(
          "brand",
          { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
          { description: "A brand slug (the product collection's handle)." }
        ),
        queryParam(
          "search",
          { type: "string", maxLength: 100 },
          { description: "Words to find in the title, brand, variant title or SKU." }
        ),
        ...page,
      ],
      responses: {
        "200": jsonResponse("One page of product groups", listOf(ref("CatalogProductGroup"))),
        ...platformErrors([...ANY, "DELIVERY_COUNTRY_NOT_FOUND", "CURRENCY_NOT_SUPPORTED"]),
      },
    },
  },
  "/store/leasing/catalog/product-groups/{id}/products": {
    get: {
      operationId: "platformListGroupProducts",
      tags: ["Catalog"],
      summary: "The catalog products (variants) of one product group offered in a country",
      security: key,
      parameters: [
        pathId("The product group's integer id (or its Medusa product id)."),
        queryParam("delivery_country", { $ref: "#/components/schemas/Country" }, { required: true }),
        queryParam("currency_code", { type: "string", pattern: "^[A-Za-z]{3}$" }),
      ],
      responses: {
        "200": jsonResponse("The group's products", listOf(ref("CatalogProduct"))),
        ...platformErrors([...ANY, "PRODUCT_NOT_FOUND", "DELIVERY_COUNTRY_NOT_FOUND", "CURRENCY_NOT_SUPPORTED"]),
      },
    },
  },
  "/store/leasing/catalog/products/{id}/pricing": {
    get: {
      operationId: "platformGetDevicePrice",
      tags: ["Catalog"],
      summary: "What one device costs in a country, by acquisition mode",
      security: key,
      parameters: [
        pathId("The catalog product id (integer) or the variant id."),
        queryParam("delivery_country", { $ref: "#/components/schemas/Country" }, { required: true }),
        queryParam(
          "currency",
          { type: "string", pattern: "^[A-Za-z]{3}$" },
          { description: "ISO 4217; defaults to the country's region currency." }
        ),
        queryParam(
          "currency_code",
          { type: "string", pattern: "^[A-Za-z]{3}$" },
          { description: "Medusa's name for `currency`." }
        ),
        queryParam("acquisition_mode", { $ref: "#/components/schemas/AcquisitionMode" }),
        queryParam("keyboard_layout", { $ref: "#/components/schemas/KeyboardLayout" }),
        queryParam(
          "lease_term_months",
          { type: "integer" },
          { description: "LEASING only: one of the offer's terms (default: the offer's default term)." }
        ),
      ],
      responses: {
        "200": jsonResponse("The price", dataOf(ref("DevicePrice"))),
        ...platformErrors([
          ...ANY,
          "NOT_FOUND",
          "PRODUCT_NOT_FOUND",
          "DELIVERY_COUNTRY_NOT_FOUND",
          "PRODUCT_PRICING_UNAVAILABLE",
          "KEYBOARD_LAYOUT_REQUIRED",
          "KEYBOARD_LAYOUT_NOT_APPLICABLE",
          "KEYBOARD_LAYOUT_NOT_OFFERED",
          "CURRENCY_NOT_SUPPORTED",
          "LEASE_TERM_NOT_OFFERED",
          "LEASE_TERM_NOT_APPLICABLE",
        ]),
      },
    },
  },
  "/store/leasing/company": {
    get: {
      operationId: "platformGetCompany",
      tags: ["Company"],
      summary: "The caller's company, with its default address",
      security: company,
      responses: {
        "200": jsonResponse("The company", dataOf(ref("CompanyWithDefaultAddress"))),
        ...platformErrors([...ANY, ...CREDENTIALS]),
      },
    },
  },
  "/store/leasing/company/addresses": {
    get: {
      operationId: "platformListAddresses",
      tags: ["Company"],
      summary: "The company's addresses",
      security: company,
      parameters: platformPage,
      responses: {
        "200": jsonResponse("One page of addresses", listOf(ref("CompanyAddress"))),
        ...platformErrors([...ANY, ...CREDENTIALS]),
      },
    },
    post: {
      operationId: "platformCreateAddress",
      tags: ["Company"],
      summary: "Add an address to the company (WRITE)",
      security: company,
      requestBody: { required: true, content: jsonContent(ref("CompanyAddressBody")) },
      responses: {
        "201": jsonResponse("The new address", dataOf(ref("CompanyAddress"))),
        ...platformErrors([...ANY, ...CREDENTIALS, ...BODY]),
      },
    },
  },
  "/store/leasing/company/addresses/{id}": {
    get: {
      operationId: "platformGetAddress",
      tags: ["Company"],
      summary: "One address of the company",
      security: company,
      parameters: [pathId("The address's integer number or id.")],
      responses: {
        "200": jsonResponse("The address", dataOf(ref("CompanyAddress"))),
        ...platformErrors([...ANY, ...CREDENTIALS, "NOT_FOUND"]),
      },
    },
  },
}
