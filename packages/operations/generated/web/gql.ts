/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'fragment ApiKeyFields on ApiKey {\n  id\n  name\n  prefix\n  scopes\n  createdAt\n  lastUsedAt\n  revokedAt\n}\n': typeof types.ApiKeyFieldsFragmentDoc;
  'query ApiKeys {\n  apiKeys {\n    ...ApiKeyFields\n  }\n}\n': typeof types.ApiKeysDocument;
  'fragment AuthSession on AuthPayload {\n  accessToken\n  expiresIn\n  refreshToken\n  refreshTokenExpiresAt\n  user {\n    id\n    email\n    displayName\n    role\n    totpEnabled\n  }\n}\n': typeof types.AuthSessionFragmentDoc;
  'mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    ...AuthSession\n  }\n}\n': typeof types.ChangePasswordDocument;
  'mutation CompleteExternalLogin($provider: String!, $callbackUrl: String!) {\n  completeExternalLogin(provider: $provider, callbackUrl: $callbackUrl) {\n    ...AuthSession\n  }\n}\n': typeof types.CompleteExternalLoginDocument;
  'mutation ConfirmTotp($code: String!) {\n  confirmTotp(code: $code)\n}\n': typeof types.ConfirmTotpDocument;
  'mutation CreateApiKey($name: String!, $scopes: [ApiScope!]!) {\n  createApiKey(name: $name, scopes: $scopes) {\n    secret\n    apiKey {\n      ...ApiKeyFields\n    }\n  }\n}\n': typeof types.CreateApiKeyDocument;
  'mutation DisableTotp($code: String!) {\n  disableTotp(code: $code)\n}\n': typeof types.DisableTotpDocument;
  'mutation EnrolTotp {\n  enrolTotp {\n    secret\n    otpauthUri\n  }\n}\n': typeof types.EnrolTotpDocument;
  'query ExternalLoginProviders {\n  externalLoginProviders {\n    name\n    displayName\n  }\n}\n': typeof types.ExternalLoginProvidersDocument;
  'mutation LogIn($email: String!, $password: String!, $totpCode: String, $recoveryCode: String) {\n  logIn(email: $email, password: $password, totpCode: $totpCode, recoveryCode: $recoveryCode) {\n    ...AuthSession\n  }\n}\n': typeof types.LogInDocument;
  'mutation LogOut($refreshToken: String!) {\n  logOut(refreshToken: $refreshToken)\n}\n': typeof types.LogOutDocument;
  'query Me {\n  me {\n    id\n    email\n    displayName\n    role\n    totpEnabled\n  }\n}\n': typeof types.MeDocument;
  'mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...AuthSession\n  }\n}\n': typeof types.RefreshSessionDocument;
  'mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n': typeof types.RequestPasswordResetDocument;
  'mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}\n': typeof types.ResetPasswordDocument;
  'mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}\n': typeof types.RevokeApiKeyDocument;
  'mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}\n': typeof types.RevokeSessionDocument;
  'query Sessions {\n  sessions {\n    id\n    startedAt\n    lastActiveAt\n    expiresAt\n  }\n}\n': typeof types.SessionsDocument;
  'mutation SignOutEverywhere {\n  signOutEverywhere\n}\n': typeof types.SignOutEverywhereDocument;
  'mutation SignUp($email: String!, $password: String!, $displayName: String) {\n  signUp(email: $email, password: $password, displayName: $displayName) {\n    email\n  }\n}\n': typeof types.SignUpDocument;
  'mutation StartExternalLogin($provider: String!, $redirectUri: String!) {\n  startExternalLogin(provider: $provider, redirectUri: $redirectUri) {\n    authorizationUrl\n    state\n  }\n}\n': typeof types.StartExternalLoginDocument;
  'mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}\n': typeof types.VerifyEmailDocument;
  'query AdminApiKeys($query: String, $userId: ID, $first: Int, $after: String) {\n  adminApiKeys(query: $query, userId: $userId, first: $first, after: $after) {\n    apiKeys {\n      apiKey {\n        ...ApiKeyFields\n      }\n      owner {\n        id\n        email\n      }\n    }\n    nextCursor\n    hasMore\n  }\n}\n': typeof types.AdminApiKeysDocument;
  'mutation AdminRevokeApiKey($id: ID!) {\n  adminRevokeApiKey(id: $id) {\n    apiKey {\n      id\n      revokedAt\n    }\n    owner {\n      id\n      email\n    }\n  }\n}\n': typeof types.AdminRevokeApiKeyDocument;
  'query AdminUsers($query: String, $first: Int, $after: String) {\n  adminUsers(query: $query, first: $first, after: $after) {\n    users {\n      user {\n        id\n        email\n        displayName\n        role\n        emailVerified\n        totpEnabled\n        createdAt\n      }\n      lastSignInAt\n      activeApiKeyCount\n    }\n    nextCursor\n    hasMore\n  }\n}\n': typeof types.AdminUsersDocument;
  'mutation CancelEtlRun($id: ID!) {\n  cancelEtlRun(id: $id) {\n    id\n    status\n    cancelRequested\n  }\n}\n': typeof types.CancelEtlRunDocument;
  'query EtlOverview($limit: Int) {\n  etlStatus {\n    job\n    lastStatus\n    lastStartedAt\n    lastFinishedAt\n    lastSucceededAt\n    queued\n  }\n  etlRuns(limit: $limit) {\n    id\n    job\n    trigger\n    status\n    symbols\n    from\n    to\n    queuedAt\n    startedAt\n    finishedAt\n    rows\n    rowsChanged\n    errorCount\n    errors\n    message\n    cancelRequested\n  }\n}\n': typeof types.EtlOverviewDocument;
  'query ModelVersions($kind: ModelKind, $status: ModelStatus, $limit: Int) {\n  modelVersions(kind: $kind, status: $status, limit: $limit) {\n    id\n    name\n    kind\n    version\n    algorithm\n    status\n    beatsBaselines\n    reasonKo\n    reasonEn\n    holdOutWindow {\n      from\n      to\n    }\n    comparisons {\n      baseline\n      metric\n      model\n      baselineValue\n      better\n    }\n    createdAt\n    promotedAt\n    retiredAt\n  }\n}\n': typeof types.ModelVersionsDocument;
  'mutation PromoteModelVersion($id: ID!) {\n  promoteModelVersion(id: $id) {\n    id\n    name\n    kind\n    version\n    status\n    promotedAt\n    retiredAt\n  }\n}\n': typeof types.PromoteModelVersionDocument;
  'mutation TriggerEtlRun($job: EtlJob!, $symbols: [String!], $from: Date, $to: Date) {\n  triggerEtlRun(job: $job, symbols: $symbols, from: $from, to: $to) {\n    id\n    status\n  }\n}\n': typeof types.TriggerEtlRunDocument;
  'fragment DirectoryEntry on Instrument {\n  symbol\n  nameKo\n  nameEn\n  market\n}\n': typeof types.DirectoryEntryFragmentDoc;
  'fragment ForecastFields on Forecast {\n  asOf\n  horizonDays\n  volatility {\n    value\n    baseline\n    source\n    reasonKo\n    reasonEn\n  }\n  probabilityUp {\n    value\n    baseline\n    source\n    reasonKo\n    reasonEn\n  }\n}\n': typeof types.ForecastFieldsFragmentDoc;
  'query GetForecasts($symbols: [String!]!) {\n  forecasts(symbols: $symbols) {\n    symbol\n    forecast {\n      ...ForecastFields\n    }\n    unavailable {\n      code\n      messageKo\n      messageEn\n    }\n  }\n}\n': typeof types.GetForecastsDocument;
  'query GetInstrument($symbol: String!) {\n  instrument(symbol: $symbol) {\n    symbol\n    nameKo\n    nameEn\n    market\n    sector {\n      code\n      nameKo\n      nameEn\n    }\n    lastClose {\n      date\n      close\n      volume\n    }\n    lastQuote {\n      price\n      change\n      changeRate\n      tradedAt\n    }\n    forecast {\n      ...ForecastFields\n    }\n    forecastUnavailable {\n      code\n      messageKo\n      messageEn\n    }\n  }\n}\n': typeof types.GetInstrumentDocument;
  'query GetPriceHistory($symbol: String!, $from: Date!, $to: Date!) {\n  instrument(symbol: $symbol) {\n    symbol\n    nameKo\n    nameEn\n    priceHistory(from: $from, to: $to) {\n      date\n      open\n      high\n      low\n      close\n      volume\n    }\n  }\n}\n': typeof types.GetPriceHistoryDocument;
  'query GetQuotes($symbols: [String!]!) {\n  quotes(symbols: $symbols) {\n    symbol\n    price\n    change\n    changeRate\n    volume\n    tradedAt\n    instrument {\n      nameKo\n      nameEn\n      lastClose {\n        date\n        close\n      }\n    }\n  }\n}\n': typeof types.GetQuotesDocument;
  'query InstrumentDirectory {\n  from0: searchInstruments(query: "0", limit: 100) {\n    ...DirectoryEntry\n  }\n  from1: searchInstruments(query: "1", limit: 100) {\n    ...DirectoryEntry\n  }\n  from2: searchInstruments(query: "2", limit: 100) {\n    ...DirectoryEntry\n  }\n  from3: searchInstruments(query: "3", limit: 100) {\n    ...DirectoryEntry\n  }\n  from4: searchInstruments(query: "4", limit: 100) {\n    ...DirectoryEntry\n  }\n  from5: searchInstruments(query: "5", limit: 100) {\n    ...DirectoryEntry\n  }\n  from6: searchInstruments(query: "6", limit: 100) {\n    ...DirectoryEntry\n  }\n  from7: searchInstruments(query: "7", limit: 100) {\n    ...DirectoryEntry\n  }\n  from8: searchInstruments(query: "8", limit: 100) {\n    ...DirectoryEntry\n  }\n  from9: searchInstruments(query: "9", limit: 100) {\n    ...DirectoryEntry\n  }\n}\n': typeof types.InstrumentDirectoryDocument;
  'fragment InstrumentPrices on Instrument {\n  symbol\n  nameKo\n  nameEn\n  lastClose {\n    date\n    close\n  }\n  lastQuote {\n    price\n    change\n    changeRate\n    tradedAt\n  }\n}\n': typeof types.InstrumentPricesFragmentDoc;
  'query MarketIndices($from: Date!, $to: Date!) {\n  kospi: indexHistory(code: "0001", from: $from, to: $to) {\n    date\n    close\n  }\n  kosdaq: indexHistory(code: "1001", from: $from, to: $to) {\n    date\n    close\n  }\n}\n': typeof types.MarketIndicesDocument;
  'subscription QuoteUpdated($symbols: [String!]!) {\n  quoteUpdated(symbols: $symbols) {\n    symbol\n    price\n    change\n    changeRate\n    tradedAt\n  }\n}\n': typeof types.QuoteUpdatedDocument;
  'query SearchInstruments($query: String!, $limit: Int) {\n  searchInstruments(query: $query, limit: $limit) {\n    symbol\n    nameKo\n    nameEn\n    market\n    lastClose {\n      date\n      close\n    }\n  }\n}\n': typeof types.SearchInstrumentsDocument;
  'query Sectors {\n  sectors {\n    code\n    nameKo\n    nameEn\n    parent {\n      code\n    }\n  }\n}\n': typeof types.SectorsDocument;
  'mutation CreatePortfolio($input: CreatePortfolioInput!) {\n  createPortfolio(input: $input) {\n    id\n    name\n  }\n}\n': typeof types.CreatePortfolioDocument;
  'mutation CreatePortfolioWithHoldings(\n  $name: String!\n  $cash: Decimal!\n  $holdings: [InitialHoldingInput!]\n  $idempotencyKey: String\n) {\n  createPortfolio(\n    input: { name: $name, cash: $cash, holdings: $holdings, idempotencyKey: $idempotencyKey }\n  ) {\n    id\n    name\n    cash\n    holdings {\n      symbol\n      quantity\n      averageCost\n    }\n  }\n}\n': typeof types.CreatePortfolioWithHoldingsDocument;
  'mutation DeletePortfolio($id: ID!) {\n  deletePortfolio(id: $id)\n}\n': typeof types.DeletePortfolioDocument;
  'query GetPortfolio($portfolioId: ID!) {\n  portfolio(id: $portfolioId) {\n    id\n    name\n    cash\n    settledCash\n    unsettledCash\n    commissionRate\n    realizedPnl\n    createdAt\n    valuation {\n      asOf\n      cash\n      marketValue\n      totalValue\n      costBasis\n      unrealizedPnl\n      realizedPnl\n      unpricedSymbols\n      holdings {\n        symbol\n        quantity\n        costBasis\n        price\n        priceDate\n        marketValue\n        unrealizedPnl\n        weight\n      }\n    }\n    holdings {\n      symbol\n      quantity\n      averageCost\n      instrument {\n        nameKo\n        nameEn\n        sector {\n          code\n          nameKo\n          nameEn\n        }\n      }\n    }\n  }\n}\n': typeof types.GetPortfolioDocument;
  'mutation ImportHoldingsCsv($portfolioId: ID!, $csv: String!, $idempotencyKey: String) {\n  importHoldingsCsv(portfolioId: $portfolioId, csv: $csv, idempotencyKey: $idempotencyKey) {\n    id\n    holdings {\n      symbol\n      quantity\n    }\n  }\n}\n': typeof types.ImportHoldingsCsvDocument;
  'query ListPortfolios {\n  portfolios {\n    id\n    name\n    cash\n    valuation {\n      asOf\n      totalValue\n      marketValue\n      unrealizedPnl\n    }\n  }\n}\n': typeof types.ListPortfoliosDocument;
  'query PortfolioDetail($id: ID!) {\n  portfolio(id: $id) {\n    id\n    name\n    cash\n    realizedPnl\n    createdAt\n    holdings {\n      symbol\n      quantity\n      averageCost\n      costBasis\n      realizedPnl\n      instrument {\n        ...InstrumentPrices\n        market\n        sector {\n          code\n          nameKo\n          nameEn\n        }\n        forecast {\n          horizonDays\n          volatility {\n            value\n          }\n          probabilityUp {\n            value\n            baseline\n            reasonKo\n            reasonEn\n          }\n        }\n      }\n    }\n    transactions(limit: 20) {\n      id\n      type\n      symbol\n      quantity\n      price\n      amount\n      fee\n      tax\n      occurredAt\n      note\n    }\n  }\n}\n': typeof types.PortfolioDetailDocument;
  'query Portfolios {\n  portfolios {\n    id\n    name\n    cash\n    holdings {\n      symbol\n      quantity\n      costBasis\n      instrument {\n        ...InstrumentPrices\n      }\n    }\n  }\n}\n': typeof types.PortfoliosDocument;
  'query PortfolioValueHistory($id: ID!, $from: Date!, $to: Date!) {\n  portfolio(id: $id) {\n    id\n    valueHistory(from: $from, to: $to) {\n      date\n      value\n    }\n  }\n  kospi: indexHistory(code: "0001", from: $from, to: $to) {\n    date\n    close\n  }\n}\n': typeof types.PortfolioValueHistoryDocument;
  'mutation RecordLedgerEntry(\n  $portfolioId: ID!\n  $type: TransactionType!\n  $symbol: String\n  $quantity: Decimal\n  $price: Decimal\n  $amount: Decimal\n  $fee: Decimal\n  $tax: Decimal\n  $shareFactor: Decimal\n  $recordDate: Date\n  $occurredAt: DateTime\n  $note: String\n  $idempotencyKey: String\n) {\n  recordLedgerEntry(\n    input: {\n      portfolioId: $portfolioId\n      type: $type\n      symbol: $symbol\n      quantity: $quantity\n      price: $price\n      amount: $amount\n      fee: $fee\n      tax: $tax\n      shareFactor: $shareFactor\n      recordDate: $recordDate\n      occurredAt: $occurredAt\n      note: $note\n      idempotencyKey: $idempotencyKey\n    }\n  ) {\n    id\n    type\n    symbol\n    quantity\n    price\n    amount\n    fee\n    tax\n    feeMethod\n    taxMethod\n    taxRule\n    settlesOn\n    shareFactor\n    occurredAt\n    note\n  }\n}\n': typeof types.RecordLedgerEntryDocument;
  'mutation RecordTrade($input: RecordTradeInput!) {\n  recordTrade(input: $input) {\n    id\n    type\n    symbol\n    quantity\n    price\n    amount\n    occurredAt\n  }\n}\n': typeof types.RecordTradeDocument;
  'mutation RenamePortfolio($id: ID!, $name: String!) {\n  renamePortfolio(id: $id, name: $name) {\n    id\n    name\n  }\n}\n': typeof types.RenamePortfolioDocument;
  'mutation SetPortfolioCommissionRate($id: ID!, $rate: Decimal!) {\n  setPortfolioCommissionRate(id: $id, rate: $rate) {\n    id\n    commissionRate\n  }\n}\n': typeof types.SetPortfolioCommissionRateDocument;
  'mutation CancelSimulation($runId: ID!) {\n  cancelSimulation(runId: $runId) {\n    ...SimulationRunFields\n  }\n}\n': typeof types.CancelSimulationDocument;
  'mutation CreateScenario(\n  $name: String!\n  $description: String\n  $shocks: [ShockInput!]!\n  $idempotencyKey: String\n) {\n  createScenario(\n    input: { name: $name, description: $description, shocks: $shocks }\n    idempotencyKey: $idempotencyKey\n  ) {\n    id\n    name\n    description\n    shocks {\n      target\n      sector\n      symbol\n      currencyPair\n      change\n    }\n    createdAt\n  }\n}\n': typeof types.CreateScenarioDocument;
  'mutation DeleteScenario($id: ID!) {\n  deleteScenario(id: $id)\n}\n': typeof types.DeleteScenarioDocument;
  'query GetRiskScore($portfolioId: ID!) {\n  portfolio(id: $portfolioId) {\n    id\n    name\n    riskScore {\n      score\n      level\n      asOf\n      reasonKo\n      reasonEn\n      unscoredSymbols\n      contributions {\n        factor\n        nameKo\n        nameEn\n        points\n        maxPoints\n        value\n        detailKo\n        detailEn\n      }\n    }\n  }\n}\n': typeof types.GetRiskScoreDocument;
  'query GetScenarioTemplate($id: ID!) {\n  scenarioTemplate(id: $id) {\n    ...ScenarioTemplateFields\n  }\n}\n': typeof types.GetScenarioTemplateDocument;
  'query GetSimulation($runId: ID!) {\n  simulation(id: $runId) {\n    ...SimulationRunFields\n    result {\n      ... on StressTestResult {\n        asOf\n        method\n        scenario {\n          id\n          nameKo\n          nameEn\n          kind\n          periodStart\n          periodEnd\n        }\n        total {\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        holdings {\n          symbol\n          sector\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        worstDay {\n          date\n          return\n        }\n        recoveryDays\n      }\n      ... on MonteCarloResult {\n        asOf\n        paths\n        horizonDays\n        seed\n        initialValue\n        scheduledCashFlow\n        terminalValue {\n          mean\n          median\n        }\n        terminalReturn {\n          mean\n          median\n          probabilityOfLoss\n          valueAtRisk {\n            confidence\n            valueAtRisk\n            conditionalValueAtRisk\n            valueAtRiskAmount\n            conditionalValueAtRiskAmount\n          }\n        }\n        goal {\n          value\n          probabilityAtEnd\n          probabilityEverReached\n        }\n        maxDrawdown {\n          mean\n        }\n      }\n      ... on BacktestResult {\n        from\n        to\n        strategy\n        benchmark\n        initialCash\n        finalValue\n        finalCash\n        costs {\n          total\n        }\n        metrics {\n          totalReturn\n          cagr\n          volatility\n          sharpe\n          sortino\n          maxDrawdown\n        }\n      }\n      ... on OptimizationResult {\n        asOf\n        objective\n        status\n        converged\n        reason {\n          ko\n          en\n        }\n        weights {\n          symbol\n          weight\n          currentWeight\n        }\n        portfolio {\n          expectedReturn\n          volatility\n          sharpe\n        }\n        current {\n          expectedReturn\n          volatility\n          sharpe\n        }\n      }\n    }\n  }\n}\n': typeof types.GetSimulationDocument;
  'query ListScenarios($kind: ScenarioKind) {\n  scenarioTemplates(kind: $kind) {\n    ...ScenarioTemplateFields\n  }\n}\n': typeof types.ListScenariosDocument;
  'query ListSimulations($filter: SimulationFilter, $first: Int, $after: String) {\n  simulations(filter: $filter, first: $first, after: $after) {\n    runs {\n      ...SimulationRunFields\n    }\n    nextCursor\n    hasMore\n  }\n}\n': typeof types.ListSimulationsDocument;
  'mutation OptimizePortfolio(\n  $portfolioId: ID!\n  $objective: OptimizationObjective!\n  $targetReturn: Float\n  $targetVolatility: Float\n  $symbols: [String!]\n  $constraints: OptimizationConstraintsInput\n  $seed: Int\n  $idempotencyKey: String\n) {\n  optimizePortfolio(\n    input: {\n      portfolioId: $portfolioId\n      objective: $objective\n      targetReturn: $targetReturn\n      targetVolatility: $targetVolatility\n      symbols: $symbols\n      constraints: $constraints\n      seed: $seed\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n': typeof types.OptimizePortfolioDocument;
  'mutation RunBacktest(\n  $portfolioId: ID!\n  $from: Date\n  $to: Date\n  $initialCash: Decimal\n  $weights: [WeightInput!]\n  $rebalance: RebalanceFrequency\n  $seed: Int\n  $idempotencyKey: String\n) {\n  runBacktest(\n    input: {\n      portfolioId: $portfolioId\n      from: $from\n      to: $to\n      initialCash: $initialCash\n      weights: $weights\n      rebalance: $rebalance\n      seed: $seed\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n': typeof types.RunBacktestDocument;
  'mutation RunMonteCarlo(\n  $portfolioId: ID!\n  $horizonDays: Int\n  $paths: Int\n  $confidences: [Float!]\n  $model: MonteCarloModel\n  $cashFlow: CashFlowInput\n  $goal: Decimal\n  $seed: Int\n  $idempotencyKey: String\n) {\n  runMonteCarlo(\n    input: {\n      portfolioId: $portfolioId\n      horizonDays: $horizonDays\n      paths: $paths\n      confidences: $confidences\n      model: $model\n      cashFlow: $cashFlow\n      goal: $goal\n      seed: $seed\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n': typeof types.RunMonteCarloDocument;
  'mutation RunStressTest(\n  $portfolioId: ID!\n  $templateId: ID\n  $scenarioId: ID\n  $shocks: [ShockInput!]\n  $asOf: Date\n  $idempotencyKey: String\n) {\n  runStressTest(\n    input: {\n      portfolioId: $portfolioId\n      templateId: $templateId\n      scenarioId: $scenarioId\n      shocks: $shocks\n      asOf: $asOf\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n': typeof types.RunStressTestDocument;
  'fragment ScenarioTemplateFields on ScenarioTemplate {\n  id\n  kind\n  nameKo\n  nameEn\n  descriptionKo\n  descriptionEn\n  periodStart\n  periodEnd\n  shocks {\n    target\n    sector\n    currencyPair\n    change\n  }\n}\n': typeof types.ScenarioTemplateFieldsFragmentDoc;
  'subscription SimulationProgress($runId: ID!) {\n  simulationProgress(runId: $runId) {\n    runId\n    status\n    fraction\n    stage\n    message\n  }\n}\n': typeof types.SimulationProgressDocument;
  'query SimulationReport($runId: ID!) {\n  simulation(id: $runId) {\n    ...SimulationRunFields\n    inputs\n    inputHash\n    engineVersion\n    dataFrom\n    result {\n      ... on StressTestResult {\n        asOf\n        method\n        scenario {\n          source\n          id\n          nameKo\n          nameEn\n          kind\n          periodStart\n          periodEnd\n          shocks {\n            target\n            sector\n            symbol\n            currencyPair\n            change\n          }\n        }\n        fallbackReason {\n          ko\n          en\n        }\n        total {\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        holdings {\n          symbol\n          sector\n          quantity\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        worstDay {\n          date\n          return\n        }\n        recoveryDays\n      }\n      ... on MonteCarloResult {\n        asOf\n        paths\n        horizonDays\n        seed\n        initialValue\n        scheduledCashFlow\n        bands {\n          step\n          p5\n          p25\n          p50\n          p75\n          p95\n        }\n        terminalValue {\n          mean\n          median\n        }\n        terminalReturn {\n          mean\n          median\n          probabilityOfLoss\n          valueAtRisk {\n            confidence\n            valueAtRisk\n            conditionalValueAtRisk\n            valueAtRiskAmount\n            conditionalValueAtRiskAmount\n          }\n          histogram {\n            from\n            to\n            count\n          }\n        }\n        goal {\n          value\n          probabilityAtEnd\n          probabilityEverReached\n        }\n        maxDrawdown {\n          mean\n          percentiles {\n            percentile\n            value\n          }\n          histogram {\n            from\n            to\n            count\n          }\n        }\n      }\n      ... on BacktestResult {\n        from\n        to\n        strategy\n        benchmark\n        initialCash\n        finalValue\n        finalCash\n        equity {\n          date\n          value\n          benchmark\n          drawdown\n        }\n        trades {\n          date\n          symbol\n          side\n          quantity\n          price\n          amount\n          commission\n          tax\n        }\n        costs {\n          commission\n          tax\n          total\n          commissionRate\n        }\n        metrics {\n          totalReturn\n          cagr\n          volatility\n          sharpe\n          sortino\n          maxDrawdown\n          maxDrawdownPeak\n          maxDrawdownTrough\n          recoveryDays\n          benchmarkCagr\n        }\n      }\n      ... on OptimizationResult {\n        asOf\n        objective\n        objectiveName\n        status\n        converged\n        reason {\n          ko\n          en\n        }\n        weights {\n          symbol\n          weight\n          currentWeight\n          riskContribution\n        }\n        portfolio {\n          expectedReturn\n          volatility\n          sharpe\n        }\n        current {\n          expectedReturn\n          volatility\n          sharpe\n        }\n        frontier {\n          targetReturn\n          expectedReturn\n          volatility\n          sharpe\n          status\n        }\n        frontierStatus\n      }\n    }\n  }\n}\n': typeof types.SimulationReportDocument;
  'fragment SimulationRunFields on SimulationRun {\n  id\n  kind\n  status\n  portfolioId\n  seed\n  asOf\n  progress\n  stage\n  message\n  error {\n    code\n    field\n    messageKo\n    messageEn\n  }\n  queuedAt\n  startedAt\n  finishedAt\n}\n': typeof types.SimulationRunFieldsFragmentDoc;
  'query UserScenarios {\n  scenarios {\n    id\n    name\n    description\n    shocks {\n      target\n      sector\n      symbol\n      currencyPair\n      change\n    }\n    createdAt\n    updatedAt\n  }\n}\n': typeof types.UserScenariosDocument;
};
const documents: Documents = {
  'fragment ApiKeyFields on ApiKey {\n  id\n  name\n  prefix\n  scopes\n  createdAt\n  lastUsedAt\n  revokedAt\n}\n':
    types.ApiKeyFieldsFragmentDoc,
  'query ApiKeys {\n  apiKeys {\n    ...ApiKeyFields\n  }\n}\n': types.ApiKeysDocument,
  'fragment AuthSession on AuthPayload {\n  accessToken\n  expiresIn\n  refreshToken\n  refreshTokenExpiresAt\n  user {\n    id\n    email\n    displayName\n    role\n    totpEnabled\n  }\n}\n':
    types.AuthSessionFragmentDoc,
  'mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    ...AuthSession\n  }\n}\n':
    types.ChangePasswordDocument,
  'mutation CompleteExternalLogin($provider: String!, $callbackUrl: String!) {\n  completeExternalLogin(provider: $provider, callbackUrl: $callbackUrl) {\n    ...AuthSession\n  }\n}\n':
    types.CompleteExternalLoginDocument,
  'mutation ConfirmTotp($code: String!) {\n  confirmTotp(code: $code)\n}\n':
    types.ConfirmTotpDocument,
  'mutation CreateApiKey($name: String!, $scopes: [ApiScope!]!) {\n  createApiKey(name: $name, scopes: $scopes) {\n    secret\n    apiKey {\n      ...ApiKeyFields\n    }\n  }\n}\n':
    types.CreateApiKeyDocument,
  'mutation DisableTotp($code: String!) {\n  disableTotp(code: $code)\n}\n':
    types.DisableTotpDocument,
  'mutation EnrolTotp {\n  enrolTotp {\n    secret\n    otpauthUri\n  }\n}\n':
    types.EnrolTotpDocument,
  'query ExternalLoginProviders {\n  externalLoginProviders {\n    name\n    displayName\n  }\n}\n':
    types.ExternalLoginProvidersDocument,
  'mutation LogIn($email: String!, $password: String!, $totpCode: String, $recoveryCode: String) {\n  logIn(email: $email, password: $password, totpCode: $totpCode, recoveryCode: $recoveryCode) {\n    ...AuthSession\n  }\n}\n':
    types.LogInDocument,
  'mutation LogOut($refreshToken: String!) {\n  logOut(refreshToken: $refreshToken)\n}\n':
    types.LogOutDocument,
  'query Me {\n  me {\n    id\n    email\n    displayName\n    role\n    totpEnabled\n  }\n}\n':
    types.MeDocument,
  'mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...AuthSession\n  }\n}\n':
    types.RefreshSessionDocument,
  'mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n':
    types.RequestPasswordResetDocument,
  'mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}\n':
    types.ResetPasswordDocument,
  'mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}\n':
    types.RevokeApiKeyDocument,
  'mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}\n': types.RevokeSessionDocument,
  'query Sessions {\n  sessions {\n    id\n    startedAt\n    lastActiveAt\n    expiresAt\n  }\n}\n':
    types.SessionsDocument,
  'mutation SignOutEverywhere {\n  signOutEverywhere\n}\n': types.SignOutEverywhereDocument,
  'mutation SignUp($email: String!, $password: String!, $displayName: String) {\n  signUp(email: $email, password: $password, displayName: $displayName) {\n    email\n  }\n}\n':
    types.SignUpDocument,
  'mutation StartExternalLogin($provider: String!, $redirectUri: String!) {\n  startExternalLogin(provider: $provider, redirectUri: $redirectUri) {\n    authorizationUrl\n    state\n  }\n}\n':
    types.StartExternalLoginDocument,
  'mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}\n':
    types.VerifyEmailDocument,
  'query AdminApiKeys($query: String, $userId: ID, $first: Int, $after: String) {\n  adminApiKeys(query: $query, userId: $userId, first: $first, after: $after) {\n    apiKeys {\n      apiKey {\n        ...ApiKeyFields\n      }\n      owner {\n        id\n        email\n      }\n    }\n    nextCursor\n    hasMore\n  }\n}\n':
    types.AdminApiKeysDocument,
  'mutation AdminRevokeApiKey($id: ID!) {\n  adminRevokeApiKey(id: $id) {\n    apiKey {\n      id\n      revokedAt\n    }\n    owner {\n      id\n      email\n    }\n  }\n}\n':
    types.AdminRevokeApiKeyDocument,
  'query AdminUsers($query: String, $first: Int, $after: String) {\n  adminUsers(query: $query, first: $first, after: $after) {\n    users {\n      user {\n        id\n        email\n        displayName\n        role\n        emailVerified\n        totpEnabled\n        createdAt\n      }\n      lastSignInAt\n      activeApiKeyCount\n    }\n    nextCursor\n    hasMore\n  }\n}\n':
    types.AdminUsersDocument,
  'mutation CancelEtlRun($id: ID!) {\n  cancelEtlRun(id: $id) {\n    id\n    status\n    cancelRequested\n  }\n}\n':
    types.CancelEtlRunDocument,
  'query EtlOverview($limit: Int) {\n  etlStatus {\n    job\n    lastStatus\n    lastStartedAt\n    lastFinishedAt\n    lastSucceededAt\n    queued\n  }\n  etlRuns(limit: $limit) {\n    id\n    job\n    trigger\n    status\n    symbols\n    from\n    to\n    queuedAt\n    startedAt\n    finishedAt\n    rows\n    rowsChanged\n    errorCount\n    errors\n    message\n    cancelRequested\n  }\n}\n':
    types.EtlOverviewDocument,
  'query ModelVersions($kind: ModelKind, $status: ModelStatus, $limit: Int) {\n  modelVersions(kind: $kind, status: $status, limit: $limit) {\n    id\n    name\n    kind\n    version\n    algorithm\n    status\n    beatsBaselines\n    reasonKo\n    reasonEn\n    holdOutWindow {\n      from\n      to\n    }\n    comparisons {\n      baseline\n      metric\n      model\n      baselineValue\n      better\n    }\n    createdAt\n    promotedAt\n    retiredAt\n  }\n}\n':
    types.ModelVersionsDocument,
  'mutation PromoteModelVersion($id: ID!) {\n  promoteModelVersion(id: $id) {\n    id\n    name\n    kind\n    version\n    status\n    promotedAt\n    retiredAt\n  }\n}\n':
    types.PromoteModelVersionDocument,
  'mutation TriggerEtlRun($job: EtlJob!, $symbols: [String!], $from: Date, $to: Date) {\n  triggerEtlRun(job: $job, symbols: $symbols, from: $from, to: $to) {\n    id\n    status\n  }\n}\n':
    types.TriggerEtlRunDocument,
  'fragment DirectoryEntry on Instrument {\n  symbol\n  nameKo\n  nameEn\n  market\n}\n':
    types.DirectoryEntryFragmentDoc,
  'fragment ForecastFields on Forecast {\n  asOf\n  horizonDays\n  volatility {\n    value\n    baseline\n    source\n    reasonKo\n    reasonEn\n  }\n  probabilityUp {\n    value\n    baseline\n    source\n    reasonKo\n    reasonEn\n  }\n}\n':
    types.ForecastFieldsFragmentDoc,
  'query GetForecasts($symbols: [String!]!) {\n  forecasts(symbols: $symbols) {\n    symbol\n    forecast {\n      ...ForecastFields\n    }\n    unavailable {\n      code\n      messageKo\n      messageEn\n    }\n  }\n}\n':
    types.GetForecastsDocument,
  'query GetInstrument($symbol: String!) {\n  instrument(symbol: $symbol) {\n    symbol\n    nameKo\n    nameEn\n    market\n    sector {\n      code\n      nameKo\n      nameEn\n    }\n    lastClose {\n      date\n      close\n      volume\n    }\n    lastQuote {\n      price\n      change\n      changeRate\n      tradedAt\n    }\n    forecast {\n      ...ForecastFields\n    }\n    forecastUnavailable {\n      code\n      messageKo\n      messageEn\n    }\n  }\n}\n':
    types.GetInstrumentDocument,
  'query GetPriceHistory($symbol: String!, $from: Date!, $to: Date!) {\n  instrument(symbol: $symbol) {\n    symbol\n    nameKo\n    nameEn\n    priceHistory(from: $from, to: $to) {\n      date\n      open\n      high\n      low\n      close\n      volume\n    }\n  }\n}\n':
    types.GetPriceHistoryDocument,
  'query GetQuotes($symbols: [String!]!) {\n  quotes(symbols: $symbols) {\n    symbol\n    price\n    change\n    changeRate\n    volume\n    tradedAt\n    instrument {\n      nameKo\n      nameEn\n      lastClose {\n        date\n        close\n      }\n    }\n  }\n}\n':
    types.GetQuotesDocument,
  'query InstrumentDirectory {\n  from0: searchInstruments(query: "0", limit: 100) {\n    ...DirectoryEntry\n  }\n  from1: searchInstruments(query: "1", limit: 100) {\n    ...DirectoryEntry\n  }\n  from2: searchInstruments(query: "2", limit: 100) {\n    ...DirectoryEntry\n  }\n  from3: searchInstruments(query: "3", limit: 100) {\n    ...DirectoryEntry\n  }\n  from4: searchInstruments(query: "4", limit: 100) {\n    ...DirectoryEntry\n  }\n  from5: searchInstruments(query: "5", limit: 100) {\n    ...DirectoryEntry\n  }\n  from6: searchInstruments(query: "6", limit: 100) {\n    ...DirectoryEntry\n  }\n  from7: searchInstruments(query: "7", limit: 100) {\n    ...DirectoryEntry\n  }\n  from8: searchInstruments(query: "8", limit: 100) {\n    ...DirectoryEntry\n  }\n  from9: searchInstruments(query: "9", limit: 100) {\n    ...DirectoryEntry\n  }\n}\n':
    types.InstrumentDirectoryDocument,
  'fragment InstrumentPrices on Instrument {\n  symbol\n  nameKo\n  nameEn\n  lastClose {\n    date\n    close\n  }\n  lastQuote {\n    price\n    change\n    changeRate\n    tradedAt\n  }\n}\n':
    types.InstrumentPricesFragmentDoc,
  'query MarketIndices($from: Date!, $to: Date!) {\n  kospi: indexHistory(code: "0001", from: $from, to: $to) {\n    date\n    close\n  }\n  kosdaq: indexHistory(code: "1001", from: $from, to: $to) {\n    date\n    close\n  }\n}\n':
    types.MarketIndicesDocument,
  'subscription QuoteUpdated($symbols: [String!]!) {\n  quoteUpdated(symbols: $symbols) {\n    symbol\n    price\n    change\n    changeRate\n    tradedAt\n  }\n}\n':
    types.QuoteUpdatedDocument,
  'query SearchInstruments($query: String!, $limit: Int) {\n  searchInstruments(query: $query, limit: $limit) {\n    symbol\n    nameKo\n    nameEn\n    market\n    lastClose {\n      date\n      close\n    }\n  }\n}\n':
    types.SearchInstrumentsDocument,
  'query Sectors {\n  sectors {\n    code\n    nameKo\n    nameEn\n    parent {\n      code\n    }\n  }\n}\n':
    types.SectorsDocument,
  'mutation CreatePortfolio($input: CreatePortfolioInput!) {\n  createPortfolio(input: $input) {\n    id\n    name\n  }\n}\n':
    types.CreatePortfolioDocument,
  'mutation CreatePortfolioWithHoldings(\n  $name: String!\n  $cash: Decimal!\n  $holdings: [InitialHoldingInput!]\n  $idempotencyKey: String\n) {\n  createPortfolio(\n    input: { name: $name, cash: $cash, holdings: $holdings, idempotencyKey: $idempotencyKey }\n  ) {\n    id\n    name\n    cash\n    holdings {\n      symbol\n      quantity\n      averageCost\n    }\n  }\n}\n':
    types.CreatePortfolioWithHoldingsDocument,
  'mutation DeletePortfolio($id: ID!) {\n  deletePortfolio(id: $id)\n}\n':
    types.DeletePortfolioDocument,
  'query GetPortfolio($portfolioId: ID!) {\n  portfolio(id: $portfolioId) {\n    id\n    name\n    cash\n    settledCash\n    unsettledCash\n    commissionRate\n    realizedPnl\n    createdAt\n    valuation {\n      asOf\n      cash\n      marketValue\n      totalValue\n      costBasis\n      unrealizedPnl\n      realizedPnl\n      unpricedSymbols\n      holdings {\n        symbol\n        quantity\n        costBasis\n        price\n        priceDate\n        marketValue\n        unrealizedPnl\n        weight\n      }\n    }\n    holdings {\n      symbol\n      quantity\n      averageCost\n      instrument {\n        nameKo\n        nameEn\n        sector {\n          code\n          nameKo\n          nameEn\n        }\n      }\n    }\n  }\n}\n':
    types.GetPortfolioDocument,
  'mutation ImportHoldingsCsv($portfolioId: ID!, $csv: String!, $idempotencyKey: String) {\n  importHoldingsCsv(portfolioId: $portfolioId, csv: $csv, idempotencyKey: $idempotencyKey) {\n    id\n    holdings {\n      symbol\n      quantity\n    }\n  }\n}\n':
    types.ImportHoldingsCsvDocument,
  'query ListPortfolios {\n  portfolios {\n    id\n    name\n    cash\n    valuation {\n      asOf\n      totalValue\n      marketValue\n      unrealizedPnl\n    }\n  }\n}\n':
    types.ListPortfoliosDocument,
  'query PortfolioDetail($id: ID!) {\n  portfolio(id: $id) {\n    id\n    name\n    cash\n    realizedPnl\n    createdAt\n    holdings {\n      symbol\n      quantity\n      averageCost\n      costBasis\n      realizedPnl\n      instrument {\n        ...InstrumentPrices\n        market\n        sector {\n          code\n          nameKo\n          nameEn\n        }\n        forecast {\n          horizonDays\n          volatility {\n            value\n          }\n          probabilityUp {\n            value\n            baseline\n            reasonKo\n            reasonEn\n          }\n        }\n      }\n    }\n    transactions(limit: 20) {\n      id\n      type\n      symbol\n      quantity\n      price\n      amount\n      fee\n      tax\n      occurredAt\n      note\n    }\n  }\n}\n':
    types.PortfolioDetailDocument,
  'query Portfolios {\n  portfolios {\n    id\n    name\n    cash\n    holdings {\n      symbol\n      quantity\n      costBasis\n      instrument {\n        ...InstrumentPrices\n      }\n    }\n  }\n}\n':
    types.PortfoliosDocument,
  'query PortfolioValueHistory($id: ID!, $from: Date!, $to: Date!) {\n  portfolio(id: $id) {\n    id\n    valueHistory(from: $from, to: $to) {\n      date\n      value\n    }\n  }\n  kospi: indexHistory(code: "0001", from: $from, to: $to) {\n    date\n    close\n  }\n}\n':
    types.PortfolioValueHistoryDocument,
  'mutation RecordLedgerEntry(\n  $portfolioId: ID!\n  $type: TransactionType!\n  $symbol: String\n  $quantity: Decimal\n  $price: Decimal\n  $amount: Decimal\n  $fee: Decimal\n  $tax: Decimal\n  $shareFactor: Decimal\n  $recordDate: Date\n  $occurredAt: DateTime\n  $note: String\n  $idempotencyKey: String\n) {\n  recordLedgerEntry(\n    input: {\n      portfolioId: $portfolioId\n      type: $type\n      symbol: $symbol\n      quantity: $quantity\n      price: $price\n      amount: $amount\n      fee: $fee\n      tax: $tax\n      shareFactor: $shareFactor\n      recordDate: $recordDate\n      occurredAt: $occurredAt\n      note: $note\n      idempotencyKey: $idempotencyKey\n    }\n  ) {\n    id\n    type\n    symbol\n    quantity\n    price\n    amount\n    fee\n    tax\n    feeMethod\n    taxMethod\n    taxRule\n    settlesOn\n    shareFactor\n    occurredAt\n    note\n  }\n}\n':
    types.RecordLedgerEntryDocument,
  'mutation RecordTrade($input: RecordTradeInput!) {\n  recordTrade(input: $input) {\n    id\n    type\n    symbol\n    quantity\n    price\n    amount\n    occurredAt\n  }\n}\n':
    types.RecordTradeDocument,
  'mutation RenamePortfolio($id: ID!, $name: String!) {\n  renamePortfolio(id: $id, name: $name) {\n    id\n    name\n  }\n}\n':
    types.RenamePortfolioDocument,
  'mutation SetPortfolioCommissionRate($id: ID!, $rate: Decimal!) {\n  setPortfolioCommissionRate(id: $id, rate: $rate) {\n    id\n    commissionRate\n  }\n}\n':
    types.SetPortfolioCommissionRateDocument,
  'mutation CancelSimulation($runId: ID!) {\n  cancelSimulation(runId: $runId) {\n    ...SimulationRunFields\n  }\n}\n':
    types.CancelSimulationDocument,
  'mutation CreateScenario(\n  $name: String!\n  $description: String\n  $shocks: [ShockInput!]!\n  $idempotencyKey: String\n) {\n  createScenario(\n    input: { name: $name, description: $description, shocks: $shocks }\n    idempotencyKey: $idempotencyKey\n  ) {\n    id\n    name\n    description\n    shocks {\n      target\n      sector\n      symbol\n      currencyPair\n      change\n    }\n    createdAt\n  }\n}\n':
    types.CreateScenarioDocument,
  'mutation DeleteScenario($id: ID!) {\n  deleteScenario(id: $id)\n}\n':
    types.DeleteScenarioDocument,
  'query GetRiskScore($portfolioId: ID!) {\n  portfolio(id: $portfolioId) {\n    id\n    name\n    riskScore {\n      score\n      level\n      asOf\n      reasonKo\n      reasonEn\n      unscoredSymbols\n      contributions {\n        factor\n        nameKo\n        nameEn\n        points\n        maxPoints\n        value\n        detailKo\n        detailEn\n      }\n    }\n  }\n}\n':
    types.GetRiskScoreDocument,
  'query GetScenarioTemplate($id: ID!) {\n  scenarioTemplate(id: $id) {\n    ...ScenarioTemplateFields\n  }\n}\n':
    types.GetScenarioTemplateDocument,
  'query GetSimulation($runId: ID!) {\n  simulation(id: $runId) {\n    ...SimulationRunFields\n    result {\n      ... on StressTestResult {\n        asOf\n        method\n        scenario {\n          id\n          nameKo\n          nameEn\n          kind\n          periodStart\n          periodEnd\n        }\n        total {\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        holdings {\n          symbol\n          sector\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        worstDay {\n          date\n          return\n        }\n        recoveryDays\n      }\n      ... on MonteCarloResult {\n        asOf\n        paths\n        horizonDays\n        seed\n        initialValue\n        scheduledCashFlow\n        terminalValue {\n          mean\n          median\n        }\n        terminalReturn {\n          mean\n          median\n          probabilityOfLoss\n          valueAtRisk {\n            confidence\n            valueAtRisk\n            conditionalValueAtRisk\n            valueAtRiskAmount\n            conditionalValueAtRiskAmount\n          }\n        }\n        goal {\n          value\n          probabilityAtEnd\n          probabilityEverReached\n        }\n        maxDrawdown {\n          mean\n        }\n      }\n      ... on BacktestResult {\n        from\n        to\n        strategy\n        benchmark\n        initialCash\n        finalValue\n        finalCash\n        costs {\n          total\n        }\n        metrics {\n          totalReturn\n          cagr\n          volatility\n          sharpe\n          sortino\n          maxDrawdown\n        }\n      }\n      ... on OptimizationResult {\n        asOf\n        objective\n        status\n        converged\n        reason {\n          ko\n          en\n        }\n        weights {\n          symbol\n          weight\n          currentWeight\n        }\n        portfolio {\n          expectedReturn\n          volatility\n          sharpe\n        }\n        current {\n          expectedReturn\n          volatility\n          sharpe\n        }\n      }\n    }\n  }\n}\n':
    types.GetSimulationDocument,
  'query ListScenarios($kind: ScenarioKind) {\n  scenarioTemplates(kind: $kind) {\n    ...ScenarioTemplateFields\n  }\n}\n':
    types.ListScenariosDocument,
  'query ListSimulations($filter: SimulationFilter, $first: Int, $after: String) {\n  simulations(filter: $filter, first: $first, after: $after) {\n    runs {\n      ...SimulationRunFields\n    }\n    nextCursor\n    hasMore\n  }\n}\n':
    types.ListSimulationsDocument,
  'mutation OptimizePortfolio(\n  $portfolioId: ID!\n  $objective: OptimizationObjective!\n  $targetReturn: Float\n  $targetVolatility: Float\n  $symbols: [String!]\n  $constraints: OptimizationConstraintsInput\n  $seed: Int\n  $idempotencyKey: String\n) {\n  optimizePortfolio(\n    input: {\n      portfolioId: $portfolioId\n      objective: $objective\n      targetReturn: $targetReturn\n      targetVolatility: $targetVolatility\n      symbols: $symbols\n      constraints: $constraints\n      seed: $seed\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n':
    types.OptimizePortfolioDocument,
  'mutation RunBacktest(\n  $portfolioId: ID!\n  $from: Date\n  $to: Date\n  $initialCash: Decimal\n  $weights: [WeightInput!]\n  $rebalance: RebalanceFrequency\n  $seed: Int\n  $idempotencyKey: String\n) {\n  runBacktest(\n    input: {\n      portfolioId: $portfolioId\n      from: $from\n      to: $to\n      initialCash: $initialCash\n      weights: $weights\n      rebalance: $rebalance\n      seed: $seed\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n':
    types.RunBacktestDocument,
  'mutation RunMonteCarlo(\n  $portfolioId: ID!\n  $horizonDays: Int\n  $paths: Int\n  $confidences: [Float!]\n  $model: MonteCarloModel\n  $cashFlow: CashFlowInput\n  $goal: Decimal\n  $seed: Int\n  $idempotencyKey: String\n) {\n  runMonteCarlo(\n    input: {\n      portfolioId: $portfolioId\n      horizonDays: $horizonDays\n      paths: $paths\n      confidences: $confidences\n      model: $model\n      cashFlow: $cashFlow\n      goal: $goal\n      seed: $seed\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n':
    types.RunMonteCarloDocument,
  'mutation RunStressTest(\n  $portfolioId: ID!\n  $templateId: ID\n  $scenarioId: ID\n  $shocks: [ShockInput!]\n  $asOf: Date\n  $idempotencyKey: String\n) {\n  runStressTest(\n    input: {\n      portfolioId: $portfolioId\n      templateId: $templateId\n      scenarioId: $scenarioId\n      shocks: $shocks\n      asOf: $asOf\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n':
    types.RunStressTestDocument,
  'fragment ScenarioTemplateFields on ScenarioTemplate {\n  id\n  kind\n  nameKo\n  nameEn\n  descriptionKo\n  descriptionEn\n  periodStart\n  periodEnd\n  shocks {\n    target\n    sector\n    currencyPair\n    change\n  }\n}\n':
    types.ScenarioTemplateFieldsFragmentDoc,
  'subscription SimulationProgress($runId: ID!) {\n  simulationProgress(runId: $runId) {\n    runId\n    status\n    fraction\n    stage\n    message\n  }\n}\n':
    types.SimulationProgressDocument,
  'query SimulationReport($runId: ID!) {\n  simulation(id: $runId) {\n    ...SimulationRunFields\n    inputs\n    inputHash\n    engineVersion\n    dataFrom\n    result {\n      ... on StressTestResult {\n        asOf\n        method\n        scenario {\n          source\n          id\n          nameKo\n          nameEn\n          kind\n          periodStart\n          periodEnd\n          shocks {\n            target\n            sector\n            symbol\n            currencyPair\n            change\n          }\n        }\n        fallbackReason {\n          ko\n          en\n        }\n        total {\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        holdings {\n          symbol\n          sector\n          quantity\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        worstDay {\n          date\n          return\n        }\n        recoveryDays\n      }\n      ... on MonteCarloResult {\n        asOf\n        paths\n        horizonDays\n        seed\n        initialValue\n        scheduledCashFlow\n        bands {\n          step\n          p5\n          p25\n          p50\n          p75\n          p95\n        }\n        terminalValue {\n          mean\n          median\n        }\n        terminalReturn {\n          mean\n          median\n          probabilityOfLoss\n          valueAtRisk {\n            confidence\n            valueAtRisk\n            conditionalValueAtRisk\n            valueAtRiskAmount\n            conditionalValueAtRiskAmount\n          }\n          histogram {\n            from\n            to\n            count\n          }\n        }\n        goal {\n          value\n          probabilityAtEnd\n          probabilityEverReached\n        }\n        maxDrawdown {\n          mean\n          percentiles {\n            percentile\n            value\n          }\n          histogram {\n            from\n            to\n            count\n          }\n        }\n      }\n      ... on BacktestResult {\n        from\n        to\n        strategy\n        benchmark\n        initialCash\n        finalValue\n        finalCash\n        equity {\n          date\n          value\n          benchmark\n          drawdown\n        }\n        trades {\n          date\n          symbol\n          side\n          quantity\n          price\n          amount\n          commission\n          tax\n        }\n        costs {\n          commission\n          tax\n          total\n          commissionRate\n        }\n        metrics {\n          totalReturn\n          cagr\n          volatility\n          sharpe\n          sortino\n          maxDrawdown\n          maxDrawdownPeak\n          maxDrawdownTrough\n          recoveryDays\n          benchmarkCagr\n        }\n      }\n      ... on OptimizationResult {\n        asOf\n        objective\n        objectiveName\n        status\n        converged\n        reason {\n          ko\n          en\n        }\n        weights {\n          symbol\n          weight\n          currentWeight\n          riskContribution\n        }\n        portfolio {\n          expectedReturn\n          volatility\n          sharpe\n        }\n        current {\n          expectedReturn\n          volatility\n          sharpe\n        }\n        frontier {\n          targetReturn\n          expectedReturn\n          volatility\n          sharpe\n          status\n        }\n        frontierStatus\n      }\n    }\n  }\n}\n':
    types.SimulationReportDocument,
  'fragment SimulationRunFields on SimulationRun {\n  id\n  kind\n  status\n  portfolioId\n  seed\n  asOf\n  progress\n  stage\n  message\n  error {\n    code\n    field\n    messageKo\n    messageEn\n  }\n  queuedAt\n  startedAt\n  finishedAt\n}\n':
    types.SimulationRunFieldsFragmentDoc,
  'query UserScenarios {\n  scenarios {\n    id\n    name\n    description\n    shocks {\n      target\n      sector\n      symbol\n      currencyPair\n      change\n    }\n    createdAt\n    updatedAt\n  }\n}\n':
    types.UserScenariosDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ApiKeyFields on ApiKey {\n  id\n  name\n  prefix\n  scopes\n  createdAt\n  lastUsedAt\n  revokedAt\n}\n',
): (typeof documents)['fragment ApiKeyFields on ApiKey {\n  id\n  name\n  prefix\n  scopes\n  createdAt\n  lastUsedAt\n  revokedAt\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ApiKeys {\n  apiKeys {\n    ...ApiKeyFields\n  }\n}\n',
): (typeof documents)['query ApiKeys {\n  apiKeys {\n    ...ApiKeyFields\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AuthSession on AuthPayload {\n  accessToken\n  expiresIn\n  refreshToken\n  refreshTokenExpiresAt\n  user {\n    id\n    email\n    displayName\n    role\n    totpEnabled\n  }\n}\n',
): (typeof documents)['fragment AuthSession on AuthPayload {\n  accessToken\n  expiresIn\n  refreshToken\n  refreshTokenExpiresAt\n  user {\n    id\n    email\n    displayName\n    role\n    totpEnabled\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    ...AuthSession\n  }\n}\n',
): (typeof documents)['mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    ...AuthSession\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CompleteExternalLogin($provider: String!, $callbackUrl: String!) {\n  completeExternalLogin(provider: $provider, callbackUrl: $callbackUrl) {\n    ...AuthSession\n  }\n}\n',
): (typeof documents)['mutation CompleteExternalLogin($provider: String!, $callbackUrl: String!) {\n  completeExternalLogin(provider: $provider, callbackUrl: $callbackUrl) {\n    ...AuthSession\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ConfirmTotp($code: String!) {\n  confirmTotp(code: $code)\n}\n',
): (typeof documents)['mutation ConfirmTotp($code: String!) {\n  confirmTotp(code: $code)\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateApiKey($name: String!, $scopes: [ApiScope!]!) {\n  createApiKey(name: $name, scopes: $scopes) {\n    secret\n    apiKey {\n      ...ApiKeyFields\n    }\n  }\n}\n',
): (typeof documents)['mutation CreateApiKey($name: String!, $scopes: [ApiScope!]!) {\n  createApiKey(name: $name, scopes: $scopes) {\n    secret\n    apiKey {\n      ...ApiKeyFields\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DisableTotp($code: String!) {\n  disableTotp(code: $code)\n}\n',
): (typeof documents)['mutation DisableTotp($code: String!) {\n  disableTotp(code: $code)\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EnrolTotp {\n  enrolTotp {\n    secret\n    otpauthUri\n  }\n}\n',
): (typeof documents)['mutation EnrolTotp {\n  enrolTotp {\n    secret\n    otpauthUri\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ExternalLoginProviders {\n  externalLoginProviders {\n    name\n    displayName\n  }\n}\n',
): (typeof documents)['query ExternalLoginProviders {\n  externalLoginProviders {\n    name\n    displayName\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation LogIn($email: String!, $password: String!, $totpCode: String, $recoveryCode: String) {\n  logIn(email: $email, password: $password, totpCode: $totpCode, recoveryCode: $recoveryCode) {\n    ...AuthSession\n  }\n}\n',
): (typeof documents)['mutation LogIn($email: String!, $password: String!, $totpCode: String, $recoveryCode: String) {\n  logIn(email: $email, password: $password, totpCode: $totpCode, recoveryCode: $recoveryCode) {\n    ...AuthSession\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation LogOut($refreshToken: String!) {\n  logOut(refreshToken: $refreshToken)\n}\n',
): (typeof documents)['mutation LogOut($refreshToken: String!) {\n  logOut(refreshToken: $refreshToken)\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Me {\n  me {\n    id\n    email\n    displayName\n    role\n    totpEnabled\n  }\n}\n',
): (typeof documents)['query Me {\n  me {\n    id\n    email\n    displayName\n    role\n    totpEnabled\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...AuthSession\n  }\n}\n',
): (typeof documents)['mutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...AuthSession\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n',
): (typeof documents)['mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}\n',
): (typeof documents)['mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}\n',
): (typeof documents)['mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}\n',
): (typeof documents)['mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Sessions {\n  sessions {\n    id\n    startedAt\n    lastActiveAt\n    expiresAt\n  }\n}\n',
): (typeof documents)['query Sessions {\n  sessions {\n    id\n    startedAt\n    lastActiveAt\n    expiresAt\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SignOutEverywhere {\n  signOutEverywhere\n}\n',
): (typeof documents)['mutation SignOutEverywhere {\n  signOutEverywhere\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SignUp($email: String!, $password: String!, $displayName: String) {\n  signUp(email: $email, password: $password, displayName: $displayName) {\n    email\n  }\n}\n',
): (typeof documents)['mutation SignUp($email: String!, $password: String!, $displayName: String) {\n  signUp(email: $email, password: $password, displayName: $displayName) {\n    email\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation StartExternalLogin($provider: String!, $redirectUri: String!) {\n  startExternalLogin(provider: $provider, redirectUri: $redirectUri) {\n    authorizationUrl\n    state\n  }\n}\n',
): (typeof documents)['mutation StartExternalLogin($provider: String!, $redirectUri: String!) {\n  startExternalLogin(provider: $provider, redirectUri: $redirectUri) {\n    authorizationUrl\n    state\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}\n',
): (typeof documents)['mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminApiKeys($query: String, $userId: ID, $first: Int, $after: String) {\n  adminApiKeys(query: $query, userId: $userId, first: $first, after: $after) {\n    apiKeys {\n      apiKey {\n        ...ApiKeyFields\n      }\n      owner {\n        id\n        email\n      }\n    }\n    nextCursor\n    hasMore\n  }\n}\n',
): (typeof documents)['query AdminApiKeys($query: String, $userId: ID, $first: Int, $after: String) {\n  adminApiKeys(query: $query, userId: $userId, first: $first, after: $after) {\n    apiKeys {\n      apiKey {\n        ...ApiKeyFields\n      }\n      owner {\n        id\n        email\n      }\n    }\n    nextCursor\n    hasMore\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRevokeApiKey($id: ID!) {\n  adminRevokeApiKey(id: $id) {\n    apiKey {\n      id\n      revokedAt\n    }\n    owner {\n      id\n      email\n    }\n  }\n}\n',
): (typeof documents)['mutation AdminRevokeApiKey($id: ID!) {\n  adminRevokeApiKey(id: $id) {\n    apiKey {\n      id\n      revokedAt\n    }\n    owner {\n      id\n      email\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminUsers($query: String, $first: Int, $after: String) {\n  adminUsers(query: $query, first: $first, after: $after) {\n    users {\n      user {\n        id\n        email\n        displayName\n        role\n        emailVerified\n        totpEnabled\n        createdAt\n      }\n      lastSignInAt\n      activeApiKeyCount\n    }\n    nextCursor\n    hasMore\n  }\n}\n',
): (typeof documents)['query AdminUsers($query: String, $first: Int, $after: String) {\n  adminUsers(query: $query, first: $first, after: $after) {\n    users {\n      user {\n        id\n        email\n        displayName\n        role\n        emailVerified\n        totpEnabled\n        createdAt\n      }\n      lastSignInAt\n      activeApiKeyCount\n    }\n    nextCursor\n    hasMore\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CancelEtlRun($id: ID!) {\n  cancelEtlRun(id: $id) {\n    id\n    status\n    cancelRequested\n  }\n}\n',
): (typeof documents)['mutation CancelEtlRun($id: ID!) {\n  cancelEtlRun(id: $id) {\n    id\n    status\n    cancelRequested\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query EtlOverview($limit: Int) {\n  etlStatus {\n    job\n    lastStatus\n    lastStartedAt\n    lastFinishedAt\n    lastSucceededAt\n    queued\n  }\n  etlRuns(limit: $limit) {\n    id\n    job\n    trigger\n    status\n    symbols\n    from\n    to\n    queuedAt\n    startedAt\n    finishedAt\n    rows\n    rowsChanged\n    errorCount\n    errors\n    message\n    cancelRequested\n  }\n}\n',
): (typeof documents)['query EtlOverview($limit: Int) {\n  etlStatus {\n    job\n    lastStatus\n    lastStartedAt\n    lastFinishedAt\n    lastSucceededAt\n    queued\n  }\n  etlRuns(limit: $limit) {\n    id\n    job\n    trigger\n    status\n    symbols\n    from\n    to\n    queuedAt\n    startedAt\n    finishedAt\n    rows\n    rowsChanged\n    errorCount\n    errors\n    message\n    cancelRequested\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ModelVersions($kind: ModelKind, $status: ModelStatus, $limit: Int) {\n  modelVersions(kind: $kind, status: $status, limit: $limit) {\n    id\n    name\n    kind\n    version\n    algorithm\n    status\n    beatsBaselines\n    reasonKo\n    reasonEn\n    holdOutWindow {\n      from\n      to\n    }\n    comparisons {\n      baseline\n      metric\n      model\n      baselineValue\n      better\n    }\n    createdAt\n    promotedAt\n    retiredAt\n  }\n}\n',
): (typeof documents)['query ModelVersions($kind: ModelKind, $status: ModelStatus, $limit: Int) {\n  modelVersions(kind: $kind, status: $status, limit: $limit) {\n    id\n    name\n    kind\n    version\n    algorithm\n    status\n    beatsBaselines\n    reasonKo\n    reasonEn\n    holdOutWindow {\n      from\n      to\n    }\n    comparisons {\n      baseline\n      metric\n      model\n      baselineValue\n      better\n    }\n    createdAt\n    promotedAt\n    retiredAt\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation PromoteModelVersion($id: ID!) {\n  promoteModelVersion(id: $id) {\n    id\n    name\n    kind\n    version\n    status\n    promotedAt\n    retiredAt\n  }\n}\n',
): (typeof documents)['mutation PromoteModelVersion($id: ID!) {\n  promoteModelVersion(id: $id) {\n    id\n    name\n    kind\n    version\n    status\n    promotedAt\n    retiredAt\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation TriggerEtlRun($job: EtlJob!, $symbols: [String!], $from: Date, $to: Date) {\n  triggerEtlRun(job: $job, symbols: $symbols, from: $from, to: $to) {\n    id\n    status\n  }\n}\n',
): (typeof documents)['mutation TriggerEtlRun($job: EtlJob!, $symbols: [String!], $from: Date, $to: Date) {\n  triggerEtlRun(job: $job, symbols: $symbols, from: $from, to: $to) {\n    id\n    status\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment DirectoryEntry on Instrument {\n  symbol\n  nameKo\n  nameEn\n  market\n}\n',
): (typeof documents)['fragment DirectoryEntry on Instrument {\n  symbol\n  nameKo\n  nameEn\n  market\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ForecastFields on Forecast {\n  asOf\n  horizonDays\n  volatility {\n    value\n    baseline\n    source\n    reasonKo\n    reasonEn\n  }\n  probabilityUp {\n    value\n    baseline\n    source\n    reasonKo\n    reasonEn\n  }\n}\n',
): (typeof documents)['fragment ForecastFields on Forecast {\n  asOf\n  horizonDays\n  volatility {\n    value\n    baseline\n    source\n    reasonKo\n    reasonEn\n  }\n  probabilityUp {\n    value\n    baseline\n    source\n    reasonKo\n    reasonEn\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query GetForecasts($symbols: [String!]!) {\n  forecasts(symbols: $symbols) {\n    symbol\n    forecast {\n      ...ForecastFields\n    }\n    unavailable {\n      code\n      messageKo\n      messageEn\n    }\n  }\n}\n',
): (typeof documents)['query GetForecasts($symbols: [String!]!) {\n  forecasts(symbols: $symbols) {\n    symbol\n    forecast {\n      ...ForecastFields\n    }\n    unavailable {\n      code\n      messageKo\n      messageEn\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query GetInstrument($symbol: String!) {\n  instrument(symbol: $symbol) {\n    symbol\n    nameKo\n    nameEn\n    market\n    sector {\n      code\n      nameKo\n      nameEn\n    }\n    lastClose {\n      date\n      close\n      volume\n    }\n    lastQuote {\n      price\n      change\n      changeRate\n      tradedAt\n    }\n    forecast {\n      ...ForecastFields\n    }\n    forecastUnavailable {\n      code\n      messageKo\n      messageEn\n    }\n  }\n}\n',
): (typeof documents)['query GetInstrument($symbol: String!) {\n  instrument(symbol: $symbol) {\n    symbol\n    nameKo\n    nameEn\n    market\n    sector {\n      code\n      nameKo\n      nameEn\n    }\n    lastClose {\n      date\n      close\n      volume\n    }\n    lastQuote {\n      price\n      change\n      changeRate\n      tradedAt\n    }\n    forecast {\n      ...ForecastFields\n    }\n    forecastUnavailable {\n      code\n      messageKo\n      messageEn\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query GetPriceHistory($symbol: String!, $from: Date!, $to: Date!) {\n  instrument(symbol: $symbol) {\n    symbol\n    nameKo\n    nameEn\n    priceHistory(from: $from, to: $to) {\n      date\n      open\n      high\n      low\n      close\n      volume\n    }\n  }\n}\n',
): (typeof documents)['query GetPriceHistory($symbol: String!, $from: Date!, $to: Date!) {\n  instrument(symbol: $symbol) {\n    symbol\n    nameKo\n    nameEn\n    priceHistory(from: $from, to: $to) {\n      date\n      open\n      high\n      low\n      close\n      volume\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query GetQuotes($symbols: [String!]!) {\n  quotes(symbols: $symbols) {\n    symbol\n    price\n    change\n    changeRate\n    volume\n    tradedAt\n    instrument {\n      nameKo\n      nameEn\n      lastClose {\n        date\n        close\n      }\n    }\n  }\n}\n',
): (typeof documents)['query GetQuotes($symbols: [String!]!) {\n  quotes(symbols: $symbols) {\n    symbol\n    price\n    change\n    changeRate\n    volume\n    tradedAt\n    instrument {\n      nameKo\n      nameEn\n      lastClose {\n        date\n        close\n      }\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query InstrumentDirectory {\n  from0: searchInstruments(query: "0", limit: 100) {\n    ...DirectoryEntry\n  }\n  from1: searchInstruments(query: "1", limit: 100) {\n    ...DirectoryEntry\n  }\n  from2: searchInstruments(query: "2", limit: 100) {\n    ...DirectoryEntry\n  }\n  from3: searchInstruments(query: "3", limit: 100) {\n    ...DirectoryEntry\n  }\n  from4: searchInstruments(query: "4", limit: 100) {\n    ...DirectoryEntry\n  }\n  from5: searchInstruments(query: "5", limit: 100) {\n    ...DirectoryEntry\n  }\n  from6: searchInstruments(query: "6", limit: 100) {\n    ...DirectoryEntry\n  }\n  from7: searchInstruments(query: "7", limit: 100) {\n    ...DirectoryEntry\n  }\n  from8: searchInstruments(query: "8", limit: 100) {\n    ...DirectoryEntry\n  }\n  from9: searchInstruments(query: "9", limit: 100) {\n    ...DirectoryEntry\n  }\n}\n',
): (typeof documents)['query InstrumentDirectory {\n  from0: searchInstruments(query: "0", limit: 100) {\n    ...DirectoryEntry\n  }\n  from1: searchInstruments(query: "1", limit: 100) {\n    ...DirectoryEntry\n  }\n  from2: searchInstruments(query: "2", limit: 100) {\n    ...DirectoryEntry\n  }\n  from3: searchInstruments(query: "3", limit: 100) {\n    ...DirectoryEntry\n  }\n  from4: searchInstruments(query: "4", limit: 100) {\n    ...DirectoryEntry\n  }\n  from5: searchInstruments(query: "5", limit: 100) {\n    ...DirectoryEntry\n  }\n  from6: searchInstruments(query: "6", limit: 100) {\n    ...DirectoryEntry\n  }\n  from7: searchInstruments(query: "7", limit: 100) {\n    ...DirectoryEntry\n  }\n  from8: searchInstruments(query: "8", limit: 100) {\n    ...DirectoryEntry\n  }\n  from9: searchInstruments(query: "9", limit: 100) {\n    ...DirectoryEntry\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment InstrumentPrices on Instrument {\n  symbol\n  nameKo\n  nameEn\n  lastClose {\n    date\n    close\n  }\n  lastQuote {\n    price\n    change\n    changeRate\n    tradedAt\n  }\n}\n',
): (typeof documents)['fragment InstrumentPrices on Instrument {\n  symbol\n  nameKo\n  nameEn\n  lastClose {\n    date\n    close\n  }\n  lastQuote {\n    price\n    change\n    changeRate\n    tradedAt\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MarketIndices($from: Date!, $to: Date!) {\n  kospi: indexHistory(code: "0001", from: $from, to: $to) {\n    date\n    close\n  }\n  kosdaq: indexHistory(code: "1001", from: $from, to: $to) {\n    date\n    close\n  }\n}\n',
): (typeof documents)['query MarketIndices($from: Date!, $to: Date!) {\n  kospi: indexHistory(code: "0001", from: $from, to: $to) {\n    date\n    close\n  }\n  kosdaq: indexHistory(code: "1001", from: $from, to: $to) {\n    date\n    close\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription QuoteUpdated($symbols: [String!]!) {\n  quoteUpdated(symbols: $symbols) {\n    symbol\n    price\n    change\n    changeRate\n    tradedAt\n  }\n}\n',
): (typeof documents)['subscription QuoteUpdated($symbols: [String!]!) {\n  quoteUpdated(symbols: $symbols) {\n    symbol\n    price\n    change\n    changeRate\n    tradedAt\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query SearchInstruments($query: String!, $limit: Int) {\n  searchInstruments(query: $query, limit: $limit) {\n    symbol\n    nameKo\n    nameEn\n    market\n    lastClose {\n      date\n      close\n    }\n  }\n}\n',
): (typeof documents)['query SearchInstruments($query: String!, $limit: Int) {\n  searchInstruments(query: $query, limit: $limit) {\n    symbol\n    nameKo\n    nameEn\n    market\n    lastClose {\n      date\n      close\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Sectors {\n  sectors {\n    code\n    nameKo\n    nameEn\n    parent {\n      code\n    }\n  }\n}\n',
): (typeof documents)['query Sectors {\n  sectors {\n    code\n    nameKo\n    nameEn\n    parent {\n      code\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreatePortfolio($input: CreatePortfolioInput!) {\n  createPortfolio(input: $input) {\n    id\n    name\n  }\n}\n',
): (typeof documents)['mutation CreatePortfolio($input: CreatePortfolioInput!) {\n  createPortfolio(input: $input) {\n    id\n    name\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreatePortfolioWithHoldings(\n  $name: String!\n  $cash: Decimal!\n  $holdings: [InitialHoldingInput!]\n  $idempotencyKey: String\n) {\n  createPortfolio(\n    input: { name: $name, cash: $cash, holdings: $holdings, idempotencyKey: $idempotencyKey }\n  ) {\n    id\n    name\n    cash\n    holdings {\n      symbol\n      quantity\n      averageCost\n    }\n  }\n}\n',
): (typeof documents)['mutation CreatePortfolioWithHoldings(\n  $name: String!\n  $cash: Decimal!\n  $holdings: [InitialHoldingInput!]\n  $idempotencyKey: String\n) {\n  createPortfolio(\n    input: { name: $name, cash: $cash, holdings: $holdings, idempotencyKey: $idempotencyKey }\n  ) {\n    id\n    name\n    cash\n    holdings {\n      symbol\n      quantity\n      averageCost\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeletePortfolio($id: ID!) {\n  deletePortfolio(id: $id)\n}\n',
): (typeof documents)['mutation DeletePortfolio($id: ID!) {\n  deletePortfolio(id: $id)\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query GetPortfolio($portfolioId: ID!) {\n  portfolio(id: $portfolioId) {\n    id\n    name\n    cash\n    settledCash\n    unsettledCash\n    commissionRate\n    realizedPnl\n    createdAt\n    valuation {\n      asOf\n      cash\n      marketValue\n      totalValue\n      costBasis\n      unrealizedPnl\n      realizedPnl\n      unpricedSymbols\n      holdings {\n        symbol\n        quantity\n        costBasis\n        price\n        priceDate\n        marketValue\n        unrealizedPnl\n        weight\n      }\n    }\n    holdings {\n      symbol\n      quantity\n      averageCost\n      instrument {\n        nameKo\n        nameEn\n        sector {\n          code\n          nameKo\n          nameEn\n        }\n      }\n    }\n  }\n}\n',
): (typeof documents)['query GetPortfolio($portfolioId: ID!) {\n  portfolio(id: $portfolioId) {\n    id\n    name\n    cash\n    settledCash\n    unsettledCash\n    commissionRate\n    realizedPnl\n    createdAt\n    valuation {\n      asOf\n      cash\n      marketValue\n      totalValue\n      costBasis\n      unrealizedPnl\n      realizedPnl\n      unpricedSymbols\n      holdings {\n        symbol\n        quantity\n        costBasis\n        price\n        priceDate\n        marketValue\n        unrealizedPnl\n        weight\n      }\n    }\n    holdings {\n      symbol\n      quantity\n      averageCost\n      instrument {\n        nameKo\n        nameEn\n        sector {\n          code\n          nameKo\n          nameEn\n        }\n      }\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ImportHoldingsCsv($portfolioId: ID!, $csv: String!, $idempotencyKey: String) {\n  importHoldingsCsv(portfolioId: $portfolioId, csv: $csv, idempotencyKey: $idempotencyKey) {\n    id\n    holdings {\n      symbol\n      quantity\n    }\n  }\n}\n',
): (typeof documents)['mutation ImportHoldingsCsv($portfolioId: ID!, $csv: String!, $idempotencyKey: String) {\n  importHoldingsCsv(portfolioId: $portfolioId, csv: $csv, idempotencyKey: $idempotencyKey) {\n    id\n    holdings {\n      symbol\n      quantity\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ListPortfolios {\n  portfolios {\n    id\n    name\n    cash\n    valuation {\n      asOf\n      totalValue\n      marketValue\n      unrealizedPnl\n    }\n  }\n}\n',
): (typeof documents)['query ListPortfolios {\n  portfolios {\n    id\n    name\n    cash\n    valuation {\n      asOf\n      totalValue\n      marketValue\n      unrealizedPnl\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PortfolioDetail($id: ID!) {\n  portfolio(id: $id) {\n    id\n    name\n    cash\n    realizedPnl\n    createdAt\n    holdings {\n      symbol\n      quantity\n      averageCost\n      costBasis\n      realizedPnl\n      instrument {\n        ...InstrumentPrices\n        market\n        sector {\n          code\n          nameKo\n          nameEn\n        }\n        forecast {\n          horizonDays\n          volatility {\n            value\n          }\n          probabilityUp {\n            value\n            baseline\n            reasonKo\n            reasonEn\n          }\n        }\n      }\n    }\n    transactions(limit: 20) {\n      id\n      type\n      symbol\n      quantity\n      price\n      amount\n      fee\n      tax\n      occurredAt\n      note\n    }\n  }\n}\n',
): (typeof documents)['query PortfolioDetail($id: ID!) {\n  portfolio(id: $id) {\n    id\n    name\n    cash\n    realizedPnl\n    createdAt\n    holdings {\n      symbol\n      quantity\n      averageCost\n      costBasis\n      realizedPnl\n      instrument {\n        ...InstrumentPrices\n        market\n        sector {\n          code\n          nameKo\n          nameEn\n        }\n        forecast {\n          horizonDays\n          volatility {\n            value\n          }\n          probabilityUp {\n            value\n            baseline\n            reasonKo\n            reasonEn\n          }\n        }\n      }\n    }\n    transactions(limit: 20) {\n      id\n      type\n      symbol\n      quantity\n      price\n      amount\n      fee\n      tax\n      occurredAt\n      note\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Portfolios {\n  portfolios {\n    id\n    name\n    cash\n    holdings {\n      symbol\n      quantity\n      costBasis\n      instrument {\n        ...InstrumentPrices\n      }\n    }\n  }\n}\n',
): (typeof documents)['query Portfolios {\n  portfolios {\n    id\n    name\n    cash\n    holdings {\n      symbol\n      quantity\n      costBasis\n      instrument {\n        ...InstrumentPrices\n      }\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PortfolioValueHistory($id: ID!, $from: Date!, $to: Date!) {\n  portfolio(id: $id) {\n    id\n    valueHistory(from: $from, to: $to) {\n      date\n      value\n    }\n  }\n  kospi: indexHistory(code: "0001", from: $from, to: $to) {\n    date\n    close\n  }\n}\n',
): (typeof documents)['query PortfolioValueHistory($id: ID!, $from: Date!, $to: Date!) {\n  portfolio(id: $id) {\n    id\n    valueHistory(from: $from, to: $to) {\n      date\n      value\n    }\n  }\n  kospi: indexHistory(code: "0001", from: $from, to: $to) {\n    date\n    close\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RecordLedgerEntry(\n  $portfolioId: ID!\n  $type: TransactionType!\n  $symbol: String\n  $quantity: Decimal\n  $price: Decimal\n  $amount: Decimal\n  $fee: Decimal\n  $tax: Decimal\n  $shareFactor: Decimal\n  $recordDate: Date\n  $occurredAt: DateTime\n  $note: String\n  $idempotencyKey: String\n) {\n  recordLedgerEntry(\n    input: {\n      portfolioId: $portfolioId\n      type: $type\n      symbol: $symbol\n      quantity: $quantity\n      price: $price\n      amount: $amount\n      fee: $fee\n      tax: $tax\n      shareFactor: $shareFactor\n      recordDate: $recordDate\n      occurredAt: $occurredAt\n      note: $note\n      idempotencyKey: $idempotencyKey\n    }\n  ) {\n    id\n    type\n    symbol\n    quantity\n    price\n    amount\n    fee\n    tax\n    feeMethod\n    taxMethod\n    taxRule\n    settlesOn\n    shareFactor\n    occurredAt\n    note\n  }\n}\n',
): (typeof documents)['mutation RecordLedgerEntry(\n  $portfolioId: ID!\n  $type: TransactionType!\n  $symbol: String\n  $quantity: Decimal\n  $price: Decimal\n  $amount: Decimal\n  $fee: Decimal\n  $tax: Decimal\n  $shareFactor: Decimal\n  $recordDate: Date\n  $occurredAt: DateTime\n  $note: String\n  $idempotencyKey: String\n) {\n  recordLedgerEntry(\n    input: {\n      portfolioId: $portfolioId\n      type: $type\n      symbol: $symbol\n      quantity: $quantity\n      price: $price\n      amount: $amount\n      fee: $fee\n      tax: $tax\n      shareFactor: $shareFactor\n      recordDate: $recordDate\n      occurredAt: $occurredAt\n      note: $note\n      idempotencyKey: $idempotencyKey\n    }\n  ) {\n    id\n    type\n    symbol\n    quantity\n    price\n    amount\n    fee\n    tax\n    feeMethod\n    taxMethod\n    taxRule\n    settlesOn\n    shareFactor\n    occurredAt\n    note\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RecordTrade($input: RecordTradeInput!) {\n  recordTrade(input: $input) {\n    id\n    type\n    symbol\n    quantity\n    price\n    amount\n    occurredAt\n  }\n}\n',
): (typeof documents)['mutation RecordTrade($input: RecordTradeInput!) {\n  recordTrade(input: $input) {\n    id\n    type\n    symbol\n    quantity\n    price\n    amount\n    occurredAt\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RenamePortfolio($id: ID!, $name: String!) {\n  renamePortfolio(id: $id, name: $name) {\n    id\n    name\n  }\n}\n',
): (typeof documents)['mutation RenamePortfolio($id: ID!, $name: String!) {\n  renamePortfolio(id: $id, name: $name) {\n    id\n    name\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetPortfolioCommissionRate($id: ID!, $rate: Decimal!) {\n  setPortfolioCommissionRate(id: $id, rate: $rate) {\n    id\n    commissionRate\n  }\n}\n',
): (typeof documents)['mutation SetPortfolioCommissionRate($id: ID!, $rate: Decimal!) {\n  setPortfolioCommissionRate(id: $id, rate: $rate) {\n    id\n    commissionRate\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CancelSimulation($runId: ID!) {\n  cancelSimulation(runId: $runId) {\n    ...SimulationRunFields\n  }\n}\n',
): (typeof documents)['mutation CancelSimulation($runId: ID!) {\n  cancelSimulation(runId: $runId) {\n    ...SimulationRunFields\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateScenario(\n  $name: String!\n  $description: String\n  $shocks: [ShockInput!]!\n  $idempotencyKey: String\n) {\n  createScenario(\n    input: { name: $name, description: $description, shocks: $shocks }\n    idempotencyKey: $idempotencyKey\n  ) {\n    id\n    name\n    description\n    shocks {\n      target\n      sector\n      symbol\n      currencyPair\n      change\n    }\n    createdAt\n  }\n}\n',
): (typeof documents)['mutation CreateScenario(\n  $name: String!\n  $description: String\n  $shocks: [ShockInput!]!\n  $idempotencyKey: String\n) {\n  createScenario(\n    input: { name: $name, description: $description, shocks: $shocks }\n    idempotencyKey: $idempotencyKey\n  ) {\n    id\n    name\n    description\n    shocks {\n      target\n      sector\n      symbol\n      currencyPair\n      change\n    }\n    createdAt\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeleteScenario($id: ID!) {\n  deleteScenario(id: $id)\n}\n',
): (typeof documents)['mutation DeleteScenario($id: ID!) {\n  deleteScenario(id: $id)\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query GetRiskScore($portfolioId: ID!) {\n  portfolio(id: $portfolioId) {\n    id\n    name\n    riskScore {\n      score\n      level\n      asOf\n      reasonKo\n      reasonEn\n      unscoredSymbols\n      contributions {\n        factor\n        nameKo\n        nameEn\n        points\n        maxPoints\n        value\n        detailKo\n        detailEn\n      }\n    }\n  }\n}\n',
): (typeof documents)['query GetRiskScore($portfolioId: ID!) {\n  portfolio(id: $portfolioId) {\n    id\n    name\n    riskScore {\n      score\n      level\n      asOf\n      reasonKo\n      reasonEn\n      unscoredSymbols\n      contributions {\n        factor\n        nameKo\n        nameEn\n        points\n        maxPoints\n        value\n        detailKo\n        detailEn\n      }\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query GetScenarioTemplate($id: ID!) {\n  scenarioTemplate(id: $id) {\n    ...ScenarioTemplateFields\n  }\n}\n',
): (typeof documents)['query GetScenarioTemplate($id: ID!) {\n  scenarioTemplate(id: $id) {\n    ...ScenarioTemplateFields\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query GetSimulation($runId: ID!) {\n  simulation(id: $runId) {\n    ...SimulationRunFields\n    result {\n      ... on StressTestResult {\n        asOf\n        method\n        scenario {\n          id\n          nameKo\n          nameEn\n          kind\n          periodStart\n          periodEnd\n        }\n        total {\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        holdings {\n          symbol\n          sector\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        worstDay {\n          date\n          return\n        }\n        recoveryDays\n      }\n      ... on MonteCarloResult {\n        asOf\n        paths\n        horizonDays\n        seed\n        initialValue\n        scheduledCashFlow\n        terminalValue {\n          mean\n          median\n        }\n        terminalReturn {\n          mean\n          median\n          probabilityOfLoss\n          valueAtRisk {\n            confidence\n            valueAtRisk\n            conditionalValueAtRisk\n            valueAtRiskAmount\n            conditionalValueAtRiskAmount\n          }\n        }\n        goal {\n          value\n          probabilityAtEnd\n          probabilityEverReached\n        }\n        maxDrawdown {\n          mean\n        }\n      }\n      ... on BacktestResult {\n        from\n        to\n        strategy\n        benchmark\n        initialCash\n        finalValue\n        finalCash\n        costs {\n          total\n        }\n        metrics {\n          totalReturn\n          cagr\n          volatility\n          sharpe\n          sortino\n          maxDrawdown\n        }\n      }\n      ... on OptimizationResult {\n        asOf\n        objective\n        status\n        converged\n        reason {\n          ko\n          en\n        }\n        weights {\n          symbol\n          weight\n          currentWeight\n        }\n        portfolio {\n          expectedReturn\n          volatility\n          sharpe\n        }\n        current {\n          expectedReturn\n          volatility\n          sharpe\n        }\n      }\n    }\n  }\n}\n',
): (typeof documents)['query GetSimulation($runId: ID!) {\n  simulation(id: $runId) {\n    ...SimulationRunFields\n    result {\n      ... on StressTestResult {\n        asOf\n        method\n        scenario {\n          id\n          nameKo\n          nameEn\n          kind\n          periodStart\n          periodEnd\n        }\n        total {\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        holdings {\n          symbol\n          sector\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        worstDay {\n          date\n          return\n        }\n        recoveryDays\n      }\n      ... on MonteCarloResult {\n        asOf\n        paths\n        horizonDays\n        seed\n        initialValue\n        scheduledCashFlow\n        terminalValue {\n          mean\n          median\n        }\n        terminalReturn {\n          mean\n          median\n          probabilityOfLoss\n          valueAtRisk {\n            confidence\n            valueAtRisk\n            conditionalValueAtRisk\n            valueAtRiskAmount\n            conditionalValueAtRiskAmount\n          }\n        }\n        goal {\n          value\n          probabilityAtEnd\n          probabilityEverReached\n        }\n        maxDrawdown {\n          mean\n        }\n      }\n      ... on BacktestResult {\n        from\n        to\n        strategy\n        benchmark\n        initialCash\n        finalValue\n        finalCash\n        costs {\n          total\n        }\n        metrics {\n          totalReturn\n          cagr\n          volatility\n          sharpe\n          sortino\n          maxDrawdown\n        }\n      }\n      ... on OptimizationResult {\n        asOf\n        objective\n        status\n        converged\n        reason {\n          ko\n          en\n        }\n        weights {\n          symbol\n          weight\n          currentWeight\n        }\n        portfolio {\n          expectedReturn\n          volatility\n          sharpe\n        }\n        current {\n          expectedReturn\n          volatility\n          sharpe\n        }\n      }\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ListScenarios($kind: ScenarioKind) {\n  scenarioTemplates(kind: $kind) {\n    ...ScenarioTemplateFields\n  }\n}\n',
): (typeof documents)['query ListScenarios($kind: ScenarioKind) {\n  scenarioTemplates(kind: $kind) {\n    ...ScenarioTemplateFields\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ListSimulations($filter: SimulationFilter, $first: Int, $after: String) {\n  simulations(filter: $filter, first: $first, after: $after) {\n    runs {\n      ...SimulationRunFields\n    }\n    nextCursor\n    hasMore\n  }\n}\n',
): (typeof documents)['query ListSimulations($filter: SimulationFilter, $first: Int, $after: String) {\n  simulations(filter: $filter, first: $first, after: $after) {\n    runs {\n      ...SimulationRunFields\n    }\n    nextCursor\n    hasMore\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation OptimizePortfolio(\n  $portfolioId: ID!\n  $objective: OptimizationObjective!\n  $targetReturn: Float\n  $targetVolatility: Float\n  $symbols: [String!]\n  $constraints: OptimizationConstraintsInput\n  $seed: Int\n  $idempotencyKey: String\n) {\n  optimizePortfolio(\n    input: {\n      portfolioId: $portfolioId\n      objective: $objective\n      targetReturn: $targetReturn\n      targetVolatility: $targetVolatility\n      symbols: $symbols\n      constraints: $constraints\n      seed: $seed\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n',
): (typeof documents)['mutation OptimizePortfolio(\n  $portfolioId: ID!\n  $objective: OptimizationObjective!\n  $targetReturn: Float\n  $targetVolatility: Float\n  $symbols: [String!]\n  $constraints: OptimizationConstraintsInput\n  $seed: Int\n  $idempotencyKey: String\n) {\n  optimizePortfolio(\n    input: {\n      portfolioId: $portfolioId\n      objective: $objective\n      targetReturn: $targetReturn\n      targetVolatility: $targetVolatility\n      symbols: $symbols\n      constraints: $constraints\n      seed: $seed\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RunBacktest(\n  $portfolioId: ID!\n  $from: Date\n  $to: Date\n  $initialCash: Decimal\n  $weights: [WeightInput!]\n  $rebalance: RebalanceFrequency\n  $seed: Int\n  $idempotencyKey: String\n) {\n  runBacktest(\n    input: {\n      portfolioId: $portfolioId\n      from: $from\n      to: $to\n      initialCash: $initialCash\n      weights: $weights\n      rebalance: $rebalance\n      seed: $seed\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n',
): (typeof documents)['mutation RunBacktest(\n  $portfolioId: ID!\n  $from: Date\n  $to: Date\n  $initialCash: Decimal\n  $weights: [WeightInput!]\n  $rebalance: RebalanceFrequency\n  $seed: Int\n  $idempotencyKey: String\n) {\n  runBacktest(\n    input: {\n      portfolioId: $portfolioId\n      from: $from\n      to: $to\n      initialCash: $initialCash\n      weights: $weights\n      rebalance: $rebalance\n      seed: $seed\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RunMonteCarlo(\n  $portfolioId: ID!\n  $horizonDays: Int\n  $paths: Int\n  $confidences: [Float!]\n  $model: MonteCarloModel\n  $cashFlow: CashFlowInput\n  $goal: Decimal\n  $seed: Int\n  $idempotencyKey: String\n) {\n  runMonteCarlo(\n    input: {\n      portfolioId: $portfolioId\n      horizonDays: $horizonDays\n      paths: $paths\n      confidences: $confidences\n      model: $model\n      cashFlow: $cashFlow\n      goal: $goal\n      seed: $seed\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n',
): (typeof documents)['mutation RunMonteCarlo(\n  $portfolioId: ID!\n  $horizonDays: Int\n  $paths: Int\n  $confidences: [Float!]\n  $model: MonteCarloModel\n  $cashFlow: CashFlowInput\n  $goal: Decimal\n  $seed: Int\n  $idempotencyKey: String\n) {\n  runMonteCarlo(\n    input: {\n      portfolioId: $portfolioId\n      horizonDays: $horizonDays\n      paths: $paths\n      confidences: $confidences\n      model: $model\n      cashFlow: $cashFlow\n      goal: $goal\n      seed: $seed\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RunStressTest(\n  $portfolioId: ID!\n  $templateId: ID\n  $scenarioId: ID\n  $shocks: [ShockInput!]\n  $asOf: Date\n  $idempotencyKey: String\n) {\n  runStressTest(\n    input: {\n      portfolioId: $portfolioId\n      templateId: $templateId\n      scenarioId: $scenarioId\n      shocks: $shocks\n      asOf: $asOf\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n',
): (typeof documents)['mutation RunStressTest(\n  $portfolioId: ID!\n  $templateId: ID\n  $scenarioId: ID\n  $shocks: [ShockInput!]\n  $asOf: Date\n  $idempotencyKey: String\n) {\n  runStressTest(\n    input: {\n      portfolioId: $portfolioId\n      templateId: $templateId\n      scenarioId: $scenarioId\n      shocks: $shocks\n      asOf: $asOf\n    }\n    idempotencyKey: $idempotencyKey\n  ) {\n    ...SimulationRunFields\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ScenarioTemplateFields on ScenarioTemplate {\n  id\n  kind\n  nameKo\n  nameEn\n  descriptionKo\n  descriptionEn\n  periodStart\n  periodEnd\n  shocks {\n    target\n    sector\n    currencyPair\n    change\n  }\n}\n',
): (typeof documents)['fragment ScenarioTemplateFields on ScenarioTemplate {\n  id\n  kind\n  nameKo\n  nameEn\n  descriptionKo\n  descriptionEn\n  periodStart\n  periodEnd\n  shocks {\n    target\n    sector\n    currencyPair\n    change\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription SimulationProgress($runId: ID!) {\n  simulationProgress(runId: $runId) {\n    runId\n    status\n    fraction\n    stage\n    message\n  }\n}\n',
): (typeof documents)['subscription SimulationProgress($runId: ID!) {\n  simulationProgress(runId: $runId) {\n    runId\n    status\n    fraction\n    stage\n    message\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query SimulationReport($runId: ID!) {\n  simulation(id: $runId) {\n    ...SimulationRunFields\n    inputs\n    inputHash\n    engineVersion\n    dataFrom\n    result {\n      ... on StressTestResult {\n        asOf\n        method\n        scenario {\n          source\n          id\n          nameKo\n          nameEn\n          kind\n          periodStart\n          periodEnd\n          shocks {\n            target\n            sector\n            symbol\n            currencyPair\n            change\n          }\n        }\n        fallbackReason {\n          ko\n          en\n        }\n        total {\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        holdings {\n          symbol\n          sector\n          quantity\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        worstDay {\n          date\n          return\n        }\n        recoveryDays\n      }\n      ... on MonteCarloResult {\n        asOf\n        paths\n        horizonDays\n        seed\n        initialValue\n        scheduledCashFlow\n        bands {\n          step\n          p5\n          p25\n          p50\n          p75\n          p95\n        }\n        terminalValue {\n          mean\n          median\n        }\n        terminalReturn {\n          mean\n          median\n          probabilityOfLoss\n          valueAtRisk {\n            confidence\n            valueAtRisk\n            conditionalValueAtRisk\n            valueAtRiskAmount\n            conditionalValueAtRiskAmount\n          }\n          histogram {\n            from\n            to\n            count\n          }\n        }\n        goal {\n          value\n          probabilityAtEnd\n          probabilityEverReached\n        }\n        maxDrawdown {\n          mean\n          percentiles {\n            percentile\n            value\n          }\n          histogram {\n            from\n            to\n            count\n          }\n        }\n      }\n      ... on BacktestResult {\n        from\n        to\n        strategy\n        benchmark\n        initialCash\n        finalValue\n        finalCash\n        equity {\n          date\n          value\n          benchmark\n          drawdown\n        }\n        trades {\n          date\n          symbol\n          side\n          quantity\n          price\n          amount\n          commission\n          tax\n        }\n        costs {\n          commission\n          tax\n          total\n          commissionRate\n        }\n        metrics {\n          totalReturn\n          cagr\n          volatility\n          sharpe\n          sortino\n          maxDrawdown\n          maxDrawdownPeak\n          maxDrawdownTrough\n          recoveryDays\n          benchmarkCagr\n        }\n      }\n      ... on OptimizationResult {\n        asOf\n        objective\n        objectiveName\n        status\n        converged\n        reason {\n          ko\n          en\n        }\n        weights {\n          symbol\n          weight\n          currentWeight\n          riskContribution\n        }\n        portfolio {\n          expectedReturn\n          volatility\n          sharpe\n        }\n        current {\n          expectedReturn\n          volatility\n          sharpe\n        }\n        frontier {\n          targetReturn\n          expectedReturn\n          volatility\n          sharpe\n          status\n        }\n        frontierStatus\n      }\n    }\n  }\n}\n',
): (typeof documents)['query SimulationReport($runId: ID!) {\n  simulation(id: $runId) {\n    ...SimulationRunFields\n    inputs\n    inputHash\n    engineVersion\n    dataFrom\n    result {\n      ... on StressTestResult {\n        asOf\n        method\n        scenario {\n          source\n          id\n          nameKo\n          nameEn\n          kind\n          periodStart\n          periodEnd\n          shocks {\n            target\n            sector\n            symbol\n            currencyPair\n            change\n          }\n        }\n        fallbackReason {\n          ko\n          en\n        }\n        total {\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        holdings {\n          symbol\n          sector\n          quantity\n          valueBefore\n          valueAfter\n          change\n          changePct\n        }\n        worstDay {\n          date\n          return\n        }\n        recoveryDays\n      }\n      ... on MonteCarloResult {\n        asOf\n        paths\n        horizonDays\n        seed\n        initialValue\n        scheduledCashFlow\n        bands {\n          step\n          p5\n          p25\n          p50\n          p75\n          p95\n        }\n        terminalValue {\n          mean\n          median\n        }\n        terminalReturn {\n          mean\n          median\n          probabilityOfLoss\n          valueAtRisk {\n            confidence\n            valueAtRisk\n            conditionalValueAtRisk\n            valueAtRiskAmount\n            conditionalValueAtRiskAmount\n          }\n          histogram {\n            from\n            to\n            count\n          }\n        }\n        goal {\n          value\n          probabilityAtEnd\n          probabilityEverReached\n        }\n        maxDrawdown {\n          mean\n          percentiles {\n            percentile\n            value\n          }\n          histogram {\n            from\n            to\n            count\n          }\n        }\n      }\n      ... on BacktestResult {\n        from\n        to\n        strategy\n        benchmark\n        initialCash\n        finalValue\n        finalCash\n        equity {\n          date\n          value\n          benchmark\n          drawdown\n        }\n        trades {\n          date\n          symbol\n          side\n          quantity\n          price\n          amount\n          commission\n          tax\n        }\n        costs {\n          commission\n          tax\n          total\n          commissionRate\n        }\n        metrics {\n          totalReturn\n          cagr\n          volatility\n          sharpe\n          sortino\n          maxDrawdown\n          maxDrawdownPeak\n          maxDrawdownTrough\n          recoveryDays\n          benchmarkCagr\n        }\n      }\n      ... on OptimizationResult {\n        asOf\n        objective\n        objectiveName\n        status\n        converged\n        reason {\n          ko\n          en\n        }\n        weights {\n          symbol\n          weight\n          currentWeight\n          riskContribution\n        }\n        portfolio {\n          expectedReturn\n          volatility\n          sharpe\n        }\n        current {\n          expectedReturn\n          volatility\n          sharpe\n        }\n        frontier {\n          targetReturn\n          expectedReturn\n          volatility\n          sharpe\n          status\n        }\n        frontierStatus\n      }\n    }\n  }\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SimulationRunFields on SimulationRun {\n  id\n  kind\n  status\n  portfolioId\n  seed\n  asOf\n  progress\n  stage\n  message\n  error {\n    code\n    field\n    messageKo\n    messageEn\n  }\n  queuedAt\n  startedAt\n  finishedAt\n}\n',
): (typeof documents)['fragment SimulationRunFields on SimulationRun {\n  id\n  kind\n  status\n  portfolioId\n  seed\n  asOf\n  progress\n  stage\n  message\n  error {\n    code\n    field\n    messageKo\n    messageEn\n  }\n  queuedAt\n  startedAt\n  finishedAt\n}\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query UserScenarios {\n  scenarios {\n    id\n    name\n    description\n    shocks {\n      target\n      sector\n      symbol\n      currencyPair\n      change\n    }\n    createdAt\n    updatedAt\n  }\n}\n',
): (typeof documents)['query UserScenarios {\n  scenarios {\n    id\n    name\n    description\n    shocks {\n      target\n      sector\n      symbol\n      currencyPair\n      change\n    }\n    createdAt\n    updatedAt\n  }\n}\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
