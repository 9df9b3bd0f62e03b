"""What tests share: waiting on a running loop, the sandbox's parts a test drives, and the
console's parts opened on it. Plain modules (no fixtures here: those live in conftest.py
files, which no test imports)."""
