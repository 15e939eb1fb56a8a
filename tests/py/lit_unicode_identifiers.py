# Unicode identifiers: letters from many scripts, NFKC normalisation, invalid characters.
café = 1
naïve = 2
π = 3.14159
变量 = "chinese"
Ωmega_2 = "greek"
_ñ = "underscore start"
print(café, naïve, π, 变量, Ωmega_2, _ñ)
class Größe:
    maß = 5
print(Größe.maß, Größe.__name__, type(Größe()).__qualname__)
def función(ä=1, *, ö=2):
    return ä + ö
print(función(ö=10), función.__name__, función.__code__.co_varnames)
print("café".isidentifier(), "1abc".isidentifier(), "a-b".isidentifier(), "变量".isidentifier(), "".isidentifier())
print("_".isidentifier(), "℘".isidentifier(), "a\u0300".isidentifier(), "\u0300a".isidentifier())
ns = {}
exec("ﬁle = 'ligature'", ns)
print(sorted(k for k in ns if not k.startswith("__")))
exec("𝔘𝔫𝔦 = 7", ns)
print("Uni" in ns, ns.get("Uni"))
for src in ["a€ = 1", "x = 1 ⁄ 2", "$x = 1", "a? = 1", "1a = 1"]:
    try:
        exec(src, {})
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", repr(src), e.msg)
print(getattr(Größe, "maß"), hasattr(Größe, "mass"), vars(Größe).get("maß"))
