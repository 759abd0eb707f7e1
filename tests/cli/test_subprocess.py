"""The command run for real: ``python -m newsparse`` and the ``newsparse`` console script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from tests.cli.conftest import HEADLINE


def test_python_m_newsparse_parses_a_file(page_file: Path) -> None:
    # A C locale and an ASCII PYTHONIOENCODING must not change the output's encoding.
    environment = {**os.environ, "LC_ALL": "C", "PYTHONIOENCODING": "ascii"}
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", str(page_file)],
        capture_output=True,
        check=False,
        env=environment,
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert newsparse.from_json(result.stdout) == newsparse.parse_file(page_file)
    assert "—" in json.loads(result.stdout)["boilerplate"][0]["text"]


def test_console_script_runs(page_file: Path) -> None:
    script = shutil.which("newsparse", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the newsparse console script is not installed next to this Python")
    result = subprocess.run(
        [script, "parse", "--format", "text", str(page_file)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.decode("utf-8").startswith(HEADLINE + "\n")
