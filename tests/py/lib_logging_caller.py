# logging records know where they were logged: funcName, lineno, module,
# filename, stacklevel skipping logging's own frames, and stack_info.
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter(
    "%(filename)s|%(module)s|%(funcName)s|%(lineno)d|%(message)s"))
log = logging.getLogger("caller")
log.propagate = False
log.addHandler(handler)


def helper(msg, **kw):
    log.warning(msg, **kw)


def outer():
    helper("level one")
    helper("level two", stacklevel=2)
    helper("beyond the stack", stacklevel=50)
    log.error("with stack", stack_info=True)


outer()


class Worker:
    def run(self):
        logging.LoggerAdapter(log, {}).warning("through an adapter")
        log.log(35, "through log()")
        try:
            {}["k"]
        except KeyError:
            log.exception("in except")


Worker().run()
log.warning("at module level")
rec = log.makeRecord("n", 10, "/a/b/c.py", 3, "m", (), None)
print(rec.filename, rec.module, rec.funcName, rec.lineno)
fn, line, name, sinfo = log.findCaller()
print(fn == __file__, line, name, sinfo)
logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d:%(message)s")


def root_level():
    logging.warning("module-level function")


root_level()
