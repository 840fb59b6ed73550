"""Writing files so a reader never sees half of one.

The bytes go to a hidden temporary file in the destination folder (same file system, so the
rename is atomic), are flushed to disk, and only then renamed over the final name. A crash or a
full disk leaves at most a `.part` file that nothing treats as an image.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

PARTIAL_SUFFIX = ".part"


@contextlib.contextmanager
def atomic_output(destination: Path, *, sync_folder: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file to write; on a clean exit it becomes `destination`, on any error it is
    removed and `destination` is left exactly as it was.

    `sync_folder=False` skips making the rename itself durable: right for caches, which can be
    rebuilt, and it saves a disk flush per file."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=PARTIAL_SUFFIX, dir=destination.parent
    )
    temp_path = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as output:
            yield output
            output.flush()
            os.fsync(output.fileno())
        os.replace(temp_path, destination)
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise
    if sync_folder:
        _sync_folder(destination.parent)


def write_atomically(
    destination: Path, write: Callable[[BinaryIO], object], *, sync_folder: bool = True
) -> Path:
    """Call `write(file)` inside `atomic_output`; returns `destination`."""
    with atomic_output(destination, sync_folder=sync_folder) as output:
        write(output)
    return destination


def _sync_folder(folder: Path) -> None:
    # The rename itself lives in the folder's entry table; syncing the folder makes it durable.
    # Windows cannot open folders this way, and there the rename is durable enough.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
