import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../modules/leasing"
import LeasingModuleService from "../../modules/leasing/service"
import { registerDevicesWorkflow } from "../../workflows/leasing-devices"
import { SeededCompany } from "./seed-companies"

/** Equipment Acme had before leasing: a laptop it bought, a screen, a headset rented elsewhere. */
const DEMO_REGISTERED_DEVICES = [
  {
    name: "Dell Latitude 5440 (owned)",
    type: "LAPTOP",
    category: "COMPUTER",
    serial_number: "ACME-LAT-0001",
    keyboard_layout: "FRENCH_AZERTY",
    purchase_price: 1149,
    currency: "eur",
  },
  { name: 'Samsung 27" monitor', type: "MONITOR", category: "SCREEN", serial_number: "ACME-MON-0002" },
  {
    name: "Jabra Evolve2 65",
    type: "HEADSET",
    category: "HEADSET",
    is_rented: true,
    rent: 6.9,
    currency: "eur",
    contract_number: "LOC-2025-118",
    rental_start_date: new Date("2025-03-01T00:00:00Z"),
    rental_end_date: new Date("2027-02-28T00:00:00Z"),
    client_status: "IN_MAINTENANCE" as const,
  },
]

/**
 * The demo company's registered devices (besides the ordered ones), the laptop assigned to its
 * first user. Idempotent: nothing happens when Acme already has registered devices.
 */
export async function seedDemoDevices(container: MedusaContainer, acme: SeededCompany) {
  const [existing] = await container
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listDevices({ company_id: acme.id, source: "REGISTERED" }, { select: ["id"], take: 1 })
  if (existing) return
  await registerDevicesWorkflow(container).run({
    input: {
      company_id: acme.id,
      devices: DEMO_REGISTERED_DEVICES.map((d, i) => (i === 0 ? { ...d, user_id: acme.users[0].id } : d)),
    },
  })
}
