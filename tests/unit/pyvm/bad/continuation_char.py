a = \ b
