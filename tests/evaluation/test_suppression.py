"""Small numbers in anything for the council: a count below 5 shows as '< 5', and neither a total nor the
other cells allow computing a suppressed count (domain.statistics.suppress)."""

from __future__ import annotations

import itertools

import pytest

from veiligbestuur_desktop.domain.statistics import (
    HIDDEN,
    SMALL,
    Share,
    change_text,
    suppress,
    suppressed_share,
)


def _possible(cells: tuple[str, ...], total: str, total_value: int, index: int) -> set[int]:
    """Every value hidden cell `index` can take for a reader who sees `cells` and `total` (and knows that
    '< 5' is 0..4 and 'x' is 5 or more): brute force over all assignments of the hidden cells."""
    shown = sum(int(c.replace(".", "")) for c in cells if c not in (SMALL, HIDDEN))
    hidden = [i for i, c in enumerate(cells) if c in (SMALL, HIDDEN)]
    if total in (SMALL, HIDDEN):
        return {0, 1} if cells[index] == SMALL else {5, 6}  # no equation: any value of its range
    rest = total_value - shown
    ranges = [range(0, 5) if cells[i] == SMALL else range(5, rest + 1) for i in hidden]
    values = set()
    for combo in itertools.product(*ranges):
        if sum(combo) == rest:
            values.add(combo[hidden.index(index)])
    return values


def test_small_counts_show_as_below_five_and_others_as_numbers():
    s = suppress([12, 3, 30, 7])
    assert s.cells[1] == SMALL
    assert "12" not in s.cells or s.cells[0] == "12"
    assert s.primary == (1,)
    # one small cell beside a shown total: a second cell is hidden, the smallest other one
    assert s.cells == ("12", SMALL, "30", HIDDEN) and s.secondary == (3,)
    assert s.total == "52"


def test_nothing_is_hidden_when_every_count_is_five_or_more():
    s = suppress([5, 17, 1234])
    assert s.cells == ("5", "17", "1.234") and s.total == "1.256" and not s.secondary


def test_two_fours_beside_a_total_of_eight_are_hidden_with_the_total():
    # '< 5' and '< 5' with a total of 8 can only be 4 and 4: the total goes too
    s = suppress([4, 4])
    assert s.cells == (SMALL, SMALL) and s.total == HIDDEN


def test_a_small_total_is_below_five():
    assert suppress([1, 2]).total == SMALL
    assert suppress([0]).cells == (SMALL,) and suppress([0]).total == SMALL


def test_negative_counts_are_a_programming_error():
    with pytest.raises(ValueError):
        suppress([3, -1])


@pytest.mark.parametrize("size", [1, 2, 3, 4])
def test_no_suppressed_cell_can_be_computed_from_the_total_exhaustively(size):
    """Every table of `size` cells with counts 0..12: no cell below 5 is shown, and each hidden cell can
    still take more than one value given the shown cells and the shown total."""
    values = range(0, 13) if size <= 3 else (0, 1, 4, 5, 6, 11)
    for counts in itertools.product(values, repeat=size):
        s = suppress(list(counts))
        for c, text in zip(counts, s.cells, strict=True):
            if c < 5:
                assert text == SMALL, (counts, s)
            else:
                assert text in (str(c), HIDDEN), (counts, s)
        total = sum(counts)
        if s.total not in (SMALL, HIDDEN):
            assert s.total == str(total)
        for i, text in enumerate(s.cells):
            if text in (SMALL, HIDDEN):
                assert len(_possible(s.cells, s.total, total, i)) > 1, (counts, s, i)


def test_a_table_with_overlapping_rows_keeps_its_own_total():
    # incidents with two categories: the categories add up to more than the incidents
    s = suppress([6, 8, 2], total=14)
    assert s.total in ("14", HIDDEN) and s.cells[2] == SMALL and HIDDEN in s.cells


def test_a_share_gives_no_small_count_away():
    assert suppressed_share(Share(3, 40)).startswith("niet getoond")
    assert suppressed_share(Share(38, 40)).startswith("niet getoond")  # the rest (2) would be small
    assert suppressed_share(Share(10, 40)) == "25 procent"
    assert suppressed_share(Share(0, 0)) == "—"


def test_change_in_words():
    assert change_text(10, 10) == "gelijk"
    assert change_text(12, 10) == "+2 (+20 procent)"
    assert change_text(5, 10) == "−5 (−50 procent)"
    assert change_text(3, 0) == "+3"
