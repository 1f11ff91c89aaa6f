import { ListDevices, RegisterDevices, UpdateDevice } from "../api/store/leasing/devices/validators"
import { Annotations, EMPTY_PATCH_REFUSED, pageOf, requestBodyOf } from "./from-validators"
import { DEVICE_CLIENT_STATUSES } from "../modules/leasing/device-constants"
import {
  dataOf,
  jsonResponse,
  listOf,
  nullable,
  platformErrors,
  queryParam,
  ref,
  Schema,
  strictObject,
} from "./schema-helpers"
import { ANY, BODY, company, CREDENTIALS, pathId } from "./store-paths"

const text: Schema = { type: "string" }
const integer: Schema = { type: "integer" }
const decimal: Schema = { type: "string", pattern: "^\\d+\\.\\d{2}$", example: "44.17" }
const dateTime: Schema = { type: "string", format: "date-time" }
const id = pathId("The device's integer id.")
// The words of a device's writable fields (their shapes are the validators').
const deviceWords: Record<string, Annotations> = {
  user_id: { description: "A user of the caller's company (null: nobody)." },
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
        ...pageOf(ListDevices),
        queryParam("user_id", ref("RecordRef")),
        queryParam("client_status", { enum: [...DEVICE_CLIENT_STATUSES] }),
        queryParam("search", { type: "string", minLength: 1, maxLength: 100 }),
      ],
      responses: {
        "200": jsonResponse("One page of devices", listOf(ref("PlatformDevice"))),
        ...platformErrors([...ANY, ...CREDENTIALS]),
      },
    },
    post: {
      operationId: "platformRegisterDevices",
      tags: ["Devices"],
      summary: "Register equipment the company already has (WRITE)",
      security: company,
      requestBody: requestBodyOf(RegisterDevices, { properties: { devices: { items: { properties: deviceWords } } } }),
      responses: {
        "201": jsonResponse(
          "The new devices",
          dataOf(strictObject({ devices: { type: "array", items: ref("PlatformDevice") } }))
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
        "200": jsonResponse("The device", dataOf(ref("PlatformDevice"))),
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
      requestBody: requestBodyOf(UpdateDevice, { ...EMPTY_PATCH_REFUSED, properties: deviceWords }),
      responses: {
        "200": jsonResponse("The device", dataOf(ref("PlatformDevice"))),
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
        "200": jsonResponse("Deleted", dataOf(strictObject({ id: integer, deleted: { const: true } }))),
        ...platformErrors([...ANY, ...CREDENTIALS, "NOT_FOUND", "DEVICE_NOT_FOUND", "DEVICE_MUTATION_FORBIDDEN"]),
      },
    },
  },
}
