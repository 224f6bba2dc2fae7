# heapq: a binary min-heap kept in a list (heap[k] <= heap[2k+1], heap[2k+2]),
# with CPython's functions and the same element order after each operation.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _sift_up(heap, start, pos):
    # move heap[pos] up towards start until its parent is not larger
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_down(heap, pos):
    # move the smaller child up until a leaf, put the item there, sift it up
    # (fewer comparisons than stopping early, and CPython's resulting order)
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_up(heap, 0, len(heap) - 1)


def heappop(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def merge(*iterables, key=None, reverse=False):
    # a k-way merge by repeatedly taking the best head
    its = [iter(it) for it in iterables]
    heads = []
    for order, it in enumerate(its):
        for value in it:
            heads.append([value, order])
            break
    keyf = key if key is not None else (lambda v: v)
    while heads:
        best = 0
        for i in range(1, len(heads)):
            a, b = keyf(heads[i][0]), keyf(heads[best][0])
            if (b < a) if reverse else (a < b):
                best = i
        value, order = heads[best]
        yield value
        for nxt in its[order]:
            heads[best][0] = nxt
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    items = list(iterable)
    if key is None:
        return sorted(items)[:n]
    return sorted(items, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    items = list(iterable)
    if key is None:
        return sorted(items, reverse=True)[:n]
    return sorted(items, key=key, reverse=True)[:n]
