# A state machine: states as classes with enter/exit hooks, transitions
# declared with a decorator into a table, guards, and a traffic-light and
# a vending-machine built on it.
class TransitionError(Exception):
    def __init__(self, state, event):
        super().__init__("no transition from %s on %r" % (state, event))
        self.state = state
        self.event = event


def transition(event, target, guard=None):
    def deco(fn):
        fn.__transitions__ = getattr(fn, "__transitions__", []) + [(event, target, guard)]
        return fn
    return deco


class MachineMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        table = {}
        for base in reversed(cls.__mro__[1:]):
            table.update(getattr(base, "_table", {}))
        for attr, value in ns.items():
            for event, target, guard in getattr(value, "__transitions__", ()):
                table[(attr, event)] = (target, guard)
        cls._table = table
        return cls


class Machine(metaclass=MachineMeta):
    initial = None

    def __init__(self):
        self.state = self.initial
        self.trace = [self.state]
        getattr(self, self.state)()

    def send(self, event, **kw):
        key = (self.state, event)
        if key not in self._table:
            raise TransitionError(self.state, event)
        target, guard = self._table[key]
        if guard is not None and not guard(self, **kw):
            self.trace.append("(%s blocked)" % event)
            return False
        exit_hook = getattr(self, "exit_" + self.state, None)
        if exit_hook:
            exit_hook()
        self.state = target
        self.trace.append(target)
        getattr(self, target)(**kw)
        return True


class TrafficLight(Machine):
    initial = "red"

    @transition("timer", "green")
    def red(self):
        self.color = "R"

    @transition("timer", "yellow")
    @transition("emergency", "red")
    def green(self):
        self.color = "G"

    @transition("timer", "red")
    def yellow(self):
        self.color = "Y"


light = TrafficLight()
for ev in ["timer", "timer", "timer", "timer", "emergency"]:
    try:
        light.send(ev)
    except TransitionError as e:
        print("TransitionError:", e)
    print(light.state, light.color)
print(light.trace)
print(sorted(TrafficLight._table))


class Vending(Machine):
    initial = "idle"
    price = 3

    def idle(self, **kw):
        self.credit = 0

    idle = transition("coin", "paying")(idle)

    @transition("coin", "paying")
    @transition("choose", "dispensing", guard=lambda self, **kw: self.credit >= self.price)
    @transition("refund", "idle")
    def paying(self, amount=0, **kw):
        self.credit += amount

    def exit_paying(self):
        self.change = self.credit - self.price

    @transition("take", "idle")
    def dispensing(self, item="?"):
        self.item = item


v = Vending()
print(v.send("coin", amount=1), v.credit)
print(v.send("choose", item="tea"), v.state)
v.send("coin", amount=2)
print(v.send("choose", item="tea"), v.state, v.item, v.change)
v.send("take")
print(v.state, v.credit)
try:
    v.send("choose")
except TransitionError as e:
    print(e, e.state, e.event)
print(v.trace)
print(type(Vending).__name__, len(Vending._table), Vending.__mro__[1] is Machine)
