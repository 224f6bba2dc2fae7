# Threads that are started and joined: Tern runs each target at start(),
# which prints what CPython prints when the threads do not race.
import threading

results = []
lock = threading.Lock()

def worker(n):
    with lock:
        results.append(n * n)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), threading.current_thread().name, threading.main_thread() is threading.current_thread())

class Counter(threading.Thread):
    def __init__(self):
        super().__init__(name="counter")
        self.total = 0
    def run(self):
        for i in range(100):
            self.total += i
c = Counter()
c.start()
c.join()
print(c.total, c.name, c.is_alive())
ev = threading.Event()
t = threading.Thread(target=ev.set)
t.start(); t.join()
print(ev.is_set(), ev.wait(1))
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
sem = threading.Semaphore(2)
with sem:
    print("sem ok")
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
