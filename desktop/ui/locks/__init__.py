"""The Locks page: every lock, and the selected lock's history with filters and export."""
