# An uncaught AttributeError on None: exit status 1 with CPython's last line.
class Node:
    def __init__(self, nxt=None):
        self.next = nxt

chain = Node(Node())
print("depth 1 ok", chain.next is not None)
print(chain.next.next.next)
