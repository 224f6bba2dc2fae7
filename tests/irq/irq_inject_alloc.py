# Hard callbacks (docs/interrupts.md), raised by _tern.irq_inject in the
# middle of the main program's allocations (in the GC-stress build: every
# allocation, while the collector moves everything). The callbacks
# allocate tuples, lists, strs and dicts and raise and catch an
# exception; they record into a preallocated list, after everything that
# allocates (a callback that meets MemoryError, the ISR reserve spent,
# counts it and retries next time). The main program churns the heap.
# At the end the counts and contents are exact.
import _tern, gc

N = 300
log = [None] * N
count = [0]
caught = [0]
oom = [0]

def cb(tag):
    i = count[0]
    if i >= N:
        return
    try:
        t = (i, tag, 'tick %d' % i, [i, i + 1], {'k': i})
        try:
            raise ValueError(i)
        except ValueError as e:
            ok = e.args[0] == i
    except MemoryError:
        oom[0] += 1
        return
    log[i] = t
    caught[0] += ok
    count[0] = i + 1

_tern.irq_inject(cb, 5, 'A')
junk = []
rounds = 0
while count[0] < N and rounds < 200000:
    junk.append([str(rounds)] * 3)
    if len(junk) > 40:
        junk = []
    rounds += 1
_tern.irq_inject(cb, 0)
gc.collect()
print(count[0], caught[0])
print('contents exact:', all(log[i] == (i, 'A', 'tick %d' % i, [i, i + 1], {'k': i}) for i in range(N)))
info = _tern.irq_info()
print('level after:', info[1], 'runs >= N:', info[4] >= N)
