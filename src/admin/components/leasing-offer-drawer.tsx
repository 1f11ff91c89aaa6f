import { Button, Checkbox, Drawer, Heading, Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  DEFAULT_LEASE_TERM_MONTHS,
  KeyboardLayout,
  LEASE_TERMS_MONTHS,
  LeaseTermMonths,
} from "../../modules/leasing/constants"
import type { AdminVariantLeasingOffer } from "../../types/leasing"
import { KEYBOARD_LAYOUT_OPTIONS } from "../../types/leasing"
import { useUpsertLeasingOffer } from "../hooks/use-leasing-offers"
import { errorMessage } from "../lib/errors"
import { LeasingPriceRow, PriceRow } from "./leasing-price-row"

type Props = {
  current: AdminVariantLeasingOffer
  countries: string[]
  currencies: string[]
  onClose: () => void
  onSaved: () => void
}

const toggle = <T extends string | number>(list: T[], value: T) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort()

/** Client-side checks, so that obvious mistakes show beside the field before a round trip. */
function priceRowError(row: PriceRow, countries: string[], terms: LeaseTermMonths[]): string | null {
  const amount = Number(row.amount)
  if (row.amount.trim() === "" || Number.isNaN(amount)) return "Enter a number"
  if (amount <= 0) return "Must be greater than 0"
  if (row.delivery_country && !countries.includes(row.delivery_country)) {
    return `${row.delivery_country} is not a delivery country of this offer`
  }
  if (row.lease_term_months && !terms.includes(row.lease_term_months)) {
    return `${row.lease_term_months} months is not an offered term`
  }
  return null
}

/** Edits one variant's offer and its prices by mode, currency and keyboard layout. */
export const LeasingOfferDrawer = ({ current, countries, currencies, onClose, onSaved }: Props) => {
  const offer = current.offer
  const [availableCountries, setAvailableCountries] = useState<string[]>(offer?.available_countries ?? [])
  const [hasKeyboard, setHasKeyboard] = useState(offer?.has_keyboard ?? false)
  const [layouts, setLayouts] = useState<KeyboardLayout[]>(offer?.keyboard_layouts ?? [])
  const [term, setTerm] = useState(String(offer?.lease_term_months ?? DEFAULT_LEASE_TERM_MONTHS))
  const [terms, setTerms] = useState<LeaseTermMonths[]>(
    offer?.lease_terms_months ?? [offer?.lease_term_months ?? DEFAULT_LEASE_TERM_MONTHS]
  )
  const [leasable, setLeasable] = useState(offer?.leasable ?? true)
  const [purchasable, setPurchasable] = useState(offer?.purchasable ?? true)
  const [prices, setPrices] = useState<PriceRow[]>(
    current.prices.map(({ id: _id, ...p }) => ({ ...p, amount: String(p.amount) }))
  )
  const [serverError, setServerError] = useState<string | null>(null)
  const upsert = useUpsertLeasingOffer(current.variant.id)

  const updateRow = (index: number, patch: Partial<PriceRow>) =>
    setPrices((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))
  const rowErrors = prices.map((row) => priceRowError(row, availableCountries, terms))
  const termError = !terms.length
    ? "Offer at least one lease term."
    : !terms.includes(Number(term) as LeaseTermMonths)
      ? "The default term must be one of the offered terms."
      : null

  const save = async () => {
    if (rowErrors.some(Boolean) || termError) {
      setServerError(termError ?? "Fix the highlighted prices first.")
      return
    }
    setServerError(null)
    try {
      await upsert.mutateAsync({
        available_countries: availableCountries,
        has_keyboard: hasKeyboard,
        keyboard_layouts: hasKeyboard ? layouts : [],
        lease_term_months: Number(term) as LeaseTermMonths,
        lease_terms_months: terms,
        leasable,
        purchasable,
        prices: prices.map((p) => ({
          acquisition_mode: p.acquisition_mode,
          currency_code: p.currency_code,
          amount: Number(p.amount),
          keyboard_layout: hasKeyboard ? p.keyboard_layout : null,
          delivery_country: p.delivery_country,
          lease_term_months: p.acquisition_mode === "LEASING" ? p.lease_term_months : null,
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
      {/* Wider than the default drawer: a price row has six fields side by side. */}
      <Drawer.Content data-testid="leasing-offer-drawer" className="sm:max-w-[960px]">
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

          <section className="flex flex-col gap-y-2">
            <Heading level="h3">Lease terms</Heading>
            <div className="flex items-center gap-x-6">
              {LEASE_TERMS_MONTHS.map((t) => (
                <div key={t} className="flex items-center gap-x-2">
                  <Checkbox
                    id={`term-${t}`}
                    checked={terms.includes(t)}
                    onCheckedChange={() => setTerms((list) => toggle(list, t))}
                  />
                  <Label htmlFor={`term-${t}`}>{t} months</Label>
                </div>
              ))}
              <div className="flex items-center gap-x-2">
                <Label>Default term</Label>
                <Select value={term} onValueChange={setTerm}>
                  <Select.Trigger aria-label="Default lease term" className="w-32">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {terms.map((t) => (
                      <Select.Item key={t} value={String(t)}>
                        {t} months
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              A lease price for a term serves that term; a lease price for the "default term" serves only the default
              term.
            </Text>
          </section>

          <section className="flex items-center gap-x-6">
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
              country beats "any layout" or "any country". Give a term its own prices for every layout or country that
              has a default-term price.
            </Text>
            {prices.map((row, index) => (
              <LeasingPriceRow
                key={index}
                row={row}
                error={rowErrors[index]}
                currencies={currencies}
                layouts={hasKeyboard ? layouts : null}
                countries={availableCountries}
                terms={terms}
                onChange={(patch) => updateRow(index, patch)}
                onRemove={() => setPrices((rows) => rows.filter((_, i) => i !== index))}
              />
            ))}
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
                      lease_term_months: null,
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
