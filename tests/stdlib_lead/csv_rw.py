import csv

class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def text(self): return "".join(self.parts)

lines = ['name,age,city\r\n', 'Alice,30,"New York, NY"\r\n', 'Bob,25,"He said ""hi"""\n',
         '"multi\n', 'line",1,2\n', ',,\n', '\n', 'last,"",x']
for row in csv.reader(lines):
    print(row)
r = csv.reader(['a;b;c', ' x; y ;z'], delimiter=';', skipinitialspace=True)
print(list(r), r.line_num)
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
s = Sink()
w = csv.writer(s)
w.writerow(["plain", "with,comma", 'with "quote"', "new\nline", 1, 2.5, None, ""])
w.writerows([[1, 2], ["x"], [""], []])
print(repr(s.text()))
s = Sink()
w = csv.writer(s, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["a", 1])
w = csv.writer(s, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["a", 1, 2.0, True])
w = csv.writer(s, delimiter="\t", lineterminator="\n")
w.writerow(["tab\tin", "ok"])
print(repr(s.text()))
dr = csv.DictReader(['id,name', '1,x', '2,y,extra', '3'])
for d in dr:
    print(d)
print(dr.fieldnames, dr.line_num)
s = Sink()
dw = csv.DictWriter(s, fieldnames=["id", "name"])
dw.writeheader()
dw.writerow({"id": 1, "name": "x"})
dw.writerows([{"id": 2}, {"name": "z", "id": 3}])
print(repr(s.text()))
try:
    dw.writerow({"bad": 1})
except ValueError as e:
    print("ValueError", e)
print(csv.list_dialects()[:3], csv.get_dialect("excel-tab").delimiter == "\t")
