import type { Language } from '@capstone/errors';
import { GraphQLRequestError } from '@capstone/graphql-client';

/**
 * A failed call as a tool error an agent can act on, in the caller's language (the gateway's
 * messages already come in it): a missing scope names the scope, a refused argument names the
 * argument, missing credentials say how to send them. The code stays in every language.
 */
export function toolErrorText(tool: string, error: unknown, language: Language = 'ko'): string {
  const ko = language === 'ko';
  if (!(error instanceof GraphQLRequestError)) {
    return ko
      ? `${tool} 실패: ${(error as Error).message}`
      : `${tool} failed: ${(error as Error).message}`;
  }
  if (error.transport) {
    return ko
      ? `${tool} 실패 (${error.code}): ${error.message}`
      : `${tool} failed (${error.code}): ${error.message}`;
  }
  return error.errors
    .map((item) => {
      const code = typeof item.extensions?.code === 'string' ? item.extensions.code : 'ERROR';
      const scope = item.extensions?.requiredScope;
      const argument = item.extensions?.argument;
      if (code === 'FORBIDDEN' && typeof scope === 'string') {
        return ko
          ? `FORBIDDEN: 권한 부족: 이 API 키에는 ${tool}에 필요한 '${scope}' 권한이 없습니다. ` +
              `${scope} 권한이 있는 키를 쓰세요. (${item.message})`
          : `FORBIDDEN: this API key lacks the scope '${scope}' that ${tool} needs; ` +
              `use a key with ${scope}. (${item.message})`;
      }
      if (code === 'UNAUTHENTICATED') {
        return ko
          ? 'UNAUTHENTICATED: 로그인이 필요합니다: 사용자 토큰이나 API 키를 보내세요 ' +
              `(Authorization: Bearer …, 또는 stdio 서버의 CAPSTONE_API_KEY). (${item.message})`
          : 'UNAUTHENTICATED: send a user token or an API key ' +
              `(Authorization: Bearer …, or the CAPSTONE_API_KEY of the stdio server). (${item.message})`;
      }
      return typeof argument === 'string'
        ? `${code}: \`${argument}\`: ${item.message}`
        : `${code}: ${item.message}`;
    })
    .join('\n');
}
