import { defineStore } from 'pinia';
import { inject, ref, watch } from 'vue';
import { CLIENT } from '../api/client.js';
import { QuoteUpdatedDocument } from '@capstone/operations/web/graphql';
import type { QuoteLike } from '../valuation/valuation.js';

/** quoteUpdated takes 1 to 40 codes per subscription. */
const SYMBOLS_PER_SUBSCRIPTION = 40;

export interface LiveQuote extends QuoteLike {
  symbol: string;
}

/** The latest live quote of every instrument some page follows, shared by all of them. */
export const useQuotesStore = defineStore('quotes', () => {
  const bySymbol = ref<Record<string, LiveQuote>>({});
  function put(quote: LiveQuote) {
    bySymbol.value[quote.symbol] = quote;
  }
  return { bySymbol, put };
});

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

/**
 * Follows live quotes of the given instruments over graphql-ws for as long as the calling
 * component lives; the quotes land in the shared store.
 */
export function useLiveQuotes(symbols: () => readonly string[]) {
  const client = inject(CLIENT)!;
  const store = useQuotesStore();
  watch(
    () => [...new Set(symbols())].sort().join(','),
    (key, _previous, onCleanup) => {
      if (!key) return;
      const subscriptions = chunks(key.split(','), SYMBOLS_PER_SUBSCRIPTION).map((group) =>
        client.value.subscription(QuoteUpdatedDocument, { symbols: group }).subscribe((result) => {
          const quote = result.data?.quoteUpdated;
          if (quote) store.put(quote);
        }),
      );
      onCleanup(() => subscriptions.forEach((subscription) => subscription.unsubscribe()));
    },
    { immediate: true },
  );
  return store;
}
