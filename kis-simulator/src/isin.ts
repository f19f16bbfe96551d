/**
 * Korean ISINs (표준코드) of common shares: KR7 + the 6-character short code + "00" + a check
 * digit (ISO 6166: letters become two digits, then the Luhn algorithm).
 */
export function isinCheckDigit(body: string): number {
  const digits = [...body.toUpperCase()]
    .map((char) => (/[0-9]/.test(char) ? char : String(char.charCodeAt(0) - 55)))
    .join('');
  let sum = 0;
  // Luhn from the right, doubling the rightmost digit because the check digit follows it.
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function koreanIsin(symbol: string): string {
  const body = `KR7${symbol}00`;
  return `${body}${isinCheckDigit(body)}`;
}
