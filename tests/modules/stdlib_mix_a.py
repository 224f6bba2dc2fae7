# tern: heapsize=2m
from collections import namedtuple, OrderedDict, deque, defaultdict, Counter, ChainMap
P = namedtuple('P', 'x y'); p = P(1, y=2); print(p, p._asdict(), p._replace(x=5), P._fields, p[0], *p)
P2 = namedtuple('P2', ['a', 'b'], defaults=[0]); print(P2(1), P2._field_defaults if hasattr(P2,'_field_defaults') else 0)
od = OrderedDict(a=1); od['b'] = 2; od.move_to_end('a'); print(od, list(od), od.popitem(last=False))
d = deque([1, 2, 3], maxlen=3); d.append(4); d.appendleft(0); d.rotate(1); print(d, d.popleft(), d.pop(), len(d), d[0])
dd = defaultdict(list); dd['a'].append(1); print(dd, dict(dd), dd['z'])
c = Counter('abracadabra'); print(c.most_common(2), c['a'], c['zz'], sorted(c.elements())[:3], c + Counter('a'))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm))
import io
s = io.StringIO(); s.write('hi\n'); print('x', file=s); print(repr(s.getvalue()))
s = io.StringIO('a\nb\n'); print(s.readline(), s.read(), list(io.StringIO('1\n2')))
b = io.BytesIO(); b.write(b'ab'); b.seek(0); print(b.read(1), b.tell(), b.getvalue())
import json
print(json.dumps({'a': [1, 2.5, True, None, 'é']}), json.loads('{"x": [1, {"y": null}]}'), json.dumps([1], indent=2))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, separators=(',', ':')), json.loads('1e5'), json.loads('"\\u00e9"'))
try: json.loads('{bad')
except ValueError as e: print(type(e).__name__, e)
import re
m = re.match(r'(\w+)@(\w+)\.com', 'joe@mail.com'); print(m.group(0), m.group(1, 2), m.groups(), m.span(2), m.start(), m.end())
print(re.findall(r'\d+', 'a1b22c333'), re.sub(r'\s+', ' ', 'a  b\t\nc'), re.split(r'[,;]', 'a,b;c'), re.search('b+', 'abbbc').group())
print(re.sub(r'(\w)(\d)', lambda m: m.group(2) + m.group(1), 'a1b2'), re.fullmatch(r'\d+', '123') is not None, re.compile(r'(?P<n>\d)').search('x5').group('n'))
print([m.group() for m in re.finditer(r'[A-Z]', 'aBcD')], re.escape('a.b'), re.IGNORECASE, re.match('a', 'A', re.I) is not None)
print(re.sub(r'(?m)^', '> ', 'a\nb'), re.findall(r'(a)(b)?', 'ab a'), re.match(r'(?:x)*', 'xxy').end())
import struct
print(struct.pack('<hhl', 1, 2, 3), struct.unpack('>I', b'\x00\x00\x01\x00'), struct.calcsize('<iHb'), struct.pack('3s', b'abcd'))
print(struct.unpack_from('<H', b'\x00\x01\x02', 1), struct.pack('<d', 1.5), struct.unpack('<f', struct.pack('<f', 0.1))[0])
import heapq
h = [5, 1, 3]; heapq.heapify(h); heapq.heappush(h, 0); print(heapq.heappop(h), h, heapq.nsmallest(2, [4, 1, 3]), heapq.nlargest(1, [4, 1]))
import bisect
a = [1, 3, 5]; bisect.insort(a, 4); print(a, bisect.bisect_left(a, 3), bisect.bisect(a, 3))
import itertools as it
print(list(it.chain([1], [2])), list(it.product('ab', repeat=2))[:3], list(it.combinations(range(4), 2))[:3], list(it.accumulate([1, 2, 3])))
print(list(it.groupby('aabbc')) and [(k, len(list(g))) for k, g in it.groupby('aabbc')], list(it.zip_longest([1, 2], [3], fillvalue=0)), list(it.starmap(pow, [(2, 3)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.compress('abc', [1, 0, 1])), list(it.repeat(1, 3)), next(it.count(5, 2)))
print(list(it.pairwise([1,2,3])) if hasattr(it,'pairwise') else 0, list(it.cycle('ab').__next__() for _ in range(3)), list(it.filterfalse(None, [0, 1])), list(it.tee([1,2])[1]))
