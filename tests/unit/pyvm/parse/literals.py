# Every literal form: ints in each base with underscores, floats, imaginary, big ints.
a = 0, 7, 1_000_000, 0x_ff, 0XDEAD_beef, 0o17, 0O7_7, 0b1010, 0B1_0
b = 0xffffffffffffffffffffffffffffffff, 123456789012345678901234567890, 9223372036854775807, 9223372036854775808
c = 1.5, .5, 5., 1e10, 1E-5, 1_0.0_1e+1_0, 0.0001, 1e16, 1e15, 123456789.123456789, 1e308, 1e309, 2.5e-324
d = 1j, 1.5J, 0j, 1e16j, 1e-7j, 10_0j, 1e999j
e = None, True, False, ...
f = 0.1 + 0.2, 1/3, 100.0, 3.141592653589793, 5e-324
