// serial columns are int4: a larger "number" cannot name any row (and would make PostgreSQL throw).
const MAX_NUMBER = 2_147_483_647

/**
 * The leasing platform names users and addresses by positive integers (`^[1-9]\d*$`);
 * Medusa by prefixed ids. Either is accepted wherever a record is named.
 */
export function parseRecordRef(ref: string | number): { number: number } | { id: string } | null {
  const text = String(ref).trim()
  if (/^[1-9]\d*$/.test(text)) {
    const number = Number(text)
    return number <= MAX_NUMBER ? { number } : null
  }
  return /^[a-z]+_[0-9A-Za-z]+$/.test(text) ? { id: text } : null
}
