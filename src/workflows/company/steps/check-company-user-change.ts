import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CompanyUserRole } from "../../../modules/company/constants"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { LeasingError } from "../../../utils/leasing-errors"
import { companyService } from "./company-service"

export type CheckCompanyUserChangeStepInput = {
  id: string
  /** The role the user is given (an update), or undefined. */
  role?: CompanyUserRole
  /** True when the user is to be removed. */
  removing?: boolean
}

/**
 * The rules that keep a company workable, for the store's and the admin's user routes alike:
 * a company keeps at least one ADMIN (409 USER_ROLE_UPDATE_FORBIDDEN when demoting the last,
 * USER_DELETE_BLOCKED when removing it), and a user stays while someone depends on them: the
 * purchaser or signatory of an open cart, or the assignee of a device of the company's fleet
 * (409 USER_DELETE_BLOCKED). Reads only.
 */
export const checkCompanyUserChangeStep = createStep(
  "leasing-check-company-user-change",
  async (input: CheckCompanyUserChangeStepInput, { container }) => {
    const companies = companyService(container)
    const user = await companies.retrieveLeasingCompanyUser(input.id)
    const losesAdmin = user.role === "ADMIN" && (input.removing || (input.role !== undefined && input.role !== "ADMIN"))
    if (losesAdmin) {
      const admins = await companies.listLeasingCompanyUsers(
        { company_id: user.company_id, role: "ADMIN" },
        { select: ["id"] }
      )
      if (admins.length <= 1) {
        throw new LeasingError(
          input.removing ? "USER_DELETE_BLOCKED" : "USER_ROLE_UPDATE_FORBIDDEN",
          "This user is the company's last ADMIN: make another user ADMIN first."
        )
      }
    }
    if (input.removing) {
      const leasing = container.resolve<LeasingModuleService>(LEASING_MODULE)
      const carts = await leasing.listLeasingCarts(
        {
          company_id: user.company_id,
          order_id: null,
          $or: [{ purchaser_user_id: user.id }, { signatory_user_id: user.id }],
        } as any,
        { select: ["order_number"], take: 1 }
      )
      if (carts.length) {
        throw new LeasingError(
          "USER_DELETE_BLOCKED",
          `This user is the purchaser or signatory of open cart ${carts[0].order_number}.`
        )
      }
      // Archived devices (a cancelled order's) no longer count.
      const devices = await leasing.listDevices(
        { company_id: user.company_id, user_id: user.id, client_status: { $ne: "ARCHIVED" } } as any,
        { select: ["id"], take: 1 }
      )
      if (devices.length) {
        throw new LeasingError(
          "USER_DELETE_BLOCKED",
          "This user holds devices of the company's fleet: reassign them first."
        )
      }
    }
    return new StepResponse(true)
  }
)
