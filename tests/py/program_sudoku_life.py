# Two grid programs: a backtracking sudoku solver with constraint propagation (sets, recursion,
# copying state) and Conway's life on a set of live cells (gliders, blinkers, bounding boxes).
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [r for r in text.split() if r]
    return {(r, c): int(ch) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch != "."}


PEERS = {}
for r in range(9):
    for c in range(9):
        box = {(br, bc) for br in range(r // 3 * 3, r // 3 * 3 + 3) for bc in range(c // 3 * 3, c // 3 * 3 + 3)}
        PEERS[r, c] = ({(r, k) for k in range(9)} | {(k, c) for k in range(9)} | box) - {(r, c)}


def candidates(grid, cell):
    return set(range(1, 10)) - {grid[p] for p in PEERS[cell] if p in grid}


def solve(grid, stats):
    stats["calls"] += 1
    changed = True
    grid = dict(grid)
    while changed:  # fill cells that have a single candidate
        changed = False
        for cell in PEERS:
            if cell not in grid:
                cand = candidates(grid, cell)
                if not cand:
                    return None
                if len(cand) == 1:
                    grid[cell] = cand.pop()
                    changed = True
    empty = [cell for cell in PEERS if cell not in grid]
    if not empty:
        return grid
    cell = min(empty, key=lambda x: (len(candidates(grid, x)), x))
    for v in sorted(candidates(grid, cell)):
        grid[cell] = v
        done = solve(grid, stats)
        if done:
            return done
    stats["backtracks"] += 1
    return None


def show(grid):
    return "\n".join("".join(str(grid.get((r, c), ".")) for c in range(9)) for r in range(9))


stats = {"calls": 0, "backtracks": 0}
solution = solve(parse(PUZZLE), stats)
print(show(solution))
print(all(sorted(solution[r, c] for c in range(9)) == list(range(1, 10)) for r in range(9)), stats["calls"] > 0)
hard = parse(PUZZLE)
hard[0, 2] = 5  # two 5s in the first row: unsolvable
print(solve(hard, {"calls": 0, "backtracks": 0}))


def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    counts[x + dx, y + dy] = counts.get((x + dx, y + dy), 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def bbox(live):
    xs, ys = [x for x, _ in live], [y for _, y in live]
    return (min(xs), min(ys), max(xs), max(ys))


def render(live):
    x0, y0, x1, y1 = bbox(live)
    return ["".join("#" if (x, y) in live else "." for x in range(x0, x1 + 1)) for y in range(y0, y1 + 1)]


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(10, 10), (11, 10), (12, 10)}
world = glider | blinker
for gen in range(9):
    if gen % 4 == 0:
        print(gen, len(world), bbox(world), render(world & {c for c in world if c[0] < 8}))
    world = step(world)
print(sorted(step(step(blinker))) == sorted(blinker), step(set()) == set(), len(step({(0, 0)})))
