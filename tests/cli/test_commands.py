"""``newsparse explain``, ``newsparse sites``, ``--version`` and usage errors, in process."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import cli
from tests.cli.conftest import BINARY, PAGE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_explain_prints_a_header_and_a_line_per_input_line(
    capsys: pytest.CaptureFixture[str], page_file: Path
) -> None:
    status, out, _ = run(capsys, "explain", str(page_file))
    header, *rows = out.splitlines()
    explanation = newsparse.explain(PAGE)
    assert status == 0
    assert header == f"adapter: {explanation.adapter} (no layout detected)"
    assert len(rows) == len(PAGE.splitlines())
    for row, line in zip(rows, explanation.lines, strict=True):
        columns, _, text = row.partition(" |")
        assert columns.split() == [str(line.number), line.zone.value, line.rule]
        assert text == (f" {line.text}" if line.text else "")


def test_explain_columns_are_aligned(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    _, out, _ = run(capsys, "explain", str(page_file))
    bars = {row.index(" |") for row in out.splitlines()[1:]}
    assert len(bars) == 1
    assert "   3 headline " in out


def test_explain_keeps_raw_line_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "raw.txt"
    page.write_text(
        "Odd\u00a0 spacing   \n\n  indented body line of the page, long enough.\n", encoding="utf-8"
    )
    _, out, _ = run(capsys, "explain", str(page))
    rows = out.splitlines()[1:]
    assert rows[0].endswith("| Odd\u00a0 spacing   ")
    assert rows[2].endswith("|   indented body line of the page, long enough.")


def test_explain_with_site_says_so(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    _, out, _ = run(capsys, "explain", "--site", "pulse", str(page_file))
    assert out.splitlines()[0] == "adapter: pulse (from --site)"


def test_explain_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-8-sig"))))
    status, out, _ = run(capsys, "explain", "-")
    assert status == 0
    assert len(out.splitlines()) == 1 + len(PAGE.splitlines())


def test_explain_of_a_pulse_page_detects_pulse(capsys: pytest.CaptureFixture[str]) -> None:
    full = FIXTURES / "pulse" / "full.txt"
    if not full.is_file():
        pytest.skip(f"{full} is not there yet")
    _, out, _ = run(capsys, "explain", str(full))
    zones = {row.split()[1] for row in out.splitlines()[1:]}
    assert out.splitlines()[0] == "adapter: pulse (detected)"
    assert {"site-header", "headline", "body", "comment", "footer"} <= zones


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["explain", "--site", "no-such-site"], newsparse.AdapterError.exit_code),
        (["explain"], newsparse.InputError.exit_code),
    ],
)
def test_explain_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], status: int
) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(BINARY)
    assert run(capsys, *argv, str(bad))[:2] == (status, "")


def test_sites_lists_adapters_with_descriptions(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "sites")
    rows = out.splitlines()
    assert status == 0
    assert [row.split()[0] for row in rows][:2] == ["generic", "pulse"]
    for adapter, row in zip(newsparse.adapters(), rows, strict=True):
        assert row.split(maxsplit=1) == [adapter.name, adapter.description]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version")[:2] == (0, f"newsparse {newsparse.__version__}\n")


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["parse"], ["parse", "x", "--format", "xml"]])
def test_usage_errors_are_status_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert err.startswith("usage: newsparse")


def test_help_is_status_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "--help")
    assert status == 0
    assert "--format" in out


def test_schema_command_prints_the_committed_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    committed = Path(__file__).resolve().parents[2] / "docs" / "schema" / "article.schema.json"
    assert printed == json.loads(committed.read_text(encoding="utf-8"))


QUOTED_PAGE = (
    "Library saved\n\n"
    "Council leader Ann Lee spoke to residents on Monday.\n\n"
    "‘We listened,’ she said. ‘The doors stay open.’\n"
)


@pytest.fixture
def quoted_file(tmp_path: Path) -> Path:
    page = tmp_path / "quoted.txt"
    page.write_text(QUOTED_PAGE, encoding="utf-8")
    return page


def test_quotes_prints_a_line_per_quote(
    capsys: pytest.CaptureFixture[str], quoted_file: Path
) -> None:
    status, out, _ = run(capsys, "quotes", str(quoted_file))
    assert status == 0
    header, first, second, speaker = out.splitlines()
    assert header == f"{quoted_file}: 2 quotes, 1 speaker"
    assert first.split() == ["L5", "speech", "Ann", "Lee", "(said):", "We", "listened,"]
    assert second.split()[:5] == ["L5", "speech", "Ann", "Lee", "(said):"]
    assert speaker == "  speaker: Ann Lee — Council leader"


def test_quotes_as_json_is_a_record_per_page(
    capsys: pytest.CaptureFixture[str], quoted_file: Path, page_file: Path
) -> None:
    status, out, _ = run(capsys, "quotes", "--format", "json", str(quoted_file), str(page_file))
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [len(record["quotes"]) for record in records] == [2, 0]
    assert records[0]["quotes"][0] == {
        "text": "We listened,",
        "speaker": "Ann Lee",
        "kind": "speech",
        "cue": "said",
        "span": {"start_line": 5, "end_line": 5},
    }
    assert records[0]["speakers"] == [{"name": "Ann Lee", "description": "Council leader"}]


def test_quotes_reports_an_unreadable_file_and_goes_on(
    capsys: pytest.CaptureFixture[str], quoted_file: Path, tmp_path: Path
) -> None:
    status, out, err = run(capsys, "quotes", str(tmp_path / "missing.txt"), str(quoted_file))
    assert status == 1
    assert "missing.txt" in err
    assert out.startswith(f"{quoted_file}: 2 quotes")


def test_explain_names_the_rule_behind_each_speaker(
    capsys: pytest.CaptureFixture[str], quoted_file: Path
) -> None:
    _, out, _ = run(capsys, "explain", str(quoted_file))
    tail = out.splitlines()[-3:]
    assert tail[0] == "quotes: 2 (rule in brackets)"
    assert "Ann Lee (said) [after-quote]: We listened," in tail[1]
    assert "Ann Lee (said) [continues]: The doors stay open." in tail[2]


def test_explain_why_prints_a_reason_under_the_block_it_explains(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    prose = "The council voted on Tuesday to close the old library, officials said."
    page.write_text(f"Home   News\n\nLibrary to close\n\nBy Ann Lee\n\n{prose}\n", encoding="utf-8")
    _, plain, _ = run(capsys, "explain", str(page))
    _, why, _ = run(capsys, "explain", "--why", str(page))
    rows = why.splitlines()
    reasons = [index for index, row in enumerate(rows) if row.lstrip().startswith("↳ ")]
    assert [rows[index - 1].split()[1] for index in reasons] == ["headline", "standfirst"]
    only = "↳ the only block shaped like a title, right above the article"
    assert rows[reasons[0]].strip() == only
    assert [row for row in rows if not row.lstrip().startswith("↳ ")] == plain.splitlines()


def test_explain_why_says_where_the_comment_section_starts_and_ends(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    prose = "The council voted on Tuesday to close the old library, officials said."
    thread = "2 Comments\n\nBo Tran says:\n\nA shame.\n\nReply\n\nAnn Lee says:\n\nAgreed.\n\nReply"
    text = f"Library to close\n\n{prose}\n\n{thread}\n\nCopyright 2012\n"
    page.write_text(text, encoding="utf-8")
    _, why, _ = run(capsys, "explain", "--why", str(page))
    reasons = [row.strip() for row in why.splitlines() if row.lstrip().startswith("↳ ")]
    assert "↳ under the comments heading (line 5) to the footer (line 19)" in reasons
    assert sum(reason.startswith("↳ under the comments heading") for reason in reasons) == 1


def test_explain_reads_the_pages_address(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = (
        "Home | News\n\nFarewell to the reading room\n\nBy Ann Lee\n\n"
        '"We will miss it," said Bo Tran, who has read there for years.\n'
    )
    address = "https://news.example/2018/05/04/farewell-to-the-reading-room"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode())))
    status, out, _ = run(capsys, "explain", "--why", "--url", address, "-")
    assert status == 0
    assert "the page's address spells it +12.0" in out


def test_quotes_url_names_one_page(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    status, out, _ = run(capsys, "quotes", "--url", "https://news.example/a-b-c", str(page_file))
    assert status == 0
    assert out.startswith(str(page_file))
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, "quotes", "--url", "https://news.example/a", str(page_file), str(page_file))
    assert exit_info.value.code == 2
