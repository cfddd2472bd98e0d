"""tqdm.std for taipan: the same text bar as `tqdm` (no notebook widgets)."""

from tqdm import tqdm, trange, TqdmWarning, TqdmKeyError, TqdmDeprecationWarning

__all__ = ["tqdm", "trange"]
