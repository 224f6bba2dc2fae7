# The long interrupt soak (issue 6; `make irq-soak`, not in make test):
# N hard callbacks, raised inside the main program's allocations by
# _tern.irq_inject and by a hard machine.Timer at the same time, while the
# main program churns the heap. Every callback allocates (a tuple, a str,
# a list, a dict, an exception raised and caught) and passes its sequence
# number out through a RingBuffer; the main program drains the ring and
# checks that the numbers come in order, none lost, none doubled.
#   build/tern bench/irq_soak.py [N]
import _tern, machine, micropython, sys, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
ring = micropython.RingBuffer(4096)
made = 0
oom = 0
dropped = 0

def cb(tag):
    global made, oom, dropped
    try:
        rec = (tag, 'n%d' % tag, [tag, tag], {'t': tag})
        try:
            raise KeyError(tag)
        except KeyError as e:
            if e.args[0] != tag:
                return
    except MemoryError:
        oom += 1
        return
    # the timer's callback may interrupt the injected one (two handlers
    # nest): take the number and publish it with interrupts held back
    s = micropython.disable_irq()
    i = made
    if ring.put(i):
        made = i + 1
    else:
        dropped += 1        # the ring is full: the main program is behind
    micropython.enable_irq(s)

def tick(t):
    cb(-1)

_tern.irq_inject(cb, 3, 0)
tim = machine.Timer(-1)
tim.init(period=1, callback=tick, hard=True)
expect = 0
bad = 0
junk = []
t0 = time.time()
while expect < N:
    while ring.any():
        got = ring.get()
        if got != expect:
            bad += 1
        expect = got + 1
    junk.append([str(expect)] * 2)
    if len(junk) > 100:
        junk = []
tim.deinit()
_tern.irq_inject(cb, 0)
while ring.any():
    got = ring.get()
    if got != expect:
        bad += 1
    expect = got + 1
dt = time.time() - t0
info = _tern.irq_info()
print('interrupts delivered', expect, 'out of order', bad, 'ok' if bad == 0 and expect == made else 'FAILED')
print('ring full (retried)', dropped, 'reserve spent (retried)', oom, 'runs', info[4], 'deferred', info[5])
print('%.1f s, %.0f callbacks/s' % (dt, expect / dt))
sys.exit(0 if bad == 0 and expect == made else 1)
