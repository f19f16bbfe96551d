"""scipy's standard normal quantile at the probabilities given in argv[1] (JSON {"p": [...]})."""

import json
import sys

from scipy import stats

job = json.loads(sys.argv[1])
json.dump({'ppf': [float(stats.norm.ppf(p)) for p in job['p']]}, sys.stdout)
