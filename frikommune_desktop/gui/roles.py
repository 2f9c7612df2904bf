"""Item-data roles shared by every model and view of the application."""

from PySide6.QtCore import Qt

#: A value that sorts correctly (numbers as numbers, dates as ISO, text case-folded).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The UUID of the record a row (or cell) shows; on a law of the law tree, the law's key.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The case-folded text a filter matches against (Danish letters folded correctly).
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
#: The plain row object (dataclass) behind a row.
ROW_ROLE = Qt.ItemDataRole.UserRole + 4
#: Where (start, end) a cell's display text holds what it was found by, to be marked; or None.
MARK_ROLE = Qt.ItemDataRole.UserRole + 5
