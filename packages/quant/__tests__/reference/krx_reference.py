"""Independent numpy/scipy reference for @capstone/quant, run by the vitest specs.

Reads the same CSV files from shared/data/krx itself (its own parser and its own trading-day list:
the days on which any of the 54 stocks traded), so the TypeScript loader, the KRX calendar and
the alignment code are checked too. Input: one JSON object on argv[1]; output: JSON on stdout.
No pandas (not installed); numpy 2.x and scipy only.
"""

import datetime
import json
import math
import os
import sys

import numpy as np
from scipy import integrate, stats


def read_stock(data_dir, code):
    rows = {}
    with open(os.path.join(data_dir, 'arclien_stock', f'{code}.csv')) as f:
        for line in f:
            parts = line.strip().split(',')
            if len(parts) < 5:
                continue
            rows[parts[0]] = (float(parts[1]), float(parts[4]))
    return rows


def trading_days(data_dir, first, last):
    days = set()
    folder = os.path.join(data_dir, 'arclien_stock')
    for name in os.listdir(folder):
        if name.endswith('.csv') and name[:6].isdigit():
            for day, (open_, _) in read_stock(data_dir, name[:6]).items():
                if open_ != 0 and first <= day <= last:
                    days.add(day)
    return sorted(days)


def aligned_closes(data_dir, codes, first, last):
    """Closes on trading days; a halt row (open 0, close carried) keeps the carried close; a day
    on which any symbol has no close at all is dropped for every symbol."""
    days = trading_days(data_dir, first, last)
    stocks = [read_stock(data_dir, code) for code in codes]
    kept, closes = [], []
    for day in days:
        row = [s.get(day, (0.0, 0.0))[1] for s in stocks]
        if all(c > 0 for c in row):
            kept.append(day)
            closes.append(row)
    return kept, np.array(closes)


def read_kospi(data_dir):
    out = {}
    with open(os.path.join(data_dir, 'index', 'kospi_close_credit_2010-2025_walnutbrown.csv')) as f:
        next(f)
        for line in f:
            parts = line.strip().split(',')
            if len(parts) > 1 and parts[1] != '':
                out[parts[0]] = float(parts[1])
    return out


