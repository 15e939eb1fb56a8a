global x, 
