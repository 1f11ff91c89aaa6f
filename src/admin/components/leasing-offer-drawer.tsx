import { Trash } from "@medusajs/icons"
import { Button, Checkbox, Drawer, Heading, IconButton, Input, Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { KeyboardLayout, LeaseTermMonths } from "../../modules/leasing/constants"
import type { AdminLeasingPrice, AdminVariantLeasingOffer } from "../../types/leasing"
import { KEYBOARD_LAYOUT_OPTIONS, keyboardLayoutName } from "../../types/leasing"
import { useUpsertLeasingOffer } from "../hooks/use-leasing-offers"
import { errorMessage } from "../lib/errors"

type Props = {
  current: AdminVariantLeasingOffer
  countries: string[]
  currencies: string[]
  onClose: () => void
  onSaved: () => void
}

type PriceRow = Omit<AdminLeasingPrice, "amount" | "id"> & { amount: string }

const ANY = "__any__"
const toggle = <T extends string>(list: T[], value: T) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort()

/** Client-side checks, so that obvious mistakes show beside the field before a round trip. */
function priceRowError(row: PriceRow, countries: string[]): string | null {
  const amount = Number(row.amount)
  if (row.amount.trim() === "" || Number.isNaN(amount)) return "Enter a number"
  if (amount <= 0) return "Must be greater than 0"
  if (row.delivery_country && !countries.includes(row.delivery_country)) {
    return `${row.delivery_country} is not a delivery country of this offer`
  }
  return null
}

/** Edits one variant's offer and its prices by mode, currency and keyboard layout. */
export const LeasingOfferDrawer = ({ current, countries, currencies, onClose, onSaved }: Props) => {
  const offer = current.offer
  const [availableCountries, setAvailableCountries] = useState<string[]>(offer?.available_countries ?? [])
  const [hasKeyboard, setHasKeyboard] = useState(offer?.has_keyboard ?? false)
  const [layouts, setLayouts] = useState<KeyboardLayout[]>(offer?.keyboard_layouts ?? [])
  const [term, setTerm] = useState(String(offer?.lease_term_months ?? 36))
  const [leasable, setLeasable] = useState(offer?.leasable ?? true)
  const [purchasable, setPurchasable] = useState(offer?.purchasable ?? true)
  const [prices, setPrices] = useState<PriceRow[]>(
    current.prices.map(({ id: _id, ...p }) => ({ ...p, amount: String(p.amount) }))
  )
  const [serverError, setServerError] = useState<string | null>(null)
  const upsert = useUpsertLeasingOffer(current.variant.id)

  const updateRow = (index: number, patch: Partial<PriceRow>) =>
    setPrices((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))
  const rowErrors = prices.map((row) => priceRowError(row, availableCountries))

  const save = async () => {
    if (rowErrors.some(Boolean)) {
      setServerError("Fix the highlighted prices first.")
      return
    }
    setServerError(null)
    try {
      await upsert.mutateAsync({
        available_countries: availableCountries,
        has_keyboard: hasKeyboard,
        keyboard_layouts: hasKeyboard ? layouts : [],
        lease_term_months: Number(term) as LeaseTermMonths,
        leasable,
        purchasable,
        prices: prices.map((p) => ({
          acquisition_mode: p.acquisition_mode,
          currency_code: p.currency_code,
          amount: Number(p.amount),
          keyboard_layout: hasKeyboard ? p.keyboard_layout : null,
          delivery_country: p.delivery_country,
        })),
      })
      toast.success("Leasing offer saved")
      onSaved()
    } catch (e) {
      // The hook has already toasted the API's message; it also stays beside the form.
      setServerError(errorMessage(e))
    }
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      {/* Wider than the default drawer: a price row has five fields side by side. */}
      <Drawer.Content data-testid="leasing-offer-drawer" className="sm:max-w-[820px]">
        <Drawer.Header>
          <Drawer.Title>Leasing offer: {current.variant.title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <section className="flex flex-col gap-y-2">
            <Heading level="h3">Delivery countries</Heading>
            <div className="grid grid-cols-5 gap-2">
              {countries.map((country) => (
                <div key={country} className="flex items-center gap-x-2">
                  <Checkbox
                    id={`country-${country}`}
                    checked={availableCountries.includes(country)}
                    onCheckedChange={() => setAvailableCountries((list) => toggle(list, country))}
                  />
                  <Label htmlFor={`country-${country}`}>{country}</Label>
                </div>
              ))}
            </div>
          </section>

          <section className="flex flex-col gap-y-2">
            <div className="flex items-center gap-x-2">
              <Switch id="has-keyboard" checked={hasKeyboard} onCheckedChange={setHasKeyboard} />
              <Label htmlFor="has-keyboard">Has a keyboard (priced per layout)</Label>
            </div>
            {hasKeyboard && (
              <div className="grid grid-cols-2 gap-2">
                {KEYBOARD_LAYOUT_OPTIONS.map((layout) => (
                  <div key={layout.value} className="flex items-center gap-x-2">
                    <Checkbox
                      id={`layout-${layout.value}`}
                      checked={layouts.includes(layout.value)}
                      onCheckedChange={() => setLayouts((list) => toggle(list, layout.value))}
                    />
                    <Label htmlFor={`layout-${layout.value}`}>{layout.label}</Label>
                  </div>
                ))}
              </div>
            )}
          </section>

          <section className="flex items-center gap-x-6">
            <div className="flex flex-col gap-y-1">
              <Label>Lease term</Label>
              <Select value={term} onValueChange={setTerm}>
                <Select.Trigger aria-label="Lease term">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {["18", "24", "36"].map((t) => (
                    <Select.Item key={t} value={t}>
                      {t} months
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex items-center gap-x-2">
              <Switch id="leasable" checked={leasable} onCheckedChange={setLeasable} />
              <Label htmlFor="leasable">Can be leased</Label>
            </div>
            <div className="flex items-center gap-x-2">
              <Switch id="purchasable" checked={purchasable} onCheckedChange={setPurchasable} />
              <Label htmlFor="purchasable">Can be bought</Label>
            </div>
          </section>

          <section className="flex flex-col gap-y-2">
            <Heading level="h3">Prices</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              LEASING is the monthly rent, BUY the one-time price. The most specific price wins: one for a layout or a
              country beats "any layout" or "any country".
            </Text>
            {prices.map((row, index) => {
              const testId = `price-${row.acquisition_mode}-${row.currency_code}-${row.keyboard_layout ?? "any"}-${row.delivery_country ?? "any"}`
              return (
                <div key={index} className="flex flex-col gap-y-1" data-testid={`${testId}-row`}>
                  <div className="flex items-center gap-x-2">
                    <Select
                      value={row.acquisition_mode}
                      onValueChange={(v) => updateRow(index, { acquisition_mode: v === "BUY" ? "BUY" : "LEASING" })}
                    >
                      <Select.Trigger aria-label="Acquisition mode" className="w-32">
                        <Select.Value />
                      </Select.Trigger>
                      <Select.Content>
                        <Select.Item value="LEASING">LEASING</Select.Item>
                        <Select.Item value="BUY">BUY</Select.Item>
                      </Select.Content>
                    </Select>
                    <Select value={row.currency_code} onValueChange={(v) => updateRow(index, { currency_code: v })}>
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
                      onValueChange={(v) => updateRow(index, { keyboard_layout: layouts.find((l) => l === v) ?? null })}
                    >
                      <Select.Trigger aria-label="Keyboard layout" className="w-56" disabled={!hasKeyboard}>
                        <Select.Value />
                      </Select.Trigger>
                      <Select.Content>
                        <Select.Item value={ANY}>Any layout</Select.Item>
                        {layouts.map((l) => (
                          <Select.Item key={l} value={l}>
                            {keyboardLayoutName(l)}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                    <Select
                      value={row.delivery_country ?? ANY}
                      onValueChange={(v) => updateRow(index, { delivery_country: v === ANY ? null : v })}
                    >
                      <Select.Trigger aria-label="Delivery country" className="w-36">
                        <Select.Value />
                      </Select.Trigger>
                      <Select.Content>
                        <Select.Item value={ANY}>Any country</Select.Item>
                        {availableCountries.map((c) => (
                          <Select.Item key={c} value={c}>
                            {c}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                    <Input
                      aria-label="Amount"
                      data-testid={`${testId}-amount`}
                      className="w-32"
                      value={row.amount}
                      aria-invalid={!!rowErrors[index]}
                      onChange={(e) => updateRow(index, { amount: e.target.value })}
                    />
                    <IconButton
                      variant="transparent"
                      aria-label="Remove price"
                      onClick={() => setPrices((rows) => rows.filter((_, i) => i !== index))}
                    >
                      <Trash />
                    </IconButton>
                  </div>
                  {rowErrors[index] && (
                    <Text size="xsmall" className="text-ui-fg-error" role="alert">
                      {rowErrors[index]}
                    </Text>
                  )}
                </div>
              )
            })}
            <div>
              <Button
                size="small"
                variant="secondary"
                onClick={() =>
                  setPrices((rows) => [
                    ...rows,
                    {
                      acquisition_mode: "LEASING",
                      currency_code: currencies[0] ?? "eur",
                      amount: "",
                      keyboard_layout: null,
                      delivery_country: null,
                    },
                  ])
                }
              >
                Add price
              </Button>
            </div>
          </section>
          {serverError && (
            <Text className="text-ui-fg-error" role="alert" data-testid="leasing-offer-error">
              {serverError}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Cancel</Button>
          </Drawer.Close>
          <Button onClick={save} isLoading={upsert.isPending}>
            Save
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
