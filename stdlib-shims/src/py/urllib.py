"""urllib for taipan: the package of urllib.parse (urllib.request and
urllib.error are not provided)."""
