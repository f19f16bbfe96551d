/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an API key may do. */
export type ApiScope =
  /** The portfolio:read scope. */
  | 'PORTFOLIO_READ'
  /** The portfolio:write scope. */
  | 'PORTFOLIO_WRITE'
  /** The simulation:run scope. */
  | 'SIMULATION_RUN'
  /** The market:read scope. */
  | 'MARKET_READ'
  /** The ai:read scope. */
  | 'AI_READ';

/** Money added (or, negative, withdrawn) every few trading days. */
export type CashFlowInput = {
  /** KRW each time; negative withdraws. */
  amount: string;
  /** Every this many trading days (1 to 2520). */
  everyDays: number;
};

/** How a fee or tax came to be what it is. */
export type CostMethod =
  /** Computed from the KRX rules of the trade's date: the portfolio's commission rate, the sell-side taxes of the settlement day, or the 15.4% dividend withholding. */
  | 'COMPUTED'
  /** Typed in by whoever recorded the line. */
  | 'GIVEN';

/** A new portfolio: its name, opening cash, and the holdings to buy with it. */
export type CreatePortfolioInput = {
  /** Unique among your portfolios. */
  name: string;
  /** Opening cash in whole KRW. */
  cash: string;
  /** Brokerage commission on trades recorded without a fee, the opening buys included, as a fraction (default 0.00015 = 0.015%). */
  commissionRate?: string | null | undefined;
  /** Stocks bought with the opening cash at their latest closes. */
  holdings?: Array<InitialHoldingInput> | null | undefined;
  /** Send the same key when retrying, so the portfolio is created once. */
  idempotencyKey?: string | null | undefined;
};

/** The jobs of the market-data ETL worker. */
export type EtlJob =
  /** Refresh instruments and indices from the KIS master files; track the largest. */
  | 'INSTRUMENT_MASTER'
  /** After the close: new daily bars of tracked instruments and indices, and any missing ones. */
  | 'DAILY_BARS'
  /** Daily bars for a date range, for given instruments or every tracked one. */
  | 'BACKFILL'
  /** The live quote stream; one run is one session. */
  | 'LIVE_QUOTES';

/** Where a run is, or how it ended. */
export type EtlRunStatus =
  /** Waiting for the worker. */
  | 'QUEUED'
  /** In progress. */
  | 'RUNNING'
  /** Done, without errors. */
  | 'SUCCEEDED'
  /** Done, but some instruments or ranges failed (see errors). */
  | 'PARTIAL'
  /** Failed, or interrupted before it finished. */
  | 'FAILED'
  /** Nothing to do, e.g. a scheduled run on a day the KRX is closed. */
  | 'SKIPPED'
  /** Cancelled on request. */
  | 'CANCELLED';

/** What started a run. */
export type EtlTrigger =
  /** The cron schedule (Asia/Seoul). */
  | 'SCHEDULE'
  /** The worker catching up as it starts. */
  | 'STARTUP'
  /** An administrator, through the API. */
  | 'MANUAL'
  /** The command line (npm run etl). */
  | 'CLI';

/** What made a forecast’s number. */
export type ForecastSource =
  /** A promoted model: it beat its baselines on the hold-out. */
  | 'MODEL'
  /** The baseline itself: no model of this kind beat it on the hold-out, so none is promoted. */
  | 'BASELINE';

/** Why an instrument has no forecast. */
export type ForecastUnavailableCode =
  /** No model has been trained yet. */
  | 'NO_MODEL'
  /** The ETL does not collect this instrument’s daily bars. */
  | 'NOT_COLLECTED'
  /** Too little history: never forecast from too little data. */
  | 'INSUFFICIENT_HISTORY'
  /** Some features could not be computed (e.g. no KOSPI close). */
  | 'MISSING_FEATURES'
  /** No bar on the as-of day (a halt, say). */
  | 'NO_RECENT_BAR';

/** A stock to buy when the portfolio is created: give a quantity or a weight, not both. */
export type InitialHoldingInput = {
  /** The KRX code, e.g. "005930". */
  symbol: string;
  /** Shares to buy at the latest close. */
  quantity?: string | null | undefined;
  /** Share of the opening cash to put in it, commission included, as a fraction (0.25 = 25 %); whole shares are bought. */
  weight?: string | null | undefined;
};

/** The KRX market an instrument is listed on. */
export type Market =
  /** The main board. */
  | 'KOSPI'
  /** The growth board. */
  | 'KOSDAQ'
  /** The start-up board. */
  | 'KONEX';

/** What a model forecasts, 20 trading days ahead. */
export type ModelKind =
  /** Annualised realised volatility of the next 20 trading days. */
  | 'VOLATILITY'
  /** The probability that the close 20 trading days ahead is above today’s. */
  | 'DIRECTION';

/** Where a model version is in its life. */
export type ModelStatus =
  /** Trained and judged; not serving (it did not beat its baselines, or was not promoted yet). */
  | 'CANDIDATE'
  /** The version that serves its kind. */
  | 'PROMOTED'
  /** Served once; replaced since. */
  | 'RETIRED';

/** How Monte Carlo paths are drawn. */
export type MonteCarloModel =
  /** Correlated geometric Brownian motion fitted to the look-back. */
  | 'GBM'
  /** A stationary block bootstrap of the look-back’s days. */
  | 'BOOTSTRAP';

/** Constraints; the weights always sum to 1. */
export type OptimizationConstraintsInput = {
  /** No negative weights (default true). */
  longOnly?: boolean | null | undefined;
  /** Every weight at least this. */
  minWeight?: number | null | undefined;
  /** Every weight at most this. */
  maxWeight?: number | null | undefined;
  /** At most this many stocks held. */
  maxAssets?: number | null | undefined;
  /** Bounds per sector. */
  sectorBounds?: Array<SectorBoundInput> | null | undefined;
};

/** What an optimisation seeks. */
export type OptimizationObjective =
  /** The least volatile portfolio. */
  | 'MIN_VOLATILITY'
  /** The highest Sharpe ratio (tangency portfolio). */
  | 'MAX_SHARPE'
  /** The least volatile portfolio with at least `targetReturn`. */
  | 'TARGET_RETURN'
  /** The highest return with at most `targetVolatility`. */
  | 'TARGET_RISK'
  /** Equal risk contributions. */
  | 'RISK_PARITY'
  /** López de Prado’s hierarchical risk parity. */
  | 'HIERARCHICAL_RISK_PARITY'
  /** The least expected shortfall on the historical days. */
  | 'MIN_CVAR';

/** When a backtest trades back to its weights. */
export type RebalanceFrequency =
  /** Never (buy and hold). */
  | 'NONE'
  /** First trading day of each month. */
  | 'MONTHLY'
  /** First trading day of each quarter. */
  | 'QUARTERLY'
  /** First trading day of each year. */
  | 'YEARLY'
  /** When a weight drifts more than `driftThreshold` from target. */
  | 'THRESHOLD';

/** One ledger line. BUY and SELL need symbol, quantity and price (whole shares, whole won, on the day’s tick grid and within its ±30% limit); fee and tax are computed from the KRX rules of the day when left out. DEPOSIT and WITHDRAW need amount; DIVIDEND needs symbol and amount (gross; the 15.4% withholding is computed when tax is left out); SPLIT needs symbol and shareFactor. Deprecated with recordTrade: use LedgerEntryInput and recordLedgerEntry. */
export type RecordTradeInput = {
  /** The portfolio. */
  portfolioId: string | number;
  /** What happened. */
  type: TransactionType;
  /** The KRX code, for trades, dividends and splits. */
  symbol?: string | null | undefined;
  /** Shares traded: a whole number. */
  quantity?: string | null | undefined;
  /** Price per share in whole KRW. */
  price?: string | null | undefined;
  /** Cash amount in whole KRW for a deposit, withdrawal or dividend (gross). */
  amount?: string | null | undefined;
  /** Brokerage fee in KRW; left out, it is the portfolio's commission rate on the amount. */
  fee?: string | null | undefined;
  /** Tax in KRW; left out, a sale pays the securities transaction and rural special taxes of its settlement day and a dividend the 15.4% withholding. A buy is never taxed. */
  tax?: string | null | undefined;
  /** For a SPLIT: shares after per share before (5 in a 5:1 split). */
  shareFactor?: string | null | undefined;
  /** For a DIVIDEND: the record day (배당기준일) on which the shares were held; defaults to the day of `occurredAt`. */
  recordDate?: string | null | undefined;
  /** When it happened; defaults to now. Not before 1956-03-03 (KRX’s first day), not in the future; a back-dated line is accepted when the whole ledger still holds in date order. */
  occurredAt?: string | null | undefined;
  /** A free-text note, up to 200 characters. */
  note?: string | null | undefined;
  /** Send the same key when retrying, so the line is recorded once. */
  idempotencyKey?: string | null | undefined;
};

/** The parts of a risk score. */
export type RiskFactor =
  /** Forecast volatility of the portfolio (30 points). */
  | 'VOLATILITY'
  /** Concentration: the HHI of the holdings’ values (20 points). */
  | 'CONCENTRATION'
  /** Average pairwise correlation of the holdings (15 points). */
  | 'CORRELATION'
  /** The deepest fall of today’s holdings over a year (15 points). */
  | 'DRAWDOWN'
  /** Beta to KOSPI (10 points). */
  | 'BETA'
  /** Position sizes against average daily traded value (10 points). */
  | 'LIQUIDITY';

/** The score in words. */
export type RiskLevel =
  /** Below 25. */
  | 'LOW'
  /** 25 to 49. */
  | 'MODERATE'
  /** 50 to 74. */
  | 'HIGH'
  /** 75 and above. */
  | 'VERY_HIGH';

/** What a user may do: an ordinary user, a partner app, or an administrator. */
export type Role =
  /** An investor using the dashboard or an agent. */
  | 'USER'
  /** A partner application with API keys. */
  | 'PARTNER'
  /** Runs the platform. */
  | 'ADMIN';

/** Whether a scenario replays history or is made up. */
export type ScenarioKind =
  /** Moves measured over a past window. */
  | 'HISTORICAL'
  /** Moves chosen by hand. */
  | 'HYPOTHETICAL';

/** Bounds on the summed weight of one sector. */
export type SectorBoundInput = {
  /** A sector of a stock in the universe. */
  sector: string;
  /** At least this (0 to 1). */
  min?: number | null | undefined;
  /** At most this (0 to 1). */
  max?: number | null | undefined;
};

