"""Closed-form VaR/CVaR of the terminal simple return of a one-asset GBM, and the asymptotic
standard errors of their Monte Carlo estimators with n paths.

R = exp(m + s Z) - 1, m = drift * steps (per-step mean log return), s = sigma * sqrt(steps).
VaR = -q with q the alpha quantile of R; CVaR = -E[R | R <= q].
SE(VaR) = sqrt(alpha (1 - alpha) / n) / f_R(q)                      (quantile estimator)
SE(CVaR) = sqrt((Var(R | R <= q) + (1 - alpha)(E[R | R <= q] - q)^2) / (n alpha))
"""

import json
import math
import sys

from scipy import integrate, stats

job = json.loads(sys.argv[1])
m = job['drift'] * job['steps']
s = math.sqrt(job['variance'] * job['steps'])
n = job['paths']
out = []
for c in job['confidences']:
    alpha = 1 - c
    z = stats.norm.ppf(alpha)
    q = math.exp(m + s * z) - 1
    cvar = 1 - math.exp(m + s * s / 2) * stats.norm.cdf(z - s) / alpha
    density = stats.norm.pdf(z) / (s * (1 + q))
    # Conditional second moment of R in the tail, by quadrature over Z.
    second, _ = integrate.quad(lambda u: (math.exp(m + s * u) - 1) ** 2 * stats.norm.pdf(u), -math.inf, z)
    tail_mean = -cvar
    tail_var = second / alpha - tail_mean ** 2
    out.append({
        'confidence': c,
        'var': -q,
        'cvar': cvar,
        'varStandardError': math.sqrt(alpha * (1 - alpha) / n) / density,
        'cvarStandardError': math.sqrt((tail_var + (1 - alpha) * (tail_mean - q) ** 2) / (n * alpha)),
    })
json.dump({'levels': out}, sys.stdout)
