"""New, Open and the demo: asking which network file to work on (or making one), then opening
it through the window's open_file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from ..errors import FrikommuneError


def file_filter() -> str:
    """Return the file dialogs' filter: network files, then all files."""
    return QCoreApplication.translate("MainWindow", "Network files (*.fkdb);;All files (*)")


class FileChoice:
    """File → New, Open and Open the demo (and the welcome page's buttons for them)."""

    def __init__(
        self,
        parent: QWidget,
        open_file: Callable[[Path | str], bool],
        show_error: Callable[[str], None],
    ) -> None:
        self.parent = parent
        self.open_file = open_file
        self.show_error = show_error

    def open_demo(self) -> bool:
        """Open the built-in demo network (written to the user data folder the first time)."""
        from ..demo import write_demo
        from ..program.folders import demo_dir

        path = demo_dir() / "demo.fkdb"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                write_demo(path).close()
            except FrikommuneError as exc:
                self.show_error(str(exc))
                return False
        return self.open_file(path)

    def choose_file(self) -> None:
        """Ask for a network file and open it."""
        name, _ = QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("MainWindow", "Open network file"),
            "",
            file_filter(),
        )
        if name:
            self.open_file(name)

    def new_file(self) -> None:
        """Ask for a place and a network name, create the file and open it."""
        name, _ = QFileDialog.getSaveFileName(
            self.parent,
            QCoreApplication.translate("MainWindow", "New network file"),
            "",
            file_filter(),
        )
        if not name:
            return
        path = Path(name) if name.endswith(".fkdb") else Path(name + ".fkdb")
        network, ok = QInputDialog.getText(
            self.parent,
            QCoreApplication.translate("MainWindow", "New network"),
            QCoreApplication.translate("MainWindow", "Name of the network:"),
        )
        if not ok or not network.strip():
            return
        from ..model import Network
        from ..store import Store

        try:
            Store.create(path, Network(name=network.strip()), overwrite=path.exists()).close()
        except FrikommuneError as exc:
            self.show_error(str(exc))
            return
        self.open_file(path)
