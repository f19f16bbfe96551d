import { KNOWN_INSTRUMENTS } from '../instruments.js';
import type { Quote } from '../intraday.js';
import { ok, marketDivision, required, STOCK_DIVISIONS, type Endpoint } from './endpoint.js';
import { currentPriceOutput, unknownOutput } from './quote-fields.js';

const placeholder = KNOWN_INSTRUMENTS.get('005930');

/** The field set of an unknown code, taken from a real quote so that the keys never drift. */
const UNKNOWN_OUTPUT = placeholder
  ? unknownOutput(
      currentPriceOutput({
        profile: placeholder,
        date: '2024-01-02',
        phase: 'no-session',
        basePrice: 1,
        price: 1,
        open: 0,
        high: 0,
        low: 0,
        volume: 0,
        value: 0,
        openTime: '',
        highTime: '',
        lowTime: '',
        history: [],
        progress: 0,
      } satisfies Quote),
    )
  : { stck_prpr: '0' };

/** 주식현재가 시세 (KIS_API.md §4.1). */
export const inquirePrice: Endpoint = {
  name: 'inquire-price',
  trId: 'FHKST01010100',
  realOnly: false,
  handle(query, context) {
    const badDivision = marketDivision(query, STOCK_DIVISIONS);
    if (badDivision) return badDivision;
    const code = required(query, 'FID_INPUT_ISCD');
    if ('error' in code) return code.error;
    const quote = context.intraday.quote(code.value, context.now());
    // KIS answers an unknown code with success and a zero price, not an error.
    return ok({ output: quote ? currentPriceOutput(quote) : { ...UNKNOWN_OUTPUT } });
  },
};
