# A helper module with __all__ (star imports take exactly these names) and
# a module-level __getattr__ (PEP 562) that answers for one extra name.
__all__ = ["public", "_listed"]


def public():
    return "public"


def unlisted():
    return "from exported"


def _listed():
    return "listed though private"


def __getattr__(name):
    if name == "lazy":
        return "made on demand"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
