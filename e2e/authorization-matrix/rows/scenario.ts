import {
  OWNER_ONLY,
  SIGNED_IN,
  allow,
  row,
  unique,
  type MatrixRow,
  type Scene,
} from '../matrix.js';

/** Remembers one value per scene (the scene's own run, its own scenario). */
const perScene = <Value>(make: (scene: Scene) => Promise<Value>) => {
  const made = new WeakMap<Scene, Promise<Value>>();
  return (scene: Scene) => {
    if (!made.has(scene)) made.set(scene, make(scene));
    return made.get(scene)!;
  };
};

async function ask<Data>(
  scene: Scene,
  query: string,
  variables: Record<string, unknown>,
): Promise<Data> {
  const response = await (await scene.owner()).ask<Data>(query, variables);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

/** A portfolio of the owner's that holds a stock, as every simulation needs. */
export const heldPortfolio = perScene(async (scene) => {
  const id = await scene.newPortfolio();
  await ask(
    scene,
    'mutation($id: ID!) { recordLedgerEntry(input: { portfolioId: $id, type: BUY, symbol: "005930", quantity: "1", price: "56000" }) { id } }',
    { id },
  );
  return id;
});

/** A run of the owner's (queued: the matrix runs no simulation worker). */
export const ownerRun = perScene(async (scene) => {
  const data = await ask<{ runStressTest: { id: string } }>(
    scene,
    'mutation($id: ID!) { runStressTest(input: { portfolioId: $id, templateId: "hypothetical-market-20" }) { id } }',
    { id: await heldPortfolio(scene) },
  );
  return data.runStressTest.id;
});

export const newScenario = async (scene: Scene) =>
  (
    await ask<{ createScenario: { id: string } }>(
      scene,
      'mutation($name: String!) { createScenario(input: { name: $name, shocks: [{ target: MARKET, change: -0.1 }] }) { id } }',
      { name: unique('scenario') },
    )
  ).createScenario.id;
const ownerScenario = perScene(newScenario);

const portfolioOf = async ({ scene }: { scene: Scene }) => ({ id: await heldPortfolio(scene) });
const runOf = async ({ scene }: { scene: Scene }) => ({ id: await ownerRun(scene) });

export const scenarioRows: MatrixRow[] = [
  row('Query.scenarioTemplates', {
    operation: '{ scenarioTemplates { id } }',
    outcomes: allow(...SIGNED_IN),
  }),
  row('Query.scenarioTemplate', {
    operation: '{ scenarioTemplate(id: "gfc-2008") { id nameKo nameEn } }',
    outcomes: allow(...SIGNED_IN),
  }),
  // Each run needs the portfolio and prices read as the caller: a key needs portfolio:read and
  // market:read besides simulation:run. Another user's portfolio is, to them, one that does not
  // exist (NOT_FOUND), so that an id reveals nothing. A fresh scene per caller keeps each owner under the
  // limit of runs queued at once.
  row('Mutation.runStressTest', {
    operation:
      'mutation($id: ID!) { runStressTest(input: { portfolioId: $id, templateId: "gfc-2008" }) { id status } }',
    variables: portfolioOf,
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'NOT_FOUND' },
    freshScene: true,
  }),
  row('Mutation.runMonteCarlo', {
    operation:
      'mutation($id: ID!) { runMonteCarlo(input: { portfolioId: $id, paths: 1000, horizonDays: 20 }) { id status } }',
    variables: portfolioOf,
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'NOT_FOUND' },
    freshScene: true,
  }),
  row('Mutation.runBacktest', {
    operation:
      'mutation($id: ID!) { runBacktest(input: { portfolioId: $id, from: "2022-09-01" }) { id status } }',
    variables: portfolioOf,
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'NOT_FOUND' },
    freshScene: true,
  }),
  row('Mutation.optimizePortfolio', {
    operation:
      'mutation($id: ID!) { optimizePortfolio(input: { portfolioId: $id, objective: MAX_SHARPE }) { id status } }',
    variables: portfolioOf,
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'NOT_FOUND' },
    freshScene: true,
  }),
  row('Query.simulation', {
    operation: 'query($id: ID!) { simulation(id: $id) { id status inputHash seed } }',
    variables: runOf,
    outcomes: allow(...OWNER_ONLY),
  }),
  row('Query.simulations', {
    operation: '{ simulations(first: 5) { runs { id } nextCursor } }',
    outcomes: allow(...SIGNED_IN),
  }),
  row('Query.portfolio', {
    case: 'its simulations',
    operation: 'query($id: ID!) { portfolio(id: $id) { simulations { runs { id } } } }',
    variables: async ({ scene }) => {
      await ownerRun(scene);
      return { id: await heldPortfolio(scene) };
    },
    outcomes: { ...allow(...OWNER_ONLY), otherUser: 'hidden' },
  }),
  row('Subscription.simulationProgress', {
    operation:
      'subscription($id: ID!) { simulationProgress(runId: $id) { runId status fraction } }',
    variables: runOf,
    outcomes: allow(...OWNER_ONLY),
  }),
  row('Mutation.cancelSimulation', {
    operation: 'mutation($id: ID!) { cancelSimulation(runId: $id) { id status } }',
    variables: runOf,
    outcomes: allow(...OWNER_ONLY),
  }),
  row('Query.scenarios', {
    operation: '{ scenarios { id name } }',
    outcomes: allow(...SIGNED_IN),
  }),
  row('Query.scenario', {
    operation: 'query($id: ID!) { scenario(id: $id) { id name shocks { target change } } }',
    variables: async ({ scene }) => ({ id: await ownerScenario(scene) }),
    outcomes: allow(...OWNER_ONLY),
  }),
  row('Mutation.createScenario', {
    operation:
      'mutation($name: String!) { createScenario(input: { name: $name, shocks: [{ target: MARKET, change: -0.2 }] }) { id } }',
    variables: () => ({ name: unique('created') }),
    outcomes: allow(...SIGNED_IN),
  }),
  row('Mutation.updateScenario', {
    operation:
      'mutation($id: ID!, $name: String!) { updateScenario(id: $id, input: { name: $name, shocks: [{ target: MARKET, change: -0.3 }] }) { id } }',
    variables: async ({ scene }) => ({ id: await ownerScenario(scene), name: unique('updated') }),
    outcomes: allow(...OWNER_ONLY),
  }),
  row('Mutation.deleteScenario', {
    operation: 'mutation($id: ID!) { deleteScenario(id: $id) }',
    variables: async ({ scene }) => ({ id: await newScenario(scene) }),
    outcomes: allow(...OWNER_ONLY),
  }),
];
