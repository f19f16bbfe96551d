/**
 * The entry point, kept tiny: a reload's session refresh starts at once, while the app's code
 * (Vue, the router, the pages) is still downloading, instead of after it.
 */
import { startEarlyRefresh } from './src/api/refresh.js';
import { runtimeConfig } from './src/api/runtime-config.js';

startEarlyRefresh(runtimeConfig().gatewayUrl);
void import('./src/start-app.js');
