# match statement (Python 3.10+): Tern reports SyntaxError.
def m(cmd):
    match cmd.split():
        case ["go", d]:
            return f"go {d}"
        case ["quit"]:
            return "bye"
        case [x, *rest] if len(rest) > 1:
            return f"{x} + {len(rest)}"
        case _:
            return "?"
print([m(c) for c in ["go north", "quit", "a b c", "x"]])
