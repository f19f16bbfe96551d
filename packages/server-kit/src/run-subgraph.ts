import { runService } from './run-service.js';
import { startSubgraph, type AnySubgraphDefinition } from './start-subgraph.js';

/** The whole of a subgraph's `main.ts`: its own process, configured from the environment. */
export function runSubgraph(definition: AnySubgraphDefinition): Promise<void> {
  return runService(definition.name, (config) => startSubgraph(definition, { config }));
}
