import logging
import sys

class Out:
    def write(self, s): sys.stdout.write(s.replace(__file__, "FILE"))
    def flush(self): pass

logging.warning("to stderr via last resort? no: basicConfig on root")
logging.basicConfig(stream=Out(), level=logging.INFO)
logging.info("hello %s", "world")
logging.debug("hidden")
log = logging.getLogger("app.db")
log.warning("careful %d", 3)
log.setLevel(logging.DEBUG)
log.debug("now visible")
print(log.getEffectiveLevel(), logging.getLogger("app").getEffectiveLevel(), log.parent.name)
h = logging.StreamHandler(Out())
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s | %(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.error("with handler")
other.critical("crit %s %s", 1, 2)
try:
    raise KeyError("k")
except KeyError:
    other.exception("failed")
h.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
other.warning("brace style")
print(logging.getLevelName(logging.ERROR), logging.getLevelName(15), logging.getLevelName("INFO"))
print(repr(log), repr(logging.getLogger()))
print(logging.getLogger("app.db") is log, logging.getLogger("app").getChild("db") is log)
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
other.addFilter(OnlyOdd())
for i in range(4):
    other.warning("n=%d", i)
adapter = logging.LoggerAdapter(logging.getLogger("app"), {"user": "bob"})
adapter.info("adapted")
