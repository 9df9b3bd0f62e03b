"""The Reports page (tiles, charts, tables, exports) and the shift handover PDF."""
