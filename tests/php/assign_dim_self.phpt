--TEST--
an assignment into a variable's nested elements of a value read from the same variable stores a copy ($b[0][0] = $b, $b[0][] = $b[0], $o->p[0][] = $o->p), never the container in itself
--FILE--
<?php
$b = [[]];
$b[0][0] = $b;
$b[0][] = $b;
$b[1][2][3] = $b;
var_dump($b);
function g() { $x = ['k' => []]; $x['k']['self'] = $x; $x['k'][] = $x; return $x; }
var_dump(g());
$s = ['a' => ['b' => 1]];
$t = $s;
$s['a']['c'] = $s;
var_dump($s, $t);
$o = new stdClass; $o->list = [[1]];
$o->list[0][] = $o->list;
var_dump($o->list);
$b = [[1]]; $b[0][0] = $b[0]; var_dump($b);
$b = [[1]]; $b[0][] = $b[0]; var_dump($b);
$o = new stdClass; $o->p = [[1]]; $o->p[0][] = $o->p[0]; var_dump($o);
--EXPECT--
array(2) {
  [0]=>
  array(2) {
    [0]=>
    array(1) {
      [0]=>
      array(0) {
      }
    }
    [1]=>
    array(1) {
      [0]=>
      array(1) {
        [0]=>
        array(1) {
          [0]=>
          array(0) {
          }
        }
      }
    }
  }
  [1]=>
  array(1) {
    [2]=>
    array(1) {
      [3]=>
      array(1) {
        [0]=>
        array(2) {
          [0]=>
          array(1) {
            [0]=>
            array(0) {
            }
          }
          [1]=>
          array(1) {
            [0]=>
            array(1) {
              [0]=>
              array(1) {
                [0]=>
                array(0) {
                }
              }
            }
          }
        }
      }
    }
  }
}
array(1) {
  ["k"]=>
  array(2) {
    ["self"]=>
    array(1) {
      ["k"]=>
      array(0) {
      }
    }
    [0]=>
    array(1) {
      ["k"]=>
      array(1) {
        ["self"]=>
        array(1) {
          ["k"]=>
          array(0) {
          }
        }
      }
    }
  }
}
array(1) {
  ["a"]=>
  array(2) {
    ["b"]=>
    int(1)
    ["c"]=>
    array(1) {
      ["a"]=>
      array(1) {
        ["b"]=>
        int(1)
      }
    }
  }
}
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    int(1)
  }
}
array(1) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    array(1) {
      [0]=>
      array(1) {
        [0]=>
        int(1)
      }
    }
  }
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    array(1) {
      [0]=>
      int(1)
    }
  }
}
array(1) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    array(1) {
      [0]=>
      int(1)
    }
  }
}
object(stdClass)#2 (1) {
  ["p"]=>
  array(1) {
    [0]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      array(1) {
        [0]=>
        int(1)
      }
    }
  }
}
