import type { IncomingMessage } from 'node:http';
import type { SimulatorContext } from '../context.js';
import { kstDateTime } from '../kst.js';
import { TOKEN_LIFETIME_S } from '../tokens.js';
import { readJsonObject, stringField, type Reply } from './http.js';
import { OAUTH_ERRORS, oauthErrorBody, type KisErrorSpec } from './kis-errors.js';
import type { Environment } from '../types.js';

const refuse = (error: KisErrorSpec): Reply => ({
  status: error.status,
  body: oauthErrorBody(error),
});

type Credentials = { appKey: string; env: Environment } | { error: Reply };

function credentials(
  context: SimulatorContext,
  body: Record<string, unknown>,
  secretField: 'appsecret' | 'secretkey',
): Credentials {
  const grantType = stringField(body, 'grant_type');
  if (!grantType) return { error: refuse(OAUTH_ERRORS.grantTypeRequired) };
  if (grantType !== 'client_credentials') return { error: refuse(OAUTH_ERRORS.grantTypeInvalid) };
  const appKey = stringField(body, 'appkey');
  const check = context.accounts.check(appKey, stringField(body, secretField));
  if (!check.ok) {
    const error = {
      'appkey-missing': OAUTH_ERRORS.appKeyRequired,
      'appkey-invalid': OAUTH_ERRORS.appKeyInvalid,
      'appsecret-missing': OAUTH_ERRORS.appSecretRequired,
      'appsecret-invalid': OAUTH_ERRORS.appSecretInvalid,
    }[check.problem];
    return { error: refuse(error) };
  }
  return { appKey: appKey ?? '', env: check.env };
}

/** POST /oauth2/tokenP (KIS_API.md §3.1). */
export async function issueToken(context: SimulatorContext, req: IncomingMessage): Promise<Reply> {
  const body = await readJsonObject(req);
  if (!body) return refuse(OAUTH_ERRORS.badRequest);
  const who = credentials(context, body, 'appsecret');
  if ('error' in who) return who.error;
  const now = context.now().getTime();
  const result = context.tokens.issue(who.appKey, who.env, now);
  if (result.kind === 'throttled') return refuse(OAUTH_ERRORS.throttled);
  if (result.kind === 'issued') context.counters.tokenIssues++;
  const { token } = result;
  return {
    status: 200,
    body: {
      access_token: token.value,
      access_token_token_expired: kstDateTime(new Date(token.expiresAt)),
      token_type: 'Bearer',
      // A re-issued token keeps its expiry, so what is left of its day is what it has.
      expires_in:
        result.kind === 'issued' ? TOKEN_LIFETIME_S : Math.floor((token.expiresAt - now) / 1000),
    },
  };
}

/** POST /oauth2/revokeP (KIS_API.md §3.2). */
export async function revokeToken(context: SimulatorContext, req: IncomingMessage): Promise<Reply> {
  const body = await readJsonObject(req);
  if (!body) return refuse(OAUTH_ERRORS.badRequest);
  const appKey = stringField(body, 'appkey');
  const check = context.accounts.check(appKey, stringField(body, 'appsecret'));
  if (!check.ok) {
    return refuse(
      check.problem.startsWith('appkey')
        ? OAUTH_ERRORS.appKeyInvalid
        : OAUTH_ERRORS.appSecretInvalid,
    );
  }
  const value = stringField(body, 'token') ?? '';
  const token = context.tokens.lookup(value);
  if (!token || token.appKey !== appKey || !context.tokens.revoke(value)) {
    return refuse(OAUTH_ERRORS.tokenInvalid);
  }
  return { status: 200, body: { code: 200, message: '접근토큰 폐기에 성공하였습니다' } };
}

/** POST /oauth2/Approval: the WebSocket approval key; note the secret travels as `secretkey` (§3.4). */
export async function issueApproval(
  context: SimulatorContext,
  req: IncomingMessage,
): Promise<Reply> {
  const body = await readJsonObject(req);
  if (!body) return refuse(OAUTH_ERRORS.badRequest);
  const who = credentials(context, body, 'secretkey');
  if ('error' in who) return who.error;
  return {
    status: 200,
    body: {
      approval_key: context.tokens.issueApproval(who.appKey, who.env, context.now().getTime()),
    },
  };
}
