# traceback through logging: exception() and exc_info=True append the full traceback, chains included.
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("tbtest")
log.addHandler(handler)
log.propagate = False


def parse(text):
    raise ValueError("cannot parse %r" % text)


def load(text):
    try:
        parse(text)
    except ValueError as e:
        raise RuntimeError("load failed") from e


try:
    parse("abc")
except ValueError:
    log.exception("first")
try:
    load("xyz")
except RuntimeError as e:
    log.error("second", exc_info=True)
    log.warning("third", exc_info=e)
    log.info("not shown", exc_info=True)
    log.error("tuple form", exc_info=(type(e), e, e.__traceback__))
log.error("no exception", exc_info=True)
