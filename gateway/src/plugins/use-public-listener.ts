import { INTERNAL_IDENTITY_HEADER } from '@capstone/auth';
import { preferredLanguage, type LocalizedMessage } from '@capstone/errors';
import type { Plugin } from 'graphql-yoga';
import { INTERNAL_IDENTITY_ON_PUBLIC_LISTENER, type Listener } from './credentials.js';

/**
 * What the public listener refuses before anything else runs (parsing, trusted documents):
 * - a signed internal identity (`x-capstone-identity`), 401: it is for platform services on the
 *   internal listener (GATEWAY_INTERNAL_PORT), and would otherwise skip trusted documents;
 * - a request from the `null` origin (sandboxed iframes, `file:` pages), 403.
 * The internal listener passes `{ listener: 'internal' }` as its server context.
 */
export function usePublicListener(): Plugin<Record<string, unknown>, { listener?: Listener }> {
  return {
    onRequest({ request, serverContext, fetchAPI, endResponse }) {
      if (serverContext?.listener === 'internal') return;
      const refuse = (status: number, code: string, message: LocalizedMessage) => {
        const language = preferredLanguage(request.headers.get('accept-language'));
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message: message[language], extensions: { code } }] }),
            { status, headers: { 'content-type': 'application/json; charset=utf-8' } },
          ),
        );
      };
      if (request.headers.has(INTERNAL_IDENTITY_HEADER)) {
        refuse(401, 'UNAUTHENTICATED', INTERNAL_IDENTITY_ON_PUBLIC_LISTENER);
      } else if (request.headers.get('origin') === 'null') {
        refuse(403, 'FORBIDDEN', {
          ko: '출처가 null인 요청(샌드박스 iframe, file: 페이지)은 받지 않습니다',
          en: 'Requests from the null origin (sandboxed iframes, file: pages) are not accepted',
        });
      }
    },
  };
}
