#!/usr/bin/env python3
"""Writes an Argdown map whose cross-attacks tie many claims into one large cycle: the worst
case for re-evaluation, where a mark change reaches the cycle and DF-QuAD must iterate on it.

    python3 tangled-map.py NODES CROSS SPAN > tangled.argdown
    python3 tangled-map.py 100000 8000 2000 > tangled.argdown   # one cycle of 17,585 claims

Claim i supports or attacks a random claim among the 30 before it; then CROSS times, a claim
attacks one up to SPAN after it, which closes cycles. The same arguments give the same map.
"""
import random
import sys

nodes, cross, span = (int(argument) for argument in sys.argv[1:4])
random.seed(7)
lines = ["# Tangled", ""]
for claim in range(2, nodes + 1):
    parent = random.randint(max(1, claim - 30), claim - 1)
    lines += [f"[Claim {parent}]", f"  {random.choice('-+-')} [Claim {claim}]", ""]
for _ in range(cross):
    low = random.randint(1, nodes - span)
    high = low + random.randint(1, span)
    lines += [f"[Claim {high}]", f"  - [Claim {low}]", ""]
print("\n".join(lines))
