/**
 * Forecast scores. Volatility is scored on annualised volatility (RMSE) and on variance
 * (QLIKE, the loss that ranks variance forecasts consistently even with a noisy proxy for the
 * truth). Direction is scored as a probability of a rise.
 */

export interface VolatilityMetrics {
  /** mean(s/h - ln(s/h) - 1) with s, h the realised and forecast variances; 0 is perfect. */
  readonly qlike: number;
  /** Root mean squared error of annualised volatility. */
  readonly rmse: number;
  readonly rows: number;
}

export interface DirectionMetrics {
  /** Area under the ROC curve; 0.5 for a constant forecast. */
  readonly auc: number;
  /** Mean squared error of the probability. */
  readonly brier: number;
  /** Mean negative log-likelihood, probabilities clipped to [1e-15, 1 - 1e-15]. */
  readonly logLoss: number;
  readonly rows: number;
}

export type Metrics = VolatilityMetrics | DirectionMetrics;

/** Keeps QLIKE finite for a forecast of zero volatility. */
const MIN_VARIANCE = 1e-12;
const CLIP = 1e-15;

export function qlike(realised: ArrayLike<number>, forecast: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < realised.length; i++) {
    const ratio = realised[i]! ** 2 / Math.max(forecast[i]! ** 2, MIN_VARIANCE);
    sum += ratio - Math.log(ratio) - 1;
  }
  return sum / realised.length;
}

export function rmse(realised: ArrayLike<number>, forecast: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < realised.length; i++) sum += (realised[i]! - forecast[i]!) ** 2;
  return Math.sqrt(sum / realised.length);
}

/** Mann–Whitney AUC with tied scores sharing their average rank; NaN without both classes. */
export function auc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const n = labels.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let positiveRankSum = 0;
  for (let start = 0; start < n;) {
    let end = start;
    while (end + 1 < n && scores[order[end + 1]!] === scores[order[start]!]) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) {
      if (labels[order[k]!] === 1) {
        positives++;
        positiveRankSum += averageRank;
      }
    }
    start = end + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function brier(labels: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) sum += (probabilities[i]! - labels[i]!) ** 2;
  return sum / labels.length;
}

export function logLoss(labels: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(Math.max(probabilities[i]!, CLIP), 1 - CLIP);
    sum -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / labels.length;
}

export function volatilityMetrics(
  realised: ArrayLike<number>,
  forecast: ArrayLike<number>,
): VolatilityMetrics {
  return {
    qlike: qlike(realised, forecast),
    rmse: rmse(realised, forecast),
    rows: realised.length,
  };
}

export function directionMetrics(
  labels: ArrayLike<number>,
  probabilities: ArrayLike<number>,
): DirectionMetrics {
  return {
    auc: auc(labels, probabilities),
    brier: brier(labels, probabilities),
    logLoss: logLoss(labels, probabilities),
    rows: labels.length,
  };
}
