"""Benchmarks: scripts run by hand or by CI's benchmark job, never collected by pytest."""
