"""OLS betas (least squares with an intercept, numpy.linalg.lstsq) of stocks' daily returns on
KOSPI's, over the last `window` returns on dates both have, up to `asOf`."""

import json
import sys

import numpy as np

from krx_reference import aligned_closes, read_kospi

job = json.loads(sys.argv[1])
dates, closes = aligned_closes(job['dataDir'], job['symbols'], job['from'], job['to'])
kospi = read_kospi(job['dataDir'])
rows = [t for t, d in enumerate(dates) if d in kospi and d <= job['asOf']][-(job['window'] + 1):]
market = np.array([kospi[dates[t]] for t in rows])
f = market[1:] / market[:-1] - 1
out = []
for i in range(len(job['symbols'])):
    p = closes[rows, i]
    r = p[1:] / p[:-1] - 1
    design = np.column_stack([np.ones_like(f), f])
    (alpha, beta), *_ = np.linalg.lstsq(design, r, rcond=None)
    out.append({'beta': beta, 'observations': len(r), 'from': dates[rows[1]], 'to': dates[rows[-1]]})
json.dump({'betas': out}, sys.stdout)
