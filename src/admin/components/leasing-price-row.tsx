import { Trash } from "@medusajs/icons"
import { IconButton, Input, Select, Text } from "@medusajs/ui"
import { KeyboardLayout, LeaseTermMonths } from "../../modules/leasing/constants"
import type { AdminLeasingPrice } from "../../types/leasing"
import { keyboardLayoutName } from "../../types/leasing"

/** A price as the drawer edits it: the amount as typed. */
export type PriceRow = Omit<AdminLeasingPrice, "amount" | "id"> & { amount: string }

const ANY = "__any__"
const DEFAULT_TERM = "__default__"

type Props = {
  row: PriceRow
  error: string | null
  currencies: string[]
  /** The offer's layouts; null when the device has no keyboard. */
  layouts: KeyboardLayout[] | null
  countries: string[]
  /** The offer's terms: a lease price serves one of them, or the default term. */
  terms: LeaseTermMonths[]
  onChange: (patch: Partial<PriceRow>) => void
  onRemove: () => void
}

/**
 * One price: mode, currency, layout, country, term (LEASING only) and amount. Its test id names
 * what it prices, e.g. `price-LEASING-eur-any-DE` or `price-LEASING-eur-any-any-24` for a term.
 */
export const LeasingPriceRow = ({ row, error, currencies, layouts, countries, terms, onChange, onRemove }: Props) => {
  const testId = [
    "price",
    row.acquisition_mode,
    row.currency_code,
    row.keyboard_layout ?? "any",
    row.delivery_country ?? "any",
    ...(row.lease_term_months ? [row.lease_term_months] : []),
  ].join("-")
  return (
    <div className="flex flex-col gap-y-1" data-testid={`${testId}-row`}>
      <div className="flex items-center gap-x-2">
        <Select
          value={row.acquisition_mode}
          onValueChange={(v) =>
            // A purchase price has no term.
            onChange(
              v === "BUY" ? { acquisition_mode: "BUY", lease_term_months: null } : { acquisition_mode: "LEASING" }
            )
          }
        >
          <Select.Trigger aria-label="Acquisition mode" className="w-28">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="LEASING">LEASING</Select.Item>
            <Select.Item value="BUY">BUY</Select.Item>
          </Select.Content>
        </Select>
        <Select value={row.currency_code} onValueChange={(v) => onChange({ currency_code: v })}>
          <Select.Trigger aria-label="Currency" className="w-24">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {currencies.map((c) => (
              <Select.Item key={c} value={c}>
                {c.toUpperCase()}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select
          value={row.keyboard_layout ?? ANY}
          onValueChange={(v) => onChange({ keyboard_layout: layouts?.find((l) => l === v) ?? null })}
        >
          <Select.Trigger aria-label="Keyboard layout" className="w-48" disabled={!layouts}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ANY}>Any layout</Select.Item>
            {(layouts ?? []).map((l) => (
              <Select.Item key={l} value={l}>
                {keyboardLayoutName(l)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select
          value={row.delivery_country ?? ANY}
          onValueChange={(v) => onChange({ delivery_country: v === ANY ? null : v })}
        >
          <Select.Trigger aria-label="Delivery country" className="w-32">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ANY}>Any country</Select.Item>
            {countries.map((c) => (
              <Select.Item key={c} value={c}>
                {c}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select
          value={row.lease_term_months ? String(row.lease_term_months) : DEFAULT_TERM}
          onValueChange={(v) => onChange({ lease_term_months: terms.find((t) => String(t) === v) ?? null })}
        >
          <Select.Trigger aria-label="Lease term" className="w-36" disabled={row.acquisition_mode !== "LEASING"}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={DEFAULT_TERM}>Default term</Select.Item>
            {terms.map((t) => (
              <Select.Item key={t} value={String(t)}>
                {t} months
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Input
          aria-label="Amount"
          data-testid={`${testId}-amount`}
          className="w-28"
          value={row.amount}
          aria-invalid={!!error}
          onChange={(e) => onChange({ amount: e.target.value })}
        />
        <IconButton variant="transparent" aria-label="Remove price" onClick={onRemove}>
          <Trash />
        </IconButton>
      </div>
      {error && (
        <Text size="xsmall" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
    </div>
  )
}
