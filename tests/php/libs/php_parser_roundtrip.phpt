--TEST--
nikic/PHP-Parser (Debian's php-parser, on ext/tokenizer): parses modern PHP (promoted readonly properties, enums, match, arrow functions, heredocs, nullsafe calls), dumps the AST with positions and comments, rewrites it with a traverser, pretty-prints it, and reports syntax errors
--SKIPIF--
<?php if (!is_file('/usr/share/php/PhpParser/autoload.php')) die('skip the Debian package is not installed'); ?>
--INI--
extension=tokenizer
extension=ctype
--FILE--
<?php
require '/usr/share/php/PhpParser/autoload.php';
use PhpParser\{ParserFactory, PrettyPrinter, NodeDumper, NodeTraverser, NodeVisitorAbstract, Node, Error};
$code = <<<'CODE'
<?php
declare(strict_types=1);
namespace Demo;
use function strlen as len;
/** A doc comment */
final class Point implements \JsonSerializable {
    public function __construct(private readonly float $x = 0.0, public ?int $y = null) {}
    public function jsonSerialize(): mixed { return ['x' => $this->x, 'y' => $this->y ?? -1]; }
    public static function of(int|float ...$xs): static { return new static(array_sum($xs)); }
}
enum Color: string { case Red = 'r'; public function label(): string { return match($this) { self::Red => "red {$this->value}" }; } }
$f = fn($a) => $a <=> 2 ** 3;
$g = function &() use (&$f) { yield from [1, 2]; };
$s = <<<EOT
  heredoc $x {$y['k']}
  EOT;
echo Point::of(1, 2.5)?->jsonSerialize()['x'], len("abc"), PHP_EOL;
CODE;
$parser = (new ParserFactory)->create(ParserFactory::PREFER_PHP7);
$ast = $parser->parse($code);
echo (new NodeDumper(['dumpComments' => true, 'dumpPositions' => true]))->dump($ast, $code), "\n";
$t = new NodeTraverser;
$t->addVisitor($v = new class extends NodeVisitorAbstract {
    public $names = [];
    public function enterNode(Node $n) { if ($n instanceof Node\Identifier) $this->names[] = $n->name; }
    public function leaveNode(Node $n) { if ($n instanceof Node\Scalar\LNumber) return new Node\Scalar\LNumber($n->value * 10); }
});
$ast = $t->traverse($ast);
echo implode(",", $v->names), "\n";
echo (new PrettyPrinter\Standard)->prettyPrintFile($ast), "\n";
foreach (['<?php function (', '<?php class A { public public $x; }', "<?php\n\$a = [1, 2;"] as $bad) {
    try { $parser->parse($bad); } catch (Error $e) { echo $e->getMessage(), " | ", $e->getStartLine(), "\n"; }
}
--EXPECT--
array(
    0: Stmt_Declare[2 - 2](
        declares: array(
            0: Stmt_DeclareDeclare[2 - 2](
                key: Identifier[2 - 2](
                    name: strict_types
                )
                value: Scalar_LNumber[2 - 2](
                    value: 1
                )
            )
        )
        stmts: null
    )
    1: Stmt_Namespace[3 - 17](
        name: Name[3 - 3](
            parts: array(
                0: Demo
            )
        )
        stmts: array(
            0: Stmt_Use[4 - 4](
                type: TYPE_FUNCTION (2)
                uses: array(
                    0: Stmt_UseUse[4 - 4](
                        type: TYPE_UNKNOWN (0)
                        name: Name[4 - 4](
                            parts: array(
                                0: strlen
                            )
                        )
                        alias: Identifier[4 - 4](
                            name: len
                        )
                    )
                )
            )
            1: Stmt_Class[6 - 10](
                attrGroups: array(
                )
                flags: MODIFIER_FINAL (32)
                name: Identifier[6 - 6](
                    name: Point
                )
                extends: null
                implements: array(
                    0: Name_FullyQualified[6 - 6](
                        parts: array(
                            0: JsonSerializable
                        )
                    )
                )
                stmts: array(
                    0: Stmt_ClassMethod[7 - 7](
                        attrGroups: array(
                        )
                        flags: MODIFIER_PUBLIC (1)
                        byRef: false
                        name: Identifier[7 - 7](
                            name: __construct
                        )
                        params: array(
                            0: Param[7 - 7](
                                attrGroups: array(
                                )
                                flags: MODIFIER_PRIVATE | MODIFIER_READONLY (68)
                                type: Identifier[7 - 7](
                                    name: float
                                )
                                byRef: false
                                variadic: false
                                var: Expr_Variable[7 - 7](
                                    name: x
                                )
                                default: Scalar_DNumber[7 - 7](
                                    value: 0
                                )
                            )
                            1: Param[7 - 7](
                                attrGroups: array(
                                )
                                flags: MODIFIER_PUBLIC (1)
                                type: NullableType[7 - 7](
                                    type: Identifier[7 - 7](
                                        name: int
                                    )
                                )
                                byRef: false
                                variadic: false
                                var: Expr_Variable[7 - 7](
                                    name: y
                                )
                                default: Expr_ConstFetch[7 - 7](
                                    name: Name[7 - 7](
                                        parts: array(
                                            0: null
                                        )
                                    )
                                )
                            )
                        )
                        returnType: null
                        stmts: array(
                        )
                    )
                    1: Stmt_ClassMethod[8 - 8](
                        attrGroups: array(
                        )
                        flags: MODIFIER_PUBLIC (1)
                        byRef: false
                        name: Identifier[8 - 8](
                            name: jsonSerialize
                        )
                        params: array(
                        )
                        returnType: Identifier[8 - 8](
                            name: mixed
                        )
                        stmts: array(
                            0: Stmt_Return[8 - 8](
                                expr: Expr_Array[8 - 8](
                                    items: array(
                                        0: Expr_ArrayItem[8 - 8](
                                            key: Scalar_String[8 - 8](
                                                value: x
                                            )
                                            value: Expr_PropertyFetch[8 - 8](
                                                var: Expr_Variable[8 - 8](
                                                    name: this
                                                )
                                                name: Identifier[8 - 8](
                                                    name: x
                                                )
                                            )
                                            byRef: false
                                            unpack: false
                                        )
                                        1: Expr_ArrayItem[8 - 8](
                                            key: Scalar_String[8 - 8](
                                                value: y
                                            )
                                            value: Expr_BinaryOp_Coalesce[8 - 8](
                                                left: Expr_PropertyFetch[8 - 8](
                                                    var: Expr_Variable[8 - 8](
                                                        name: this
                                                    )
                                                    name: Identifier[8 - 8](
                                                        name: y
                                                    )
                                                )
                                                right: Expr_UnaryMinus[8 - 8](
                                                    expr: Scalar_LNumber[8 - 8](
                                                        value: 1
                                                    )
                                                )
                                            )
                                            byRef: false
                                            unpack: false
                                        )
                                    )
                                )
                            )
                        )
                    )
                    2: Stmt_ClassMethod[9 - 9](
                        attrGroups: array(
                        )
                        flags: MODIFIER_PUBLIC | MODIFIER_STATIC (9)
                        byRef: false
                        name: Identifier[9 - 9](
                            name: of
                        )
                        params: array(
                            0: Param[9 - 9](
                                attrGroups: array(
                                )
                                flags: 0
                                type: UnionType[9 - 9](
                                    types: array(
                                        0: Identifier[9 - 9](
                                            name: int
                                        )
                                        1: Identifier[9 - 9](
                                            name: float
                                        )
                                    )
                                )
                                byRef: false
                                variadic: true
                                var: Expr_Variable[9 - 9](
                                    name: xs
                                )
                                default: null
                            )
                        )
                        returnType: Name[9 - 9](
                            parts: array(
                                0: static
                            )
                        )
                        stmts: array(
                            0: Stmt_Return[9 - 9](
                                expr: Expr_New[9 - 9](
                                    class: Name[9 - 9](
                                        parts: array(
                                            0: static
                                        )
                                    )
                                    args: array(
                                        0: Arg[9 - 9](
                                            name: null
                                            value: Expr_FuncCall[9 - 9](
                                                name: Name[9 - 9](
                                                    parts: array(
                                                        0: array_sum
                                                    )
                                                )
                                                args: array(
                                                    0: Arg[9 - 9](
                                                        name: null
                                                        value: Expr_Variable[9 - 9](
                                                            name: xs
                                                        )
                                                        byRef: false
                                                        unpack: false
                                                    )
                                                )
                                            )
                                            byRef: false
                                            unpack: false
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
                comments: array(
                    0: /** A doc comment */
                )
            )
            2: Stmt_Enum[11 - 11](
                attrGroups: array(
                )
                name: Identifier[11 - 11](
                    name: Color
                )
                scalarType: Identifier[11 - 11](
                    name: string
                )
                implements: array(
                )
                stmts: array(
                    0: Stmt_EnumCase[11 - 11](
                        attrGroups: array(
                        )
                        name: Identifier[11 - 11](
                            name: Red
                        )
                        expr: Scalar_String[11 - 11](
                            value: r
                        )
                    )
                    1: Stmt_ClassMethod[11 - 11](
                        attrGroups: array(
                        )
                        flags: MODIFIER_PUBLIC (1)
                        byRef: false
                        name: Identifier[11 - 11](
                            name: label
                        )
                        params: array(
                        )
                        returnType: Identifier[11 - 11](
                            name: string
                        )
                        stmts: array(
                            0: Stmt_Return[11 - 11](
                                expr: Expr_Match[11 - 11](
                                    cond: Expr_Variable[11 - 11](
                                        name: this
                                    )
                                    arms: array(
                                        0: MatchArm[11 - 11](
                                            conds: array(
                                                0: Expr_ClassConstFetch[11 - 11](
                                                    class: Name[11 - 11](
                                                        parts: array(
                                                            0: self
                                                        )
                                                    )
                                                    name: Identifier[11 - 11](
                                                        name: Red
                                                    )
                                                )
                                            )
                                            body: Scalar_Encapsed[11 - 11](
                                                parts: array(
                                                    0: Scalar_EncapsedStringPart[11 - 11](
                                                        value: red 
                                                    )
                                                    1: Expr_PropertyFetch[11 - 11](
                                                        var: Expr_Variable[11 - 11](
                                                            name: this
                                                        )
                                                        name: Identifier[11 - 11](
                                                            name: value
                                                        )
                                                    )
                                                )
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
            3: Stmt_Expression[12 - 12](
                expr: Expr_Assign[12 - 12](
                    var: Expr_Variable[12 - 12](
                        name: f
                    )
                    expr: Expr_ArrowFunction[12 - 12](
                        attrGroups: array(
                        )
                        static: false
                        byRef: false
                        params: array(
                            0: Param[12 - 12](
                                attrGroups: array(
                                )
                                flags: 0
                                type: null
                                byRef: false
                                variadic: false
                                var: Expr_Variable[12 - 12](
                                    name: a
                                )
                                default: null
                            )
                        )
                        returnType: null
                        expr: Expr_BinaryOp_Spaceship[12 - 12](
                            left: Expr_Variable[12 - 12](
                                name: a
                            )
                            right: Expr_BinaryOp_Pow[12 - 12](
                                left: Scalar_LNumber[12 - 12](
                                    value: 2
                                )
                                right: Scalar_LNumber[12 - 12](
                                    value: 3
                                )
                            )
                        )
                    )
                )
            )
            4: Stmt_Expression[13 - 13](
                expr: Expr_Assign[13 - 13](
                    var: Expr_Variable[13 - 13](
                        name: g
                    )
                    expr: Expr_Closure[13 - 13](
                        attrGroups: array(
                        )
                        static: false
                        byRef: true
                        params: array(
                        )
                        uses: array(
                            0: Expr_ClosureUse[13 - 13](
                                var: Expr_Variable[13 - 13](
                                    name: f
                                )
                                byRef: true
                            )
                        )
                        returnType: null
                        stmts: array(
                            0: Stmt_Expression[13 - 13](
                                expr: Expr_YieldFrom[13 - 13](
                                    expr: Expr_Array[13 - 13](
                                        items: array(
                                            0: Expr_ArrayItem[13 - 13](
                                                key: null
                                                value: Scalar_LNumber[13 - 13](
                                                    value: 1
                                                )
                                                byRef: false
                                                unpack: false
                                            )
                                            1: Expr_ArrayItem[13 - 13](
                                                key: null
                                                value: Scalar_LNumber[13 - 13](
                                                    value: 2
                                                )
                                                byRef: false
                                                unpack: false
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
            5: Stmt_Expression[14 - 16](
                expr: Expr_Assign[14 - 16](
                    var: Expr_Variable[14 - 14](
                        name: s
                    )
                    expr: Scalar_Encapsed[14 - 16](
                        parts: array(
                            0: Scalar_EncapsedStringPart[15 - 15](
                                value: heredoc 
                            )
                            1: Expr_Variable[15 - 15](
                                name: x
                            )
                            2: Scalar_EncapsedStringPart[15 - 15](
                                value:  
                            )
                            3: Expr_ArrayDimFetch[15 - 15](
                                var: Expr_Variable[15 - 15](
                                    name: y
                                )
                                dim: Scalar_String[15 - 15](
                                    value: k
                                )
                            )
                        )
                    )
                )
            )
            6: Stmt_Echo[17 - 17](
                exprs: array(
                    0: Expr_ArrayDimFetch[17 - 17](
                        var: Expr_NullsafeMethodCall[17 - 17](
                            var: Expr_StaticCall[17 - 17](
                                class: Name[17 - 17](
                                    parts: array(
                                        0: Point
                                    )
                                )
                                name: Identifier[17 - 17](
                                    name: of
                                )
                                args: array(
                                    0: Arg[17 - 17](
                                        name: null
                                        value: Scalar_LNumber[17 - 17](
                                            value: 1
                                        )
                                        byRef: false
                                        unpack: false
                                    )
                                    1: Arg[17 - 17](
                                        name: null
                                        value: Scalar_DNumber[17 - 17](
                                            value: 2.5
                                        )
                                        byRef: false
                                        unpack: false
                                    )
                                )
                            )
                            name: Identifier[17 - 17](
                                name: jsonSerialize
                            )
                            args: array(
                            )
                        )
                        dim: Scalar_String[17 - 17](
                            value: x
                        )
                    )
                    1: Expr_FuncCall[17 - 17](
                        name: Name[17 - 17](
                            parts: array(
                                0: len
                            )
                        )
                        args: array(
                            0: Arg[17 - 17](
                                name: null
                                value: Scalar_String[17 - 17](
                                    value: abc
                                )
                                byRef: false
                                unpack: false
                            )
                        )
                    )
                    2: Expr_ConstFetch[17 - 17](
                        name: Name[17 - 17](
                            parts: array(
                                0: PHP_EOL
                            )
                        )
                    )
                )
            )
        )
    )
)
strict_types,len,Point,__construct,float,int,jsonSerialize,mixed,x,y,of,int,float,Color,string,Red,label,string,Red,value,of,jsonSerialize
<?php

declare (strict_types=10);
namespace Demo;

use function strlen as len;
/** A doc comment */
final class Point implements \JsonSerializable
{
    public function __construct(private readonly float $x = 0.0, public ?int $y = null)
    {
    }
    public function jsonSerialize() : mixed
    {
        return ['x' => $this->x, 'y' => $this->y ?? -10];
    }
    public static function of(int|float ...$xs) : static
    {
        return new static(array_sum($xs));
    }
}
enum Color : string
{
    case Red = 'r';
    public function label() : string
    {
        return match ($this) {
            self::Red => "red {$this->value}",
        };
    }
}
$f = fn($a) => $a <=> 20 ** 30;
$g = function &() use(&$f) {
    yield from [10, 20];
};
$s = <<<EOT
heredoc {$x} {$y['k']}
EOT;
echo Point::of(10, 2.5)?->jsonSerialize()['x'], len("abc"), PHP_EOL;
Syntax error, unexpected EOF, expecting T_VARIABLE on line 1 | 1
Multiple access type modifiers are not allowed on line 1 | 1
Syntax error, unexpected ';', expecting ',' or ']' or ')' on line 2 | 2
