"""Market data: benchmarks, exchange rates and PPP factors, and the survey import dialog."""
