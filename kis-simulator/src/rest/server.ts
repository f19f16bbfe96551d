import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { SimulatorContext } from '../context.js';
import type { FaultChannel } from '../faults.js';
import { buildMasterFiles, MASTER_FILE_NAMES, type MasterFileName } from '../master-files.js';
import { ADMIN_PREFIX, handleAdmin } from './admin.js';
import { fail } from './endpoint.js';
import { BodyError, header, readJsonObject, send, sendBytes, type Reply } from './http.js';
import { KIS_ERRORS, OAUTH_ERRORS, oauthErrorBody } from './kis-errors.js';
import { issueApproval, issueToken, revokeToken } from './oauth.js';
import { handleQuotation, QUOTATIONS_PREFIX } from './quotations.js';

const MASTER_PREFIX = '/common/master/';

/** KIS's REST host, its master-file download host and the simulator's admin routes on one port. */
export function createRestServer(context: SimulatorContext): Server {
  let masterCache: { date: string; files: Record<MasterFileName, Uint8Array> } | null = null;
  const masterFiles = () => {
    const date = context.market.today();
    if (masterCache?.date !== date)
      masterCache = { date, files: buildMasterFiles(context.market, date) };
    return masterCache.files;
  };

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    if (path.startsWith(ADMIN_PREFIX)) {
      send(res, await handleAdmin(context, req, url));
      return;
    }
    context.counters.requests++;
    const channel: FaultChannel = path.startsWith('/uapi/') ? 'uapi' : 'other-rest';
    const fault = context.faults.strike(channel, path);
    if (fault === 'drop-socket') {
      // An abrupt TCP reset with no HTTP answer, as when KIS's gateway drops a connection.
      req.socket.destroy();
      return;
    }
    if (fault) {
      const kind = {
        'server-error': 'serverError',
        'rate-limit': 'rateLimited',
        'token-expired': 'tokenExpired',
        'token-invalid': 'tokenInvalid',
      } as const;
      const error = KIS_ERRORS[kind[fault]];
      send(
        res,
        path.startsWith('/oauth2/')
          ? {
              status: OAUTH_ERRORS.serverError.status,
              body: oauthErrorBody(OAUTH_ERRORS.serverError),
            }
          : { ...fail(error), headers: { tr_id: header(req, 'tr_id') ?? '', tr_cont: 'D' } },
      );
      return;
    }

    const method = req.method ?? 'GET';
    let reply: Reply;
    if (method === 'POST' && path === '/oauth2/tokenP') reply = await issueToken(context, req);
    else if (method === 'POST' && path === '/oauth2/revokeP')
      reply = await revokeToken(context, req);
    else if (method === 'POST' && path === '/oauth2/Approval')
      reply = await issueApproval(context, req);
    else if (method === 'POST' && path === '/uapi/hashkey') reply = await hashkey(context, req);
    else if (method === 'GET' && path.startsWith(QUOTATIONS_PREFIX))
      reply = handleQuotation(context, req, url);
    else if (method === 'GET' && path.startsWith(MASTER_PREFIX)) {
      const name = path.slice(MASTER_PREFIX.length);
      if ((MASTER_FILE_NAMES as readonly string[]).includes(name)) {
        sendBytes(res, masterFiles()[name as MasterFileName], 'application/zip');
        return;
      }
      reply = { status: 404, body: { error: 'Not Found' } };
    } else reply = { status: 404, body: { error: 'Not Found' } };
    send(res, reply);
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    route(req, res, url).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof BodyError) send(res, { status: 413, body: { error: error.message } });
      else
        send(res, {
          status: 500,
          body: { rt_cd: '1', msg_cd: 'EGW00002', msg1: '서버 에러가 발생했습니다.' },
        });
    });
  });
}

/** POST /uapi/hashkey: optional for orders, kept so clients that always call it work (§3.3). */
async function hashkey(context: SimulatorContext, req: IncomingMessage): Promise<Reply> {
  const check = context.accounts.check(header(req, 'appkey'), header(req, 'appsecret'));
  if (!check.ok) {
    return fail(
      check.problem.startsWith('appkey') ? KIS_ERRORS.appKeyInvalid : KIS_ERRORS.appSecretInvalid,
    );
  }
  const body = await readJsonObject(req);
  if (!body) return fail(KIS_ERRORS.fieldInvalid);
  return {
    status: 200,
    body: {
      JsonBody: JSON.stringify(body),
      HASH: createHash('sha256').update(JSON.stringify(body)).digest('hex'),
    },
  };
}
