"""The pandas anchor for bench/data.ts: what a pandas-based validator does to profile a CSV.

    python3 bench/pandas_profile.py <file.csv>   → prints {"read_s", "profile_s", "total_s"} as JSON
"""
import json
import sys
import time

import pandas as pd

t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1])
t1 = time.perf_counter()
df.describe(include="all")
df.isna().sum()
df.duplicated().sum()
df.select_dtypes("number").quantile([0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99])
df.nunique()
t2 = time.perf_counter()
print(json.dumps({"read_s": t1 - t0, "profile_s": t2 - t1, "total_s": t2 - t0, "rows": len(df)}))
