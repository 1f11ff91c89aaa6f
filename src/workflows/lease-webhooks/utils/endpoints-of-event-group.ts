import { MedusaContainer } from "@medusajs/framework/types"
import { enabledEndpoints } from "../steps/enqueue-webhook-deliveries"

type Endpoints = Awaited<ReturnType<typeof enabledEndpoints>>

// Events a workflow emits are released together as one group (a checkout of N devices: N
// `lease_contract.created`): the group's first event reads the company's endpoints, the others
// reuse that read, as if it had been made when the group was released. Kept 30 s at most.
const GROUP_TTL_MS = 30_000
const reads = new Map<string, { at: number; endpoints: Promise<Endpoints> }>()

/**
 * Whether any enabled endpoint of the company subscribed to this event, read once per event
 * group and company (every event without a group reads it anew).
 */
export async function hasSubscribedEndpoint(
  container: MedusaContainer,
  companyId: string,
  eventName: string,
  eventGroupId?: string
): Promise<boolean> {
  if (!eventGroupId) {
    return (await enabledEndpoints(container, companyId)).some((e) => e.events.includes(eventName))
  }
  const now = Date.now()
  for (const [key, read] of reads) if (now - read.at > GROUP_TTL_MS) reads.delete(key)
  const key = `${eventGroupId}\n${companyId}`
  let read = reads.get(key)
  if (!read) {
    read = { at: now, endpoints: enabledEndpoints(container, companyId) }
    reads.set(key, read)
    // A failed read is not reused: the next event of the group reads again.
    read.endpoints.catch(() => reads.delete(key))
  }
  return (await read.endpoints).some((e) => e.events.includes(eventName))
}
