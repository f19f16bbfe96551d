/**
 * KIS's error answers, verbatim (codes and messages from the KIS FAQ table, statuses as observed;
 * KIS_API.md §3, §5, §6). Data calls answer {rt_cd, msg_cd, msg1}; the OAuth endpoints answer
 * {error_description, error_code}.
 */
export interface KisErrorSpec {
  status: number;
  code: string;
  message: string;
}

const spec = (status: number, code: string, message: string): KisErrorSpec => ({
  status,
  code,
  message,
});

export const KIS_ERRORS = {
  serverError: spec(500, 'EGW00002', '서버 에러가 발생했습니다.'),
  appKeyRequired: spec(500, 'EGW00102', 'AppKey는 필수입니다.'),
  appKeyInvalid: spec(500, 'EGW00103', '유효하지 않은 AppKey입니다.'),
  appSecretRequired: spec(500, 'EGW00104', 'AppSecret은 필수입니다.'),
  appSecretInvalid: spec(500, 'EGW00105', '유효하지 않은 AppSecret입니다.'),
  tokenInvalid: spec(500, 'EGW00121', '유효하지 않은 token 입니다.'),
  tokenExpired: spec(500, 'EGW00123', '기간이 만료된 token 입니다.'),
  rateLimited: spec(500, 'EGW00201', '초당 거래건수를 초과하였습니다.'),
  notBearer: spec(500, 'EGW00205', 'credentials_type이 유효하지 않습니다.(Bearer)'),
  custtypeInvalid: spec(500, 'EGW00208', '고객유형(custtype)이 유효하지 않습니다.'),
  // The FAQ lists "EGW2004"; KIS codes are 8 characters, so the gateway's EGW02004 is used.
  notMockTr: spec(500, 'EGW02004', '모의투자 TR 이 아닙니다.'),
  noSuchService: spec(500, 'OPSQ0002', '없는 서비스 코드 입니다'),
  marketDivision: spec(200, 'OPSQ2001', 'ERROR : INPUT INVALID_CHECK_MRKT_DIV_CODE'),
  fieldInvalid: spec(200, 'OPSQ2002', 'ERROR : INPUT INVALID_CHECK_FIELD_LENGTH'),
} as const;

export const OAUTH_ERRORS = {
  serverError: spec(500, 'EGW00002', '서버 에러가 발생했습니다.'),
  appKeyRequired: spec(403, 'EGW00102', 'AppKey는 필수입니다.'),
  appKeyInvalid: spec(403, 'EGW00103', '유효하지 않은 AppKey입니다.'),
  appSecretRequired: spec(403, 'EGW00104', 'AppSecret은 필수입니다.'),
  appSecretInvalid: spec(403, 'EGW00105', '유효하지 않은 AppSecret입니다.'),
  grantTypeRequired: spec(403, 'EGW00115', '권한부여 타입(grant_type)은 필수입니다.'),
  grantTypeInvalid: spec(403, 'EGW00116', '지원하지 않는 권한부여 타입(grant_type)입니다.'),
  tokenInvalid: spec(403, 'EGW00121', '유효하지 않은 token 입니다.'),
  throttled: spec(403, 'EGW00133', '접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)'),
  badRequest: spec(400, 'EGW00101', '유효하지 않은 요청입니다.'),
} as const;

export const dataErrorBody = (error: KisErrorSpec) => ({
  rt_cd: '1',
  msg_cd: error.code,
  msg1: error.message,
});

export const oauthErrorBody = (error: KisErrorSpec) => ({
  error_description: error.message,
  error_code: error.code,
});

export const SUCCESS = { rt_cd: '0', msg_cd: 'MCA00000', msg1: '정상처리 되었습니다.' } as const;
