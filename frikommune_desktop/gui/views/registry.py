"""The main window's views, in tab order."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...queries.views import overview
from ..session import Session
from .base import View
from .experiments_view import ExperimentsView
from .legal_view import LegalView
from .overview_view import OverviewView
from .participation_view import ParticipationView
from .record_views import ContactsView, MunicipalitiesView, RoundsView


class OverviewPage(View):
    """Overblik: the charts, refreshed from the store."""

    key = "overview"
    tables = frozenset(
        ("rounds", "experiments", "laws", "legal_bases", "participations", "municipalities")
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.charts = OverviewView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.charts)

    @property
    def title(self) -> str:
        """Return the tab title."""
        return self.tr("Overview")

    def refresh(self) -> None:
        """Recompute the charts' data."""
        self.charts.set_overview(overview(self.session.store))


VIEW_TYPES: tuple[type[View], ...] = (
    ExperimentsView,
    ParticipationView,
    LegalView,
    ContactsView,
    MunicipalitiesView,
    RoundsView,
    OverviewPage,
)


def create_views(session: Session, parent: QWidget) -> list[View]:
    """Create one of each view over the session."""
    return [view_type(session, parent) for view_type in VIEW_TYPES]


__all__ = ["View", "create_views"]
