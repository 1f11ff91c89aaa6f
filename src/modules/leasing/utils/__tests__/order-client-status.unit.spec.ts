import { orderClientStatus } from "../order-client-status"

const contracts = (...statuses: string[]) => statuses.map((status) => ({ status }))

describe("orderClientStatus", () => {
  it.each([
    ["a validated order, nothing delivered", "pending", contracts("PENDING_DELIVERY", "PENDING_DELIVERY"), "RECEIVED"],
    ["an order of bought devices only", "pending", contracts(), "RECEIVED"],
    ["some leased devices delivered", "pending", contracts("ACTIVE", "PENDING_DELIVERY"), "SHIPPED"],
    ["every lease running", "completed", contracts("ACTIVE", "ACTIVE"), "ONGOING_ORDER"],
    ["some leases ended, others running", "completed", contracts("ENDED", "ACTIVE"), "ONGOING_ORDER"],
    ["every lease ended", "completed", contracts("ENDED", "ENDED"), "ARCHIVED"],
    ["every lease ended or bought out", "completed", contracts("BOUGHT_OUT", "ENDED"), "ARCHIVED"],
    ["one bought out, one being returned", "completed", contracts("BOUGHT_OUT", "RETURN_REQUESTED"), "ONGOING_ORDER"],
    ["extended leases still run", "completed", contracts("EXTENDED", "ACTIVE"), "ONGOING_ORDER"],
    ["a cancelled order", "canceled", contracts("CANCELLED"), "ARCHIVED"],
    ["cancelled contracts are not counted", "pending", contracts("CANCELLED", "ACTIVE"), "ONGOING_ORDER"],
  ])("%s → %s", (_case, orderStatus, list, expected) => {
    expect(orderClientStatus(orderStatus, list)).toBe(expected)
  })
})
