# Nested hard callbacks: with nested=cb2 the callbacks' own allocations
# raise a second interrupt, whose handler runs as a second level inside the
# first (the `tern` command gives two levels; a third waits for the second
# to end, and a handler never nests in itself). Each level sees its own
# level number; the counts are exact.
import _tern

N = 200
seen = [0, 0, 0]
depth_max = [0]
count = [0]

def cb(arg):
    if count[0] >= N:
        return
    try:
        lvl = _tern.irq_info()[1]
        s = [str(lvl)] * 2          # allocates: may raise a nested interrupt
        t = (lvl, s, {'x': lvl})
    except MemoryError:
        return                      # the reserve is spent: next time
    seen[lvl] += 1
    if lvl > depth_max[0]:
        depth_max[0] = lvl
    count[0] += 1

def cb2(arg):
    cb(arg)

_tern.irq_inject(cb, 3, None, cb2)
junk = []
rounds = 0
while count[0] < N and rounds < 100000:
    junk.append(str(rounds) * 2)
    if len(junk) > 30:
        junk = []
    rounds += 1
_tern.irq_inject(cb, 0)
print('count >= N:', count[0] >= N, 'levels reached', depth_max[0], 'no level 0:', seen[0] == 0)
print('level 1 and 2 both ran:', seen[1] > 0 and seen[2] > 0, 'sum exact:', seen[1] + seen[2] == count[0])
print('back at level', _tern.irq_info()[1])
