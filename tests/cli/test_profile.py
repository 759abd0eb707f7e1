"""``newsparse profile`` and ``--adapter`` (issue 16), in process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsparse import cli
from newsparse.adapters import _registry as registry
from newsparse.adapters import load_adapter
from newsparse.cli._profile import default_name
from tests.conftest import FIXTURES

SITE = FIXTURES / "site"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture(autouse=True)
def no_registered_adapters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_registered", {})


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """The invented site's pages but the first, in a folder named like a site."""
    folder = tmp_path / "Kestrel Courier"
    folder.mkdir()
    for page in sorted(SITE.glob("*.txt"))[1:]:
        shutil.copy(page, folder / page.name)
    return folder


def test_profile_writes_an_adapter_named_after_the_folder(
    capsys: pytest.CaptureFixture[str], site: Path, tmp_path: Path
) -> None:
    output = tmp_path / "courier.toml"
    status, out, err = run(capsys, "profile", str(site), "-o", str(output))
    assert (status, out, err) == (0, "", "")
    text = output.read_text(encoding="utf-8")
    assert text.startswith("# Learned by `newsparse profile` from 23 pages: ")
    adapter = load_adapter(output)
    assert adapter.name == "kestrel-courier"
    assert "^Skip to the news$" in [pattern.pattern for pattern in adapter.site_header]


def test_profile_writes_to_standard_output_by_default(
    capsys: pytest.CaptureFixture[str], site: Path
) -> None:
    status, out, _ = run(capsys, "profile", "--name", "courier", "--share", "0.5", str(site))
    assert status == 0
    assert 'name = "courier"' in out.splitlines()


def test_a_learned_adapter_is_used_by_parse_and_explain(
    capsys: pytest.CaptureFixture[str], site: Path, tmp_path: Path
) -> None:
    output = tmp_path / "courier.toml"
    run(capsys, "profile", str(site), "--name", "courier", "-o", str(output))
    page = sorted(SITE.glob("*.txt"))[0]

    status, out, _ = run(capsys, "parse", "--adapter", str(output), str(page))
    article = json.loads(out)
    gold = json.loads(page.with_name(f"{page.stem}.gold.json").read_text(encoding="utf-8"))
    assert status == 0
    assert article["site"] == "courier"
    assert "\n\n".join(p["text"] for p in [article["standfirst"], *article["body"]]) == gold["body"]

    status, out, _ = run(capsys, "explain", "--adapter", str(output), str(page))
    assert status == 0
    assert out.splitlines()[0] == f"adapter: courier (from {output})"
    assert " courier.comments-heading " in out


def test_a_bad_adapter_file_stops_the_command_with_its_path_and_key(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("name = 'broken'\nfooter = ['(']\n", encoding="utf-8")
    page = sorted(SITE.glob("*.txt"))[0]
    status, out, err = run(capsys, "parse", "--adapter", str(broken), str(page))
    assert (status, out) == (64, "")
    assert f"{broken}: key 'footer': pattern 1 '(' does not compile" in err


def test_site_and_adapter_are_not_given_together(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = run(capsys, "parse", "--site", "generic", "--adapter", "x.toml", "page.txt")
    assert status == 2
    assert "not allowed with argument" in err


def test_profile_needs_two_pages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = sorted(SITE.glob("*.txt"))[0]
    status, out, err = run(capsys, "profile", str(page))
    assert (status, out) == (64, "")
    assert "needs 2 pages or more to learn from, got 1" in err


def test_unreadable_pages_are_left_out(
    capsys: pytest.CaptureFixture[str], site: Path, tmp_path: Path
) -> None:
    (site / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    status, _, err = run(capsys, "profile", str(site), "-o", str(tmp_path / "out.toml"))
    assert status == 0
    assert "binary.txt" in err
    assert "(left out)" in err


@pytest.mark.parametrize(
    ("option", "value"), [("--name", "Kestrel Courier"), ("--share", "0"), ("--share", "lots")]
)
def test_bad_options_are_usage_errors(
    capsys: pytest.CaptureFixture[str], site: Path, option: str, value: str
) -> None:
    status, _, err = run(capsys, "profile", option, value, str(site))
    assert status == 2
    assert option in err


def test_default_names() -> None:
    assert default_name(["-"]) == "site"
    assert default_name(["pages/Harbour Courier!/"]) == "harbour-courier"
