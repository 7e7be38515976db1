"""Risicoanalyses: the register with the heat map of the current analyses beside it. Analyses of a person
(or a person's home) are the most sensitive records of the app: their rows stay hidden until the user presses
"Persoonsanalyses tonen", which is recorded in the audit trail as a view."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from veiligbestuur_desktop.domain.errors import UserFacingError
from veiligbestuur_desktop.domain.prevention import (
    RISK_ANALYSIS,
    AnalysisKind,
    RiskAnalysisDraft,
    review_overdue,
    risk_level,
)
from veiligbestuur_desktop.services.prevention import AnalysisQuery, RiskAnalysisService
from veiligbestuur_desktop.ui.kit import messages, theme
from veiligbestuur_desktop.ui.kit.area_register import AreaTableModel
from veiligbestuur_desktop.ui.kit.changes import subscribe
from veiligbestuur_desktop.ui.kit.documents import open_document
from veiligbestuur_desktop.ui.kit.record_form import Sources, menu_letters
from veiligbestuur_desktop.ui.prevention.heat_map import HeatMapWidget
from veiligbestuur_desktop.ui.prevention.register import RecordDialog, RegisterTab


class AnalysisTableModel(AreaTableModel):
    """A review date that has passed reads "(verlopen)" and is red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(RISK_ANALYSIS, AnalysisQuery(), parent)
        self.today = date.today()

    def _overdue(self, row: Any) -> bool:
        return review_overdue(row.review_on, row.status, self.today)

    def text(self, row: Any, column: int) -> str:
        value = super().text(row, column)
        if self.columns.key(column) == "review_on" and self._overdue(row):
            return self.tr("{date} (verlopen)").format(date=value)
        return value

    def extra(self, row: Any, column: int, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and self.columns.key(column) == "review_on"
            and self._overdue(row)
        ):
            return theme.brush(theme.Role.ERROR)
        return super().extra(row, column, role)

    def tooltip(self, row: Any, column: int) -> str | None:
        if self.columns.key(column) == "review_on" and self._overdue(row):
            return self.tr(
                "De herzieningsdatum van deze analyse is verlopen: herzien of zet de analyse op ‘vervallen’."
            )
        return super().tooltip(row, column)


