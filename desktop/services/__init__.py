"""The work of the console, below the UI: plain Python and asyncio, no Qt."""
