"""tqdm.autonotebook for taipan: `tqdm.auto`'s text bar (no notebook widgets)."""

from tqdm.auto import tqdm, trange

__all__ = ["tqdm", "trange"]
