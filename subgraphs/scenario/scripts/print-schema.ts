/** Prints this subgraph's SDL to schema.graphql, the file the gateway composes from (`--check`: only verify). */
import { printSchemaCommand } from '@capstone/server-kit';
import { schema } from '../src/schema/index.js';

printSchemaCommand(schema, new URL('../schema.graphql', import.meta.url));
