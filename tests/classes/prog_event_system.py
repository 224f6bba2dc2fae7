# An event system: observers with callbacks (functions, bound methods,
# lambdas, callable objects), priorities, one-shot handlers, errors
# collected without stopping dispatch, and decorators that register.
class EventError(Exception):
    pass


class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False

    def cancel(self):
        self.cancelled = True

    def __getattr__(self, key):
        try:
            return self.data[key]
        except KeyError:
            raise AttributeError("event %r has no field %r" % (self.name, key)) from None

    def __repr__(self):
        fields = ", ".join("%s=%r" % kv for kv in sorted(self.data.items()))
        return "Event(%s%s)" % (self.name, ", " + fields if fields else "")


class Handler:
    __slots__ = ("callback", "priority", "once", "order")

    def __init__(self, callback, priority, once, order):
        self.callback = callback
        self.priority = priority
        self.once = once
        self.order = order

    def __lt__(self, other):
        return (-self.priority, self.order) < (-other.priority, other.order)


class EventBus:
    def __init__(self):
        self._handlers = {}
        self._count = 0
        self.errors = []

    def on(self, name, callback=None, *, priority=0, once=False):
        if callback is None:
            def decorator(fn):
                self.on(name, fn, priority=priority, once=once)
                return fn
            return decorator
        if not callable(callback):
            raise TypeError("handler must be callable, not %s" % type(callback).__name__)
        self._count += 1
        self._handlers.setdefault(name, []).append(Handler(callback, priority, once, self._count))
        return callback

    def off(self, name, callback):
        before = len(self._handlers.get(name, []))
        self._handlers[name] = [h for h in self._handlers.get(name, []) if h.callback != callback]
        return before - len(self._handlers[name])

    def emit(self, name, **data):
        event = Event(name, **data)
        results = []
        for h in sorted(self._handlers.get(name, []) + self._handlers.get("*", [])):
            if h.once:
                self._handlers[name] = [x for x in self._handlers[name] if x is not h]
            try:
                results.append(h.callback(event))
            except EventError as e:
                self.errors.append((name, str(e)))
            if event.cancelled:
                break
        return results


bus = EventBus()
log = []


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, event):
        log.append("%s:%s" % (self.prefix, event.name))
        return "logged"


class Counter:
    def __init__(self):
        self.counts = {}

    def handle(self, event):
        self.counts[event.name] = self.counts.get(event.name, 0) + 1
        return self.counts[event.name]


counter = Counter()
bus.on("*", Logger("all"), priority=-10)
bus.on("login", counter.handle)
bus.on("login", lambda e: "welcome " + e.user, priority=5)


@bus.on("login", once=True)
def first_login(event):
    return "first login by " + event.user


@bus.on("logout", priority=1)
def goodbye(event):
    if event.user == "mallory":
        raise EventError("unknown user " + event.user)
    return "bye " + event.user


@bus.on("purchase", priority=10)
def check_amount(event):
    if event.amount > 100:
        event.cancel()
        return "blocked"
    return "ok"


bus.on("purchase", lambda e: "charged %d" % e.amount)

print(bus.emit("login", user="alice"))
print(bus.emit("login", user="bob"))
print(bus.emit("logout", user="alice"))
print(bus.emit("logout", user="mallory"), bus.errors)
print(bus.emit("purchase", amount=30), bus.emit("purchase", amount=300))
print(bus.emit("nothing"))
print(bus.off("login", counter.handle), bus.emit("login", user="carol"))
print(counter.counts, log)
e = Event("x", a=1)
print(e, e.a)
try:
    e.missing
except AttributeError as err:
    print("AttributeError:", err, err.__suppress_context__)
try:
    bus.on("x", 42)
except TypeError as err:
    print("TypeError:", err)
print(counter.handle == counter.handle, counter.handle is counter.handle, callable(Logger("z")))
