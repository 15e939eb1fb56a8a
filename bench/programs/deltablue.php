<?php
// deltablue: the incremental constraint solver of Freeman-Benson and Maloney, run on a chain of
// equality constraints and on a set of scale constraints (objects, polymorphic calls, arrays). SIZE
// = variables per test; the result is a checksum of the solved values. Protocol: bench/README.md.

const FORWARD = 1;
const BACKWARD = 2;
const NONE = 0;

class Strength
{
    public static $required;
    public static $strong_preferred;
    public static $preferred;
    public static $strong_default;
    public static $normal;
    public static $weak_default;
    public static $weakest;
    /** From the strongest to the weakest, the order in which removal re-satisfies constraints. */
    public static $order;

    public $level;
    public $name;

    public function __construct($level, $name)
    {
        $this->level = $level;
        $this->name = $name;
    }

    public function stronger($other)
    {
        return $this->level < $other->level;
    }

    public function weaker($other)
    {
        return $this->level > $other->level;
    }

    public function weakest_of($other)
    {
        return $this->weaker($other) ? $this : $other;
    }
}

Strength::$required = new Strength(0, "required");
Strength::$strong_preferred = new Strength(1, "strongPreferred");
Strength::$preferred = new Strength(2, "preferred");
Strength::$strong_default = new Strength(3, "strongDefault");
Strength::$normal = new Strength(4, "normal");
Strength::$weak_default = new Strength(5, "weakDefault");
Strength::$weakest = new Strength(6, "weakest");
Strength::$order = [Strength::$required, Strength::$strong_preferred, Strength::$preferred,
                    Strength::$strong_default, Strength::$normal, Strength::$weak_default];

class Variable
{
    public $name;
    public $value;
    public $constraints = [];
    public $determined_by = null;
    public $mark = 0;
    public $walk_strength;
    public $stay = true;

    public function __construct($name, $value)
    {
        $this->name = $name;
        $this->value = $value;
        $this->walk_strength = Strength::$weakest;
    }

    public function add_constraint($c)
    {
        $this->constraints[] = $c;
    }

    public function remove_constraint($c)
    {
        $kept = [];
        foreach ($this->constraints as $d) {
            if ($d !== $c) {
                $kept[] = $d;
            }
        }
        $this->constraints = $kept;
        if ($this->determined_by === $c) {
            $this->determined_by = null;
        }
    }
}

abstract class Constraint
{
    public $planner;
    public $strength;

    public function __construct($planner, $strength)
    {
        $this->planner = $planner;
        $this->strength = $strength;
    }

    abstract public function add_to_graph();
    abstract public function remove_from_graph();
    abstract public function choose_method($mark);
    abstract public function is_satisfied();
    abstract public function mark_inputs($mark);
    abstract public function output();
    abstract public function recalculate();
    abstract public function mark_unsatisfied();
    abstract public function inputs_known($mark);
    abstract public function execute();

    public function add_constraint()
    {
        $this->add_to_graph();
        $this->planner->incremental_add($this);
    }

    public function destroy_constraint()
    {
        if ($this->is_satisfied()) {
            $this->planner->incremental_remove($this);
        } else {
            $this->remove_from_graph();
        }
    }

    public function is_input()
    {
        return false;
    }

    /** Satisfy this constraint if possible; return the constraint it overrode, or null. */
    public function satisfy($mark)
    {
        $this->choose_method($mark);
        if (!$this->is_satisfied()) {
            if ($this->strength === Strength::$required) {
                throw new RuntimeException("could not satisfy a required constraint");
            }
            return null;
        }
        $this->mark_inputs($mark);
        $out = $this->output();
        $overridden = $out->determined_by;
        if ($overridden !== null) {
            $overridden->mark_unsatisfied();
        }
        $out->determined_by = $this;
        if (!$this->planner->add_propagate($this, $mark)) {
            throw new RuntimeException("cycle encountered");
        }
        $out->mark = $mark;
        return $overridden;
    }
}

