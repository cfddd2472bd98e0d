"""numpy.typing for taipan: the names that annotations use.

`NDArray[np.float32]` and the other aliases are accepted wherever
annotations put them; they are not checked (as in CPython, where
annotations are not checked either). `NDArray` is `numpy.ndarray` itself,
so its subscripts print as the plain class rather than NumPy's generic
alias."""

from typing import Any as _Any
from typing import Sequence as _Sequence
from typing import Union as _Union

import numpy as _np

NDArray = _np.ndarray

ArrayLike = _Union[_np.ndarray, _Sequence[_Any], bytes, str, float, int, bool]

DTypeLike = _Union[type, _np.dtype, str, tuple, list, dict, None]


class NBitBase:
    """The base of NumPy's precision markers (`npt.NBitBase`); only for
    annotations."""


__all__ = ["ArrayLike", "DTypeLike", "NBitBase", "NDArray"]
