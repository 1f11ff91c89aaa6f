import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"
import { parseRecordRef } from "../../../modules/company/utils/record-ref"
import { LeasingError, LeasingErrorCode } from "../../../utils/leasing-errors"
import { PricedDevice } from "../../leasing-catalog/types"
import { DeviceToWrite, OrderItemInput, RecordRef } from "../types"

export type ResolveCompanyReferencesStepInput = {
  company_id: string
  purchaser_id?: RecordRef | null
  /** Priced devices with the order item each came from (same order). */
  devices: PricedDevice[]
  order_items: OrderItemInput[]
  /** The cart's own default address (set by an earlier update), if any. */
  cart_default_address_id: string | null
}

type Named = { id: string; number: number }

function splitRefs(refs: RecordRef[]) {
  const parsed = refs.map(parseRecordRef)
  return {
    ids: parsed.flatMap((p) => (p && "id" in p ? [p.id] : [])),
    numbers: parsed.flatMap((p) => (p && "number" in p ? [p.number] : [])),
  }
}

function finder<T extends Named>(records: T[], code: LeasingErrorCode, what: string) {
  return (ref: RecordRef): T => {
    const parsed = parseRecordRef(ref)
    const found = parsed && records.find((r) => ("id" in parsed ? r.id === parsed.id : r.number === parsed.number))
    if (!found) {
      throw new LeasingError(code, `${what} ${ref} is not one of your company's ${what.toLowerCase()}s.`)
    }
    return found
  }
}

export const resolveCompanyReferencesStepId = "leasing-resolve-company-references"
/**
 * Checks that the purchaser and every assignee are users of the caller's company and every
 * shipping address one of its saved addresses (two queries for all devices), and picks each
 * device's address: the one named, else the cart's default, else the company's default, as
 * long as it lies in the device's delivery country.
 */
export const resolveCompanyReferencesStep = createStep(
  resolveCompanyReferencesStepId,
  async (input: ResolveCompanyReferencesStepInput, { container }) => {
    const service: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const userRefs = [
      ...(input.purchaser_id != null ? [input.purchaser_id] : []),
      ...input.order_items.flatMap((i) => (i.user_id != null ? [i.user_id] : [])),
    ]
    const users = userRefs.length
      ? await service.listLeasingCompanyUsers(
          {
            company_id: input.company_id,
            $or: [{ id: splitRefs(userRefs).ids }, { number: splitRefs(userRefs).numbers }],
          } as any,
          { select: ["id", "number"] }
        )
      : []
    const addresses = input.devices.length
      ? await service.listLeasingCompanyAddresses(
          { company_id: input.company_id },
          { select: ["id", "number", "country_code", "is_default"] }
        )
      : []

    const purchaser =
      input.purchaser_id != null
        ? finder(users as Named[], "PURCHASER_NOT_IN_COMPANY", "User")(input.purchaser_id)
        : null
    const findUser = finder(users as Named[], "USER_NOT_IN_COMPANY", "User")
    const findAddress = finder(
      addresses as (Named & { country_code: string; is_default: boolean })[],
      "SHIPPING_ADDRESS_NOT_FOUND",
      "Address"
    )
    const fallbacks = [
      addresses.find((a) => a.id === input.cart_default_address_id),
      addresses.find((a) => a.is_default),
      ...addresses,
    ].filter(Boolean) as typeof addresses

    const devices: DeviceToWrite[] = input.devices.map((device, index) => {
      const item = input.order_items[index]
      const country = device.delivery_country
      let addressId: string
      if (item.shipping_address_id != null) {
        const address = findAddress(item.shipping_address_id)
        if (address.country_code.toUpperCase() !== country) {
          throw new LeasingError(
            "SHIPPING_ADDRESS_COUNTRY_MISMATCH",
            `Address ${item.shipping_address_id} is in ${address.country_code.toUpperCase()}, not in the delivery country ${country}.`
          )
        }
        addressId = address.id
      } else {
        const address = fallbacks.find((a) => a.country_code.toUpperCase() === country)
        if (!address) {
          throw new LeasingError(
            "SHIPPING_ADDRESS_NOT_FOUND",
            `Your company has no saved address in ${country}: add one or name one.`
          )
        }
        addressId = address.id
      }
      return {
        ...device,
        assignee_user_id: item.user_id != null ? findUser(item.user_id).id : null,
        shipping_address_id: addressId,
      }
    })
    return new StepResponse({ purchaser_user_id: purchaser?.id ?? null, devices })
  }
)
