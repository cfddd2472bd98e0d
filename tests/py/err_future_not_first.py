print("before")
from __future__ import annotations
