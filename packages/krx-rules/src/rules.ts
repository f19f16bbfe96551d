/**
 * Every rule in this package is a dated row with its source, so that a caller (the ledger) can
 * record which rule computed a figure. `from` is inclusive, `until` exclusive; null is open-ended.
 *
 * `verified: true` means the value and the dates agree across at least two independent published
 * sources, at least one of which names the regulation or decree and article; the primary texts
 * (law.go.kr, regulation.krx.co.kr) could not be read from here, so none was checked against its
 * official text. `verified: false` rows carry the reason in `note`.
 */
export interface DatedRule {
  id: string;
  from: string | null;
  until: string | null;
  source: string;
  verified: boolean;
  note?: string;
}

export function inForce(rule: DatedRule, date: string): boolean {
  return (rule.from === null || date >= rule.from) && (rule.until === null || date < rule.until);
}

/** The one rule of `rules` that matches; the tables are written so that exactly one does. */
export function ruleFor<T extends DatedRule>(
  rules: readonly T[],
  date: string,
  matches: (rule: T) => boolean,
): T | undefined {
  return rules.find((rule) => matches(rule) && inForce(rule, date));
}
