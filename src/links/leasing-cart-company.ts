import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "../modules/company"
import LeasingModule from "../modules/leasing"

// Read-only: `leasing_cart.company_id` is the owner, so a claim is one insert of the leasing
// record (no link row to keep in step with it); queries still reach `leasing_cart.leasing_company.*`.
export default defineLink(
  { linkable: LeasingModule.linkable.leasingCart, field: "company_id" },
  CompanyModule.linkable.leasingCompany,
  { readOnly: true }
)
