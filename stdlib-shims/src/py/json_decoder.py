"""json.decoder for taipan: where CPython keeps JSONDecoder and
JSONDecodeError (taipan defines them in json)."""

from json import JSONDecodeError, JSONDecoder

__all__ = ["JSONDecoder", "JSONDecodeError"]
