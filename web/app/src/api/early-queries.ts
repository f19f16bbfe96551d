import type { RefreshOutcome } from '../stores/session.js';
import { postByHash, type HashedOperation } from './post-by-hash.js';

/**
 * A query the opened page will make first, sent by the entry point as soon as the session's
 * refresh has answered: its answer is on its way while the app's code still downloads and runs,
 * instead of being asked for only once the page has mounted.
 */
export type EarlyQuery = HashedOperation;

/** The answer's data, or null when it has none to offer (the page then asks as usual). */
type EarlyAnswer = Promise<{
  data: Record<string, unknown>;
  extensions?: Record<string, unknown>;
} | null>;

interface EarlyEntry {
  operationName: string;
  variables: string;
  answer: EarlyAnswer;
}

/**
 * An answer not taken within this time is dropped: the page it was for did not open (a
 * redirect, say), and a later visit must not be shown data from the moment the tab opened.
 */
const KEEP_FOR_MS = 10_000;

declare global {
  interface Window {
    CAPSTONE_EARLY_QUERIES?: EarlyEntry[];
  }
}

async function post(
  gatewayUrl: string,
  query: EarlyQuery,
  accessToken: string,
  language: string,
): EarlyAnswer {
  try {
    const { response, body } = await postByHash<{
      data?: Record<string, unknown> | null;
      errors?: unknown[];
      extensions?: Record<string, unknown>;
    }>(gatewayUrl, query, {
      'accept-language': language,
      authorization: `Bearer ${accessToken}`,
    });
    // Errors are the app's to handle (a refresh, a message): it asks again itself.
    if (!response.ok || body.errors?.length || !body.data) return null;
    return { data: body.data, extensions: body.extensions };
  } catch {
    return null;
  }
}

/** Sends `queries` once the refresh has answered with a session; nothing without one. */
export function startEarlyQueries(
  gatewayUrl: string,
  queries: EarlyQuery[],
  session: Promise<RefreshOutcome> | undefined,
  language: string,
) {
  if (!session || !queries.length) return;
  window.CAPSTONE_EARLY_QUERIES = queries.map((query) => ({
    operationName: query.operationName,
    variables: JSON.stringify(query.variables),
    answer: session.then((outcome) =>
      outcome.ok ? post(gatewayUrl, query, outcome.session.accessToken, language) : null,
    ),
  }));
  setTimeout(() => (window.CAPSTONE_EARLY_QUERIES = undefined), KEEP_FOR_MS);
}

/**
 * The early answer for this operation, once: later asks (a refetch, another visit) go to the
 * gateway as usual. Variables match as JSON, so a route declares them as its page passes them.
 */
export function takeEarlyAnswer(
  operationName: string | undefined,
  variables: unknown,
): EarlyAnswer | undefined {
  const entries = window.CAPSTONE_EARLY_QUERIES;
  const key = JSON.stringify(variables ?? {});
  const index =
    entries?.findIndex(
      (entry) => entry.operationName === operationName && entry.variables === key,
    ) ?? -1;
  if (index < 0) return undefined;
  return entries!.splice(index, 1)[0]!.answer;
}
