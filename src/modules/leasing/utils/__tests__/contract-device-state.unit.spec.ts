import { LEASE_CONTRACT_STATUSES } from "../../constants"
import { deviceChangeForContract } from "../contract-device-state"

describe("deviceChangeForContract", () => {
  it("makes a bought-out device the company's: in service, not rented, no rent, bought at the buyback price", () => {
    expect(deviceChangeForContract("BOUGHT_OUT", { buyback_price: 507.96 })).toEqual({
      client_status: "IN_SERVICE",
      is_rented: false,
      rent: null,
      purchase_price: 507.96,
    })
    expect(deviceChangeForContract("BOUGHT_OUT")).toEqual({
      client_status: "IN_SERVICE",
      is_rented: false,
      rent: null,
      purchase_price: null,
    })
  })

  it("archives a returned device and keeps it a rented one in the history", () => {
    expect(deviceChangeForContract("ENDED", { buyback_price: 10 })).toEqual({ client_status: "ARCHIVED" })
  })

  it("leaves the device alone in every other state (a return requested included)", () => {
    const others = LEASE_CONTRACT_STATUSES.filter((s) => s !== "BOUGHT_OUT" && s !== "ENDED")
    expect(others).toContain("RETURN_REQUESTED")
    expect(others.map((s) => deviceChangeForContract(s))).toEqual(others.map(() => null))
  })
})
