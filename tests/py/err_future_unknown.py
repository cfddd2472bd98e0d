"""doc"""
from __future__ import annotations, braces_and_more
print(1)
