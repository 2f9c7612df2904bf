"""Deleting a row with what depends on it, leaving tombstones, and keeping it for undo."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ..errors import InvalidValueError

#: parent table -> [(child table, child column, parent column, ON DELETE action)]
Children = dict[str, list[tuple[str, str, str, str]]]
#: Rows as they were before a delete: (table, row), parents first.
KeptRows = list[tuple[str, dict[str, Any]]]


def foreign_key_children(db: Database, tables: tuple[str, ...]) -> Children:
    """Map each table to the (child table, column, parent column, on-delete) that use it."""
    children: Children = {}
    for table in tables:
        for fk in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            parent, column, parent_column, on_delete = fk[2], fk[3], fk[4], fk[6]
            children.setdefault(parent, []).append(
                (table, column, parent_column or "id", on_delete.upper())
            )
    return children


def _plan(
    db: Database,
    children: Children,
    table: str,
    row_id: str,
    plan: list[tuple[str, str, dict[str, Any]]],
) -> None:
    """Append what deleting a row does: ('delete'|'nullify:<column>', table, row) steps."""
    row = db.table(table).get(row_id)
    for child, column, parent_column, on_delete in children.get(table, []):
        cursor = db.execute(f"SELECT * FROM [{child}] WHERE [{column}] = ?", [row[parent_column]])
        names = [d[0] for d in cursor.description]
        dependants = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
        if not dependants:
            continue
        if on_delete == "CASCADE":
            for dependant in dependants:
                _plan(db, children, child, dependant["id"], plan)
        elif on_delete == "SET NULL":
            plan += [(f"nullify:{column}", child, dependant) for dependant in dependants]
        else:
            raise InvalidValueError(
                f"Kan ikke slettes: bruges stadig af {len(dependants)} række(r) i '{child}'."
            )
    plan.append(("delete", table, row))


def delete_row(
    db: Database, children: Children, table: str, row_id: str, stamp: str, user: str
) -> KeptRows:
    """Delete a row and its dependants (tombstoning each); return the rows as they were."""
    plan: list[tuple[str, str, dict[str, Any]]] = []
    _plan(db, children, table, row_id, plan)
    for step, step_table, row in plan:
        if step == "delete":
            db.table(step_table).delete(row["id"])
            db.table("tombstones").insert(
                {
                    "id": row["id"],
                    "table_name": step_table,
                    "deleted_at": stamp,
                    "deleted_by": user,
                },
                replace=True,
            )
        else:
            column = step.split(":", 1)[1]
            db.table(step_table).update(
                row["id"], {column: None, "modified_at": stamp, "modified_by": user}
            )
    # Parents first, so that the rows can be put back in this order.
    return [(step_table, row) for _step, step_table, row in reversed(plan)]
