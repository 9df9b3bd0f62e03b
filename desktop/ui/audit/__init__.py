"""The Audit log page: every row of the hash chain, its seal, filters and export."""
