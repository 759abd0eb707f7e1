"""The ``newsparse`` command: parse pages, explain their zones, list adapters.

``newsparse parse PATH...`` writes articles as JSON, JSON Lines, Markdown or
plain text; ``newsparse quotes PATH...`` lists the quotes and who said them;
``newsparse explain PATH`` shows the zone and rule of every line, and the rule
that chose each quote's speaker; ``newsparse sites`` lists the installed
adapters; ``newsparse schema`` prints the JSON Schema of the articles.
``docs/cli.md`` describes the options, the output records and the exit
statuses:

====  ==========================================================
0     success
1     some inputs could not be read (their error records say which)
2     bad command line (argparse's usage message)
64    unknown ``--site`` or a broken adapter (``AdapterError``)
66    the one input given could not be read (``InputError``)
73    the ``--output`` file could not be written
130   interrupted (Ctrl-C)
141   standard output closed early (a pipe into ``head``)
143   terminated (SIGTERM)
====  ==========================================================

One module a command (``_parse``, ``_explain``, ``_quotes``, ``_sites``,
``_schema``), what they read in ``_inputs``, where they write in
``_outputs`` and ``_documents``, and the parser and the end of a run in
``_main``.
"""

from __future__ import annotations

from newsparse.cli._main import main

__all__ = ["main"]
