# tern: native=1
# Soft callbacks: a machine.Timer with hard=False and micropython.schedule
# run at the main program's safe points; the schedule queue is bounded
# (RuntimeError when full, also from a hard callback, without allocating
# the queue entry); disable_irq holds hard callbacks back until enable_irq.
import machine, micropython, time

soft = [0]
def on_soft(t):
    soft[0] += 1
tim = machine.Timer(-1)
tim.init(period=2, callback=on_soft, hard=False)
t0 = time.time()
while soft[0] < 20 and time.time() - t0 < 30:
    pass
tim.deinit()
print('soft ticks', soft[0] >= 20)

# the queue overflows when a callback schedules more than it holds
done = []
def job(x):
    done.append(x)
def flood(arg):
    n = 0
    try:
        for i in range(100):
            micropython.schedule(job, i)
            n += 1
    except RuntimeError as e:
        done.append((n, str(e)))
micropython.schedule(flood, None)
for i in range(3):
    pass
print(done[0], done[1:4], len(done))

# disable_irq: a hard timer's callbacks wait
hard = [0]
def on_hard(t):
    hard[0] += 1
tim = machine.Timer(-1)
tim.init(period=1, callback=on_hard, hard=True)
t0 = time.time()
while hard[0] < 3 and time.time() - t0 < 30:
    pass
state = micropython.disable_irq()
c0 = hard[0]
t0 = time.time()
while time.time() - t0 < 0.05:
    pass
c1 = hard[0]
micropython.enable_irq(state)
c2 = hard[0]
tim.deinit()
print('held while disabled:', c1 == c0, 'ran when enabled:', c2 > c1)
