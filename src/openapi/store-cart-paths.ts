import { ListLeasingCarts } from "../api/store/carts/validators"
import { pageOf } from "./from-validators"
import { LeasingErrorCode } from "../utils/leasing-errors"
import {
  dataOf,
  jsonContent,
  jsonResponse,
  listOf,
  medusaErrors,
  openObject,
  platformErrors,
  queryParam,
  ref,
  Schema,
  strictObject,
} from "./schema-helpers"
import { CHECKOUT_CODES } from "./store-order-paths"
import { ANY, BODY, company, CREDENTIALS, pathId } from "./store-paths"

const key = [{ publishableKey: [] }]
const orderId = {
  name: "order_id",
  in: "path",
  required: true,
  description: "The cart's integer order id (or its Medusa id).",
  schema: { type: "string" },
}

// What checking a cart's devices can answer (update and create alike).
const DEVICE_CODES: LeasingErrorCode[] = [
  "KEYBOARD_LAYOUT_REQUIRED",
  "KEYBOARD_LAYOUT_NOT_APPLICABLE",
  "KEYBOARD_LAYOUT_NOT_OFFERED",
  "LEASE_TERM_NOT_OFFERED",
  "LEASE_TERM_NOT_APPLICABLE",
  "DELIVERY_COUNTRY_NOT_IN_REGION",
  "CURRENCY_NOT_SUPPORTED",
  "USER_NOT_IN_COMPANY",
  "PURCHASER_NOT_IN_COMPANY",
  "SHIPPING_ADDRESS_NOT_FOUND",
  "SHIPPING_ADDRESS_COUNTRY_MISMATCH",
  "DELIVERY_COUNTRY_NOT_FOUND",
  "PRODUCT_NOT_FOUND",
  "PRODUCT_PRICING_UNAVAILABLE",
  "CART_LOCKED",
  // Upgrade (`replaces_contract_id`).
  "CONTRACT_NOT_FOUND",
  "CONTRACT_NOT_ACTIVE",
  "UPGRADE_NOT_ELIGIBLE",
  "UPGRADE_ALREADY_REQUESTED",
]

/** One operation, served at the platform's path and at its Medusa-path twin (same handler). */
const updateCart = (operationId: string, parameter: Schema) => ({
  operationId,
  tags: ["Platform carts"],
  summary: "Update a cart (the leasing platform's contract)",
  description:
    "Sets the purchaser, replaces the devices, or switches every device's acquisition mode. Needs a WRITE credential of the cart's company; a cart no company owns is claimed.",
  security: company,
  parameters: [parameter],
  requestBody: { required: true, content: jsonContent(ref("PatchCartBody")) },
  responses: {
    "200": jsonResponse("The updated cart", dataOf(ref("PlatformCart"))),
    ...platformErrors([...ANY, ...CREDENTIALS, ...BODY, ...DEVICE_CODES, "CART_NOT_FOUND", "ORDER_NOT_CART"]),
  },
})

const validateCart = (operationId: string, parameter: Schema) => ({
  operationId,
  tags: ["Platform carts"],
  summary: "Validate a cart: it becomes an order with one lease contract per leased device",
  description:
    "Needs a WRITE credential of the cart's company. Without a shipping method, one is chosen for the devices (the merchant's default for the " +
    "devices' country, else the cheapest option serving every device's country). Charges only the one-time part (bought devices, shipping, taxes) " +
    "through the cart's payment session; a cart with nothing due needs none.",
  security: company,
  parameters: [parameter],
  requestBody: { required: true, content: jsonContent(ref("ValidateCartBody")) },
  responses: {
    "200": jsonResponse("The order", strictObject({ data: ref("ValidatedCart") })),
    ...platformErrors([...ANY, ...CREDENTIALS, ...BODY, ...CHECKOUT_CODES]),
  },
})

