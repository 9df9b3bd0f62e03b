"""The Outbox page: every write, its state and evidence, and a manager's decisions."""
