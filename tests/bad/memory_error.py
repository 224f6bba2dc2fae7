# tern: heapsize=256k
# Fill the heap until MemoryError, catch it, free the memory and go on.
# Tern's own behaviour (.exp): CPython would eat all the machine's memory.
chunks = []
try:
    while True:
        chunks.append([0] * 1000)
except MemoryError:
    n = len(chunks)
    chunks = None
    print('recovered')
print(n > 0)
again = [[i] * 10 for i in range(100)]
print(len(again), again[99][0])
