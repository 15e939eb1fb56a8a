# property.getter/setter/deleter copies keep an explicit doc (a getter's docstring otherwise);
# __isabstractmethod__ is a bool over fget/fset/fdel; __set_name__'s argument-count error.


class Base:
    _spam = 1

    def _get_spam(self):
        return self._spam

    spam = property(_get_spam, doc="spam spam spam")


class Sub(Base):
    @Base.spam.getter
    def spam(self):
        """The decorator does not use this doc string"""
        return self._spam


class OwnDoc:
    @property
    def p(self):
        """getter doc"""

    @p.setter
    def p(self, v):
        """setter doc"""


print(Base.spam.__doc__, "|", Sub.spam.__doc__, "|", OwnDoc.p.__doc__)
for val in (True, False, [], [1], "", "1"):
    def foo(self):
        pass
    foo.__isabstractmethod__ = val
    print(property(foo).__isabstractmethod__, staticmethod(foo).__isabstractmethod__, end=" ")
print()


def fset(self, v):
    pass


fset.__isabstractmethod__ = True
print(property(None, fset).__isabstractmethod__, property().__isabstractmethod__)
for i in (0, 1, 3):
    try:
        property().__set_name__(*([0] * i))
    except TypeError as e:
        print(e)
