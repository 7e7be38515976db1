"""Personen: the editor is the person's declared fields; the list refreshes from the change bus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from veiligbestuur_desktop.domain.people import PersonKind
from veiligbestuur_desktop.services.persons import PersonService
from veiligbestuur_desktop.ui.persons.dialog import PersonsDialog


def field(parent, name):
    widget = parent.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def test_new_person_kind_decides_the_fields_and_the_list_follows(qtbot, app, workspace, dialogs):
    svc = PersonService(workspace)
    dlg = PersonsDialog(svc)
    qtbot.addWidget(dlg)
    dlg.show()
    editor = dlg.editor
    # the woningscan and the beveiligingsadvies are measures of step 2 now, no longer dates on the person
    for moved in ("woningscan_on", "beveiligingsadvies_on", "beveiligingsadvies_ref"):
        assert editor.findChild(QWidget, moved) is None
    assert field(editor, "role").isVisibleTo(dlg) and not field(editor, "address").isVisibleTo(dlg)
    field(editor, "name").setText("Anna de Boer")
    editor.save()
    assert "Kies de rol" in editor.error.text()
    assert dlg.focusWidget() is field(editor, "role")  # the field to fix gets the focus
    role = field(editor, "role")
    role.setCurrentIndex(role.findData("wethouder"))
    assert editor.save() and editor.error.text() == ""
    assert [dlg.model.data(dlg.model.index(r, 0)) for r in range(dlg.model.rowCount())] == ["Anna de Boer"]
    headers = [dlg.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dlg.model.columnCount())]
    assert headers[:3] == ["Naam", "Soort", "Rol"]
    assert dlg.model.data(dlg.model.index(0, 2)) == "wethouder"

    # a naaste: other fields, and the ambtsdrager to choose is the one just saved
    editor.new(PersonKind.NAASTE)
    assert field(editor, "related_to_id").isVisibleTo(dlg) and not field(editor, "role").isVisibleTo(dlg)
    related = field(editor, "related_to_id")
    assert related.findText("Anna de Boer") >= 0
    related.setCurrentIndex(related.findText("Anna de Boer"))
    field(editor, "name").setText("Piet de Boer")
    assert editor.save()
    assert dlg.model.rowCount() == 2
    assert svc.get(editor.person_id).related_to_id == svc.search("Anna")[0].id

    names = [dlg.model.row_at(r).name for r in range(dlg.model.rowCount())]
    dlg.view.selectRow(names.index("Piet de Boer"))
    dlg.delete()
    assert [dlg.model.row_at(r).name for r in range(dlg.model.rowCount())] == ["Anna de Boer"]


def test_person_model_passes_modeltester(qtmodeltester, app, workspace):
    from tests.support.incidents import make_people
    from veiligbestuur_desktop.ui.persons.dialog import PersonTableModel

    make_people(workspace)
    model = PersonTableModel()
    model.set_service(PersonService(workspace))
    assert model.rowCount() == 5
    qtmodeltester.check(model)
