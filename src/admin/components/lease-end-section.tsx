import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import type { AdminLeaseContract } from "../../types/leasing"
import { LeaseAction, useLeaseContractAction, useLeaseSchedule } from "../hooks/use-lease-lifecycle"
import { errorMessage } from "../lib/errors"
import { formatAmount } from "../lib/format"
import { formatContractDate, todayUtc } from "../lib/lease-contracts"
import { LEASE_TERMS_MONTHS } from "../../modules/leasing/constants"
import { FormDrawer } from "./form-drawer"

const RUNNING = ["ACTIVE", "EXTENDED"]
const RETURN_FIELDS = [
  { name: "address_1", label: "Pickup address", required: true },
  { name: "postal_code", label: "Postal code" },
  { name: "city", label: "City", required: true },
  { name: "country_code", label: "Country (ISO code, e.g. FR)", required: true },
  { name: "contact_name", label: "Contact" },
  { name: "return_date", label: "Pickup date (YYYY-MM-DD)", required: true, initial: todayUtc() },
]

/**
 * What can happen at the end of a running lease, as staff do it for a company (by phone, say):
 * quote and accept a buyback, arrange a return and record its reception, extend. Each button
 * posts to the route the company's API uses, so the same rules and refusals apply.
 */
export const LeaseEndSection = ({ contract }: { contract: AdminLeaseContract }) => {
  const act = useLeaseContractAction(contract.id)
  const schedule = useLeaseSchedule(contract.id)
  const confirm = usePrompt()
  const [drawer, setDrawer] = useState<"return" | "term" | null>(null)
  const quote = schedule.data?.buyback_quote ?? null
  const running = RUNNING.includes(contract.status)

  const run = async (input: LeaseAction, success: string) => {
    try {
      await act.mutateAsync(input)
      toast.success(success)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
  const acceptQuote = async () => {
    if (!quote) return
    const ok = await confirm({
      title: `Sell the device for ${formatAmount(quote)}?`,
      description:
        "The contract ends BOUGHT_OUT, its installments not yet due are cancelled and a payment collection is opened for the amount.",
      confirmText: "Accept buyback",
    })
    if (ok) await run({ action: "buyback", body: { quote_id: quote.id } }, "Device bought out")
  }

  return (
    <Container className="divide-y p-0" data-testid="lease-end-actions">
      <div className="px-6 py-4">
        <Heading level="h2">End of lease</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {running
            ? `Ends ${formatContractDate(contract.ends_at)}${contract.extension_mode ? ` (extended: ${contract.extension_mode === "MONTH_TO_MONTH" ? "month to month" : "new term"})` : ""}. Without a choice it runs on month to month.`
            : contract.status === "RETURN_REQUESTED"
              ? `Return requested for ${formatContractDate(contract.return_date)}: record the reception when the device arrives.`
              : "No end-of-lease action applies to this contract."}
        </Text>
      </div>
      {quote && (
        <div className="flex items-center justify-between px-6 py-4" data-testid="lease-buyback-quote">
          <Text size="small">
            Buyback quote: <span className="font-medium">{formatAmount(quote)}</span>, valid until{" "}
            {formatContractDate(quote.expires_at)}
          </Text>
          <Button size="small" onClick={acceptQuote} isLoading={act.isPending}>
            Accept buyback
          </Button>
        </div>
      )}
      <div className="flex flex-wrap gap-2 px-6 py-4">
        {running && (
          <>
            <Button size="small" variant="secondary" onClick={() => run({ action: "buyback-quote" }, "Buyback quoted")}>
              Quote buyback
            </Button>
            <Button size="small" variant="secondary" onClick={() => setDrawer("return")}>
              Arrange return
            </Button>
            <Button
              size="small"
              variant="secondary"
              onClick={() => run({ action: "extend", body: { mode: "MONTH_TO_MONTH" } }, "Extended month to month")}
            >
              Extend month to month
            </Button>
            <Button size="small" variant="secondary" onClick={() => setDrawer("term")}>
              Extend for a new term
            </Button>
          </>
        )}
        {contract.status === "RETURN_REQUESTED" && (
          <Button
            size="small"
            onClick={() => run({ action: "receive", body: {} }, "Reception recorded: the contract ended")}
          >
            Record reception
          </Button>
        )}
      </div>
      {drawer === "return" && (
        <FormDrawer
          title={`Arrange the return of contract ${contract.contract_number}`}
          testId="lease-return-drawer"
          submitLabel="Request return"
          fields={RETURN_FIELDS}
          onClose={() => setDrawer(null)}
          onSubmit={async ({ return_date, ...address }) => {
            const filled = Object.fromEntries(Object.entries(address).filter(([, v]) => v.trim()))
            await act
              .mutateAsync({ action: "return", body: { address: filled, return_date } })
              .catch((e) => Promise.reject(new Error(errorMessage(e))))
            toast.success("Return requested")
            setDrawer(null)
          }}
        />
      )}
      {drawer === "term" && (
        <FormDrawer
          title={`Extend contract ${contract.contract_number}`}
          testId="lease-extend-drawer"
          submitLabel="Extend"
          fields={[
            { name: "months", label: "Months", required: true, options: LEASE_TERMS_MONTHS.map(String), initial: "24" },
          ]}
          onClose={() => setDrawer(null)}
          onSubmit={async ({ months }) => {
            await act
              .mutateAsync({ action: "extend", body: { mode: "NEW_TERM", months: Number(months) } })
              .catch((e) => Promise.reject(new Error(errorMessage(e))))
            toast.success("Contract extended")
            setDrawer(null)
          }}
        />
      )}
    </Container>
  )
}
