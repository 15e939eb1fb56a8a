	if x:
        pass
	pass
