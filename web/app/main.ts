/**
 * The entry point, kept tiny: a reload's session refresh and the download of the page being
 * opened start at once, while the app's code (Vue, the router) is still downloading, instead of
 * after it.
 */
import { startEarlyRefresh } from './src/api/refresh.js';
import { runtimeConfig } from './src/api/runtime-config.js';
import { preloadPage } from './src/routes.js';

startEarlyRefresh(runtimeConfig().gatewayUrl);
preloadPage(location.pathname);
void import('./src/start-app.js');
