if True:
        pass
    pass