def days_between(a, b):
    return (datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days


def cf_z(z, s, k):
    return z + (z * z - 1) * s / 6 + (z ** 3 - 3 * z) * k / 24 - (2 * z ** 3 - 5 * z) * s * s / 36


def var_block(r, c):
    alpha = 1 - c
    q = np.quantile(r, alpha)
    mu, sd = r.mean(), r.std(ddof=1)
    z = stats.norm.ppf(alpha)
    s, k = stats.skew(r), stats.kurtosis(r)
    # Tail mean of the Cornish-Fisher variable by quadrature, not by the closed form under test.
    tail, _ = integrate.quad(lambda u: cf_z(u, s, k) * stats.norm.pdf(u), -np.inf, z, epsabs=1e-14, epsrel=1e-12)
    return {
        'confidence': c,
        'historical': {'var': -q, 'cvar': -r[r <= q].mean()},
        'gaussian': {'var': -(mu + sd * z), 'cvar': -mu + sd * stats.norm.pdf(z) / alpha},
        'cornishFisher': {'var': -(mu + sd * cf_z(z, s, k)), 'cvar': -(mu + sd * tail / alpha)},
    }


def metrics(dates, v, bench=None, rf=0.0, periods=252, confidences=(0.95, 0.99)):
    r = v[1:] / v[:-1] - 1
    rfp = (1 + rf) ** (1 / periods) - 1
    x = r - rfp
    years = days_between(dates[0], dates[-1]) / 365
    cagr = (v[-1] / v[0]) ** (1 / years) - 1
    peak = np.maximum.accumulate(v)
    dd = v / peak - 1
    trough = int(np.argmin(dd))
    top = int(np.argmax(v[: trough + 1]))
    later = np.nonzero(v[trough + 1:] >= v[top])[0]
    recovery = dates[trough + 1 + int(later[0])] if len(later) else None
    out = {
        'observations': len(r),
        'years': years,
        'totalReturn': v[-1] / v[0] - 1,
        'cagr': cagr,
        'volatility': r.std(ddof=1) * math.sqrt(periods),
        'sharpe': x.mean() / x.std(ddof=1) * math.sqrt(periods),
        'sortino': x.mean() / math.sqrt((np.minimum(x, 0) ** 2).sum() / len(x)) * math.sqrt(periods),
        'calmar': cagr / abs(dd[trough]),
        'skewness': float(stats.skew(r)),
        'excessKurtosis': float(stats.kurtosis(r)),
        'maxDrawdown': {
            'depth': dd[trough],
            'peakDate': dates[top],
            'troughDate': dates[trough],
            'recoveryDate': recovery,
        },
        'drawdown': dd.tolist(),
        'valueAtRisk': [var_block(r, c) for c in confidences],
    }
    if bench is not None:
        common = [i for i, d in enumerate(dates) if d in bench]
        a = v[common]
        b = np.array([bench[dates[i]] for i in common])
        ra, rb = a[1:] / a[:-1] - 1, b[1:] / b[:-1] - 1
        beta = np.cov(ra, rb)[0, 1] / rb.var(ddof=1)
        active = ra - rb
        out['relative'] = {
            'beta': beta,
            'alpha': (ra.mean() - rfp - beta * (rb.mean() - rfp)) * periods,
            'correlation': np.corrcoef(ra, rb)[0, 1],
            'trackingError': active.std(ddof=1) * math.sqrt(periods),
            'informationRatio': active.mean() / active.std(ddof=1) * math.sqrt(periods),
            'observations': len(ra),
            'excludedDates': [d for d in dates if d not in bench],
        }
    return out


def ledoit_wolf_constant_correlation(x):
    t, n = x.shape
    x = x - x.mean(axis=0)
    s = x.T @ x / t
    sd = np.sqrt(np.diag(s))
    corr = s / np.outer(sd, sd)
    r_bar = (corr.sum() - n) / (n * (n - 1))
    prior = r_bar * np.outer(sd, sd)
    np.fill_diagonal(prior, np.diag(s))
    pi_mat = (x ** 2).T @ (x ** 2) / t - s ** 2
    theta = (x ** 3).T @ x / t - np.diag(s)[:, None] * s
    np.fill_diagonal(theta, 0)
    rho = np.trace(pi_mat) + r_bar * (np.outer(1 / sd, sd) * theta).sum()
    gamma = ((s - prior) ** 2).sum()
    delta = max(0.0, min(1.0, (pi_mat.sum() - rho) / gamma / t))
    return delta * prior + (1 - delta) * s, delta


def ledoit_wolf_identity(x):
    t, n = x.shape
    x = x - x.mean(axis=0)
    s = x.T @ x / t
    mu = np.trace(s) / n
    d2 = ((s - mu * np.eye(n)) ** 2).sum() / n
    b_bar2 = sum(((np.outer(row, row) - s) ** 2).sum() for row in x) / t / t / n
    delta = min(b_bar2, d2) / d2
    return delta * mu * np.eye(n) + (1 - delta) * s, delta


def covariances(returns, lam):
    t = returns.shape[0]
    w = lam ** np.arange(t - 1, -1, -1, dtype=float)
    ewma = (returns * w[:, None]).T @ returns / w.sum()
    cc, cc_delta = ledoit_wolf_constant_correlation(returns)
    ident, ident_delta = ledoit_wolf_identity(returns)
    return {
        'sample': np.cov(returns, rowvar=False).tolist(),
        'correlation': np.corrcoef(returns, rowvar=False).tolist(),
        'ewma': ewma.tolist(),
        'ledoitWolfConstantCorrelation': {'covariance': cc.tolist(), 'shrinkage': cc_delta},
        'ledoitWolfIdentity': {'covariance': ident.tolist(), 'shrinkage': ident_delta},
    }


def main():
    job = json.loads(sys.argv[1])
    data_dir = job['dataDir']
    kospi = read_kospi(data_dir)
    out = {}
    if 'single' in job:
        dates, closes = aligned_closes(data_dir, [job['single']], job['from'], job['to'])
        out['single'] = metrics(dates, closes[:, 0], kospi, rf=job['riskFreeRate'])
        out['single']['dates'] = dates
    if 'portfolio' in job:
        dates, closes = aligned_closes(data_dir, job['portfolio'], job['from'], job['to'])
        n = closes.shape[1]
        asset_r = closes[1:] / closes[:-1] - 1
        daily = np.concatenate([[1.0], np.cumprod(1 + asset_r.mean(axis=1))])
        # Buy and hold: equal money in each on the first day, then each position compounds alone.
        held = (closes / closes[0]).sum(axis=1) / n
        out['portfolioDaily'] = metrics(dates, daily, kospi, rf=job['riskFreeRate'])
        out['portfolioBuyAndHold'] = metrics(dates, held, kospi, rf=job['riskFreeRate'])
        out['covariance'] = covariances(asset_r, job['lambda'])
        out['portfolioDates'] = dates
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main()
