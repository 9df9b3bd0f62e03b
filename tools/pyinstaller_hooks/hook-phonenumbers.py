"""Replaces pyinstaller-hooks-contrib's hook, which collects all of phonenumbers.

The console only parses and validates numbers (``phonenumbers.parse``,
``is_valid_number``), which need the per-region metadata modules that phonenumbers
imports by name on first use. The geocoder, carrier and time-zone tables (42 MB) stay
out; build.spec excludes them too.
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules(
    "phonenumbers.shortdata"
)
