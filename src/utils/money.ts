/** An amount in major units as the platform's decimal string, rounded to cents: 44.1666 -> "44.17". */
export const money = (n: number) => (Math.round(n * 100) / 100).toFixed(2)
