"""The commands ``frontdesk`` answers without a window, by their first word."""

from __future__ import annotations

import pytest

from desktop.app import main


def test_pg_cluster_is_the_frozen_programs_way_to_its_clusters_watcher(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["pg-cluster"]) == 2
    assert "python -m desktop.store.pg_cluster start DIR" in capsys.readouterr().err
