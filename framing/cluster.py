"""Analysis on a Dask cluster for ``framing ingest --dask ADDRESS`` (``pip install -e ".[dask]"``):
``local`` starts a LocalCluster of worker processes on this machine, ``tcp://scheduler:8786`` joins a
running one. This process reads the input and writes the store as with ``--workers``; the cluster's
workers only analyse chunks of raw documents (``framing.parallel``) and send back their table rows,
so they need framing and its data at the same versions (checked before any work) but no access to
the input or the store.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import ExitStack, contextmanager
from typing import Any

from .dataset import data_versions
from .errors import FramingError

INSTALL = 'framing ingest --dask needs Dask: pip install -e ".[dask]" (or pip install "dask[distributed]")'
CONNECT_SECONDS = 10


@contextmanager
def dask_executor(address: str, workers: int) -> Iterator[tuple[Executor, int]]:
    """An executor on the cluster at ``address`` (``local``: a LocalCluster of ``workers`` processes
    with one thread each) and the number of tasks it runs at once."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise FramingError(INSTALL) from None
    with ExitStack() as stack:
        try:
            if address == "local":
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,  # not its start and shutdown notices on stderr
                )
                client = Client(stack.enter_context(cluster))
            else:
                client = Client(address, timeout=f"{CONNECT_SECONDS}s")
        except (OSError, ValueError, RuntimeError) as error:  # RuntimeError: a LocalCluster did not start
            raise FramingError(f"--dask {address}: cannot reach a Dask scheduler: {error}") from None
        stack.enter_context(client)
        _check_workers(client, address)
        yield client.get_executor(pure=False), sum(client.nthreads().values())


def _check_workers(client: Any, address: str) -> None:
    """Refuse a cluster without workers, or one whose workers analyse with another framing version or
    other data files than this process (their rows would not be comparable)."""
    if not client.nthreads():
        raise FramingError(f"--dask {address}: the cluster has no workers")
    try:
        found = client.run(data_versions)
    except Exception as error:  # a worker that cannot import framing fails while unpickling the task
        raise FramingError(
            f"--dask {address}: the workers cannot run framing ({type(error).__name__}: {error}); "
            "install this framing version on every worker"
        ) from None
    ours = data_versions()
    for worker, versions in sorted(found.items()):
        if versions != ours:
            raise FramingError(
                f"--dask {address}: worker {worker} has framing {versions['framing_version']} with other "
                f"data versions or user data than this framing {ours['framing_version']}; install the "
                "same version and data on every worker"
            )
