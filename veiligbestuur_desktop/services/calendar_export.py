"""The deadlines as an iCalendar file (issue 14): open follow-ups of incidents, the next due dates of the
plan's items, open action points and review dates of the other registers, as all-day events a coordinator imports into Outlook. By default the event text holds no
personal data: a follow-up is named by its track and planned kind and the incident number, never by the
user's own title (which may name someone) nor by a victim.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from veiligbestuur_desktop.domain.i18n import dutch
from veiligbestuur_desktop.domain.incidents import PLANNED_TITLES, Track
from veiligbestuur_desktop.domain.steps import ITEMS_BY_CODE
from veiligbestuur_desktop.fsutil import check_output_target, write_output
from veiligbestuur_desktop.services.exporter import exports, format_of
from veiligbestuur_desktop.services.workspace import Workspace
from veiligbestuur_desktop.store import exchange as store
from veiligbestuur_desktop.store.base import utcnow

PRODID = "-//VeiligBestuur Desktop//Termijnen//NL"


def _follow_up_text(d: store.Deadline, details: bool) -> str:
    track, _sep, kind = d.title.partition(":")
    try:
        track_label = Track(track).label
    except ValueError:
        track_label = track
    planned = PLANNED_TITLES.get(kind)
    what = d.own_title if details and d.own_title else (planned or track_label)
    return f"Incident {d.reference}: {what} ({track_label})"


_OPEN = ("open", "bezig", "")


def _area_text(d: store.Deadline, details: bool) -> str:
    kind = exports().get(d.title)
    label = kind.kind.label if kind else d.title
    if d.kind == "review":
        return f"Herzien: {label} {d.reference}"
    what = f": {d.own_title}" if details and d.own_title else ""
    return f"{label[:1].upper() + label[1:]} {d.reference}{what}"


def _plan_text(d: store.Deadline) -> str:
    item = ITEMS_BY_CODE.get(d.key)
    return f"Stappenplan stap {item.step}: {item.title_nl}" if item else f"Stappenplan: {d.key}"


class CalendarService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def deadlines(self) -> list[store.Deadline]:
        """Open follow-ups and plan items (store), then the other registers' dates: open action points
        (a `deadline` with an open `status`) and review dates (`review_on`) of any record kind that has them."""
        with self.ws.reading() as s:
            out = store.open_deadlines(s)
            for spec in exports().values():
                names = {f.name for f in spec.kind.fields}
                if spec.kind.name in ("incident", "person") or not names & {"deadline", "review_on"}:
                    continue
                for key, d, _labels in spec.rows(s, False):
                    status = str(getattr(getattr(d, "status", None), "value", getattr(d, "status", "")) or "")
                    due = getattr(d, "deadline", None)
                    if due is not None and status in _OPEN:
                        out.append(
                            store.Deadline("area", key, due, spec.kind.name, key, getattr(d, "title", ""))
                        )
                    review = getattr(d, "review_on", None)
                    if review is not None:
                        out.append(store.Deadline("review", key, review, spec.kind.name, key))
        return sorted(out, key=lambda d: (d.due, d.kind, d.key))

    def render(self, *, details: bool = False, now: datetime | None = None) -> tuple[bytes, int]:
        """The ICS bytes and the number of events. `details`: follow-ups carry the user's own titles."""
        from icalendar import Calendar, Event

        stamp = now or utcnow()
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("x-wr-calname", "VeiligBestuur termijnen")
        items = self.deadlines()
        with dutch():
            for d in items:
                ev = Event()
                ev.add("uid", f"{d.kind}-{d.key}-{self.ws.vault.database_id[:12]}@veiligbestuur")
                ev.add("dtstamp", stamp)
                ev.add("dtstart", d.due)
                ev.add("dtend", d.due + timedelta(days=1))
                if d.kind == "follow_up":
                    summary = _follow_up_text(d, details)
                elif d.kind == "plan_item":
                    summary = _plan_text(d)
                else:
                    summary = _area_text(d, details)
                ev.add("summary", summary)
                ev.add("categories", ["VeiligBestuur"])
                ev.add("transp", "TRANSPARENT")
                cal.add_component(ev)
        data = cal.to_ical()
        with self.ws.transaction() as s:
            self.ws.audit(
                s,
                "export",
                "register",
                "deadlines",
                f"export termijnen (ics, {len(items)} afspraken{', met eigen titels' if details else ''})",
            )
        return data, len(items)

    def export(self, path: Path, *, details: bool = False, force: bool = False) -> int:
        format_of(path, (".ics",))
        forbidden = [self.ws.vault.paths.data_dir]
        check_output_target(Path(path), force=force, forbidden=forbidden)
        data, n = self.render(details=details)
        write_output(Path(path), data, force=force, forbidden=forbidden)
        return n
