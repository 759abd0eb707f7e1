r"""Parse archives and files on a Dask cluster: ``pip install 'newsparse[dask]'``.

:func:`read_archives` and :func:`read_files` return a :class:`dask.bag.Bag`
of JSON-ready dicts, the records ``newsparse parse --format jsonl`` writes:
an archive's record as :func:`~newsparse.archives.record_to_dict` gives it,
a file's as ``{"source", "article" | "error"}``. Nothing is computed until
the bag is: write it with ``bag.map(json.dumps).to_textfiles(...)``, count
it, filter it, or hand it to a DataFrame. Each archive is one partition
(its records are read in order by one task); files are grouped
``files_per_partition`` to a partition.

The parse settings travel with the tasks: ``site``, ``options`` and the
adapters :func:`newsparse.register` added in this process are pickled into
each task and registered on the worker before it parses, so a worker needs
newsparse installed and nothing else. ``docs/scale.md`` has the recipes: a
cluster, Common Crawl WET files, PySpark.

Example:
    >>> from newsparse.dask import read_files  # doctest: +SKIP
    >>> bag = read_files(["pages/a.txt", "pages/b.txt"])  # doctest: +SKIP
    >>> [record["article"]["headline"]["text"] for record in bag.compute()]  # doctest: +SKIP
    ['Ferry service to resume after storm repairs', 'Library opens on Sundays']
"""

from __future__ import annotations

import json
import os
import typing
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

import attrs

from newsparse.adapters import Adapter
from newsparse.adapters._registry import _registered, register
from newsparse.archives import DEFAULT_MAX_RECORD_BYTES, iter_archive, record_to_dict
from newsparse.errors import NewsparseError
from newsparse.formats import to_json
from newsparse.options import Options

if TYPE_CHECKING:
    import dask.bag

__all__ = ["ParseSettings", "read_archives", "read_files"]

_INSTALL: Final = "newsparse.dask needs Dask: pip install 'newsparse[dask]'"
_DEFAULT_OPTIONS: Final = Options()


@attrs.frozen(kw_only=True)
class ParseSettings:
    """What each task is given: the adapter to use, the options, the adapters to register."""

    site: str | Adapter | None = None
    options: Options = _DEFAULT_OPTIONS
    adapters: tuple[Adapter, ...] = ()
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES

    def install(self) -> None:
        """Register the adapters on this worker (again: registering is idempotent)."""
        for adapter in self.adapters:
            register(adapter)


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as error:
        raise ImportError(_INSTALL) from error
    return dask.bag


def _settings(site: str | Adapter | None, options: Options, max_record_bytes: int) -> ParseSettings:
    return ParseSettings(
        site=site,
        options=options,
        adapters=tuple(_registered.values()),
        max_record_bytes=max_record_bytes,
    )


def _archive_partition(paths: Iterable[str], settings: ParseSettings) -> list[dict[str, Any]]:
    settings.install()
    return [
        record_to_dict(record)
        for path in paths
        for record in iter_archive(
            path,
            site=settings.site,
            options=settings.options,
            max_record_bytes=settings.max_record_bytes,
        )
    ]


def _file_record(path: str, settings: ParseSettings) -> dict[str, Any]:
    from newsparse._pipeline.run import parse_file

    try:
        article = parse_file(path, site=settings.site, options=settings.options)
    except NewsparseError as error:
        message = str(getattr(error, "reason", error))
        return {"source": path, "error": {"type": type(error).__name__, "message": message}}
    return {"source": path, "article": json.loads(to_json(article))}


def _file_partition(paths: Iterable[str], settings: ParseSettings) -> list[dict[str, Any]]:
    settings.install()
    return [_file_record(path, settings) for path in paths]


def read_archives(
    paths: Iterable[str | os.PathLike[str]],
    *,
    site: str | Adapter | None = None,
    options: Options = _DEFAULT_OPTIONS,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> dask.bag.Bag:
    """Return a bag of the records of WARC and WET files, one partition an archive.

    Each record is a dict as :func:`~newsparse.archives.record_to_dict`
    returns it (``source``, ``offset``, ``uri``, ``date``, ``record_id``,
    then ``article`` or ``error``). The paths must be readable by the
    workers: a shared file system, or the same files on each machine.

    Args:
        paths: The archives.
        site: As for :func:`newsparse.parse`.
        options: As for :func:`newsparse.parse`.
        max_record_bytes: As for :func:`newsparse.iter_archive`.

    Raises:
        ImportError: When Dask is not installed (the message says how to).

    Example:
        >>> from newsparse.dask import read_archives  # doctest: +SKIP
        >>> read_archives(["a.warc.wet.gz", "b.warc.wet.gz"]).count().compute()  # doctest: +SKIP
        81234
    """
    bag = _bag_module()
    names = [os.fspath(path) for path in paths]
    settings = _settings(site, options, max_record_bytes)
    partitions = bag.from_sequence(names, npartitions=max(len(names), 1))
    return typing.cast("dask.bag.Bag", partitions.map_partitions(_archive_partition, settings))


def read_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    site: str | Adapter | None = None,
    options: Options = _DEFAULT_OPTIONS,
    files_per_partition: int = 100,
) -> dask.bag.Bag:
    """Return a bag of the records of page files, parsed as :func:`newsparse.parse_file` does.

    Each record is ``{"source": path, "article": {...}}``, or ``{"source":
    path, "error": {"type", "message"}}`` for a file that cannot be read.

    Args:
        paths: The files.
        site: As for :func:`newsparse.parse`.
        options: As for :func:`newsparse.parse`.
        files_per_partition: How many files a task parses.

    Raises:
        ImportError: When Dask is not installed (the message says how to).

    Example:
        >>> from newsparse.dask import read_files  # doctest: +SKIP
        >>> bag = read_files(["pages/a.txt"])  # doctest: +SKIP
        >>> bag.pluck("source").compute()  # doctest: +SKIP
        ['pages/a.txt']
    """
    bag = _bag_module()
    names = [os.fspath(path) for path in paths]
    settings = _settings(site, options, DEFAULT_MAX_RECORD_BYTES)
    partitions = bag.from_sequence(names, partition_size=files_per_partition)
    return typing.cast("dask.bag.Bag", partitions.map_partitions(_file_partition, settings))
