# A small constraint solver (standing in for hexiom: search over dicts of
# candidate strings with propagation): Sudoku with naked singles, hidden
# singles and backtracking on the cell with the fewest candidates.

DIGITS = '123456789'
CELLS = [r + c for r in 'ABCDEFGHI' for c in DIGITS]
UNITS = ([[r + c for c in DIGITS] for r in 'ABCDEFGHI'] +
         [[r + c for r in 'ABCDEFGHI'] for c in DIGITS] +
         [[r + c for r in rs for c in cs] for rs in ('ABC', 'DEF', 'GHI') for cs in ('123', '456', '789')])
UNITS_OF = {s: [u for u in UNITS if s in u] for s in CELLS}
PEERS = {s: set(x for u in UNITS_OF[s] for x in u if x != s) for s in CELLS}


def assign(g, s, d):
    for other in g[s].replace(d, ''):
        if not remove(g, s, other):
            return False
    return True


def remove(g, s, d):
    if d not in g[s]:
        return True
    g[s] = g[s].replace(d, '')
    if not g[s]:
        return False
    if len(g[s]) == 1:
        d2 = g[s]
        for p in PEERS[s]:
            if not remove(g, p, d2):
                return False
    for u in UNITS_OF[s]:
        places = [x for x in u if d in g[x]]
        if not places:
            return False
        if len(places) == 1 and not assign(g, places[0], d):
            return False
    return True


def search(g, stats):
    if g is None:
        return None
    if all(len(g[s]) == 1 for s in CELLS):
        return g
    stats[0] += 1
    n, s = min((len(g[s]), s) for s in CELLS if len(g[s]) > 1)
    for d in g[s]:
        h = dict(g)
        if assign(h, s, d):
            r = search(h, stats)
            if r:
                return r
    return None


def solve(text):
    g = {s: DIGITS for s in CELLS}
    for s, ch in zip(CELLS, text):
        if ch in DIGITS and not assign(g, s, ch):
            return None, 0
    stats = [0]
    r = search(g, stats)
    return ''.join(r[s] for s in CELLS), stats[0]


PUZZLES = (
    '4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......',
    '52...6.........7.13...........4..8..6......5...........418.........3..2...87.....',
)
for p in PUZZLES:
    sol, guesses = solve(p)
    print('sudoku', sol[:27], sol[27:54], sol[54:], guesses > 0)
