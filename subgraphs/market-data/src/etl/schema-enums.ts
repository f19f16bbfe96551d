/** The enums of the market-data schema that the ETL's run records follow. */
export { EtlJob, type EtlRunStatus, type EtlTrigger } from '../generated/prisma/enums.js';
