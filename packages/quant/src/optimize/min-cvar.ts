import * as highsModule from 'highs';
import type { Highs, InitOptions, ModelStatusCode } from 'highs';
import { OptimizationInputError } from './errors.js';
import { readConstraints, readMatrix, readNumber, readUniverse } from './input.js';
import { failedResult, reasonFor, solvedResult, type ResultParts } from './result.js';
import type { OptimizationResult, OptimizationStatus, ScenarioProblem, TailRisk } from './types.js';

let runtime: Promise<Highs> | undefined;

/** HiGHS (WebAssembly), loaded once per process on first use. */
function highs(): Promise<Highs> {
  // The package ships ESM and CommonJS builds but one CommonJS-style declaration file, so the
  // loader is the default export at run time and `.default` of it for the type checker.
  const loader = ((highsModule as { default?: unknown }).default ?? highsModule) as
    | ((options?: InitOptions) => Promise<Highs>)
    | { default: (options?: InitOptions) => Promise<Highs> };
  runtime ??= typeof loader === 'function' ? loader() : loader.default();
  return runtime;
}

function statusOf(code: ModelStatusCode): OptimizationStatus {
  switch (code) {
    case 7:
      return 'OPTIMAL';
    case 8:
      return 'INFEASIBLE';
    case 9:
      return 'INFEASIBLE_OR_UNBOUNDED';
    case 10:
      return 'UNBOUNDED';
    case 13:
    case 14:
    case 16:
    case 17:
      return 'NOT_CONVERGED';
    default:
      return 'NUMERICAL_ERROR';
  }
}

/**
 * Value at risk and conditional value at risk (Rockafellar–Uryasev) of scenario losses at
 * `confidence`: CVaR = min_α α + E[(L − α)⁺]/(1 − β), attained at α = VaR, the ⌈(1−β)T⌉-th largest
 * loss; a fractional tail count weighs the boundary scenario by its fraction.
 */
export function scenarioTailRisk(losses: Float64Array, confidence: number): TailRisk {
  const sorted = Float64Array.from(losses).sort().reverse();
  const tail = (1 - confidence) * sorted.length;
  const whole = Math.floor(tail);
  let sum = 0;
  for (let t = 0; t < whole; t++) sum += sorted[t]!;
  if (tail > whole) sum += (tail - whole) * sorted[whole]!;
  return {
    confidence,
    valueAtRisk: sorted[Math.max(0, Math.ceil(tail) - 1)]!,
    conditionalValueAtRisk: sum / tail,
  };
}

/**
 * Minimum conditional value at risk over return scenarios (Rockafellar & Uryasev 2000), the LP
 *
 *   min α + Σ_t u_t / ((1 − β)T)  s.t.  u_t ≥ −r_tᵀw − α,  u_t ≥ 0,  plus the portfolio constraints,
 *
 * solved by HiGHS. A maximum number of names becomes exact with binary indicators z_i
 * (w_i ≤ upper_i z_i, w_i ≥ lower_i z_i, Σz ≤ K), which HiGHS solves as a MIP to a relative gap
 * of 1e-9. `targetReturn` (optional) bounds the mean scenario return from below. CVaR is per
 * scenario period and reported as a positive loss.
 */
