import { Button, Drawer, Input, Label, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import type { AdminLeaseContract } from "../../types/leasing"
import { useDeliverLeaseContract } from "../hooks/use-lease-contracts"
import { errorMessage } from "../lib/errors"
import { todayUtc } from "../lib/lease-contracts"

type Props = { contract: AdminLeaseContract; onClose: () => void }

/** Asks for the delivery date (today by default, never later) and starts the contract. */
export const DeliverContractDrawer = ({ contract, onClose }: Props) => {
  const today = todayUtc()
  const [date, setDate] = useState(today)
  const [error, setError] = useState<string | null>(null)
  const deliver = useDeliverLeaseContract()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      await deliver.mutateAsync({ id: contract.id, delivered_at: date || undefined })
      toast.success(`Contract ${contract.contract_number} started`)
      onClose()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="deliver-contract-drawer">
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>Mark contract {contract.contract_number} delivered</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <Text size="small" className="text-ui-fg-subtle">
              {contract.device_name}: the lease starts on the delivery date and ends {contract.lease_term_months} months
              later.
            </Text>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="deliver-contract-date" size="small" weight="plus">
                Delivery date
              </Label>
              <Input
                id="deliver-contract-date"
                type="date"
                value={date}
                max={today}
                onChange={(e) => setDate(e.target.value)}
              />
            </div>
            {error && (
              <Text className="text-ui-fg-error" role="alert">
                {error}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button type="submit" isLoading={deliver.isPending}>
              Mark delivered
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
