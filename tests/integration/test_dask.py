"""newsparse.dask on a real (local) cluster: two worker processes, generated archives and files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.adapters import Adapter, _registry
from newsparse.archives import iter_archive, record_to_dict
from tests import warcs

pytest.importorskip("dask.bag", reason="dask is not installed: pip install 'newsparse[dask]'")
distributed = pytest.importorskip(
    "distributed", reason="distributed is not installed: pip install 'newsparse[dask]'"
)

from newsparse.dask import read_archives, read_files  # noqa: E402


def compute(bag: Any) -> Any:
    """Compute a bag (Dask's own methods are untyped)."""
    return bag.compute()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def archives(tmp_path: Path) -> list[Path]:
    warc = warcs.write(
        tmp_path / "a.warc.gz",
        *(warcs.response(f"https://news.example/a{n}", warcs.page(n)) for n in range(6)),
        warcs.raw(b"HTTX broken\r\n\r\n", uri="https://news.example/broken"),
    )
    wet = warcs.write(
        tmp_path / "b.warc.wet.gz",
        *(warcs.conversion(f"https://news.example/b{n}", warcs.text_page(n)) for n in range(6)),
    )
    return [warc, wet]


def test_read_archives_gives_what_iter_archive_gives(client: Any, archives: list[Path]) -> None:
    bag = read_archives(archives)
    assert bag.npartitions == 2
    records = compute(bag)
    expected = [record_to_dict(record) for path in archives for record in iter_archive(path)]
    assert records == expected
    assert len(records) == 13
    assert json.loads(json.dumps(records)) == records  # JSON-ready


def test_read_files_gives_articles_and_error_records(client: Any, tmp_path: Path) -> None:
    paths = []
    for number in range(5):
        page = tmp_path / f"p{number}.txt"
        page.write_text(warcs.text_page(number), encoding="utf-8")
        paths.append(page)
    paths.append(tmp_path / "missing.txt")
    records = compute(read_files(paths, files_per_partition=2))
    assert [r["source"] for r in records] == [str(p) for p in paths]
    assert records[0]["article"] == json.loads(newsparse.to_json(newsparse.parse_file(paths[0])))
    assert records[-1]["error"]["type"] == "InputError"


def test_workers_get_registered_adapters_and_options(
    client: Any, archives: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(_registry._registered, "dask-test", Adapter(name="dask-test"))
    options = newsparse.Options(quotes=False)
    records = compute(read_archives(archives[1:], site="dask-test", options=options))
    assert {r["article"]["site"] for r in records} == {"dask-test"}
    assert all(r["article"]["quotes"] == [] for r in records)
