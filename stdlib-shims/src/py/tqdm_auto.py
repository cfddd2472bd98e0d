"""tqdm.auto for taipan: the same text bar as `tqdm` (no notebook widgets).

As in tqdm, its `tqdm` is a subclass of `tqdm.tqdm`.
"""

from tqdm import tqdm as _std_tqdm
from tqdm import TqdmWarning, TqdmKeyError, TqdmDeprecationWarning

__all__ = ["tqdm", "trange"]


class tqdm(_std_tqdm):
    """`tqdm.tqdm`, drawn as text."""


def trange(*args, **kwargs):
    """`tqdm(range(*args), **kwargs)`."""
    return tqdm(range(*args), **kwargs)
