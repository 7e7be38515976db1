from veiligbestuur_desktop.domain.steps import ALL_ITEMS, ITEMS_BY_CODE, STEPS
from veiligbestuur_desktop.domain.vocab import ItemStatus


def test_seven_steps_with_26_items_and_unique_codes():
    assert [s.number for s in STEPS] == [1, 2, 3, 4, 5, 6, 7]
    assert [s.tab_label for s in STEPS] == [
        "Beleid",
        "Preventie",
        "Voorbereiding",
        "Uitvoering",
        "Communicatie",
        "Incidenten",
        "Evaluatie",
    ]
    assert len(ALL_ITEMS) == 26
    assert len(ITEMS_BY_CODE) == 26
    for step in STEPS:
        assert step.items, step
        assert all(item.step == step.number for item in step.items)


def test_item_status_labels_are_dutch():
    assert [m.label for m in ItemStatus] == ["niet gestart", "bezig", "gereed", "n.v.t."]
    assert ItemStatus.parse("Gereed") is ItemStatus.GEREED
