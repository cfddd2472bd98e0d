"""tqdm.contrib.concurrent for taipan: `thread_map` and `process_map`.

Both map a function over iterables on a pool and show a bar while the
results come in, as tqdm's helpers do. taipan's pools are threads that run
in parallel (`concurrent.futures`), so `process_map` runs on threads too:
the work follows taipan's concurrency contract, as any submitted work does.
"""

from concurrent.futures import ThreadPoolExecutor
from tqdm import tqdm as _tqdm

__all__ = ["thread_map", "process_map"]


def _pool_map(iterables, fn, tqdm_kwargs):
    tqdm_class = tqdm_kwargs.pop("tqdm_class", _tqdm)
    max_workers = tqdm_kwargs.pop("max_workers", None)
    chunksize = tqdm_kwargs.pop("chunksize", 1)
    tqdm_kwargs.pop("lock_name", None)
    if "total" not in tqdm_kwargs:
        try:
            tqdm_kwargs["total"] = min(len(it) for it in iterables)
        except TypeError:
            pass
    with ThreadPoolExecutor(max_workers=max_workers) as ex:
        return list(tqdm_class(ex.map(fn, *iterables, chunksize=chunksize), **tqdm_kwargs))


def thread_map(fn, *iterables, **tqdm_kwargs):
    """`list(map(fn, *iterables))` on a thread pool, with a progress bar."""
    return _pool_map(iterables, fn, tqdm_kwargs)


def process_map(fn, *iterables, **tqdm_kwargs):
    """As `thread_map` (taipan's workers are threads that run in parallel)."""
    return _pool_map(iterables, fn, tqdm_kwargs)
