import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface CsrfPreventionOptions {
  /** The header a browser app sends to prove it is not a cross-site "simple" request. */
  header: string;
  /**
   * Credential headers that exempt a request: no browser sends them on a simple cross-site
   * request (they are not CORS-safelisted), so a request carrying one was preflighted or did
   * not come from a browser. Cookies would need the CSRF header; bearer tokens and keys do not.
   */
  credentialHeaders: readonly string[];
}

// The content types a browser may send cross-site without a CORS preflight.
const SIMPLE_CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
];

/**
 * Refuses a request a browser could have sent from another site without a preflight (a GET, or
 * a form post) unless it carries the CSRF header or a credential header. Partner clients that
 * query over GET with their key (urql's default) therefore need nothing more.
 */
export function useCsrfPrevention({ header, credentialHeaders }: CsrfPreventionOptions): Plugin {
  const proofs = [header, ...credentialHeaders];
  return {
    onRequestParse({ request }) {
      const contentType = request.headers.get('content-type')?.toLowerCase();
      if (contentType && !SIMPLE_CONTENT_TYPES.some((simple) => contentType.startsWith(simple))) {
        return;
      }
      if (proofs.some((name) => request.headers.has(name))) return;
      throw new GraphQLError('Required CSRF header(s) not present', {
        extensions: {
          code: 'CSRF_HEADER_MISSING',
          header,
          http: { status: 403 },
        },
      });
    },
  };
}
