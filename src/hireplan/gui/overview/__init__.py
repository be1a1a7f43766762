"""The Overview screen: progress, flags, budget, what is due and stale data at a glance."""