class AnalysesTab(RegisterTab):
    kinds = ("risk_analysis", "measure", "person")
    first_sort = "made_on"

    def __init__(self, parent: QWidget | None = None) -> None:
        label = QCoreApplication.translate("AnalysesTab", "&Nieuwe analyse…")
        new = lambda: RiskAnalysisDraft(AnalysisKind.GENERIEK, made_on=date.today())  # noqa: E731
        super().__init__(RISK_ANALYSIS, "analyses", label, new, None, parent, AnalysisTableModel())
        self.show_personal = False
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("analyses_kind")
        self.kind_filter.addItem(self.tr("alle soorten"), "")
        for value, label in AnalysisKind.choices():
            self.kind_filter.addItem(label, value)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        kind_label = QLabel(self.tr("S&oort:"))
        kind_label.setBuddy(self.kind_filter)
        self.personal_button = QPushButton(self.tr("Persoonsanalyses &tonen"))
        self.personal_button.setObjectName("show_personal")
        self.personal_button.setCheckable(True)
        self.personal_button.setAutoDefault(False)
        self.personal_button.setToolTip(
            self.tr(
                "Analyses per persoon en per woning zijn verborgen. Tonen wordt vastgelegd in de audittrail."
            )
        )
        self.personal_button.toggled.connect(self._toggle_personal)
        self.hidden_label = QLabel()
        self.hidden_label.setObjectName("personal_hidden")
        self.filters.addWidget(kind_label)
        self.filters.addWidget(self.kind_filter, 1)
        self.filters.addWidget(self.personal_button)
        self.document_button = self.button(
            self.tr("Doc&ument van deze analyse"), "analysis_document", self._document
        )
        self.body.insertWidget(2, self.hidden_label)
        self.controls += [self.personal_button, self.kind_filter, self.document_button]
        self.set_enabled(False)

        # the register on the left, the heat map on the right
        self.heat_map = HeatMapWidget()
        map_title = QLabel(self.tr("<b>Risicokaart</b> — actuele analyses, aantal per kans × impact"))
        map_title.setWordWrap(True)
        map_panel = QWidget()
        map_layout = QVBoxLayout(map_panel)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(map_title)
        map_layout.addWidget(self.heat_map, 1)
        map_layout.addWidget(self.document_button)
        self.splitter.addWidget(map_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 480])
        subscribe(self, ("risk_analysis",), lambda _c: self._refresh_map())

    def query(self) -> AnalysisQuery:
        return AnalysisQuery(
            show_personal=self.show_personal,
            kind=self.kind_filter.currentData() or "",
            text=self.search.text(),
        )

    def attach(self, service: Any) -> None:
        super().attach(service)
        self._refresh_map()

    def clear(self) -> None:
        self.personal_button.blockSignals(True)
        self.personal_button.setChecked(False)
        self.personal_button.blockSignals(False)
        self.show_personal = False
        super().clear()
        self.heat_map.set_counts({})
        self.hidden_label.setText("")

    def refresh(self) -> None:
        super().refresh()
        if self.service is None or self.service.ws.locked:
            return
        if self.show_personal:
            self.hidden_label.setText(self.tr("Persoonsgebonden analyses worden getoond."))
            return
        hidden = self.service.count(AnalysisQuery(show_personal=True)) - self.service.count(AnalysisQuery())
        self.hidden_label.setText(
            self.tr("{n} persoonsgebonden analyse(s) verborgen.").format(n=hidden) if hidden else ""
        )

    def _refresh_map(self) -> None:
        if self.service is None or self.service.ws.locked:
            return
        self.heat_map.set_counts(self.service.heat_map(personal=True))

    def _toggle_personal(self, on: bool) -> None:
        if self.service is None:
            return
        if on:
            try:
                self.service.reveal_personal()
            except UserFacingError as exc:
                messages.show_error(self, exc)
                self.personal_button.setChecked(False)
                return
        self.show_personal = on
        self.personal_button.setText(
            self.tr("Persoonsanalyses ver&bergen") if on else self.tr("Persoonsanalyses &tonen")
        )
        theme.keep_menu_letters(self, menu_letters())  # Alt+B stays Bestand's
        self.refresh()

    def _document(self) -> None:
        record_id = self.selected_id()
        if self.service is None:
            return
        open_document(self, self.service.ws, "risicoanalyse", record_id)

    def sources(self) -> Sources:
        return Sources(people=lambda _kinds: self.service.person_choices())

    def new_title(self) -> str:
        return self.tr("Nieuwe risicoanalyse")

    def title_of(self, draft: Any) -> str:
        return self.tr("Risicoanalyse: {title}").format(title=draft.title)

    def dialog(self, record_id: int | None) -> RecordDialog:
        service: RiskAnalysisService = self.service
        dlg = super().dialog(record_id)
        if record_id is not None:
            measures = QListWidget()
            measures.setObjectName("analysis_measures")
            rows = service.measures(record_id)
            for _mid, mtitle, status in rows:
                measures.addItem(f"{mtitle} — {status}")
            if not rows:
                measures.addItem(self.tr("Nog geen maatregelen: koppel ze in het tabblad Maatregelen."))
            measures.setMaximumHeight(96)
            label = QLabel(self.tr("&Maatregelen die uit deze analyse volgen:"))
            label.setBuddy(measures)
            dlg.extra.addWidget(label)
            dlg.extra.addWidget(measures)
        level = QLabel()
        level.setObjectName("analysis_level")
        dlg.extra.addWidget(level)

        def show_level() -> None:
            values = dlg.form.values()
            k, i = values.get("likelihood"), values.get("impact")
            if k is None or i is None:
                level.setText(self.tr("Risiconiveau: kies kans en impact."))
                return
            level.setText(
                self.tr("Risiconiveau: {level} (kans {k} × impact {i} = {score})").format(
                    level=risk_level(int(k), int(i)).label, k=k, i=i, score=int(k) * int(i)
                )
            )

        for name in ("likelihood", "impact"):
            combo = dlg.form.widget(name)
            assert isinstance(combo, QComboBox)
            combo.currentIndexChanged.connect(lambda _i: show_level())
        show_level()
        return dlg
