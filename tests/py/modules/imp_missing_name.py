present = True
