# sorted(key=) and min/max(default=) keep their keyword values rooted while they allocate
class D:
    def __repr__(self): return 'D'
print(max([], default=D()), min((x for x in []), default=[1, 2]))
print(sorted([3, 1, 2], key=lambda x: -x), sorted(['b', 'a'], key=str.upper, reverse=True))
