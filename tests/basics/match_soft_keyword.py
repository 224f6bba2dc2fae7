# `match` and `case` stay ordinary names everywhere they are not the
# statement.
match = [1, 2]
case = 3
print(match, case)
match[0] = 5
print(match)
match.append(case)
print(match)
match, case = case, match
print(match, case)
def case(match): return match * 2
print(case(4))
match = {"a": 1}
print(match["a"])
match = lambda: "called"
print(match())
class match: pass
print(match.__name__)
x = 2
match x:
    case 2 if (match := 7):
        print("walrus in guard", match)
print([match for match in range(3)])
