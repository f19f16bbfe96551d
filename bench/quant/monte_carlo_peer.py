"""numpy peer of bench/quant/monte-carlo.ts: the same GBM, the same outputs, timed inside Python.

Buy and hold: V_t = sum_i w_i V_0 exp(X_i(t)), X(t) = cumulative sum of drift + L z. Paths are
simulated in chunks of 1,000 (all paths at once would need 10,000 x 252 x 30 x 8 B = 605 MB per
array). Outputs: 5/25/50/75/95 percentile bands per step, terminal histogram (40 bins), VaR and
CVaR of the terminal return at 95/99 %, probability of loss, max drawdown per path with its
percentiles and histogram, mean and median terminal value.
"""

import json
import sys
import time

import numpy as np


def simulate(job):
    drift = np.array(job['drift'])
    lower = np.linalg.cholesky(np.array(job['covariance']))
    w = np.array(job['weights']) * job['initialValue']
    steps, paths = job['steps'], job['paths']
    rng = np.random.default_rng(job['seed'])
    values = np.empty((paths, steps + 1))
    values[:, 0] = job['initialValue']
    chunk = 1000
    for start in range(0, paths, chunk):
        m = min(chunk, paths - start)
        z = rng.standard_normal((m * steps, len(drift)))
        x = (z @ lower.T + drift).reshape(m, steps, len(drift))
        np.cumsum(x, axis=1, out=x)
        np.exp(x, out=x)
        values[start:start + m, 1:] = x @ w
    bands = np.percentile(values, [5, 25, 50, 75, 95], axis=0)
    terminal = values[:, -1]
    returns = terminal / job['initialValue'] - 1
    tail = {}
    for c in (0.95, 0.99):
        q = np.quantile(returns, 1 - c)
        tail[c] = (-q, -returns[returns <= q].mean())
    peak = np.maximum.accumulate(values, axis=1)
    mdd = (values / peak - 1).min(axis=1)
    summary = {
        'bands': bands,
        'terminalHistogram': np.histogram(terminal, 40),
        'returnHistogram': np.histogram(returns, 40),
        'tail': tail,
        'lossProbability': (returns < 0).mean(),
        'mdd': (np.percentile(mdd, [5, 25, 50, 75, 95]), np.histogram(mdd, 40), mdd.mean()),
        'mean': terminal.mean(),
        'median': np.median(terminal),
    }
    return summary


def main():
    with open(sys.argv[1]) as f:
        job = json.load(f)
    rounds = int(sys.argv[2])
    best = float('inf')
    cpu_start = time.process_time()
    for _ in range(rounds):
        start = time.perf_counter()
        summary = simulate(job)
        best = min(best, time.perf_counter() - start)
    cpu = (time.process_time() - cpu_start) / rounds
    json.dump({
        'ms': best * 1000,
        'cpuMs': cpu * 1000,
        'var95': summary['tail'][0.95][0],
        'cvar95': summary['tail'][0.95][1],
        'medianTerminal': summary['median'],
    }, sys.stdout)


if __name__ == '__main__':
    main()
