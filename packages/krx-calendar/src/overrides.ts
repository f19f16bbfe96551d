/**
 * Open/closed answers registered from KIS's holiday API (kis-holidays.ts). They win over the table
 * and the fallback rule: the calendar consults them first.
 */
const overrides = new Map<string, boolean>();

export function overrideOn(date: string): boolean | undefined {
  return overrides.size === 0 ? undefined : overrides.get(date);
}

export function hasOverrides(): boolean {
  return overrides.size > 0;
}

export function setOverride(date: string, isOpen: boolean): void {
  overrides.set(date, isOpen);
}

/** Forgets every registered KIS answer (the calendar is the hand-kept table again). */
export function clearHolidayOverrides(): void {
  overrides.clear();
}

export function holidayOverrides(): ReadonlyMap<string, boolean> {
  return new Map(overrides);
}