/** The platform's carts under /store/leasing/carts, and the twins under Medusa's /store/carts/:id. */
export const storeCartPaths = {
  "/store/leasing/carts": {
    get: {
      operationId: "platformListCarts",
      tags: ["Platform carts"],
      summary: "The company's open carts, oldest first",
      security: company,
      parameters: [
        ...pageOf(ListLeasingCarts),
        queryParam("purchaser_id", ref("RecordRef"), { description: "Only this user's open carts." }),
      ],
      responses: {
        "200": jsonResponse("One page of carts", listOf(ref("PlatformCart"))),
        ...platformErrors([...ANY, ...CREDENTIALS]),
      },
    },
    post: {
      operationId: "platformCreateCart",
      tags: ["Platform carts"],
      summary: "Create the company's cart in the region of its devices",
      description:
        "One open cart per purchaser: 409 CART_ALREADY_EXISTS while the purchaser has one (update or validate it).",
      security: company,
      requestBody: { required: true, content: jsonContent(ref("CreateCartBody")) },
      responses: {
        "201": jsonResponse("The new cart's order id", dataOf(strictObject({ order_id: { type: "integer" } }))),
        ...platformErrors([...ANY, ...CREDENTIALS, ...BODY, ...DEVICE_CODES, "CART_ALREADY_EXISTS"]),
      },
    },
  },
  "/store/leasing/carts/{order_id}": {
    get: {
      operationId: "platformGetCart",
      tags: ["Platform carts"],
      summary: "One of the company's carts",
      security: company,
      parameters: [orderId],
      responses: {
        "200": jsonResponse("The cart", dataOf(ref("PlatformCart"))),
        ...platformErrors([...ANY, ...CREDENTIALS, "CART_NOT_FOUND"]),
      },
    },
    patch: updateCart("platformUpdateCart", orderId),
  },
  "/store/leasing/carts/{order_id}/validate": { post: validateCart("platformValidateCart", orderId) },
  "/store/carts/{id}": {
    patch: updateCart("platformUpdateCartMedusaPath", pathId("The cart's integer order id or its Medusa id.")),
    post: {
      operationId: "storeUpdateCart",
      tags: ["Medusa carts"],
      summary: "Update a cart (Medusa's contract, with devices in additional_data)",
      description:
        "Medusa's route, overridden. Without leasing data, on a cart no company owns, it is core's route unchanged. " +
        "With `additional_data.order_items`/`purchaser_id`, or on a company's cart, it needs that company's credentials.",
      security: [...key, ...company],
      parameters: [
        pathId("The cart's Medusa id."),
        {
          name: "fields",
          in: "query",
          required: false,
          description: "Medusa's field selection.",
          schema: { type: "string" },
        },
      ],
      requestBody: { required: true, content: jsonContent(ref("StoreUpdateCartBody")) },
      responses: {
        "200": jsonResponse("The cart", strictObject({ cart: ref("StoreCartWithLeasing") })),
        ...medusaErrors([400, 401, 403, 404, 409, 413, 415, 429, 500, 503]),
      },
    },
  },
  "/store/carts/{id}/complete": {
    post: {
      operationId: "storeCompleteCart",
      tags: ["Medusa carts"],
      summary: "Complete a cart (Medusa's contract; a company's cart runs the leasing checkout)",
      description:
        "Medusa's route, overridden. On a cart no company owns it is core's route unchanged. On a company's cart it needs a WRITE " +
        "credential of that company and runs the leasing checkout (the order and one lease contract per leased device), answered " +
        "in core's shape.",
      security: [...key, ...company],
      parameters: [
        pathId("The cart's Medusa id."),
        {
          name: "fields",
          in: "query",
          required: false,
          description: "Medusa's field selection for the order.",
          schema: { type: "string" },
        },
      ],
      responses: {
        "200": jsonResponse("The order; on a plain cart core may answer the cart with its payment error instead", {
          oneOf: [
            openObject({ type: { const: "order" }, order: { type: "object" } }),
            openObject({ type: { const: "cart" }, cart: { type: "object" }, error: { type: "object" } }),
          ],
        }),
        ...medusaErrors([400, 401, 402, 403, 404, 409, 413, 415, 429, 500, 503]),
      },
    },
  },
  "/store/carts/{id}/validate": {
    post: validateCart("platformValidateCartMedusaPath", pathId("The cart's integer order id or its Medusa id.")),
  },
}
