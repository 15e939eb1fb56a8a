# impb_pkg.sub: imports its sibling package module with two dots.
from .. import public as parent_public
