# a BOM at the start
x = "été"
naive_café = 1
αβ = α