/** One move: MARKET (every stock), SECTOR (with `sector`), SYMBOL (with `symbol`) or FX (with `currencyPair` "USDKRW"); `change` is a fraction from -1 to 10. */
export type ShockInput = {
  /** What moves. */
  target: ShockTarget;
  /** For SECTOR: a sector instruments carry. */
  sector?: string | null | undefined;
  /** For SYMBOL: a KRX code. */
  symbol?: string | null | undefined;
  /** For FX: "USDKRW". */
  currencyPair?: string | null | undefined;
  /** The move: -0.2 is a 20 % fall. */
  change: number;
};

/** What a shock moves. */
export type ShockTarget =
  /** Every stock. */
  | 'MARKET'
  /** The stocks of one sector. */
  | 'SECTOR'
  /** One stock. */
  | 'SYMBOL'
  /** An exchange rate. */
  | 'FX';

/** Which runs to list; every field narrows. */
export type SimulationFilter = {
  /** Only this kind. */
  kind?: SimulationKind | null | undefined;
  /** Only this status. */
  status?: SimulationStatus | null | undefined;
  /** Only runs of this portfolio. */
  portfolioId?: string | number | null | undefined;
};

/** What a simulation run computes. */
export type SimulationKind =
  /** A historical or hypothetical stress test. */
  | 'STRESS_TEST'
  /** A Monte Carlo projection with VaR/CVaR. */
  | 'MONTE_CARLO'
  /** A backtest with KRX costs against the KOSPI. */
  | 'BACKTEST'
  /** A portfolio optimisation. */
  | 'OPTIMIZATION';

/** Where a run is. */
export type SimulationStatus =
  /** Waiting for a worker. */
  | 'QUEUED'
  /** A worker is computing it. */
  | 'RUNNING'
  /** Done; the result is stored. */
  | 'SUCCEEDED'
  /** Stopped with an error (see `error`). */
  | 'FAILED'
  /** Stopped because it was cancelled. */
  | 'CANCELLED';

/** The kind of ledger line. */
export type TransactionType =
  /** Cash paid in. */
  | 'DEPOSIT'
  /** Cash taken out. */
  | 'WITHDRAW'
  /** Shares bought. */
  | 'BUY'
  /** Shares sold. */
  | 'SELL'
  /** A dividend received. */
  | 'DIVIDEND'
  /** A stock split or merger (액면분할·병합): the shares held become `shareFactor` times as many; no cash moves. */
  | 'SPLIT';

/** A weight of one stock. */
export type WeightInput = {
  /** The KRX code. */
  symbol: string;
  /** A fraction; the weights sum to 1. */
  weight: number;
};

