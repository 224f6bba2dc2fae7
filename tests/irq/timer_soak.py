# tern: native=1
# The soak, bounded: a hard machine.Timer every millisecond whose
# callback allocates (a tuple, a str, a list, a dict, an exception raised
# and caught) and records into a preallocated list and a RingBuffer, while
# the main program churns the heap (many collections). At the end the
# counts and the contents are exact.
import machine, micropython, time

N = 400
log = [None] * N
ring = micropython.RingBuffer(N)
count = 0
oom = 0

def cb(t):
    global count, oom
    i = count
    if i >= N:
        return
    try:
        rec = (i, 'x%d' % i, [i, i * 2], {'i': i})
        try:
            raise ValueError(i)
        except ValueError as e:
            if e.args[0] != i:
                return
    except MemoryError:
        oom += 1            # the reserve was spent: next tick
        return
    log[i] = rec
    ring.put(i)
    count = i + 1

tim = machine.Timer(-1)
tim.init(period=1, mode=machine.Timer.PERIODIC, callback=cb, hard=True)
junk = []
t0 = time.time()
while count < N and time.time() - t0 < 120:
    junk.append({'k': [str(len(junk))] * 3})
    if len(junk) > 200:
        junk = []
tim.deinit()
print('count', count)
print('records exact:', all(log[i] == (i, 'x%d' % i, [i, i * 2], {'i': i}) for i in range(N)))
got = []
while ring.any():
    got.append(ring.get())
print('ring exact:', got == list(range(N)))
