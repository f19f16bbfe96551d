import { KNOWN_INSTRUMENTS } from '../instruments.js';
import { NOTHING_TRADED, type Quote } from '../intraday.js';
import { instrumentCode, ok, STOCK_DIVISIONS, type Endpoint } from './endpoint.js';
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
        shares: placeholder.shares,
        par: placeholder.par,
        price: 1,
        ...NOTHING_TRADED,
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
    const code = instrumentCode(query, STOCK_DIVISIONS);
    if ('error' in code) return code.error;
    const quote = context.intraday.quote(code.value, context.now());
    // KIS answers an unknown code with success and a zero price, not an error.
    return ok({ output: quote ? currentPriceOutput(quote) : { ...UNKNOWN_OUTPUT } });
  },
};