abstract class UnaryConstraint extends Constraint
{
    public $my_output;
    public $satisfied = false;

    public function __construct($planner, $v, $strength)
    {
        parent::__construct($planner, $strength);
        $this->my_output = $v;
        $this->add_constraint();
    }

    public function add_to_graph()
    {
        $this->my_output->add_constraint($this);
        $this->satisfied = false;
    }

    public function choose_method($mark)
    {
        $this->satisfied = $this->my_output->mark != $mark
            && $this->strength->stronger($this->my_output->walk_strength);
    }

    public function is_satisfied()
    {
        return $this->satisfied;
    }

    public function mark_inputs($mark)
    {
    }

    public function output()
    {
        return $this->my_output;
    }

    public function recalculate()
    {
        $this->my_output->walk_strength = $this->strength;
        $this->my_output->stay = !$this->is_input();
        if ($this->my_output->stay) {
            $this->execute();
        }
    }

    public function mark_unsatisfied()
    {
        $this->satisfied = false;
    }

    public function inputs_known($mark)
    {
        return true;
    }

    public function remove_from_graph()
    {
        $this->my_output->remove_constraint($this);
        $this->satisfied = false;
    }
}

class StayConstraint extends UnaryConstraint
{
    public function execute()
    {
    }
}

class EditConstraint extends UnaryConstraint
{
    public function is_input()
    {
        return true;
    }

    public function execute()
    {
    }
}

abstract class BinaryConstraint extends Constraint
{
    public $v1;
    public $v2;
    public $direction = NONE;

    public function __construct($planner, $v1, $v2, $strength)
    {
        parent::__construct($planner, $strength);
        $this->v1 = $v1;
        $this->v2 = $v2;
        $this->add_constraint();
    }

    public function choose_method($mark)
    {
        if ($this->v1->mark == $mark) {
            if ($this->v2->mark != $mark && $this->strength->stronger($this->v2->walk_strength)) {
                $this->direction = FORWARD;
            } else {
                $this->direction = NONE;
            }
        } elseif ($this->v2->mark == $mark) {
            if ($this->strength->stronger($this->v1->walk_strength)) {
                $this->direction = BACKWARD;
            } else {
                $this->direction = NONE;
            }
        } elseif ($this->v1->walk_strength->weaker($this->v2->walk_strength)) {
            $stronger = $this->strength->stronger($this->v1->walk_strength);
            $this->direction = $stronger ? BACKWARD : NONE;
        } else {
            $stronger = $this->strength->stronger($this->v2->walk_strength);
            $this->direction = $stronger ? FORWARD : NONE;
        }
    }

    public function add_to_graph()
    {
        $this->v1->add_constraint($this);
        $this->v2->add_constraint($this);
        $this->direction = NONE;
    }

    public function is_satisfied()
    {
        return $this->direction != NONE;
    }

    public function mark_inputs($mark)
    {
        $this->input()->mark = $mark;
    }

    public function input()
    {
        return $this->direction == FORWARD ? $this->v1 : $this->v2;
    }

    public function output()
    {
        return $this->direction == FORWARD ? $this->v2 : $this->v1;
    }

    public function recalculate()
    {
        $ihn = $this->input();
        $out = $this->output();
        $out->walk_strength = $this->strength->weakest_of($ihn->walk_strength);
        $out->stay = $ihn->stay;
        if ($out->stay) {
            $this->execute();
        }
    }

    public function mark_unsatisfied()
    {
        $this->direction = NONE;
    }

    public function inputs_known($mark)
    {
        $i = $this->input();
        return $i->mark == $mark || $i->stay || $i->determined_by === null;
    }

    public function remove_from_graph()
    {
        $this->v1->remove_constraint($this);
        $this->v2->remove_constraint($this);
        $this->direction = NONE;
    }
}

class EqualityConstraint extends BinaryConstraint
{
    public function execute()
    {
        $this->output()->value = $this->input()->value;
    }
}

