export {
  MasterFileError,
  parseIndexMaster,
  parseStockMaster,
  type IndexCode,
  type MasterMarket,
  type MasterRecord,
} from './master-files.js';
