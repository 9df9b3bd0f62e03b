"""Front Desk: a desktop console for the front-desk PC."""

__version__ = "0.1.0"