/** v2 = v1 * scale + offset, solved in either direction. */
class ScaleConstraint extends BinaryConstraint
{
    public $scale;
    public $offset;

    public function __construct($planner, $src, $scale, $offset, $dest, $strength)
    {
        $this->scale = $scale;
        $this->offset = $offset;
        parent::__construct($planner, $src, $dest, $strength);
    }

    public function add_to_graph()
    {
        parent::add_to_graph();
        $this->scale->add_constraint($this);
        $this->offset->add_constraint($this);
    }

    public function remove_from_graph()
    {
        parent::remove_from_graph();
        $this->scale->remove_constraint($this);
        $this->offset->remove_constraint($this);
    }

    public function mark_inputs($mark)
    {
        parent::mark_inputs($mark);
        $this->scale->mark = $mark;
        $this->offset->mark = $mark;
    }

    public function execute()
    {
        if ($this->direction == FORWARD) {
            $this->v2->value = $this->v1->value * $this->scale->value + $this->offset->value;
        } else {
            $this->v1->value = intdiv($this->v2->value - $this->offset->value, $this->scale->value);
        }
    }

    public function recalculate()
    {
        $ihn = $this->input();
        $out = $this->output();
        $out->walk_strength = $this->strength->weakest_of($ihn->walk_strength);
        $out->stay = $ihn->stay && $this->scale->stay && $this->offset->stay;
        if ($out->stay) {
            $this->execute();
        }
    }
}

class Plan
{
    public $constraints = [];

    public function add_constraint($c)
    {
        $this->constraints[] = $c;
    }

    public function execute()
    {
        foreach ($this->constraints as $c) {
            $c->execute();
        }
    }
}

class Planner
{
    public $current_mark = 0;

    public function new_mark()
    {
        $this->current_mark++;
        return $this->current_mark;
    }

    public function incremental_add($c)
    {
        $mark = $this->new_mark();
        $overridden = $c->satisfy($mark);
        while ($overridden !== null) {
            $overridden = $overridden->satisfy($mark);
        }
    }

    public function incremental_remove($c)
    {
        $out = $c->output();
        $c->mark_unsatisfied();
        $c->remove_from_graph();
        $unsatisfied = $this->remove_propagate_from($out);
        foreach (Strength::$order as $strength) {
            foreach ($unsatisfied as $u) {
                if ($u->strength === $strength) {
                    $this->incremental_add($u);
                }
            }
        }
    }

    /** Recompute the walk strengths downstream of $c; false on a cycle. */
    public function add_propagate($c, $mark)
    {
        $todo = [$c];
        $i = 0;
        while ($i < count($todo)) {
            $d = $todo[$i];
            $i++;
            if ($d->output()->mark == $mark) {
                $this->incremental_remove($c);
                return false;
            }
            $d->recalculate();
            $this->add_constraints_consuming_to($d->output(), $todo);
        }
        return true;
    }

    public function remove_propagate_from($out)
    {
        $out->determined_by = null;
        $out->walk_strength = Strength::$weakest;
        $out->stay = true;
        $unsatisfied = [];
        $todo = [$out];
        $i = 0;
        while ($i < count($todo)) {
            $v = $todo[$i];
            $i++;
            foreach ($v->constraints as $c) {
                if (!$c->is_satisfied()) {
                    $unsatisfied[] = $c;
                }
            }
            $determining = $v->determined_by;
            foreach ($v->constraints as $c) {
                if ($c !== $determining && $c->is_satisfied()) {
                    $c->recalculate();
                    $todo[] = $c->output();
                }
            }
        }
        return $unsatisfied;
    }

    public function add_constraints_consuming_to($v, &$todo)
    {
        $determining = $v->determined_by;
        foreach ($v->constraints as $c) {
            if ($c !== $determining && $c->is_satisfied()) {
                $todo[] = $c;
            }
        }
    }

