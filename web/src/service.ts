import { gatewayUrl, servicePort, type Env } from '@capstone/config';
import { createLogger, createMetricsRegistry } from '@capstone/observability';
import { startHttpService, type RunningService } from '@capstone/server-kit';
import sirv from 'sirv';

/** Serves the built dashboard (web/dist/public) with the operational endpoints of every service. */
export async function startWebService({
  config,
  port,
}: {
  config: Env;
  port?: number;
}): Promise<RunningService> {
  const logger = createLogger('web', config.LOG_LEVEL);
  const registry = createMetricsRegistry('web');
  const assets = sirv(
    config.WEB_ASSETS_DIR ?? new URL('../dist/public', import.meta.url).pathname,
    {
      single: true,
      etag: true,
    },
  );
  return startHttpService({
    name: 'web',
    host: config.HOST,
    port: port ?? servicePort(config, 'web'),
    logger,
    registry,
    handler: (request, response) => {
      // Where the browser finds the gateway, decided by the server's configuration.
      if ((request.url ?? '').split('?')[0] === '/config.js') {
        response.writeHead(200, {
          'content-type': 'text/javascript; charset=utf-8',
          'cache-control': 'no-store',
        });
        response.end(
          `window.CAPSTONE_GATEWAY = ${JSON.stringify(config.PUBLIC_GATEWAY_URL ?? gatewayUrl(config))};\n`,
        );
        return;
      }
      return assets(request, response);
    },
  });
}
