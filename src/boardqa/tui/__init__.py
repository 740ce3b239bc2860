"""The terminal chat (`boardqa chat`): a Textual app over the same `Answerer` the CLI uses.

Importing this package loads Textual only; the index and its encoder open in a worker once the
window is up, so nothing here pulls in torch or the shard at import time.
"""