    public function make_plan($sources)
    {
        $mark = $this->new_mark();
        $plan = new Plan();
        $todo = $sources;
        $i = 0;
        while ($i < count($todo)) {
            $c = $todo[$i];
            $i++;
            if ($c->output()->mark != $mark && $c->inputs_known($mark)) {
                $plan->add_constraint($c);
                $c->output()->mark = $mark;
                $this->add_constraints_consuming_to($c->output(), $todo);
            }
        }
        return $plan;
    }

    public function extract_plan_from_constraints($constraints)
    {
        $sources = [];
        foreach ($constraints as $c) {
            if ($c->is_input() && $c->is_satisfied()) {
                $sources[] = $c;
            }
        }
        return $this->make_plan($sources);
    }
}

function change($planner, $v, $new_value)
{
    $edit = new EditConstraint($planner, $v, Strength::$preferred);
    $plan = $planner->extract_plan_from_constraints([$edit]);
    for ($i = 0; $i < 10; $i++) {
        $v->value = $new_value;
        $plan->execute();
    }
    $edit->destroy_constraint();
}

/** A chain of n equalities from first to last: editing first must move last. */
function chain_test($n)
{
    $planner = new Planner();
    $prev = $first = $last = null;
    for ($i = 0; $i <= $n; $i++) {
        $v = new Variable("v" . $i, 0);
        if ($prev !== null) {
            new EqualityConstraint($planner, $prev, $v, Strength::$required);
        }
        if ($i == 0) {
            $first = $v;
        }
        if ($i == $n) {
            $last = $v;
        }
        $prev = $v;
    }
    new StayConstraint($planner, $last, Strength::$strong_default);
    $edit = new EditConstraint($planner, $first, Strength::$preferred);
    $plan = $planner->extract_plan_from_constraints([$edit]);
    $total = 0;
    for ($i = 0; $i < 100; $i++) {
        $first->value = $i;
        $plan->execute();
        if ($last->value != $i) {
            throw new RuntimeException("chain test failed");
        }
        $total += $last->value;
    }
    return $total;
}

/** n pairs dst = src * scale + offset: editing either end, or scale or offset, must propagate. */
function projection_test($n)
{
    $planner = new Planner();
    $scale = new Variable("scale", 10);
    $offset = new Variable("offset", 1000);
    $src = $dst = null;
    $dests = [];
    for ($i = 0; $i < $n; $i++) {
        $src = new Variable("src" . $i, $i);
        $dst = new Variable("dst" . $i, $i);
        $dests[] = $dst;
        new StayConstraint($planner, $src, Strength::$normal);
        new ScaleConstraint($planner, $src, $scale, $offset, $dst, Strength::$required);
    }
    change($planner, $src, 17);
    if ($dst->value != 1170) {
        throw new RuntimeException("projection test 1 failed");
    }
    change($planner, $dst, 1050);
    if ($src->value != 5) {
        throw new RuntimeException("projection test 2 failed");
    }
    change($planner, $scale, 5);
    for ($i = 0; $i < $n - 1; $i++) {
        if ($dests[$i]->value != $i * 5 + 1000) {
            throw new RuntimeException("projection test 3 failed");
        }
    }
    change($planner, $offset, 2000);
    for ($i = 0; $i < $n - 1; $i++) {
        if ($dests[$i]->value != $i * 5 + 2000) {
            throw new RuntimeException("projection test 4 failed");
        }
    }
    $total = 0;
    foreach ($dests as $d) {
        $total += $d->value;
    }
    return $total;
}

function bench(int $n): string
{
    return sprintf("%d %d", chain_test($n), projection_test($n));
}

function main(array $argv): void
{
    $iterations = (int)($argv[1] ?? 1);
    $size = (int)($argv[2] ?? 100);
    $result = "";
    for ($i = 0; $i < $iterations; $i++) {
        $t0 = hrtime(true);
        $result = bench($size);
        $t1 = hrtime(true);
        echo "@ns ", $t1 - $t0, "\n";
    }
    echo $result, "\n";
}

main($argv);
