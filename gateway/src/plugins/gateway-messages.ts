import type { LocalizedMessage } from '@capstone/errors';

/**
 * Korean for the errors that are not raised with both texts: the gateway's own (credentials,
 * rate limit, trusted documents, subscriptions, a subgraph that does not answer), GraphQL
 * Armor's limits, and graphql-js's parse and validation errors, which the library words in
 * English. Each rule reads the English text and says the same in Korean, keeping the names
 * (fields, types, variables) as they are; the English text stays the `en` message.
 */
interface Rule {
  readonly english: RegExp;
  readonly ko: (match: RegExpExecArray) => string;
}

const q = (name: string | undefined) => (name === undefined ? '' : `"${name}"`);

/** graphql-js's hint after a misspelt name: `Did you mean "a" or "b"?` */
const DID_YOU_MEAN = /\s*Did you mean (.+)\?$/;

const RULES: readonly Rule[] = [
  // REST routes (gateway/src/rest/serve-route.ts), when the operation's answer is not one.
  {
    english: /^The gateway answered without JSON$/,
    ko: () => '게이트웨이가 JSON이 아닌 응답을 보냈습니다',
  },
  { english: /^No event stream$/, ko: () => '이벤트 스트림이 열리지 않았습니다' },
  // Credentials (gateway/src/plugins/credentials.ts).
  { english: /^The access token is malformed$/, ko: () => '액세스 토큰의 형식이 잘못되었습니다' },
  {
    english: /^The access token has expired; refresh the session$/,
    ko: () => '액세스 토큰이 만료되었습니다. 세션을 갱신하세요',
  },
  { english: /^The access token is not valid$/, ko: () => '액세스 토큰이 유효하지 않습니다' },
  {
    english: /^The (access token|API key) could not be checked right now; try again$/,
    ko: (m) =>
      `${m[1] === 'API key' ? 'API 키' : '액세스 토큰'}를 지금 확인할 수 없습니다. 잠시 뒤 다시 시도하세요`,
  },
  { english: /^The API key is not valid$/, ko: () => 'API 키가 유효하지 않습니다' },
  {
    english: /^The forwarded identity is not valid$/,
    ko: () => '전달된 내부 신원 정보가 유효하지 않습니다',
  },
  {
    english: /^Send credentials as `Authorization: Bearer <token>`$/,
    ko: () => '자격 증명은 `Authorization: Bearer <토큰>` 형식으로 보내세요',
  },
  // The rate limit and CSRF prevention.
  {
    english: /^Too many requests; try again in (\d+) s$/,
    ko: (m) => `요청이 너무 많습니다. ${m[1]}초 뒤에 다시 시도하세요`,
  },
  {
    english: /^Required CSRF header\(s\) not present$/,
    ko: () => 'CSRF 방지 헤더(x-graphql-csrf)나 자격 증명 헤더가 필요합니다',
  },
  // Trusted documents.
  { english: /^Unknown trusted document$/, ko: () => '등록되지 않은 문서(해시)입니다' },
  {
    english: /^Only trusted documents may be sent here; send an API key to run other operations$/,
    ko: () => '이곳에는 등록된 문서만 보낼 수 있습니다. 다른 쿼리를 실행하려면 API 키를 보내세요',
  },
  // Subscriptions and subgraphs.
  {
    english: /^A connection may hold at most (\d+) subscriptions$/,
    ko: (m) => `연결 하나에 구독은 최대 ${m[1]}개까지입니다`,
  },
  {
    english: /^You may hold at most (\d+) subscriptions at once$/,
    ko: (m) => `구독은 한 번에 최대 ${m[1]}개까지 유지할 수 있습니다`,
  },
  {
    english: /^Events came faster than this client read them; subscribe again$/,
    ko: () => '이벤트를 읽는 속도가 너무 느려 구독이 끝났습니다. 다시 구독하세요',
  },
  {
    english: /^The (\S+) service went away; subscribe again$/,
    ko: (m) => `${m[1]} 서비스와의 연결이 끊겼습니다. 다시 구독하세요`,
  },
  {
    english: /^The (\S+) service did not answer within (\d+) ms$/,
    ko: (m) => `${m[1]} 서비스가 ${m[2]}ms 안에 응답하지 않았습니다`,
  },
  { english: /^The (\S+) service is unavailable$/, ko: (m) => `${m[1]} 서비스를 쓸 수 없습니다` },
  { english: /^Not a subscription$/, ko: () => '구독(subscription) 문서가 아닙니다' },
  // GraphQL Armor's limits.
  {
    english: /^(?:Syntax Error: )?Query depth limit of (\d+) exceeded, found (\d+)\.?$/,
    ko: (m) => `쿼리 중첩 깊이 한도 ${m[1]}을(를) 넘었습니다 (${m[2]})`,
  },
  {
    english: /^(?:Syntax Error: )?Aliases limit of (\d+) exceeded, found (\d+)\.?$/,
    ko: (m) => `별칭 수 한도 ${m[1]}을(를) 넘었습니다 (${m[2]})`,
  },
  {
    english: /^(?:Syntax Error: )?Token limit of (\d+) exceeded(?:, found (\d+))?\.?$/,
    ko: (m) => `쿼리 토큰 수 한도 ${m[1]}을(를) 넘었습니다${m[2] ? ` (${m[2]})` : ''}`,
  },
  {
    english: /^(?:Syntax Error: )?Directives limit of (\d+) exceeded, found (\d+)\.?$/,
    ko: (m) => `지시어 수 한도 ${m[1]}을(를) 넘었습니다 (${m[2]})`,
  },
  {
    english: /^(?:Syntax Error: )?Query Cost limit of (\d+) exceeded, found (\d+)\.?$/,
    ko: (m) => `쿼리 예상 비용 한도 ${m[1]}을(를) 넘었습니다 (${m[2]})`,
  },
  { english: /^Query validation error\.?$/, ko: () => '쿼리가 한도를 넘었습니다' },
  // Yoga's checks of the request itself.
  { english: /^Must provide query string\.?$/, ko: () => '쿼리 문서(query)를 보내세요' },
  {
    english: /^Request body size exceeded/,
    ko: () => '요청 본문이 너무 큽니다',
  },
  // graphql-js's validation and variable errors: the most common, in full.
  {
    english: /^Cannot query field "([^"]+)" on type "([^"]+)"\./,
    ko: (m) => `${q(m[2])} 타입에는 ${q(m[1])} 필드가 없습니다`,
  },
  {
    english: /^Unknown argument "([^"]+)" on field "([^"]+)"\./,
    ko: (m) => `${q(m[2])} 필드에는 ${q(m[1])} 인자가 없습니다`,
  },
  {
    english:
      /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\.$/,
    ko: (m) => `${q(m[1])} 필드의 필수 인자 ${q(m[2])}(${m[3]})가 빠졌습니다`,
  },
  {
    english: /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields\./,
    ko: (m) => `${q(m[1])} 필드(${m[2]})는 하위 필드를 골라야 합니다`,
  },
  {
    english: /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\.$/,
    ko: (m) => `${q(m[1])} 필드(${m[2]})에는 하위 필드가 없습니다`,
  },
  { english: /^Unknown type "([^"]+)"\./, ko: (m) => `${q(m[1])} 타입은 없습니다` },
  { english: /^Unknown fragment "([^"]+)"\.$/, ko: (m) => `${q(m[1])} 프래그먼트는 없습니다` },
  {
    english: /^Variable "\$([^"]+)" is never used(?: in operation "[^"]+")?\.$/,
    ko: (m) => `변수 $${m[1]}을(를) 쓰지 않습니다`,
  },
  {
    english: /^Variable "\$([^"]+)" is not defined(?: by operation "[^"]+")?\.$/,
    ko: (m) => `변수 $${m[1]}이(가) 선언되지 않았습니다`,
  },
  {
    english: /^Variable "\$([^"]+)" of required type "([^"]+)" was not provided\.$/,
    ko: (m) => `필수 변수 $${m[1]}(${m[2]})의 값이 없습니다`,
  },
  {
    english: /^Variable "\$([^"]+)" of non-null type "([^"]+)" must not be null\.$/,
    ko: (m) => `변수 $${m[1]}(${m[2]})은(는) null일 수 없습니다`,
  },
  {
    english: /^Variable "\$([^"]+)" got invalid value (.*)$/s,
    ko: (m) => `변수 $${m[1]}의 값이 올바르지 않습니다: ${m[2]}`,
  },
  {
    english: /^Variable "\$([^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.$/,
    ko: (m) => `변수 $${m[1]}의 타입 ${m[2]}은(는) 이 자리에 맞지 않습니다 (${m[3]} 필요)`,
  },
  {
    english: /^Syntax Error: (.*)$/s,
    ko: (m) => `쿼리 문법 오류: ${m[1]}`,
  },
];

