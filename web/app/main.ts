/**
 * The entry point, kept tiny: a reload's session refresh, the download of the page being opened
 * and that page's first queries start at once, while the app's code (Vue, the router) is still
 * downloading, instead of after it.
 */
import { startEarlyQueries } from './src/api/early-queries.js';
import { startEarlyRefresh } from './src/api/refresh.js';
import { runtimeConfig } from './src/api/runtime-config.js';
import { storedLocale } from './src/local-preferences.js';
import { preloadPage } from './src/routes.js';

const { gatewayUrl } = runtimeConfig();
const session = startEarlyRefresh(gatewayUrl);
startEarlyQueries(gatewayUrl, preloadPage(location.pathname), session, storedLocale());
void import('./src/start-app.js');
