"""What the OS keyring holds for a run: a connection's API keys, and the audit log's key.

Shared by the window's start-up and the headless run, so both read the same keys and
seal the same audit log the same way.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from desktop.config import ConnectionProfile
from desktop.secrets import SecretStore, SecretStoreError
from desktop.services.connections import Keys
from desktop.store import Database
from desktop.store.audit import seal_audit_log
from desktop.store.audit_seal import decode_key, encode_key, new_key
from desktop.words import translate

log = logging.getLogger("desktop.services.keyring_keys")


def load_keys(store: SecretStore, profile: ConnectionProfile | None) -> Keys:
    if profile is None:
        return Keys()
    return Keys(
        worktime=store.get(profile.name, "worktime_key"),
        worktaps=store.get(profile.name, "worktaps_key"),
        worq_partner=store.get(profile.name, "worq_partner_key"),
        webhook_secret=store.get(profile.name, "webhook_secret"),
    )


def audit_profile(data_dir: Path) -> str:
    """The keyring profile holding the audit log's key of this data folder (one per folder)."""
    return f"audit-{hashlib.sha256(str(data_dir).encode()).hexdigest()[:16]}"


def seal_with_keyring(db: Database, store: SecretStore, data_dir: Path) -> None:
    """Key the audit log with this data folder's key from the keyring (made on first use).
    ``SecretStoreError`` when the keyring cannot be used or its key is damaged: the log
    stays chained, unsealed."""
    profile = audit_profile(data_dir)
    stored = store.get(profile, "audit_key")
    if stored is None:
        key, is_new = new_key(), True
        store.set(profile, "audit_key", encode_key(key))
        log.info("Created the audit log's key")
    else:
        try:
            key, is_new = decode_key(stored), False
        except ValueError as exc:
            raise SecretStoreError(
                translate(
                    "AuditKey",
                    "The audit log's key in the keyring is damaged: the audit log cannot be "
                    "sealed. Its rows are still chained; see the log for details.",
                )
            ) from exc
    seal_audit_log(db, key, is_new)