/** What a code means, in Korean, for an error no rule words in full. */
const CODE_MEANINGS: Readonly<Record<string, string>> = {
  GRAPHQL_PARSE_FAILED: '쿼리 문서의 문법이 잘못되었습니다',
  GRAPHQL_VALIDATION_FAILED: '쿼리 문서가 스키마와 맞지 않습니다',
  BAD_USER_INPUT: '입력값이 잘못되었습니다',
  BAD_REQUEST: '요청 형식이 잘못되었습니다',
  UNAUTHENTICATED: '인증에 실패했습니다',
  FORBIDDEN: '허용되지 않은 작업입니다',
  NOT_FOUND: '찾을 수 없습니다',
  CONFLICT: '현재 상태와 맞지 않는 요청입니다',
  RATE_LIMITED: '요청이 너무 많습니다',
  PERSISTED_QUERY_NOT_FOUND: '등록되지 않은 문서입니다',
  PERSISTED_QUERY_ONLY: '등록된 문서만 받습니다',
  QUERY_TOO_DEEP: '쿼리가 너무 깊게 중첩되었습니다',
  TOO_MANY_ALIASES: '별칭이 너무 많습니다',
  TOO_MANY_TOKENS: '쿼리 문서가 너무 깁니다',
  TOO_MANY_DIRECTIVES: '지시어가 너무 많습니다',
  QUERY_TOO_COSTLY: '쿼리의 예상 비용이 한도를 넘습니다',
  TOO_MANY_SUBSCRIPTIONS: '구독 수 한도를 넘었습니다',
  SUBSCRIBER_TOO_SLOW: '구독자가 이벤트를 제때 읽지 못했습니다',
  SUBGRAPH_UNAVAILABLE: '서비스 하나가 응답하지 않습니다',
  SERVICE_UNAVAILABLE: '다른 서비스에 닿지 못했습니다',
  CSRF_HEADER_MISSING: 'CSRF 방지 헤더가 필요합니다',
  INTERNAL_SERVER_ERROR: '예상하지 못한 서버 오류입니다',
};

const UNEXPECTED = /^Unexpected error\.?$/;

/**
 * Both texts of an error raised in English only: Korean from the rules above, or else the
 * code's meaning in Korean with the English detail after it, so a Korean reader always learns
 * what happened and still has the exact words to report.
 */
export function gatewayMessage(english: string, code: string | undefined): LocalizedMessage {
  if (UNEXPECTED.test(english)) {
    return { ko: '예상하지 못한 오류가 발생했습니다. 잠시 뒤 다시 시도하세요', en: english };
  }
  const hint = DID_YOU_MEAN.exec(english);
  const text = hint ? english.slice(0, hint.index) : english;
  for (const rule of RULES) {
    const match = rule.english.exec(text);
    if (match) {
      const ko = rule.ko(match);
      return { ko: hint ? `${ko} (혹시: ${hint[1]})` : ko, en: english };
    }
  }
  const meaning = (code && CODE_MEANINGS[code]) ?? '요청을 처리하지 못했습니다';
  return { ko: `${meaning}${code ? ` (${code})` : ''}: ${english}`, en: english };
}
