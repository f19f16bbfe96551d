"""Kolmogorov-Smirnov test of a sample against the standard normal (scipy.stats.kstest), plus its
skewness and excess kurtosis. The sample comes as a JSON file path in argv[1]'s "file"."""

import json
import sys

import numpy as np
from scipy import stats

job = json.loads(sys.argv[1])
with open(job['file']) as f:
    x = np.array(json.load(f))
ks = stats.kstest(x, 'norm')
json.dump({'statistic': ks.statistic, 'pvalue': ks.pvalue, 'mean': x.mean(), 'std': x.std(ddof=1),
           'skewness': stats.skew(x), 'excessKurtosis': stats.kurtosis(x)}, sys.stdout)
