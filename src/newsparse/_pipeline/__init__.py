"""The parsing stages, in the order :data:`~newsparse._pipeline.run.STAGES` runs them.

``text`` (decode, lines, columns, blocks) → ``zones`` → ``comments`` →
``quotes`` → ``assemble``. Everything here is private: the public surface
is :mod:`newsparse`, :mod:`newsparse.adapters`, :mod:`newsparse.formats`,
:mod:`newsparse.testing` and :mod:`newsparse.cli`.
"""
