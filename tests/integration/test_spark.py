"""The PySpark recipe of docs/scale.md, run on a local Spark (skipped without pyspark or Java).

pyspark is not in the test extra (it is large, and needs a JVM): this runs
where both are installed (``pip install -e '.[spark]'``, a Java 17 JRE, e.g.
Debian's ``openjdk-17-jre-headless``). ``.ci/run`` installs the extra and runs
it where Java is; elsewhere it is skipped with its reason.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from newsparse.archives import iter_archive, record_to_dict
from tests import warcs

pytest.importorskip("pyspark", reason="pyspark is not installed: pip install pyspark")
if shutil.which("java") is None:
    pytest.skip(
        "no Java runtime for Spark (Debian: openjdk-17-jre-headless)", allow_module_level=True
    )


def parse_archives(paths: Iterable[str]) -> Iterator[str]:
    """Parse the archives of one Spark partition; one JSON line a record (the recipe)."""
    for path in paths:
        for record in iter_archive(path):
            yield json.dumps(record_to_dict(record))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_the_mappartitions_recipe_parses_every_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pyspark.sql import SparkSession  # type: ignore[import-not-found, unused-ignore]

    # Spark's workers run PATH's python3 unless told: outside an activated venv, not this one.
    if "PYSPARK_PYTHON" not in os.environ:
        monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)

    paths = [
        str(
            warcs.write(
                tmp_path / f"part{part}.warc.wet.gz",
                *(
                    warcs.conversion(f"https://news.example/{part}/{n}", warcs.text_page(n))
                    for n in range(5)
                ),
            )
        )
        for part in range(2)
    ]
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("newsparse-test")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        lines = spark.sparkContext.parallelize(paths, len(paths)).mapPartitions(parse_archives)
        records = [json.loads(line) for line in lines.collect()]
    finally:
        spark.stop()
    assert [r["uri"] for r in records] == [
        f"https://news.example/{part}/{n}" for part in range(2) for n in range(5)
    ]
    assert all(r["article"]["headline"]["text"].startswith("Harbour wall") for r in records)
