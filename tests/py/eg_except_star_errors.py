# Errors around except*: matching against a group class or a non-exception is a TypeError at run
# time; break/continue/return in an except* body and mixing except with except* are compile-time
# SyntaxErrors.
def check(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def star_group():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
check("except* ExceptionGroup", star_group)

def star_tuple_group():
    try:
        raise ValueError(1)
    except* (TypeError, BaseExceptionGroup):
        pass
check("except* (..., BaseExceptionGroup)", star_tuple_group)

def star_int():
    try:
        raise ValueError(1)
    except* int:
        pass
check("except* int", star_int)

def star_not_reached():
    try:
        pass
    except* 42:
        pass
check("unused bad clause", star_not_reached)

sources = {
    "break": "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "continue": "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "return": "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "loop in body": "try:\n    pass\nexcept* ValueError:\n    for i in range(2):\n        break\n",
    "mixed": "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "no type": "try:\n    pass\nexcept*:\n    pass\n",
}
for name, src in sources.items():
    try:
        compile(src, "<%s>" % name, "exec")
        print(name, "compiles")
    except SyntaxError as e:
        print(name, "->", e.msg, "line", e.lineno)
