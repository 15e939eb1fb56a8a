'''abc

