/** Bad input to a KRX rule. `field` names the input; the message is Korean first, then English. */
export class KrxRuleInputError extends TypeError {
  override name = 'KrxRuleInputError';
  constructor(
    readonly field: string,
    readonly value: unknown,
    messageKo: string,
    messageEn: string,
  ) {
    super(`${field}: ${messageKo} / ${messageEn} (${describe(value)})`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
