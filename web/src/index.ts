export { startWebService } from './service.js';
