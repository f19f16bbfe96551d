export { browserConfig, securityHeaders, startWebService, type BrowserConfig } from './service.js';
