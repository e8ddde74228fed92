"""Reading articles from files and directories in any supported format.

Public API (stable; internals free to change):
- ``read_paths(paths, format=None) -> Iterator[Article | ReadError]``: every article found,
  and a ``ReadError`` (file, line, reason) for each input that could not be read.
- ``FORMATS``: the format names accepted by ``format=`` (auto-detected by content when None):
  seed, jsonl, csv, html, feed, and t17 (Timeline17 ``InputDocs``).

Policies, quoted by the README: directory walking and errors in ``api``, detection in
``detect``, encodings in ``decode``, date forms in ``dates``, JSONL/CSV field names in
``records``; one module per format (``seed``, ``jsonl``, ``csv``, ``html``, ``feed``, ``t17``).
"""

from dateline.read.api import FORMATS, read_paths

__all__ = ["FORMATS", "read_paths"]
