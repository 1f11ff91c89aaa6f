import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "./company-service"

export type ValidateCompanyAddressStepInput = { company_id: string; address_id: string }

export const validateCompanyAddressStepId = "leasing-validate-company-address-step"

/**
 * 404 unless the address exists and belongs to the company: an address of another company
 * is answered exactly like an unknown one. Writes nothing; returns the address as it is.
 */
export const validateCompanyAddressStep = createStep(
  validateCompanyAddressStepId,
  async (input: ValidateCompanyAddressStepInput, { container }) => {
    const address = await companyService(container).findCompanyAddress(input.company_id, input.address_id)
    if (!address) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Address ${input.address_id} was not found in company ${input.company_id}`
      )
    }
    return new StepResponse(address)
  }
)
