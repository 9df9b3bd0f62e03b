"""Table models: one lazy base over SQLite queries, and small ones for short lists."""