export type ApiKeyFieldsFragment = {
  __typename: 'ApiKey';
  id: string;
  name: string;
  prefix: string;
  scopes: Array<ApiScope>;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export type ApiKeysQueryVariables = Exact<{ [key: string]: never }>;

export type ApiKeysQuery = {
  __typename: 'Query';
  apiKeys: Array<{
    __typename: 'ApiKey';
    id: string;
    name: string;
    prefix: string;
    scopes: Array<ApiScope>;
    createdAt: string;
    lastUsedAt: string | null;
    revokedAt: string | null;
  }> | null;
};

export type AuthSessionFragment = {
  __typename: 'AuthPayload';
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: {
    __typename: 'User';
    id: string;
    email: string;
    displayName: string;
    role: Role;
    totpEnabled: boolean;
  };
};

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangePasswordMutation = {
  __typename: 'Mutation';
  changePassword: {
    __typename: 'AuthPayload';
    accessToken: string;
    expiresIn: number;
    refreshToken: string;
    refreshTokenExpiresAt: string;
    user: {
      __typename: 'User';
      id: string;
      email: string;
      displayName: string;
      role: Role;
      totpEnabled: boolean;
    };
  };
};

export type CompleteExternalLoginMutationVariables = Exact<{
  provider: string;
  callbackUrl: string;
}>;

export type CompleteExternalLoginMutation = {
  __typename: 'Mutation';
  completeExternalLogin: {
    __typename: 'AuthPayload';
    accessToken: string;
    expiresIn: number;
    refreshToken: string;
    refreshTokenExpiresAt: string;
    user: {
      __typename: 'User';
      id: string;
      email: string;
      displayName: string;
      role: Role;
      totpEnabled: boolean;
    };
  };
};

export type ConfirmTotpMutationVariables = Exact<{
  code: string;
}>;

export type ConfirmTotpMutation = { __typename: 'Mutation'; confirmTotp: Array<string> };

export type CreateApiKeyMutationVariables = Exact<{
  name: string;
  scopes: Array<ApiScope> | ApiScope;
}>;

export type CreateApiKeyMutation = {
  __typename: 'Mutation';
  createApiKey: {
    __typename: 'CreatedApiKey';
    secret: string;
    apiKey: {
      __typename: 'ApiKey';
      id: string;
      name: string;
      prefix: string;
      scopes: Array<ApiScope>;
      createdAt: string;
      lastUsedAt: string | null;
      revokedAt: string | null;
    };
  };
};

export type DisableTotpMutationVariables = Exact<{
  code: string;
}>;

export type DisableTotpMutation = { __typename: 'Mutation'; disableTotp: boolean };

export type EnrolTotpMutationVariables = Exact<{ [key: string]: never }>;

export type EnrolTotpMutation = {
  __typename: 'Mutation';
  enrolTotp: { __typename: 'TotpEnrolment'; secret: string; otpauthUri: string };
};

export type ExternalLoginProvidersQueryVariables = Exact<{ [key: string]: never }>;

export type ExternalLoginProvidersQuery = {
  __typename: 'Query';
  externalLoginProviders: Array<{
    __typename: 'ExternalLoginProvider';
    name: string;
    displayName: string;
  }> | null;
};

export type LogInMutationVariables = Exact<{
  email: string;
  password: string;
  totpCode?: string | null | undefined;
  recoveryCode?: string | null | undefined;
}>;

export type LogInMutation = {
  __typename: 'Mutation';
  logIn: {
    __typename: 'AuthPayload';
    accessToken: string;
    expiresIn: number;
    refreshToken: string;
    refreshTokenExpiresAt: string;
    user: {
      __typename: 'User';
      id: string;
      email: string;
      displayName: string;
      role: Role;
      totpEnabled: boolean;
    };
  };
};

export type LogOutMutationVariables = Exact<{
  refreshToken: string;
}>;

export type LogOutMutation = { __typename: 'Mutation'; logOut: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  __typename: 'Query';
  me: {
    __typename: 'User';
    id: string;
    email: string;
    displayName: string;
    role: Role;
    totpEnabled: boolean;
  } | null;
};

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;

export type RefreshSessionMutation = {
  __typename: 'Mutation';
  refreshSession: {
    __typename: 'AuthPayload';
    accessToken: string;
    expiresIn: number;
    refreshToken: string;
    refreshTokenExpiresAt: string;
    user: {
      __typename: 'User';
      id: string;
      email: string;
      displayName: string;
      role: Role;
      totpEnabled: boolean;
    };
  };
};

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = {
  __typename: 'Mutation';
  requestPasswordReset: boolean;
};

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;

export type ResetPasswordMutation = { __typename: 'Mutation'; resetPassword: boolean };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiKeyMutation = {
  __typename: 'Mutation';
  revokeApiKey: { __typename: 'ApiKey'; id: string; revokedAt: string | null };
};

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeSessionMutation = { __typename: 'Mutation'; revokeSession: boolean };

export type SessionsQueryVariables = Exact<{ [key: string]: never }>;

export type SessionsQuery = {
  __typename: 'Query';
  sessions: Array<{
    __typename: 'Session';
    id: string;
    startedAt: string;
    lastActiveAt: string;
    expiresAt: string;
  }> | null;
};

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutEverywhereMutation = { __typename: 'Mutation'; signOutEverywhere: number };

export type SignUpMutationVariables = Exact<{
  email: string;
  password: string;
  displayName?: string | null | undefined;
}>;

export type SignUpMutation = {
  __typename: 'Mutation';
  signUp: { __typename: 'SignUpResult'; email: string };
};

export type StartExternalLoginMutationVariables = Exact<{
  provider: string;
  redirectUri: string;
}>;

export type StartExternalLoginMutation = {
  __typename: 'Mutation';
  startExternalLogin: { __typename: 'ExternalLoginStart'; authorizationUrl: string; state: string };
};

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;

export type VerifyEmailMutation = { __typename: 'Mutation'; verifyEmail: boolean };

export type AdminApiKeysQueryVariables = Exact<{
  query?: string | null | undefined;
  userId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AdminApiKeysQuery = {
  __typename: 'Query';
  adminApiKeys: {
    __typename: 'AdminApiKeyPage';
    nextCursor: string | null;
    hasMore: boolean;
    apiKeys: Array<{
      __typename: 'AdminApiKey';
      apiKey: {
        __typename: 'ApiKey';
        id: string;
        name: string;
        prefix: string;
        scopes: Array<ApiScope>;
        createdAt: string;
        lastUsedAt: string | null;
        revokedAt: string | null;
      };
      owner: { __typename: 'User'; id: string; email: string };
    }>;
  } | null;
};

export type AdminRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;

export type AdminRevokeApiKeyMutation = {
  __typename: 'Mutation';
  adminRevokeApiKey: {
    __typename: 'AdminApiKey';
    apiKey: { __typename: 'ApiKey'; id: string; revokedAt: string | null };
    owner: { __typename: 'User'; id: string; email: string };
  };
};

export type AdminUsersQueryVariables = Exact<{
  query?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AdminUsersQuery = {
  __typename: 'Query';
  adminUsers: {
    __typename: 'AdminUserPage';
    nextCursor: string | null;
    hasMore: boolean;
    users: Array<{
      __typename: 'AdminUser';
      lastSignInAt: string | null;
      activeApiKeyCount: number;
      user: {
        __typename: 'User';
        id: string;
        email: string;
        displayName: string;
        role: Role;
        emailVerified: boolean;
        totpEnabled: boolean;
        createdAt: string;
      };
    }>;
  } | null;
};

export type CancelEtlRunMutationVariables = Exact<{
  id: string | number;
}>;

export type CancelEtlRunMutation = {
  __typename: 'Mutation';
  cancelEtlRun: {
    __typename: 'EtlRun';
    id: string;
    status: EtlRunStatus;
    cancelRequested: boolean;
  };
};

export type EtlOverviewQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;

export type EtlOverviewQuery = {
  __typename: 'Query';
  etlStatus: Array<{
    __typename: 'EtlJobStatus';
    job: EtlJob;
    lastStatus: EtlRunStatus | null;
    lastStartedAt: string | null;
    lastFinishedAt: string | null;
    lastSucceededAt: string | null;
    queued: number;
  }> | null;
  etlRuns: Array<{
    __typename: 'EtlRun';
    id: string;
    job: EtlJob;
    trigger: EtlTrigger;
    status: EtlRunStatus;
    symbols: Array<string> | null;
    from: string | null;
    to: string | null;
    queuedAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    rows: number;
    rowsChanged: number;
    errorCount: number;
    errors: Array<string>;
    message: string | null;
    cancelRequested: boolean;
  }> | null;
};

export type ModelVersionsQueryVariables = Exact<{
  kind?: ModelKind | null | undefined;
  status?: ModelStatus | null | undefined;
  limit?: number | null | undefined;
}>;

export type ModelVersionsQuery = {
  __typename: 'Query';
  modelVersions: Array<{
    __typename: 'ModelVersion';
    id: string;
    name: string;
    kind: ModelKind;
    version: number;
    algorithm: string;
    status: ModelStatus;
    beatsBaselines: boolean;
    reasonKo: string;
    reasonEn: string;
    createdAt: string;
    promotedAt: string | null;
    retiredAt: string | null;
    holdOutWindow: { __typename: 'DateWindow'; from: string; to: string };
    comparisons: Array<{
      __typename: 'MetricComparison';
      baseline: string;
      metric: string;
      model: number | null;
      baselineValue: number | null;
      better: boolean;
    }>;
  }> | null;
};

export type PromoteModelVersionMutationVariables = Exact<{
  id: string | number;
}>;

export type PromoteModelVersionMutation = {
  __typename: 'Mutation';
  promoteModelVersion: {
    __typename: 'ModelVersion';
    id: string;
    name: string;
    kind: ModelKind;
    version: number;
    status: ModelStatus;
    promotedAt: string | null;
    retiredAt: string | null;
  };
};

export type TriggerEtlRunMutationVariables = Exact<{
  job: EtlJob;
  symbols?: Array<string> | string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type TriggerEtlRunMutation = {
  __typename: 'Mutation';
  triggerEtlRun: { __typename: 'EtlRun'; id: string; status: EtlRunStatus };
};

export type DirectoryEntryFragment = {
  __typename: 'Instrument';
  symbol: string;
  nameKo: string;
  nameEn: string | null;
  market: Market;
};

export type ForecastFieldsFragment = {
  __typename: 'Forecast';
  asOf: string;
  horizonDays: number;
  volatility: {
    __typename: 'ForecastPart';
    value: number;
    baseline: number;
    source: ForecastSource;
    reasonKo: string;
    reasonEn: string;
  };
  probabilityUp: {
    __typename: 'ForecastPart';
    value: number;
    baseline: number;
    source: ForecastSource;
    reasonKo: string;
    reasonEn: string;
  };
};

export type GetForecastsQueryVariables = Exact<{
  symbols: Array<string> | string;
}>;

export type GetForecastsQuery = {
  __typename: 'Query';
  forecasts: Array<{
    __typename: 'InstrumentForecast';
    symbol: string;
    forecast: {
      __typename: 'Forecast';
      asOf: string;
      horizonDays: number;
      volatility: {
        __typename: 'ForecastPart';
        value: number;
        baseline: number;
        source: ForecastSource;
        reasonKo: string;
        reasonEn: string;
      };
      probabilityUp: {
        __typename: 'ForecastPart';
        value: number;
        baseline: number;
        source: ForecastSource;
        reasonKo: string;
        reasonEn: string;
      };
    } | null;
    unavailable: {
      __typename: 'ForecastUnavailable';
      code: ForecastUnavailableCode;
      messageKo: string;
      messageEn: string;
    } | null;
  }> | null;
};

export type GetInstrumentQueryVariables = Exact<{
  symbol: string;
}>;

export type GetInstrumentQuery = {
  __typename: 'Query';
  instrument: {
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    market: Market;
    sector: { __typename: 'Sector'; code: string; nameKo: string; nameEn: string } | null;
    lastClose: { __typename: 'DailyBar'; date: string; close: string; volume: string } | null;
    lastQuote: {
      __typename: 'Quote';
      price: string;
      change: string;
      changeRate: string;
      tradedAt: string;
    } | null;
    forecast: {
      __typename: 'Forecast';
      asOf: string;
      horizonDays: number;
      volatility: {
        __typename: 'ForecastPart';
        value: number;
        baseline: number;
        source: ForecastSource;
        reasonKo: string;
        reasonEn: string;
      };
      probabilityUp: {
        __typename: 'ForecastPart';
        value: number;
        baseline: number;
        source: ForecastSource;
        reasonKo: string;
        reasonEn: string;
      };
    } | null;
    forecastUnavailable: {
      __typename: 'ForecastUnavailable';
      code: ForecastUnavailableCode;
      messageKo: string;
      messageEn: string;
    } | null;
  } | null;
};

export type GetPriceHistoryQueryVariables = Exact<{
  symbol: string;
  from: string;
  to: string;
}>;

export type GetPriceHistoryQuery = {
  __typename: 'Query';
  instrument: {
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    priceHistory: Array<{
      __typename: 'DailyBar';
      date: string;
      open: string;
      high: string;
      low: string;
      close: string;
      volume: string;
    }>;
  } | null;
};

export type GetQuotesQueryVariables = Exact<{
  symbols: Array<string> | string;
}>;

export type GetQuotesQuery = {
  __typename: 'Query';
  quotes: Array<{
    __typename: 'Quote';
    symbol: string;
    price: string;
    change: string;
    changeRate: string;
    volume: string;
    tradedAt: string;
    instrument: {
      __typename: 'Instrument';
      nameKo: string;
      nameEn: string | null;
      lastClose: { __typename: 'DailyBar'; date: string; close: string } | null;
    } | null;
  }> | null;
};

export type InstrumentDirectoryQueryVariables = Exact<{ [key: string]: never }>;

export type InstrumentDirectoryQuery = {
  __typename: 'Query';
  from0: Array<{
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    market: Market;
  }> | null;
  from1: Array<{
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    market: Market;
  }> | null;
  from2: Array<{
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    market: Market;
  }> | null;
  from3: Array<{
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    market: Market;
  }> | null;
  from4: Array<{
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    market: Market;
  }> | null;
  from5: Array<{
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    market: Market;
  }> | null;
  from6: Array<{
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    market: Market;
  }> | null;
  from7: Array<{
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    market: Market;
  }> | null;
  from8: Array<{
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    market: Market;
  }> | null;
  from9: Array<{
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    market: Market;
  }> | null;
};

export type InstrumentPricesFragment = {
  __typename: 'Instrument';
  symbol: string;
  nameKo: string;
  nameEn: string | null;
  lastClose: { __typename: 'DailyBar'; date: string; close: string } | null;
  lastQuote: {
    __typename: 'Quote';
    price: string;
    change: string;
    changeRate: string;
    tradedAt: string;
  } | null;
};

export type MarketIndicesQueryVariables = Exact<{
  from: string;
  to: string;
}>;

export type MarketIndicesQuery = {
  __typename: 'Query';
  kospi: Array<{ __typename: 'IndexBar'; date: string; close: string }> | null;
  kosdaq: Array<{ __typename: 'IndexBar'; date: string; close: string }> | null;
};

export type QuoteUpdatedSubscriptionVariables = Exact<{
  symbols: Array<string> | string;
}>;

export type QuoteUpdatedSubscription = {
  quoteUpdated: {
    __typename: 'Quote';
    symbol: string;
    price: string;
    change: string;
    changeRate: string;
    tradedAt: string;
  };
};

export type SearchInstrumentsQueryVariables = Exact<{
  query: string;
  limit?: number | null | undefined;
}>;

export type SearchInstrumentsQuery = {
  __typename: 'Query';
  searchInstruments: Array<{
    __typename: 'Instrument';
    symbol: string;
    nameKo: string;
    nameEn: string | null;
    market: Market;
    lastClose: { __typename: 'DailyBar'; date: string; close: string } | null;
  }> | null;
};

export type SectorsQueryVariables = Exact<{ [key: string]: never }>;

export type SectorsQuery = {
  __typename: 'Query';
  sectors: Array<{
    __typename: 'Sector';
    code: string;
    nameKo: string;
    nameEn: string;
    parent: { __typename: 'Sector'; code: string } | null;
  }> | null;
};

export type CreatePortfolioMutationVariables = Exact<{
  input: CreatePortfolioInput;
}>;

export type CreatePortfolioMutation = {
  __typename: 'Mutation';
  createPortfolio: { __typename: 'Portfolio'; id: string; name: string };
};

export type CreatePortfolioWithHoldingsMutationVariables = Exact<{
  name: string;
  cash: string;
  holdings?: Array<InitialHoldingInput> | InitialHoldingInput | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type CreatePortfolioWithHoldingsMutation = {
  __typename: 'Mutation';
  createPortfolio: {
    __typename: 'Portfolio';
    id: string;
    name: string;
    cash: string;
    holdings: Array<{
      __typename: 'Holding';
      symbol: string;
      quantity: string;
      averageCost: string;
    }>;
  };
};

export type DeletePortfolioMutationVariables = Exact<{
  id: string | number;
}>;

export type DeletePortfolioMutation = { __typename: 'Mutation'; deletePortfolio: boolean };

export type GetPortfolioQueryVariables = Exact<{
  portfolioId: string | number;
}>;

export type GetPortfolioQuery = {
  __typename: 'Query';
  portfolio: {
    __typename: 'Portfolio';
    id: string;
    name: string;
    cash: string;
    settledCash: string;
    unsettledCash: string;
    commissionRate: string;
    realizedPnl: string;
    createdAt: string;
    valuation: {
      __typename: 'PortfolioValuation';
      asOf: string | null;
      cash: string;
      marketValue: string;
      totalValue: string;
      costBasis: string;
      unrealizedPnl: string;
      realizedPnl: string;
      unpricedSymbols: Array<string>;
      holdings: Array<{
        __typename: 'HoldingValuation';
        symbol: string;
        quantity: string;
        costBasis: string;
        price: string | null;
        priceDate: string | null;
        marketValue: string | null;
        unrealizedPnl: string | null;
        weight: string | null;
      }>;
    };
    holdings: Array<{
      __typename: 'Holding';
      symbol: string;
      quantity: string;
      averageCost: string;
      instrument: {
        __typename: 'Instrument';
        nameKo: string;
        nameEn: string | null;
        sector: { __typename: 'Sector'; code: string; nameKo: string; nameEn: string } | null;
      };
    }>;
  } | null;
};

export type ImportHoldingsCsvMutationVariables = Exact<{
  portfolioId: string | number;
  csv: string;
  idempotencyKey?: string | null | undefined;
}>;

export type ImportHoldingsCsvMutation = {
  __typename: 'Mutation';
  importHoldingsCsv: {
    __typename: 'Portfolio';
    id: string;
    holdings: Array<{ __typename: 'Holding'; symbol: string; quantity: string }>;
  };
};

export type ListPortfoliosQueryVariables = Exact<{ [key: string]: never }>;

export type ListPortfoliosQuery = {
  __typename: 'Query';
  portfolios: Array<{
    __typename: 'Portfolio';
    id: string;
    name: string;
    cash: string;
    valuation: {
      __typename: 'PortfolioValuation';
      asOf: string | null;
      totalValue: string;
      marketValue: string;
      unrealizedPnl: string;
    };
  }> | null;
};

export type PortfolioDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type PortfolioDetailQuery = {
  __typename: 'Query';
  portfolio: {
    __typename: 'Portfolio';
    id: string;
    name: string;
    cash: string;
    realizedPnl: string;
    createdAt: string;
    holdings: Array<{
      __typename: 'Holding';
      symbol: string;
      quantity: string;
      averageCost: string;
      costBasis: string;
      realizedPnl: string;
      instrument: {
        __typename: 'Instrument';
        market: Market;
        symbol: string;
        nameKo: string;
        nameEn: string | null;
        sector: { __typename: 'Sector'; code: string; nameKo: string; nameEn: string } | null;
        forecast: {
          __typename: 'Forecast';
          horizonDays: number;
          volatility: { __typename: 'ForecastPart'; value: number };
          probabilityUp: {
            __typename: 'ForecastPart';
            value: number;
            baseline: number;
            reasonKo: string;
            reasonEn: string;
          };
        } | null;
        lastClose: { __typename: 'DailyBar'; date: string; close: string } | null;
        lastQuote: {
          __typename: 'Quote';
          price: string;
          change: string;
          changeRate: string;
          tradedAt: string;
        } | null;
      };
    }>;
    transactions: Array<{
      __typename: 'Transaction';
      id: string;
      type: TransactionType;
      symbol: string | null;
      quantity: string | null;
      price: string | null;
      amount: string;
      fee: string;
      tax: string;
      occurredAt: string;
      note: string | null;
    }>;
  } | null;
};

export type PortfoliosQueryVariables = Exact<{ [key: string]: never }>;

export type PortfoliosQuery = {
  __typename: 'Query';
  portfolios: Array<{
    __typename: 'Portfolio';
    id: string;
    name: string;
    cash: string;
    holdings: Array<{
      __typename: 'Holding';
      symbol: string;
      quantity: string;
      costBasis: string;
      instrument: {
        __typename: 'Instrument';
        symbol: string;
        nameKo: string;
        nameEn: string | null;
        lastClose: { __typename: 'DailyBar'; date: string; close: string } | null;
        lastQuote: {
          __typename: 'Quote';
          price: string;
          change: string;
          changeRate: string;
          tradedAt: string;
        } | null;
      };
    }>;
  }> | null;
};

export type PortfolioValueHistoryQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;

export type PortfolioValueHistoryQuery = {
  __typename: 'Query';
  portfolio: {
    __typename: 'Portfolio';
    id: string;
    valueHistory: Array<{ __typename: 'PortfolioValuePoint'; date: string; value: string }>;
  } | null;
  kospi: Array<{ __typename: 'IndexBar'; date: string; close: string }> | null;
};

export type RecordLedgerEntryMutationVariables = Exact<{
  portfolioId: string | number;
  type: TransactionType;
  symbol?: string | null | undefined;
  quantity?: string | null | undefined;
  price?: string | null | undefined;
  amount?: string | null | undefined;
  fee?: string | null | undefined;
  tax?: string | null | undefined;
  shareFactor?: string | null | undefined;
  recordDate?: string | null | undefined;
  occurredAt?: string | null | undefined;
  note?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type RecordLedgerEntryMutation = {
  __typename: 'Mutation';
  recordLedgerEntry: {
    __typename: 'Transaction';
    id: string;
    type: TransactionType;
    symbol: string | null;
    quantity: string | null;
    price: string | null;
    amount: string;
    fee: string;
    tax: string;
    feeMethod: CostMethod | null;
    taxMethod: CostMethod | null;
    taxRule: string | null;
    settlesOn: string | null;
    shareFactor: string | null;
    occurredAt: string;
    note: string | null;
  };
};

export type RecordTradeMutationVariables = Exact<{
  input: RecordTradeInput;
}>;

export type RecordTradeMutation = {
  __typename: 'Mutation';
  recordTrade: {
    __typename: 'Transaction';
    id: string;
    type: TransactionType;
    symbol: string | null;
    quantity: string | null;
    price: string | null;
    amount: string;
    occurredAt: string;
  };
};

export type RenamePortfolioMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;

export type RenamePortfolioMutation = {
  __typename: 'Mutation';
  renamePortfolio: { __typename: 'Portfolio'; id: string; name: string };
};

export type SetPortfolioCommissionRateMutationVariables = Exact<{
  id: string | number;
  rate: string;
}>;

export type SetPortfolioCommissionRateMutation = {
  __typename: 'Mutation';
  setPortfolioCommissionRate: { __typename: 'Portfolio'; id: string; commissionRate: string };
};

export type CancelSimulationMutationVariables = Exact<{
  runId: string | number;
}>;

export type CancelSimulationMutation = {
  __typename: 'Mutation';
  cancelSimulation: {
    __typename: 'SimulationRun';
    id: string;
    kind: SimulationKind;
    status: SimulationStatus;
    portfolioId: string | null;
    seed: number;
    asOf: string;
    progress: number;
    stage: string;
    message: string | null;
    queuedAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    error: {
      __typename: 'SimulationError';
      code: string;
      field: string | null;
      messageKo: string;
      messageEn: string;
    } | null;
  };
};

export type CreateScenarioMutationVariables = Exact<{
  name: string;
  description?: string | null | undefined;
  shocks: Array<ShockInput> | ShockInput;
  idempotencyKey?: string | null | undefined;
}>;

export type CreateScenarioMutation = {
  __typename: 'Mutation';
  createScenario: {
    __typename: 'UserScenario';
    id: string;
    name: string;
    description: string | null;
    createdAt: string;
    shocks: Array<{
      __typename: 'Shock';
      target: ShockTarget;
      sector: string | null;
      symbol: string | null;
      currencyPair: string | null;
      change: number;
    }>;
  };
};

export type DeleteScenarioMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteScenarioMutation = { __typename: 'Mutation'; deleteScenario: boolean };

export type GetRiskScoreQueryVariables = Exact<{
  portfolioId: string | number;
}>;

export type GetRiskScoreQuery = {
  __typename: 'Query';
  portfolio: {
    __typename: 'Portfolio';
    id: string;
    name: string;
    riskScore: {
      __typename: 'RiskScore';
      score: number;
      level: RiskLevel;
      asOf: string | null;
      reasonKo: string;
      reasonEn: string;
      unscoredSymbols: Array<string>;
      contributions: Array<{
        __typename: 'RiskContribution';
        factor: RiskFactor;
        nameKo: string;
        nameEn: string;
        points: number;
        maxPoints: number;
        value: number | null;
        detailKo: string;
        detailEn: string;
      }>;
    } | null;
  } | null;
};

export type GetScenarioTemplateQueryVariables = Exact<{
  id: string | number;
}>;

export type GetScenarioTemplateQuery = {
  __typename: 'Query';
  scenarioTemplate: {
    __typename: 'ScenarioTemplate';
    id: string;
    kind: ScenarioKind;
    nameKo: string;
    nameEn: string;
    descriptionKo: string;
    descriptionEn: string;
    periodStart: string | null;
    periodEnd: string | null;
    shocks: Array<{
      __typename: 'Shock';
      target: ShockTarget;
      sector: string | null;
      currencyPair: string | null;
      change: number;
    }>;
  } | null;
};

export type GetSimulationQueryVariables = Exact<{
  runId: string | number;
}>;

export type GetSimulationQuery = {
  __typename: 'Query';
  simulation: {
    __typename: 'SimulationRun';
    id: string;
    kind: SimulationKind;
    status: SimulationStatus;
    portfolioId: string | null;
    seed: number;
    asOf: string;
    progress: number;
    stage: string;
    message: string | null;
    queuedAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    result:
      | {
          __typename: 'StressTestResult';
          asOf: string;
          method: string;
          recoveryDays: number | null;
          scenario: {
            __typename: 'StressScenario';
            id: string | null;
            nameKo: string;
            nameEn: string;
            kind: string;
            periodStart: string | null;
            periodEnd: string | null;
          };
          total: {
            __typename: 'StressTotal';
            valueBefore: string;
            valueAfter: string;
            change: string;
            changePct: number;
          };
          holdings: Array<{
            __typename: 'StressHoldingImpact';
            symbol: string;
            sector: string | null;
            valueBefore: string;
            valueAfter: string;
            change: string;
            changePct: number;
          }>;
          worstDay: { __typename: 'DatedReturn'; date: string; return: number } | null;
        }
      | {
          __typename: 'MonteCarloResult';
          asOf: string;
          paths: number;
          horizonDays: number;
          seed: number;
          initialValue: string;
          scheduledCashFlow: string;
          terminalValue: { __typename: 'MonteCarloTerminalValue'; mean: string; median: string };
          terminalReturn: {
            __typename: 'MonteCarloTerminalReturn';
            mean: number;
            median: number;
            probabilityOfLoss: number;
            valueAtRisk: Array<{
              __typename: 'MonteCarloTailRisk';
              confidence: number;
              valueAtRisk: number;
              conditionalValueAtRisk: number;
              valueAtRiskAmount: string;
              conditionalValueAtRiskAmount: string;
            }>;
          };
          goal: {
            __typename: 'MonteCarloGoal';
            value: string;
            probabilityAtEnd: number;
            probabilityEverReached: number;
          } | null;
          maxDrawdown: { __typename: 'MonteCarloDrawdowns'; mean: number };
        }
      | {
          __typename: 'BacktestResult';
          from: string;
          to: string;
          strategy: string;
          benchmark: string;
          initialCash: string;
          finalValue: string;
          finalCash: string;
          costs: { __typename: 'BacktestCosts'; total: string };
          metrics: {
            __typename: 'BacktestMetrics';
            totalReturn: number;
            cagr: number;
            volatility: number;
            sharpe: number;
            sortino: number | null;
            maxDrawdown: number;
          };
        }
      | {
          __typename: 'OptimizationResult';
          asOf: string;
          objective: string;
          status: string;
          converged: boolean;
          reason: { __typename: 'LocalizedText'; ko: string; en: string } | null;
          weights: Array<{
            __typename: 'OptimizedWeight';
            symbol: string;
            weight: number;
            currentWeight: number;
          }> | null;
          portfolio: {
            __typename: 'RiskReturnPoint';
            expectedReturn: number;
            volatility: number;
            sharpe: number | null;
          } | null;
          current: {
            __typename: 'CurrentPortfolioPoint';
            expectedReturn: number;
            volatility: number;
            sharpe: number | null;
          };
        }
      | null;
    error: {
      __typename: 'SimulationError';
      code: string;
      field: string | null;
      messageKo: string;
      messageEn: string;
    } | null;
  } | null;
};

export type ListScenariosQueryVariables = Exact<{
  kind?: ScenarioKind | null | undefined;
}>;

export type ListScenariosQuery = {
  __typename: 'Query';
  scenarioTemplates: Array<{
    __typename: 'ScenarioTemplate';
    id: string;
    kind: ScenarioKind;
    nameKo: string;
    nameEn: string;
    descriptionKo: string;
    descriptionEn: string;
    periodStart: string | null;
    periodEnd: string | null;
    shocks: Array<{
      __typename: 'Shock';
      target: ShockTarget;
      sector: string | null;
      currencyPair: string | null;
      change: number;
    }>;
  }> | null;
};

export type ListSimulationsQueryVariables = Exact<{
  filter?: SimulationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ListSimulationsQuery = {
  __typename: 'Query';
  simulations: {
    __typename: 'SimulationRunPage';
    nextCursor: string | null;
    hasMore: boolean;
    runs: Array<{
      __typename: 'SimulationRun';
      id: string;
      kind: SimulationKind;
      status: SimulationStatus;
      portfolioId: string | null;
      seed: number;
      asOf: string;
      progress: number;
      stage: string;
      message: string | null;
      queuedAt: string;
      startedAt: string | null;
      finishedAt: string | null;
      error: {
        __typename: 'SimulationError';
        code: string;
        field: string | null;
        messageKo: string;
        messageEn: string;
      } | null;
    }>;
  } | null;
};

export type OptimizePortfolioMutationVariables = Exact<{
  portfolioId: string | number;
  objective: OptimizationObjective;
  targetReturn?: number | null | undefined;
  targetVolatility?: number | null | undefined;
  symbols?: Array<string> | string | null | undefined;
  constraints?: OptimizationConstraintsInput | null | undefined;
  seed?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type OptimizePortfolioMutation = {
  __typename: 'Mutation';
  optimizePortfolio: {
    __typename: 'SimulationRun';
    id: string;
    kind: SimulationKind;
    status: SimulationStatus;
    portfolioId: string | null;
    seed: number;
    asOf: string;
    progress: number;
    stage: string;
    message: string | null;
    queuedAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    error: {
      __typename: 'SimulationError';
      code: string;
      field: string | null;
      messageKo: string;
      messageEn: string;
    } | null;
  };
};

export type RunBacktestMutationVariables = Exact<{
  portfolioId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  initialCash?: string | null | undefined;
  weights?: Array<WeightInput> | WeightInput | null | undefined;
  rebalance?: RebalanceFrequency | null | undefined;
  seed?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type RunBacktestMutation = {
  __typename: 'Mutation';
  runBacktest: {
    __typename: 'SimulationRun';
    id: string;
    kind: SimulationKind;
    status: SimulationStatus;
    portfolioId: string | null;
    seed: number;
    asOf: string;
    progress: number;
    stage: string;
    message: string | null;
    queuedAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    error: {
      __typename: 'SimulationError';
      code: string;
      field: string | null;
      messageKo: string;
      messageEn: string;
    } | null;
  };
};

export type RunMonteCarloMutationVariables = Exact<{
  portfolioId: string | number;
  horizonDays?: number | null | undefined;
  paths?: number | null | undefined;
  confidences?: Array<number> | number | null | undefined;
  model?: MonteCarloModel | null | undefined;
  cashFlow?: CashFlowInput | null | undefined;
  goal?: string | null | undefined;
  seed?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type RunMonteCarloMutation = {
  __typename: 'Mutation';
  runMonteCarlo: {
    __typename: 'SimulationRun';
    id: string;
    kind: SimulationKind;
    status: SimulationStatus;
    portfolioId: string | null;
    seed: number;
    asOf: string;
    progress: number;
    stage: string;
    message: string | null;
    queuedAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    error: {
      __typename: 'SimulationError';
      code: string;
      field: string | null;
      messageKo: string;
      messageEn: string;
    } | null;
  };
};

export type RunStressTestMutationVariables = Exact<{
  portfolioId: string | number;
  templateId?: string | number | null | undefined;
  scenarioId?: string | number | null | undefined;
  shocks?: Array<ShockInput> | ShockInput | null | undefined;
  asOf?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type RunStressTestMutation = {
  __typename: 'Mutation';
  runStressTest: {
    __typename: 'SimulationRun';
    id: string;
    kind: SimulationKind;
    status: SimulationStatus;
    portfolioId: string | null;
    seed: number;
    asOf: string;
    progress: number;
    stage: string;
    message: string | null;
    queuedAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    error: {
      __typename: 'SimulationError';
      code: string;
      field: string | null;
      messageKo: string;
      messageEn: string;
    } | null;
  };
};

export type ScenarioTemplateFieldsFragment = {
  __typename: 'ScenarioTemplate';
  id: string;
  kind: ScenarioKind;
  nameKo: string;
  nameEn: string;
  descriptionKo: string;
  descriptionEn: string;
  periodStart: string | null;
  periodEnd: string | null;
  shocks: Array<{
    __typename: 'Shock';
    target: ShockTarget;
    sector: string | null;
    currencyPair: string | null;
    change: number;
  }>;
};

export type SimulationProgressSubscriptionVariables = Exact<{
  runId: string | number;
}>;

export type SimulationProgressSubscription = {
  simulationProgress: {
    __typename: 'SimulationProgress';
    runId: string;
    status: SimulationStatus;
    fraction: number;
    stage: string;
    message: string | null;
  };
};

export type SimulationReportQueryVariables = Exact<{
  runId: string | number;
}>;

export type SimulationReportQuery = {
  __typename: 'Query';
  simulation: {
    __typename: 'SimulationRun';
    inputs: string;
    inputHash: string;
    engineVersion: string;
    dataFrom: string;
    id: string;
    kind: SimulationKind;
    status: SimulationStatus;
    portfolioId: string | null;
    seed: number;
    asOf: string;
    progress: number;
    stage: string;
    message: string | null;
    queuedAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    result:
      | {
          __typename: 'StressTestResult';
          asOf: string;
          method: string;
          recoveryDays: number | null;
          scenario: {
            __typename: 'StressScenario';
            source: string;
            id: string | null;
            nameKo: string;
            nameEn: string;
            kind: string;
            periodStart: string | null;
            periodEnd: string | null;
            shocks: Array<{
              __typename: 'Shock';
              target: ShockTarget;
              sector: string | null;
              symbol: string | null;
              currencyPair: string | null;
              change: number;
            }>;
          };
          fallbackReason: { __typename: 'LocalizedText'; ko: string; en: string } | null;
          total: {
            __typename: 'StressTotal';
            valueBefore: string;
            valueAfter: string;
            change: string;
            changePct: number;
          };
          holdings: Array<{
            __typename: 'StressHoldingImpact';
            symbol: string;
            sector: string | null;
            quantity: string;
            valueBefore: string;
            valueAfter: string;
            change: string;
            changePct: number;
          }>;
          worstDay: { __typename: 'DatedReturn'; date: string; return: number } | null;
        }
      | {
          __typename: 'MonteCarloResult';
          asOf: string;
          paths: number;
          horizonDays: number;
          seed: number;
          initialValue: string;
          scheduledCashFlow: string;
          bands: Array<{
            __typename: 'MonteCarloBandPoint';
            step: number;
            p5: string;
            p25: string;
            p50: string;
            p75: string;
            p95: string;
          }>;
          terminalValue: { __typename: 'MonteCarloTerminalValue'; mean: string; median: string };
          terminalReturn: {
            __typename: 'MonteCarloTerminalReturn';
            mean: number;
            median: number;
            probabilityOfLoss: number;
            valueAtRisk: Array<{
              __typename: 'MonteCarloTailRisk';
              confidence: number;
              valueAtRisk: number;
              conditionalValueAtRisk: number;
              valueAtRiskAmount: string;
              conditionalValueAtRiskAmount: string;
            }>;
            histogram: Array<{
              __typename: 'RateHistogramBin';
              from: number;
              to: number;
              count: number;
            }>;
          };
          goal: {
            __typename: 'MonteCarloGoal';
            value: string;
            probabilityAtEnd: number;
            probabilityEverReached: number;
          } | null;
          maxDrawdown: {
            __typename: 'MonteCarloDrawdowns';
            mean: number;
            percentiles: Array<{
              __typename: 'PercentileValue';
              percentile: number;
              value: number;
            }>;
            histogram: Array<{
              __typename: 'RateHistogramBin';
              from: number;
              to: number;
              count: number;
            }>;
          };
        }
      | {
          __typename: 'BacktestResult';
          from: string;
          to: string;
          strategy: string;
          benchmark: string;
          initialCash: string;
          finalValue: string;
          finalCash: string;
          equity: Array<{
            __typename: 'BacktestEquityPoint';
            date: string;
            value: string;
            benchmark: string | null;
            drawdown: number;
          }>;
          trades: Array<{
            __typename: 'BacktestTrade';
            date: string;
            symbol: string;
            side: string;
            quantity: number;
            price: string;
            amount: string;
            commission: string;
            tax: string;
          }>;
          costs: {
            __typename: 'BacktestCosts';
            commission: string;
            tax: string;
            total: string;
            commissionRate: string;
          };
          metrics: {
            __typename: 'BacktestMetrics';
            totalReturn: number;
            cagr: number;
            volatility: number;
            sharpe: number;
            sortino: number | null;
            maxDrawdown: number;
            maxDrawdownPeak: string;
            maxDrawdownTrough: string;
            recoveryDays: number | null;
            benchmarkCagr: number | null;
          };
        }
      | {
          __typename: 'OptimizationResult';
          asOf: string;
          objective: string;
          objectiveName: string;
          status: string;
          converged: boolean;
          frontierStatus: string;
          reason: { __typename: 'LocalizedText'; ko: string; en: string } | null;
          weights: Array<{
            __typename: 'OptimizedWeight';
            symbol: string;
            weight: number;
            currentWeight: number;
            riskContribution: number | null;
          }> | null;
          portfolio: {
            __typename: 'RiskReturnPoint';
            expectedReturn: number;
            volatility: number;
            sharpe: number | null;
          } | null;
          current: {
            __typename: 'CurrentPortfolioPoint';
            expectedReturn: number;
            volatility: number;
            sharpe: number | null;
          };
          frontier: Array<{
            __typename: 'FrontierPoint';
            targetReturn: number;
            expectedReturn: number | null;
            volatility: number | null;
            sharpe: number | null;
            status: string;
          }>;
        }
      | null;
    error: {
      __typename: 'SimulationError';
      code: string;
      field: string | null;
      messageKo: string;
      messageEn: string;
    } | null;
  } | null;
};

export type SimulationRunFieldsFragment = {
  __typename: 'SimulationRun';
  id: string;
  kind: SimulationKind;
  status: SimulationStatus;
  portfolioId: string | null;
  seed: number;
  asOf: string;
  progress: number;
  stage: string;
  message: string | null;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: {
    __typename: 'SimulationError';
    code: string;
    field: string | null;
    messageKo: string;
    messageEn: string;
  } | null;
};

export type UserScenariosQueryVariables = Exact<{ [key: string]: never }>;

export type UserScenariosQuery = {
  __typename: 'Query';
  scenarios: Array<{
    __typename: 'UserScenario';
    id: string;
    name: string;
    description: string | null;
    createdAt: string;
    updatedAt: string;
    shocks: Array<{
      __typename: 'Shock';
      target: ShockTarget;
      sector: string | null;
      symbol: string | null;
      currencyPair: string | null;
      change: number;
    }>;
  }> | null;
};

export const ApiKeyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiKeyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const AuthSessionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuthSession' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshTokenExpiresAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthSessionFragment, unknown>;
export const DirectoryEntryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Instrument' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'market' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DirectoryEntryFragment, unknown>;
export const ForecastFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ForecastFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Forecast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'horizonDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volatility' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'probabilityUp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForecastFieldsFragment, unknown>;
export const InstrumentPricesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InstrumentPrices' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Instrument' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastClose' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'close' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastQuote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changeRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tradedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InstrumentPricesFragment, unknown>;
export const ScenarioTemplateFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScenarioTemplateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ScenarioTemplate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionKo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shocks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currencyPair' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScenarioTemplateFieldsFragment, unknown>;
export const SimulationRunFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimulationRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimulationRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portfolioId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'error' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SimulationRunFieldsFragment, unknown>;
export const ApiKeysDocument = {
  __meta__: { hash: '8ec0f512a6ac26934c4027b72401459febc34b5df9484e59d4e94633f028dccc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiKeys' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiKeys' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiKeyFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiKeyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const ChangePasswordDocument = {
  __meta__: { hash: 'd83fbc5d187d3f0a78c702b6411b71a07f64f7afbaad3f1e77053bb4d975688c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currentPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuthSession' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuthSession' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshTokenExpiresAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CompleteExternalLoginDocument = {
  __meta__: { hash: 'fc9c518ffd7bfc2cfbec78e1c2a84f86da17674d39401e7111480441053f136a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteExternalLogin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'provider' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'callbackUrl' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeExternalLogin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'provider' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'provider' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'callbackUrl' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'callbackUrl' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuthSession' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuthSession' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshTokenExpiresAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteExternalLoginMutation, CompleteExternalLoginMutationVariables>;
export const ConfirmTotpDocument = {
  __meta__: { hash: 'c387fede781542f8fd2614bbe106cfe0cde3f2a89a96e125f217d410f9add0e1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmTotp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmTotp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmTotpMutation, ConfirmTotpMutationVariables>;
export const CreateApiKeyDocument = {
  __meta__: { hash: '49f9588c458fc405bcd68e41b22b935273d7a5d2d03bdeb89e8fe480528efbfc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scopes' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiScope' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scopes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scopes' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiKeyFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiKeyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const DisableTotpDocument = {
  __meta__: { hash: 'edc5b09df1891472de4b6df2c53f1a9a11baad5c2a7316f2d0801b06c9e7a22d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DisableTotp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disableTotp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DisableTotpMutation, DisableTotpMutationVariables>;
export const EnrolTotpDocument = {
  __meta__: { hash: '1d6035e8fafaac5a07b91f0a255a13f5c6dd4527a7ea5891b6325d85094a220b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EnrolTotp' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enrolTotp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otpauthUri' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnrolTotpMutation, EnrolTotpMutationVariables>;
export const ExternalLoginProvidersDocument = {
  __meta__: { hash: 'b01ea49a7a524b0b98173a2e42b7d73efa29f7dc2e95c56975849c06ffe04749' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExternalLoginProviders' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'externalLoginProviders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExternalLoginProvidersQuery, ExternalLoginProvidersQueryVariables>;
export const LogInDocument = {
  __meta__: { hash: '72be9cc4dcdf1b0319e1c9f607117683c38c4de178df4f6e736932c44d90d60b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LogIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'totpCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recoveryCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'totpCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'totpCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'recoveryCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recoveryCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuthSession' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuthSession' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshTokenExpiresAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const LogOutDocument = {
  __meta__: { hash: 'd418d3b13372c86098af01bc345811f70d0235e1fb036480504a12dae8c0fce2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LogOut' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logOut' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'refreshToken' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;
export const MeDocument = {
  __meta__: { hash: '40a7938882a19e4f72e52233581d419ba64caeec74df9355afead629f64d68be' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RefreshSessionDocument = {
  __meta__: { hash: 'e91b4afb085d2d490dd9ea264a640647a71709d25a96f1a17f43a551487cac18' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefreshSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refreshSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'refreshToken' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuthSession' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuthSession' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshTokenExpiresAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const RequestPasswordResetDocument = {
  __meta__: { hash: '4f9ebbd91e6f456137cad435baf1aa83c642e1273084f8a41f5b89f2da07cd2e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {
  __meta__: { hash: 'e6b4f856c1bfcb5fa1a5840829f0191973b7dc356941d962c0da4adbf80c9589' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RevokeApiKeyDocument = {
  __meta__: { hash: '320d5d5cc55e75bde6134d3c366afa3a7c9c2391113e33d80e8f414064de3afc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const RevokeSessionDocument = {
  __meta__: { hash: '4754e7cd154297f25e68bd7182f0d1bbde4dde4d798c0e6fe1f82e6932c9367e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const SessionsDocument = {
  __meta__: { hash: '5e3ad0a781858d98d4413fd2addced92c84bfb016d66351a21afd56296970d01' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Sessions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastActiveAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionsQuery, SessionsQueryVariables>;
export const SignOutEverywhereDocument = {
  __meta__: { hash: '6f490bbb6d26d1a14f68049a083304bfcfc1fc33c0421c803a9e89e519c5c508' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOutEverywhere' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signOutEverywhere' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const SignUpDocument = {
  __meta__: { hash: '8b3b932a758ec23116d7db9cbc31b91b19632835acade72997107af445124a59' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'displayName' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'displayName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'displayName' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const StartExternalLoginDocument = {
  __meta__: { hash: '54a7de30ee2cc688c39f109d2375c6fdbeee18851b3cb1d4576002b031ba2130' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartExternalLogin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'provider' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'redirectUri' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startExternalLogin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'provider' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'provider' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'redirectUri' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'redirectUri' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorizationUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartExternalLoginMutation, StartExternalLoginMutationVariables>;
export const VerifyEmailDocument = {
  __meta__: { hash: '323b3c2ebdd2451dead31a629d91b9c242b4cd76f4f176140147b502cafb437c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyEmail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyEmail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const AdminApiKeysDocument = {
  __meta__: { hash: 'a6370e5518acd468c7ca882b96868baa46fb0adf5a79256402d1c7a1525a4a68' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminApiKeys' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminApiKeys' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKeys' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'apiKey' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ApiKeyFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'owner' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'nextCursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasMore' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiKeyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminApiKeysQuery, AdminApiKeysQueryVariables>;
export const AdminRevokeApiKeyDocument = {
  __meta__: { hash: 'ece7511947c60e6dca8c3d4daa7e5629192369d9ad59d25162cc058ef4a31ba6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRevokeApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminRevokeApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRevokeApiKeyMutation, AdminRevokeApiKeyMutationVariables>;
export const AdminUsersDocument = {
  __meta__: { hash: 'a391fc3a61a19b1c93bb093a8829832ef70a87440cfd767c081e7ae92f033793' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminUsers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminUsers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'users' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastSignInAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activeApiKeyCount' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'nextCursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasMore' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const CancelEtlRunDocument = {
  __meta__: { hash: '4d78c225ea2e6a66aeaeefa27a9670f15f470f5657d1528415275713a146dc95' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelEtlRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelEtlRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancelRequested' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelEtlRunMutation, CancelEtlRunMutationVariables>;
export const EtlOverviewDocument = {
  __meta__: { hash: '05ed5e1eb2a9962d9769cd11062d525588e4f7ade3a59556cb837aea8b5dca12' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EtlOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'etlStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'job' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastStartedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastFinishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSucceededAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queued' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'etlRuns' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'job' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'symbols' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rowsChanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancelRequested' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EtlOverviewQuery, EtlOverviewQueryVariables>;
export const ModelVersionsDocument = {
  __meta__: { hash: 'f65aa0e44668d6964114fdb012fffa052b76d957ccd8e4be53cb39ea895194a3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ModelVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ModelKind' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ModelStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modelVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'algorithm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beatsBaselines' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'holdOutWindow' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comparisons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'model' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'baselineValue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'better' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'promotedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModelVersionsQuery, ModelVersionsQueryVariables>;
export const PromoteModelVersionDocument = {
  __meta__: { hash: '1b3c3e1d8a3915d6f5a49c5a025ccd500986cc5c06da03cae10c44c1e95a00de' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PromoteModelVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'promoteModelVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'promotedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PromoteModelVersionMutation, PromoteModelVersionMutationVariables>;
export const TriggerEtlRunDocument = {
  __meta__: { hash: '62d57ceb0e0e0f0809802c81c22c574e66b06583f18d7592586d5b821e778762' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TriggerEtlRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'job' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EtlJob' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'symbols' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'triggerEtlRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'job' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'job' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'symbols' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'symbols' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TriggerEtlRunMutation, TriggerEtlRunMutationVariables>;
export const GetForecastsDocument = {
  __meta__: { hash: '85358b1004b81445c6a09137cdfbb6b5013b583617f4647ca572a16d8a4f1d7b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetForecasts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'symbols' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forecasts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'symbols' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'symbols' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'forecast' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ForecastFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unavailable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'messageKo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ForecastFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Forecast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'horizonDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volatility' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'probabilityUp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetForecastsQuery, GetForecastsQueryVariables>;
export const GetInstrumentDocument = {
  __meta__: { hash: '62b58ead24c4baaa1c31dc5f8dc55ee104c6bc35249d085fbb6ccd3929c282db' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetInstrument' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'symbol' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'instrument' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'symbol' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'symbol' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'market' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sector' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lastClose' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'close' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lastQuote' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changeRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tradedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'forecast' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ForecastFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'forecastUnavailable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'messageKo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ForecastFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Forecast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'horizonDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volatility' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'probabilityUp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetInstrumentQuery, GetInstrumentQueryVariables>;
export const GetPriceHistoryDocument = {
  __meta__: { hash: '43368d56d69707efd98d265757bce547139a266e204ae79a60f884030383ba6e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetPriceHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'symbol' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'instrument' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'symbol' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'symbol' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'priceHistory' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'high' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'low' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'close' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetPriceHistoryQuery, GetPriceHistoryQueryVariables>;
export const GetQuotesDocument = {
  __meta__: { hash: 'c5600a0ef19f5ddff25d44f63d63d3fcc514ea98a104320bcd222a3c004a33d0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetQuotes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'symbols' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quotes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'symbols' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'symbols' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changeRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tradedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'instrument' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lastClose' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'close' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetQuotesQuery, GetQuotesQueryVariables>;
export const InstrumentDirectoryDocument = {
  __meta__: { hash: '7c9468c104d7effb3c69bae540f384ea735bf05ae070fbc93f79234f725a8071' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InstrumentDirectory' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'from0' },
            name: { kind: 'Name', value: 'searchInstruments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'StringValue', value: '0', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryEntry' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'from1' },
            name: { kind: 'Name', value: 'searchInstruments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'StringValue', value: '1', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryEntry' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'from2' },
            name: { kind: 'Name', value: 'searchInstruments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'StringValue', value: '2', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryEntry' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'from3' },
            name: { kind: 'Name', value: 'searchInstruments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'StringValue', value: '3', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryEntry' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'from4' },
            name: { kind: 'Name', value: 'searchInstruments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'StringValue', value: '4', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryEntry' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'from5' },
            name: { kind: 'Name', value: 'searchInstruments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'StringValue', value: '5', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryEntry' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'from6' },
            name: { kind: 'Name', value: 'searchInstruments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'StringValue', value: '6', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryEntry' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'from7' },
            name: { kind: 'Name', value: 'searchInstruments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'StringValue', value: '7', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryEntry' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'from8' },
            name: { kind: 'Name', value: 'searchInstruments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'StringValue', value: '8', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryEntry' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'from9' },
            name: { kind: 'Name', value: 'searchInstruments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'StringValue', value: '9', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryEntry' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Instrument' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'market' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InstrumentDirectoryQuery, InstrumentDirectoryQueryVariables>;
export const MarketIndicesDocument = {
  __meta__: { hash: '85dae9785fb93fdf0f19eb4a87a25229de8fd94ca027c15198b1760e094cc1c6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MarketIndices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'kospi' },
            name: { kind: 'Name', value: 'indexHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'StringValue', value: '0001', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'close' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'kosdaq' },
            name: { kind: 'Name', value: 'indexHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'StringValue', value: '1001', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'close' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarketIndicesQuery, MarketIndicesQueryVariables>;
export const QuoteUpdatedDocument = {
  __meta__: { hash: 'a4c4cff8539f79f6136743425b5dbc727b84ae5214890f9bc34043c7fee726ab' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'QuoteUpdated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'symbols' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quoteUpdated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'symbols' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'symbols' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changeRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tradedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuoteUpdatedSubscription, QuoteUpdatedSubscriptionVariables>;
export const SearchInstrumentsDocument = {
  __meta__: { hash: '272a4b310dd87eef07eca9ce3915ae678710645aeca9f664dc0f0f0415c463ec' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchInstruments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'searchInstruments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'market' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lastClose' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'close' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchInstrumentsQuery, SearchInstrumentsQueryVariables>;
export const SectorsDocument = {
  __meta__: { hash: 'a65464de2489d5c163a2032a88e6ed08099799d215be52cc2baf502fdb1f37f7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Sectors' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sectors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorsQuery, SectorsQueryVariables>;
export const CreatePortfolioDocument = {
  __meta__: { hash: 'f3422a1e884e16dbc6f3f1ba8daed0e128c88716f9aa7c5981f2cb3c8329d1f6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePortfolio' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePortfolioInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPortfolio' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePortfolioMutation, CreatePortfolioMutationVariables>;
export const CreatePortfolioWithHoldingsDocument = {
  __meta__: { hash: '3d7653ae7ce9f6983ca31012d06646e2a87430be7dacbae9f35b78da93574597' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePortfolioWithHoldings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cash' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'holdings' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'InitialHoldingInput' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPortfolio' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'cash' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'cash' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'holdings' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'holdings' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'idempotencyKey' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cash' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'holdings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'averageCost' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreatePortfolioWithHoldingsMutation,
  CreatePortfolioWithHoldingsMutationVariables
>;
export const DeletePortfolioDocument = {
  __meta__: { hash: '63b053600b1c153a83a95a4432f25d11a603ccfb605d58a6de9f8cc8d9259054' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeletePortfolio' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deletePortfolio' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeletePortfolioMutation, DeletePortfolioMutationVariables>;
export const GetPortfolioDocument = {
  __meta__: { hash: 'c6d5016f59408415ddcd923ca43e3b6951bcda835091211dd65bb6783381918c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetPortfolio' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portfolio' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cash' } },
                { kind: 'Field', name: { kind: 'Name', value: 'settledCash' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsettledCash' } },
                { kind: 'Field', name: { kind: 'Name', value: 'commissionRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'realizedPnl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valuation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cash' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'marketValue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalValue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costBasis' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unrealizedPnl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'realizedPnl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unpricedSymbols' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'holdings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'costBasis' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'priceDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'marketValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unrealizedPnl' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'holdings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'averageCost' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'instrument' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sector' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetPortfolioQuery, GetPortfolioQueryVariables>;
export const ImportHoldingsCsvDocument = {
  __meta__: { hash: '338ee6b6405e8191f124cdf857f8787db6e5560067d388b87b0e76a3f1ba9240' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportHoldingsCsv' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importHoldingsCsv' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'portfolioId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'csv' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'holdings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportHoldingsCsvMutation, ImportHoldingsCsvMutationVariables>;
export const ListPortfoliosDocument = {
  __meta__: { hash: '48e2876a5605724a156cb1252d4a7c3eb0a00afe39992e46cd42aa9543581ddf' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListPortfolios' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portfolios' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cash' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valuation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalValue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'marketValue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unrealizedPnl' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListPortfoliosQuery, ListPortfoliosQueryVariables>;
export const PortfolioDetailDocument = {
  __meta__: { hash: '46389cc460c739176fc24714ece93643a5f379be8ec05614d5cb9f9461e8011c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortfolioDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portfolio' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cash' } },
                { kind: 'Field', name: { kind: 'Name', value: 'realizedPnl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'holdings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'averageCost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costBasis' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'realizedPnl' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'instrument' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'InstrumentPrices' },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'market' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sector' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'forecast' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'horizonDays' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'volatility' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: '__typename' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'probabilityUp' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: '__typename' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'baseline' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'reasonKo' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'reasonEn' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'transactions' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'IntValue', value: '20' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InstrumentPrices' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Instrument' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastClose' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'close' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastQuote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changeRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tradedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortfolioDetailQuery, PortfolioDetailQueryVariables>;
export const PortfoliosDocument = {
  __meta__: { hash: '9db8a79fca03664e4d078f080a8d8a0ed12d131ed46e8a3e801216ecfdd26fdf' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Portfolios' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portfolios' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cash' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'holdings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costBasis' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'instrument' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'InstrumentPrices' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InstrumentPrices' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Instrument' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastClose' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'close' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastQuote' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changeRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tradedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortfoliosQuery, PortfoliosQueryVariables>;
export const PortfolioValueHistoryDocument = {
  __meta__: { hash: 'a2b458ab7b7b16e183bf0f3b27fa4b7680b704657ae501406479aa0ec3b640d1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortfolioValueHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portfolio' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valueHistory' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'kospi' },
            name: { kind: 'Name', value: 'indexHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'StringValue', value: '0001', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'close' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortfolioValueHistoryQuery, PortfolioValueHistoryQueryVariables>;
export const RecordLedgerEntryDocument = {
  __meta__: { hash: '50b0764dfeb39db3c42aa12774d2c4cb94ee4524934e02dee165d781e1d2cb4e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordLedgerEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransactionType' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'symbol' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'price' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fee' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tax' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'shareFactor' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recordDate' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'occurredAt' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordLedgerEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'portfolioId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'type' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'symbol' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'symbol' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'quantity' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'quantity' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'price' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'price' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'amount' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'fee' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'fee' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'tax' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'tax' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'shareFactor' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'shareFactor' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'recordDate' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'recordDate' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'occurredAt' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'occurredAt' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'note' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'idempotencyKey' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'feeMethod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxMethod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxRule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'settlesOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shareFactor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordLedgerEntryMutation, RecordLedgerEntryMutationVariables>;
export const RecordTradeDocument = {
  __meta__: { hash: '47cb1236c540441a01f59dad068328db0f1088d29c2af20ac9edf5d1145de449' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordTrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordTradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordTrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordTradeMutation, RecordTradeMutationVariables>;
export const RenamePortfolioDocument = {
  __meta__: { hash: 'c72225abb64e03116b0b74a856b9fca1257507b88ddad9a53b090bddad2a43d0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RenamePortfolio' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renamePortfolio' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RenamePortfolioMutation, RenamePortfolioMutationVariables>;
export const SetPortfolioCommissionRateDocument = {
  __meta__: { hash: 'b79e540fdf18d49933736be217f8097b32acf50c299f2da37190c8ba585fbaf2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetPortfolioCommissionRate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rate' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPortfolioCommissionRate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rate' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rate' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'commissionRate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetPortfolioCommissionRateMutation,
  SetPortfolioCommissionRateMutationVariables
>;
export const CancelSimulationDocument = {
  __meta__: { hash: 'a0a066cd02a545341e8c07fbdc48ab9515ecd9cb8757b148206934eefae9d044' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelSimulation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelSimulation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimulationRunFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimulationRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimulationRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portfolioId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'error' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelSimulationMutation, CancelSimulationMutationVariables>;
export const CreateScenarioDocument = {
  __meta__: { hash: '2d033a60b8c431eb741866c1530bcc18c67fd71f38e08cfbe897d151658e3b7c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateScenario' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'description' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'shocks' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ShockInput' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createScenario' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'description' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'description' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'shocks' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'shocks' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shocks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currencyPair' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateScenarioMutation, CreateScenarioMutationVariables>;
export const DeleteScenarioDocument = {
  __meta__: { hash: '2e9a075c920639ec6ba8d68d8d5c7f736e73ec09ad4b28baa6cd1d38b5069dfc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteScenario' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteScenario' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteScenarioMutation, DeleteScenarioMutationVariables>;
export const GetRiskScoreDocument = {
  __meta__: { hash: 'cf5243cf1fce22cdff4f69cbbb13c1a1746f7da5590bf90c49d64aee747764b5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetRiskScore' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portfolio' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'riskScore' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reasonKo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reasonEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unscoredSymbols' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'contributions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxPoints' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'detailKo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'detailEn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetRiskScoreQuery, GetRiskScoreQueryVariables>;
export const GetScenarioTemplateDocument = {
  __meta__: { hash: 'ce7ea85e699dda701eb2d6009254f6a5795216981b52bbc96cbd282c6f4c0e0b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetScenarioTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scenarioTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ScenarioTemplateFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScenarioTemplateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ScenarioTemplate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionKo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shocks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currencyPair' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetScenarioTemplateQuery, GetScenarioTemplateQueryVariables>;
export const GetSimulationDocument = {
  __meta__: { hash: 'e6b27a1a6083cbdb232969b1f5cff5105d9e50d8251571671719a4767447c30e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GetSimulation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'simulation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimulationRunFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'result' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'StressTestResult' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'scenario' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'total' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'valueBefore' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'valueAfter' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'changePct' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'holdings' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'valueBefore' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'valueAfter' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'changePct' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'worstDay' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'return' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'recoveryDays' } },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'MonteCarloResult' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'paths' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'horizonDays' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'initialValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'scheduledCashFlow' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'terminalValue' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'terminalReturn' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'probabilityOfLoss' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'valueAtRisk' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: '__typename' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'confidence' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'valueAtRisk' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'conditionalValueAtRisk' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'valueAtRiskAmount' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'conditionalValueAtRiskAmount',
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'goal' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'probabilityAtEnd' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'probabilityEverReached' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'maxDrawdown' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'BacktestResult' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'strategy' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'benchmark' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'initialCash' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'finalValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'finalCash' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'costs' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'metrics' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'totalReturn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cagr' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'volatility' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sharpe' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sortino' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'maxDrawdown' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'OptimizationResult' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'converged' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'reason' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ko' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'weights' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currentWeight' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'portfolio' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'expectedReturn' },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'volatility' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sharpe' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'current' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'expectedReturn' },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'volatility' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sharpe' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimulationRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimulationRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portfolioId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'error' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GetSimulationQuery, GetSimulationQueryVariables>;
export const ListScenariosDocument = {
  __meta__: { hash: '7f22beb0d5590864debe883fecabf3cdd19df76c61ecab10533720927822b7ca' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListScenarios' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScenarioKind' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scenarioTemplates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ScenarioTemplateFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScenarioTemplateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ScenarioTemplate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionKo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shocks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currencyPair' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListScenariosQuery, ListScenariosQueryVariables>;
export const ListSimulationsDocument = {
  __meta__: { hash: 'fa52159b2942aac261a707b9dfc270a242b29cf507bf4fd796ae4bd48033de7c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ListSimulations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SimulationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'simulations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'runs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SimulationRunFields' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'nextCursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasMore' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimulationRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimulationRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portfolioId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'error' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListSimulationsQuery, ListSimulationsQueryVariables>;
export const OptimizePortfolioDocument = {
  __meta__: { hash: '9c8177b290c8543af2629cdf7c94c1504bb7224fe24841d5a2b8e76008853f40' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OptimizePortfolio' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'objective' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OptimizationObjective' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'targetReturn' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'targetVolatility' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'symbols' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'constraints' } },
          type: {
            kind: 'NamedType',
            name: { kind: 'Name', value: 'OptimizationConstraintsInput' },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'seed' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'optimizePortfolio' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'portfolioId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'objective' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'objective' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'targetReturn' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'targetReturn' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'targetVolatility' },
                      value: {
                        kind: 'Variable',
                        name: { kind: 'Name', value: 'targetVolatility' },
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'symbols' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'symbols' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'constraints' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'constraints' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'seed' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'seed' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimulationRunFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimulationRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimulationRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portfolioId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'error' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OptimizePortfolioMutation, OptimizePortfolioMutationVariables>;
export const RunBacktestDocument = {
  __meta__: { hash: '6026c2cd2b756355a920063ff27e57cbb83bcf21e7f899bd8ef71ca36564fc97' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RunBacktest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'initialCash' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'weights' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'WeightInput' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rebalance' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RebalanceFrequency' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'seed' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'runBacktest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'portfolioId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'initialCash' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'initialCash' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'weights' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'weights' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'rebalance' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'rebalance' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'seed' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'seed' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimulationRunFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimulationRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimulationRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portfolioId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'error' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunBacktestMutation, RunBacktestMutationVariables>;
export const RunMonteCarloDocument = {
  __meta__: { hash: '0132bd69a6d55cf51ea55e7971741d40f2e0e351c6b03c712318d11e108cac83' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RunMonteCarlo' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'horizonDays' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'paths' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'confidences' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'model' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MonteCarloModel' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cashFlow' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CashFlowInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'goal' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Decimal' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'seed' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'runMonteCarlo' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'portfolioId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'horizonDays' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'horizonDays' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'paths' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'paths' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'confidences' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'confidences' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'model' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'model' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'cashFlow' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'cashFlow' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'goal' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'goal' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'seed' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'seed' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimulationRunFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimulationRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimulationRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portfolioId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'error' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunMonteCarloMutation, RunMonteCarloMutationVariables>;
export const RunStressTestDocument = {
  __meta__: { hash: 'bad9f6459502fc0814c5dbfbeeb9fb4dbbb21f53ec91f44db0fe3deed91fb035' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RunStressTest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'templateId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scenarioId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'shocks' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ShockInput' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'runStressTest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'portfolioId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'portfolioId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'templateId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'templateId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'scenarioId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'scenarioId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'shocks' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'shocks' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimulationRunFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimulationRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimulationRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portfolioId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'error' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunStressTestMutation, RunStressTestMutationVariables>;
export const SimulationProgressDocument = {
  __meta__: { hash: '44659f80c97bf6aa200bdc5845e56230c1a2e1f727970edbca651eadaf956ff0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'SimulationProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'simulationProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fraction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SimulationProgressSubscription,
  SimulationProgressSubscriptionVariables
>;
export const SimulationReportDocument = {
  __meta__: { hash: '1ffbe28c76b91a4b6aa18587eef8ec43a3ed273d56e034c92ca2b9398f7ee8c2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SimulationReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'simulation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimulationRunFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inputs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inputHash' } },
                { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dataFrom' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'result' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'StressTestResult' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'scenario' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameKo' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shocks' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: '__typename' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'currencyPair' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'fallbackReason' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ko' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'total' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'valueBefore' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'valueAfter' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'changePct' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'holdings' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'valueBefore' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'valueAfter' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'changePct' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'worstDay' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'return' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'recoveryDays' } },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'MonteCarloResult' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'paths' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'horizonDays' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'initialValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'scheduledCashFlow' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'bands' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'p5' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'p25' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'p50' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'p75' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'p95' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'terminalValue' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'terminalReturn' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'probabilityOfLoss' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'valueAtRisk' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: '__typename' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'confidence' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'valueAtRisk' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'conditionalValueAtRisk' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'valueAtRiskAmount' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'conditionalValueAtRiskAmount',
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'histogram' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: '__typename' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'goal' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'probabilityAtEnd' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'probabilityEverReached' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'maxDrawdown' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'percentiles' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: '__typename' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'percentile' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'histogram' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: '__typename' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'BacktestResult' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'strategy' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'benchmark' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'initialCash' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'finalValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'finalCash' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'equity' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'benchmark' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'drawdown' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'trades' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'price' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'commission' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'costs' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'commission' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'commissionRate' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'metrics' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'totalReturn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cagr' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'volatility' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sharpe' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sortino' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'maxDrawdown' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'maxDrawdownPeak' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'maxDrawdownTrough' },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'recoveryDays' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'benchmarkCagr' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'OptimizationResult' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'objective' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'objectiveName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'converged' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'reason' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ko' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'weights' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currentWeight' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'riskContribution' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'portfolio' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'expectedReturn' },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'volatility' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sharpe' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'current' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'expectedReturn' },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'volatility' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sharpe' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'frontier' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'targetReturn' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'expectedReturn' },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'volatility' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sharpe' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'frontierStatus' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimulationRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimulationRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'portfolioId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'error' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageKo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SimulationReportQuery, SimulationReportQueryVariables>;
export const UserScenariosDocument = {
  __meta__: { hash: '6cc813275d70dac373c4f8d5835b9bc7157418f461b52e8e102f47e6a6604450' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UserScenarios' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scenarios' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shocks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'symbol' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currencyPair' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserScenariosQuery, UserScenariosQueryVariables>;
