import json
data = {"name": "Tërn", "tags": ["a", "b"], "n": 3, "pi": 3.14159, "ok": True, "none": None, "nested": {"x": [1, {"y": []}]}, "e": 1e20, "neg": -0.5}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, 2], indent="\t"), json.dumps("tab\tquote\"nl\n\u2603 \U0001F600"), json.dumps({1: "a", 2.5: "b", True: 1, None: 0}))
print(json.dumps(float("nan")), json.dumps([]), json.dumps({}), json.dumps((1, 2)), json.dumps(12345678901234567890))
s = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n"}, "e": "\\ud83d\\ude00"}'
obj = json.loads(s)
print(obj, json.loads(json.dumps(data)) == data, json.loads(b'[1]'), json.loads("  7 "))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[1]', parse_int=lambda v: int(v) * 10), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
for bad in ['', '{"a": 1,}', '[1,]', '{"a" 1}', '{a: 1}', '[1 2]', '"abc', 'nul', '[1] x', '{"a": }', '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos)
class P:
    def __init__(self): self.x = 1
try:
    json.dumps(P())
except TypeError as e:
    print("TypeError", e)
print(json.dumps(P(), default=lambda o: o.__dict__))
class Enc(json.JSONEncoder):
    def default(self, o):
        return {"set": sorted(o)} if isinstance(o, set) else super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc))
cyc = []; cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print("ValueError", e)
