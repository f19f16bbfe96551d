export { database } from './database.js';
export { createPrismaClient } from './prisma.js';
export { createQuoteStream, quoteTopic, type QuoteEvent, type QuoteStream } from './quotes.js';
export { schema } from './schema/index.js';
export { DEMO_INSTRUMENTS, seedDemoInstruments } from './seed.js';
export { marketDataSubgraph } from './service.js';
