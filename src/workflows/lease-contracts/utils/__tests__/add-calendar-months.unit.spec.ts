import { addCalendarMonths } from "../add-calendar-months"

const utc = (iso: string) => new Date(iso)
const plus = (iso: string, months: number) => addCalendarMonths(utc(iso), months).toISOString()

describe("addCalendarMonths", () => {
  it("moves the same day of a later month, keeping the time of day", () => {
    expect(plus("2026-03-15T09:30:00.000Z", 1)).toBe("2026-04-15T09:30:00.000Z")
    expect(plus("2026-11-24T00:00:00.000Z", 36)).toBe("2029-11-24T00:00:00.000Z")
  })

  it("ends on the last day of a shorter month (Jan 31 + 1 month)", () => {
    expect(plus("2026-01-31T00:00:00.000Z", 1)).toBe("2026-02-28T00:00:00.000Z")
    expect(plus("2028-01-31T00:00:00.000Z", 1)).toBe("2028-02-29T00:00:00.000Z")
    expect(plus("2026-08-31T12:00:00.000Z", 1)).toBe("2026-09-30T12:00:00.000Z")
    // A leap day plus a year's worth of months: Feb 28 of the next year.
    expect(plus("2028-02-29T00:00:00.000Z", 12)).toBe("2029-02-28T00:00:00.000Z")
  })

  it("crosses years for the lease terms (18, 24, 36 months)", () => {
    expect(plus("2026-08-31T00:00:00.000Z", 18)).toBe("2028-02-29T00:00:00.000Z")
    expect(plus("2026-12-01T00:00:00.000Z", 24)).toBe("2028-12-01T00:00:00.000Z")
    expect(plus("2026-05-31T00:00:00.000Z", 36)).toBe("2029-05-31T00:00:00.000Z")
  })

  it("does not change its input and refuses a fractional number of months", () => {
    const start = utc("2026-01-31T00:00:00.000Z")
    addCalendarMonths(start, 1)
    expect(start.toISOString()).toBe("2026-01-31T00:00:00.000Z")
    expect(() => addCalendarMonths(start, 1.5)).toThrow(RangeError)
  })
})
