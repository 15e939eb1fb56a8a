def s(): return '  Hello, PHP World  '
s = s()
print(s.strip().lower())
print(s.split(","))
print(s.strip().replace("PHP", "Python"))
print("-".join(reversed(s.split())))
print(s.count("o"), s.find("PHP"), s.strip().startswith("Hello"))
print(f"{s.strip():*^24}")
