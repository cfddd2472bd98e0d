"""json.encoder for taipan: where CPython keeps JSONEncoder (taipan
defines it in json)."""

from json import JSONEncoder

__all__ = ["JSONEncoder"]
