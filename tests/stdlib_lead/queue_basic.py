import queue
q = queue.Queue()
for i in range(3): q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
lq = queue.LifoQueue(); pq = queue.PriorityQueue(maxsize=2)
for v in (3, 1): lq.put(v); pq.put(v)
print(lq.get(), pq.get(), pq.full())
pq.put(0)
try:
    pq.put_nowait(9)
except queue.Full:
    print("Full")
q.put("x")
print(q.get(), q.unfinished_tasks)
q.task_done(); q.task_done(); q.task_done(); q.task_done()
print(q.unfinished_tasks)
