import { DEVICE_CATEGORIES, DEVICE_CLIENT_STATUSES } from "../modules/leasing/device-constants"
import { jsonContent, jsonResponse, nullable, platformErrors, ref, Schema, strictObject } from "./schema-helpers"
import { ANY, BODY, company, CREDENTIALS } from "./store-paths"

const text: Schema = { type: "string" }
const integer: Schema = { type: "integer" }
const decimal: Schema = { type: "string", pattern: "^\\d+\\.\\d{2}$", example: "44.17" }
const dateTime: Schema = { type: "string", format: "date-time" }
const data = (schema: Schema) => strictObject({ data: schema })
const query = (name: string, schema: Schema) => ({ name, in: "query", required: false, schema })
const id = {
  name: "id",
  in: "path",
  required: true,
  description: "The device's integer id.",
  schema: { type: "string" },
}
const name = { type: "string", minLength: 1, maxLength: 200 }
const userRef = {
  anyOf: [ref("RecordRef"), { type: "null" }],
  description: "A user of the caller's company (null: nobody).",
}

const writable: Record<string, Schema> = {
  name,
  type: name,
  category: { enum: [...DEVICE_CATEGORIES] },
  serial_number: nullable({ type: "string", maxLength: 200 }),
  user_id: userRef,
  keyboard_layout: nullable(ref("KeyboardLayout")),
  client_status: { enum: [...DEVICE_CLIENT_STATUSES] },
  is_rented: { type: "boolean" },
  rent: nullable({ type: "number", minimum: 0 }),
  currency: nullable({ type: "string", pattern: "^[A-Za-z]{3}$" }),
  rental_start_date: nullable(dateTime),
  rental_end_date: nullable(dateTime),
  purchase_price: nullable({ type: "number", minimum: 0 }),
  contract_number: nullable(name),
}

export const storeDeviceSchemas: Record<string, Schema> = {
  PlatformDevice: strictObject({
    id: { ...integer, description: "The device id (an ordered device keeps its cart device id)." },
    name: text,
    type: text,
    category: text,
    serial_number: nullable(text),
    user_id: { ...nullable(integer), description: "The assignee's user id." },
    keyboard_layout: nullable(ref("KeyboardLayout")),
    client_status: { enum: [...DEVICE_CLIENT_STATUSES] },
    source: { enum: ["ORDER", "REGISTERED"] },
    is_rented: { type: "boolean" },
    rent: { ...nullable(decimal), description: "Monthly rent." },
    currency: nullable(text),
    rental_start_date: nullable(dateTime),
    rental_end_date: nullable(dateTime),
    purchase_price: nullable(decimal),
    contract_number: nullable(text),
    order_id: { ...nullable(integer), description: "The order (cart) id of an ordered device." },
    product_id: { ...nullable(integer), description: "The catalog product of an ordered device." },
    created_at: dateTime,
  }),
}

/** The company's fleet, as the leasing platform's `/devices`. */
export const storeDevicePaths = {
  "/store/leasing/devices": {
    get: {
      operationId: "platformListDevices",
      tags: ["Devices"],
      summary: "The company's devices (ordered and registered)",
      security: company,
      parameters: [
        query("limit", { type: "integer", minimum: 1, maximum: 100, default: 50 }),
        query("offset", { type: "integer", minimum: 0, default: 0 }),
        query("user_id", ref("RecordRef")),
        query("client_status", { enum: [...DEVICE_CLIENT_STATUSES] }),
        query("search", { type: "string", minLength: 1, maxLength: 100 }),
      ],
      responses: {
        "200": jsonResponse(
          "One page of devices",
          strictObject({ data: { type: "array", items: ref("PlatformDevice") }, meta: ref("ListMeta") })
        ),
        ...platformErrors([...ANY, ...CREDENTIALS]),
      },
    },
    post: {
      operationId: "platformRegisterDevices",
      tags: ["Devices"],
      summary: "Register equipment the company already has (WRITE)",
      security: company,
      requestBody: {
        required: true,
        content: jsonContent(
          strictObject({
            devices: {
              type: "array",
              minItems: 1,
              maxItems: 100,
              items: {
                type: "object",
                required: ["name", "type", "category"],
                additionalProperties: false,
                properties: writable,
              },
            },
          })
        ),
      },
      responses: {
        "201": jsonResponse(
          "The new devices",
          data(strictObject({ devices: { type: "array", items: ref("PlatformDevice") } }))
        ),
        ...platformErrors([...ANY, ...CREDENTIALS, ...BODY, "INVALID_SERIAL_NUMBER", "INVALID_USER"]),
      },
    },
  },
  "/store/leasing/devices/{id}": {
    get: {
      operationId: "platformGetDevice",
      tags: ["Devices"],
      summary: "One device of the company",
      security: company,
      parameters: [id],
      responses: {
        "200": jsonResponse("The device", data(ref("PlatformDevice"))),
        ...platformErrors([...ANY, ...CREDENTIALS, "NOT_FOUND", "DEVICE_NOT_FOUND"]),
      },
    },
    patch: {
      operationId: "platformUpdateDevice",
      tags: ["Devices"],
      summary: "Assign, rename, record a serial number or status (WRITE)",
      description:
        "What checkout owns on an ordered device (rent, prices, contract, dates, type, category, its status until delivered) answers 409 DEVICE_MUTATION_FORBIDDEN.",
      security: company,
      parameters: [id],
      requestBody: {
        required: true,
        content: jsonContent({ type: "object", minProperties: 1, additionalProperties: false, properties: writable }),
      },
      responses: {
        "200": jsonResponse("The device", data(ref("PlatformDevice"))),
        ...platformErrors([
          ...ANY,
          ...CREDENTIALS,
          ...BODY,
          "EMPTY_PATCH_BODY",
          "NOT_FOUND",
          "DEVICE_NOT_FOUND",
          "DEVICE_MUTATION_FORBIDDEN",
          "INVALID_SERIAL_NUMBER",
          "INVALID_USER",
        ]),
      },
    },
    delete: {
      operationId: "platformDeleteDevice",
      tags: ["Devices"],
      summary: "Remove a device (WRITE; a soft delete)",
      description:
        "Refused (409 DEVICE_MUTATION_FORBIDDEN) for a leased device whose lease runs or waits for delivery.",
      security: company,
      parameters: [id],
      responses: {
        "200": jsonResponse("Deleted", data(strictObject({ id: integer, deleted: { const: true } }))),
        ...platformErrors([...ANY, ...CREDENTIALS, "NOT_FOUND", "DEVICE_NOT_FOUND", "DEVICE_MUTATION_FORBIDDEN"]),
      },
    },
  },
}