export async function minimizeCvar(
  problem: ScenarioProblem,
  options: { confidence?: number; targetReturn?: number } = {},
): Promise<OptimizationResult> {
  const universe = readUniverse(problem.assetIds, problem.sectors);
  const n = universe.n;
  const constraints = readConstraints(universe, problem.constraints, problem.sectors !== undefined);
  const { data: scenarios, rows: count } = readMatrix('scenarios', problem.scenarios, null, n);
  if (count < 1) {
    throw new OptimizationInputError(
      'EMPTY',
      'scenarios',
      '시나리오가 없습니다',
      'there are no scenarios',
    );
  }
  const confidence = readNumber('confidence', options.confidence, 0.95, (b) => b > 0 && b < 1, [
    '0과 1 사이(양 끝 제외)여야 합니다',
    'must be strictly between 0 and 1',
  ]);
  const targetReturn =
    options.targetReturn === undefined
      ? null
      : readNumber('targetReturn', options.targetReturn, undefined);
  const means = new Float64Array(n);
  for (let t = 0; t < count; t++) {
    for (let i = 0; i < n; i++) means[i] = means[i]! + scenarios[t * n + i]! / count;
  }

  const limit = constraints.maxAssets;
  const { lower, upper } = constraints;
  // The budget caps each weight even where no bound was given; indicators need finite caps.
  const othersTotal = (bounds: Float64Array, i: number) => {
    let total = 0;
    for (let j = 0; j < n; j++) if (j !== i) total += bounds[j]!;
    return total;
  };
  const cap = Float64Array.from(upper, (u, i) => Math.min(u, 1 - othersTotal(lower, i)));
  const floor = Float64Array.from(lower, (l, i) => Math.max(l, 1 - othersTotal(upper, i)));
  if (
    limit !== null &&
    (cap.some((v) => !Number.isFinite(v)) || floor.some((v) => !Number.isFinite(v)))
  ) {
    throw new OptimizationInputError(
      'UNSUPPORTED_CONSTRAINT',
      'constraints.maxAssets',
      '공매도 한도 없이 최대 종목 수를 지정할 수 없습니다: 모든 종목에 하한과 상한을 지정하세요',
      'a maximum number of names needs finite bounds on every asset when short selling is allowed',
    );
  }

  const solver = await highs();
  const infinity = solver.infinity;
  const alpha = n;
  const firstLoss = n + 1;
  const firstIndicator = n + 1 + count;
  const columns = firstIndicator + (limit === null ? 0 : n);
  const colCost = new Float64Array(columns);
  const colLower = new Float64Array(columns);
  const colUpper = new Float64Array(columns);
  const bounded = (v: number) => (Number.isFinite(v) ? v : v > 0 ? infinity : -infinity);
  for (let i = 0; i < n; i++) {
    colLower[i] = bounded(lower[i]!);
    colUpper[i] = bounded(upper[i]!);
  }
  colCost[alpha] = 1;
  colLower[alpha] = -infinity;
  colUpper[alpha] = infinity;
  for (let t = 0; t < count; t++) {
    colCost[firstLoss + t] = 1 / ((1 - confidence) * count);
    colUpper[firstLoss + t] = infinity;
  }

  const starts = [0];
  const index: number[] = [];
  const value: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const addRow = (entries: [number, number][], low: number, high: number) => {
    for (const [column, coefficient] of entries) {
      index.push(column);
      value.push(coefficient);
    }
    starts.push(index.length);
    rowLower.push(bounded(low));
    rowUpper.push(bounded(high));
  };
  const assets = Array.from({ length: n }, (_, i) => i);
  for (let t = 0; t < count; t++) {
    const entries: [number, number][] = assets.map((i) => [i, scenarios[t * n + i]!]);
    entries.push([alpha, 1], [firstLoss + t, 1]);
    addRow(entries, 0, Number.POSITIVE_INFINITY);
  }
  addRow(
    assets.map((i) => [i, 1]),
    1,
    1,
  );
  for (let s = 0; s < universe.sectorNames.length; s++) {
    const [low, high] = [constraints.sectorLower[s]!, constraints.sectorUpper[s]!];
    if (low === Number.NEGATIVE_INFINITY && high === Number.POSITIVE_INFINITY) continue;
    addRow(
      assets.filter((i) => universe.sectorOf[i] === s).map((i) => [i, 1]),
      low,
      high,
    );
  }
  if (targetReturn !== null) {
    addRow(
      assets.map((i) => [i, means[i]!]),
      targetReturn,
      Number.POSITIVE_INFINITY,
    );
  }
  let integrality: Int32Array | undefined;
  if (limit !== null) {
    integrality = new Int32Array(columns);
    for (let i = 0; i < n; i++) {
      const z = firstIndicator + i;
      integrality[z] = 1;
      // An asset that cannot be zero is always held.
      colLower[z] = lower[i]! > 0 || upper[i]! < 0 ? 1 : 0;
      colUpper[z] = 1;
      addRow(
        [
          [i, 1],
          [z, -cap[i]!],
        ],
        Number.NEGATIVE_INFINITY,
        0,
      );
      if (floor[i]! < 0)
        addRow(
          [
            [i, 1],
            [z, -floor[i]!],
          ],
          0,
          Number.POSITIVE_INFINITY,
        );
    }
    addRow(
      assets.map((i) => [firstIndicator + i, 1]),
      Number.NEGATIVE_INFINITY,
      limit,
    );
  }

  const outcome = solver.withModel(
    {
      numCols: columns,
      numRows: rowLower.length,
      colCost,
      colLower,
      colUpper,
      rowLower,
      rowUpper,
      matrix: {
        format: 'csr',
        numRows: rowLower.length,
        numCols: columns,
        starts: Int32Array.from(starts),
        indices: Int32Array.from(index),
        values: Float64Array.from(value),
      },
      ...(integrality ? { integrality } : {}),
    },
    (model) => {
      model.options.set({
        output_flag: false,
        primal_feasibility_tolerance: 1e-9,
        dual_feasibility_tolerance: 1e-9,
        mip_feasibility_tolerance: 1e-9,
        mip_rel_gap: 1e-9,
      });
      const { modelStatus } = model.run();
      const status = statusOf(modelStatus);
      return {
        status,
        solution: status === 'OPTIMAL' ? model.getSolution().colValue : null,
        objective: model.getObjectiveValue(),
        simplexIterations: Number(model.info.get('simplex_iteration_count')),
        nodes: limit === null ? 0 : Number(model.info.get('mip_node_count')),
      };
    },
  );

  const parts: ResultParts = {
    objective: 'min-cvar',
    universe,
    constraints,
    objectiveName: 'cvar',
    solver: {
      name: 'highs',
      method:
        limit === null
          ? `Rockafellar–Uryasev LP over ${count} scenarios at β = ${confidence} (HiGHS simplex)`
          : `Rockafellar–Uryasev MIP over ${count} scenarios at β = ${confidence}, cardinality by binary indicators (HiGHS branch-and-cut, ${outcome.nodes} nodes)`,
      iterations: outcome.simplexIterations,
    },
  };
  if (outcome.solution === null)
    return failedResult(parts, outcome.status, reasonFor(outcome.status));

  const weights = outcome.solution.slice(0, n);
  if (limit !== null) {
    // A switched-off indicator means the weight is zero; HiGHS may leave 1e-10 crumbs.
    for (let i = 0; i < n; i++) {
      if (outcome.solution[firstIndicator + i]! < 0.5 && Math.abs(weights[i]!) <= 1e-8)
        weights[i] = 0;
    }
  }
  return solvedResult({
    ...parts,
    status: 'OPTIMAL',
    weights,
    extraChecks:
      targetReturn === null ? {} : { minReturn: { expectedReturns: means, target: targetReturn } },
    evaluate: (cleaned) => {
      const returns = new Float64Array(count);
      for (let t = 0; t < count; t++) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += scenarios[t * n + i]! * cleaned[i]!;
        returns[t] = sum;
      }
      const tailRisk = scenarioTailRisk(
        returns.map((r) => -r),
        confidence,
      );
      let mean = 0;
      for (let t = 0; t < count; t++) mean += returns[t]! / count;
      let squares = 0;
      for (let t = 0; t < count; t++) squares += (returns[t]! - mean) ** 2;
      return {
        objectiveValue: tailRisk.conditionalValueAtRisk,
        tailRisk,
        metrics: {
          expectedReturn: mean,
          volatility: count > 1 ? Math.sqrt(squares / (count - 1)) : 0,
          sharpe: null,
          riskContributions: null,
        },
      };
    },
  });
}
