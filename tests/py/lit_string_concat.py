# String literal concatenation, implicit joining across lines, mixing prefixes.
s = ("first "
     'second '
     """third """
     '''fourth''')
print(s)
print("a" "b" 'c', "x"
      "y")
print(r"raw\n" "cooked\n" r"raw\t", end="|\n")
print(f"f{1}" "plain{2}" f"{3}")
b = (b"one"
     b"two")
print(b, len(b))
print("tab\there" "\\" "quote\"", 'single\'s')
long_text = ("Lorem ipsum dolor sit amet, "
             "consectetur adipiscing elit. "
             "Sed do eiusmod.")
print(len(long_text), long_text.count(" "))
print("""line1
line2\
 continued
line3""")
print('''it's "quoted"''', """he said 'hi'""")
print("\u0041" "\x42" "\103" "\N{LATIN CAPITAL LETTER D}")
print(len("" "" ""), "" "x" "", ("a" "b") * 2, "-".join(("a" "b", "c")))
