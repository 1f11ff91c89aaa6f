import type { AdminLeasingPrice } from "../../types/leasing"
import { keyboardLayoutName } from "../../types/leasing"

/** "44.17 EUR" */
export const formatAmount = (price: Pick<AdminLeasingPrice, "amount" | "currency_code">) =>
  `${price.amount.toFixed(2)} ${price.currency_code.toUpperCase()}`

/** A layout list by human names: "French (AZERTY), German (QWERTZ)". */
export const formatLayouts = (layouts: string[]) => layouts.map(keyboardLayoutName).join(", ")
