/** The market-data quote stream the ETL's live job publishes into. */
export { createQuoteStream, type QuoteEvent, type QuoteStream } from '../quotes.js';
