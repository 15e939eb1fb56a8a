# A matrix class over exact fractions: operator overloading (+, -, *, @, **, ==, unary -), indexing
# with tuples, Gaussian elimination for determinant, inverse and rank, solving linear systems,
# and errors for shape mismatches and singular matrices.
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(x) for x in r] for r in rows]
        if not self.rows or any(len(r) != len(self.rows[0]) for r in self.rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.n, self.m = len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        self._same_shape(other)
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Matrix([[-a for a in r] for r in self.rows])

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        if k < 0:
            return self.inverse() ** -k
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result @ base
            base, k = base @ base, k >> 1
        return result

    def _same_shape(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError(f"shape mismatch: {self.n}x{self.m} vs {other.n}x{other.m}")

    def _eliminate(self, augment=None):
        a = [r[:] + (augment.rows[i][:] if augment else []) for i, r in enumerate(self.rows)]
        det, rank, row = Fraction(1), 0, 0
        for col in range(self.m):
            pivot = next((r for r in range(row, self.n) if a[r][col] != 0), None)
            if pivot is None:
                det = Fraction(0)
                continue
            if pivot != row:
                a[row], a[pivot] = a[pivot], a[row]
                det = -det
            det *= a[row][col]
            p = a[row][col]
            a[row] = [x / p for x in a[row]]
            for r in range(self.n):
                if r != row and a[r][col] != 0:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[row])]
            row += 1
            rank += 1
            if row == self.n:
                break
        return a, det, rank

    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of a non-square matrix")
        return self._eliminate()[1] if self._eliminate()[2] == self.n else Fraction(0)

    def rank(self):
        return self._eliminate()[2]

    def inverse(self):
        a, _, rank = self._eliminate(Matrix.identity(self.n))
        if self.n != self.m or rank < self.n:
            raise ZeroDivisionError("matrix is singular")
        return Matrix([r[self.m:] for r in a])

    def __repr__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A @ B)
print(A.det(), A.rank(), B.rank())
print(A.inverse())
print(A @ A.inverse() == Matrix.identity(3), A ** -2 == (A @ A).inverse())
print(A ** 5)
print(Fraction(1, 2) * A - A * Fraction(1, 2) == Matrix([[0] * 3] * 3))
b = Matrix([[4], [5], [6]])
print("solution:", [str(x[0]) for x in (A.inverse() @ b).rows])
S = Matrix([[1, 2, 3], [2, 4, 6], [1, 1, 1]])
print(S.det(), S.rank())
for bad in (lambda: S.inverse(), lambda: A @ Matrix([[1, 2]]), lambda: A + B, lambda: B.det(),
            lambda: Matrix([[1], [1, 2]]), lambda: A * A):
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
