"""The agressieprotocol as adopted (house style: version, status, adoption block, the text of the protocol,
the version history) and the raadsvoorstel with ontwerpbesluit to adopt a version. From plain data: the
service fills `ProtocolData` inside `i18n.dutch()`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Table, TableStyle

from veiligbestuur_desktop.domain.rules import municipality_title
from veiligbestuur_desktop.reports import layout
from veiligbestuur_desktop.reports.layout import data_table as _data_table
from veiligbestuur_desktop.reports.layout import fmt_date, heading, keep, para, spacer, text
from veiligbestuur_desktop.reports.layout import kv_table as _kv_table


def embedded(t: Table) -> Table:
    """A table whose cells never fall back to ReportLab's Helvetica (referenced, not embedded, otherwise)."""
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), layout.FONT)]))
    return t


def kv_table(rows: Sequence[tuple[str, str]], ss: StyleSheet1) -> Table:
    return embedded(_kv_table(rows, ss))


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    ss: StyleSheet1,
    widths: Sequence[float],
    *,
    highlight_rows: Sequence[int] = (),
) -> Table:
    return embedded(_data_table(header, rows, ss, widths, highlight_rows=highlight_rows))


@dataclass(frozen=True, slots=True)
class VersionLine:
    version: int
    status: str  # Dutch label
    decision_date: date | None
    publication_ref: str


@dataclass(frozen=True, slots=True)
class ScenarioLine:
    scenario: str  # Dutch label
    spokesperson: str
    deputy: str


@dataclass(frozen=True, slots=True)
class ProtocolData:
    municipality: str
    generated_at: datetime
    title: str
    version: int
    status: str  # Dutch label: "vastgesteld"
    in_force: bool  # vastgesteld, gepubliceerd or te herijken
    roles: tuple[str, ...]  # Dutch labels
    circle: tuple[str, ...]  # Dutch labels of the directe omgeving ("partner", ...)
    norm: str
    behaviours: tuple[str, ...]  # category labels: what counts as grensoverschrijdend gedrag
    behaviour_note: str
    report_internally: bool
    meldpunt: str
    meldpunt_contact: str
    adopted_by: str  # Dutch: "de raad, op voorstel van het presidium"
    decision_date: date | None
    publication_ref: str
    review_date: date | None
    scenarios: tuple[ScenarioLine, ...] = ()
    under_review: bool = False  # te herijken: still in force, a new version is being prepared
    history: tuple[VersionLine, ...] = field(default_factory=tuple)


def _adoption_rows(d: ProtocolData) -> list[tuple[str, str]]:
    return [
        ("Versie", str(d.version)),
        ("Status", d.status),
        ("Vastgesteld door", d.adopted_by),
        ("Besluitdatum", fmt_date(d.decision_date) if d.decision_date else "nog niet vastgesteld"),
        ("Publicatie", d.publication_ref or "nog niet gepubliceerd"),
        ("Herzieningsdatum", fmt_date(d.review_date)),
    ]


def protocol_story(d: ProtocolData) -> list[Flowable]:
    ss = layout.styles()
    story: list[Flowable] = [
        Paragraph(text(d.title), ss["Title"]),
        Paragraph(
            text(f"{municipality_title(d.municipality)} · versie {d.version} · {d.status}"), ss["Subtitle"]
        ),
    ]
    if not d.in_force:
        story.append(
            Paragraph(
                text(
                    f"Deze versie is {d.status} en (nog) niet in werking. Zij geldt pas na vaststelling door "
                    f"{d.adopted_by or 'het bevoegde orgaan'}."
                ),
                ss["Notice"],
            )
        )
    if d.under_review:
        story.append(
            Paragraph(
                text("Deze versie wordt herijkt. Zij blijft gelden tot een nieuwe versie is vastgesteld."),
                ss["Notice"],
            )
        )
    story.append(heading("Vaststelling", ss))
    story.append(kv_table(_adoption_rows(d), ss))

    story.append(heading("1. Voor wie dit protocol geldt", ss))
    story.append(
        para("Dit protocol geldt voor de volgende politieke ambtsdragers: " + ", ".join(d.roles) + ".", ss)
    )
    if d.circle:
        story.append(
            para(
                "Het geldt ook voor hun directe omgeving ("
                + ", ".join(d.circle)
                + "): agressie of bedreiging van een naaste geldt als agressie of bedreiging van de "
                "ambtsdrager zelf.",
                ss,
            )
        )
    else:
        story.append(para("De directe omgeving van de ambtsdragers valt niet onder dit protocol.", ss))

    story.append(heading("2. De norm", ss))
    story.append(Paragraph(f"<b>{text(d.norm)}</b>", ss["Body"]))

    story.append(heading("3. Wat wij verstaan onder grensoverschrijdend gedrag", ss))
    story.append(para("Onder grensoverschrijdend gedrag verstaan wij in elk geval:", ss))
    bullet = ParagraphStyle(
        "Bullet", parent=ss["Body"], bulletFontName=layout.FONT, leftIndent=10, spaceAfter=1
    )
    for b in d.behaviours:
        story.append(Paragraph(text(b), bullet, bulletText="•"))
    if d.behaviour_note:
        story.append(para(d.behaviour_note, ss))

    story.append(heading("4. Melden", ss))
    if d.report_internally:
        story.append(
            Paragraph(
                "<b>Basisafspraak: elk incident wordt altijd intern gemeld</b>, ook als het slachtoffer het zelf "
                "klein vindt. Alleen zo kan de gemeente steunen, maatregelen nemen en leren.",
                ss["Body"],
            )
        )
    story.append(keep(kv_table([("Meldpunt", d.meldpunt), ("Bereikbaar via", d.meldpunt_contact)], ss)))

    if d.scenarios:
        story.append(
            keep(
                heading("5. Woordvoering", ss),
                data_table(
                    ["Scenario", "Woordvoerder", "Plaatsvervanger"],
                    [[s.scenario, s.spokesperson, s.deputy or "—"] for s in d.scenarios],
                    ss,
                    [0.4, 0.3, 0.3],
                ),
            )
        )
        story.append(para("De standaardlijnen staan in het woordvoeringsschema.", ss, "Small"))

    if d.history:
        story.append(CondPageBreak(30 * mm))
        story.append(heading("Versiegeschiedenis", ss))
        story.append(
            data_table(
                ["Versie", "Status", "Besluitdatum", "Publicatie"],
                [
                    [
                        str(h.version),
                        h.status,
                        fmt_date(h.decision_date) if h.decision_date else "—",
                        h.publication_ref or "—",
                    ]
                    for h in d.history
                ],
                ss,
                [0.12, 0.22, 0.2, 0.46],
            )
        )
    return story


def render_protocol(d: ProtocolData) -> bytes:
    return layout.render(
        protocol_story(d),
        title=f"{d.title}, versie {d.version}",
        municipality=municipality_title(d.municipality),
        generated_at=d.generated_at,
        classification="",
    )


# --- raadsvoorstel + ontwerpbesluit --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProposalData:
    protocol: ProtocolData
    adopting_body: str  # "raad_presidium" | "raad_college" | "college"
    coordinator: str


def _proposer(body: str) -> str:
    return {
        "raad_presidium": "het presidium",
        "raad_college": "het college van burgemeester en wethouders",
    }.get(body, "de burgemeester")


def _gemeente(municipality: str) -> str:
    """ "gemeente Ede" (in a sentence) for "Ede" or "Gemeente Ede"."""
    return "gemeente " + municipality_title(municipality)[len("Gemeente ") :]


def proposal_title(body: str) -> str:
    return "Collegevoorstel en ontwerpbesluit" if body == "college" else "Raadsvoorstel en ontwerpbesluit"


def proposal_story(d: ProposalData) -> list[Flowable]:
    ss = layout.styles()
    p = d.protocol
    council = d.adopting_body != "college"
    organ = "de raad" if council else "het college"
    story: list[Flowable] = [
        Paragraph(text(proposal_title(d.adopting_body)), ss["Title"]),
        Paragraph(
            text(f"{municipality_title(p.municipality)} · {p.title}, versie {p.version}"), ss["Subtitle"]
        ),
        kv_table(
            [
                ("Onderwerp", f"Vaststellen {p.title}, versie {p.version}"),
                ("Voorgesteld door", _proposer(d.adopting_body)),
                ("Besluitvormend orgaan", organ),
                ("Portefeuillehouder", "de burgemeester (openbare orde en veiligheid)"),
                ("Contactpersoon", d.coordinator),
                ("Bijlage", f"{p.title}, versie {p.version} ({p.status})"),
            ],
            ss,
        ),
        heading("Voorstel", ss),
        para(f"1. Het {p.title} (versie {p.version}) vast te stellen.", ss),
        para(
            "2. Daarmee als norm uit te spreken: " + p.norm.rstrip(".") + ".",
            ss,
        ),
        para(
            f"3. Het protocol te herijken uiterlijk op {fmt_date(p.review_date)}."
            if p.review_date
            else "3. Het protocol na de volgende verkiezingen te herijken.",
            ss,
        ),
        heading("Inleiding", ss),
        para(
            "Politieke ambtsdragers krijgen steeds vaker te maken met agressie, bedreiging en intimidatie, ook "
            "online en bij hun woning. Het Stappenplan beveiliging lokale bestuurders vraagt gemeenten om beleid te "
            "formuleren: af te bakenen wat grensoverschrijdend gedrag is, welke norm geldt en wat er gebeurt als "
            "die norm wordt overschreden, en dat beleid te laten bekrachtigen.",
            ss,
        ),
        heading("Beoogd effect", ss),
        para(
            "Eén duidelijke norm voor iedereen die met het bestuur te maken heeft, een vast meldpunt, en de "
            "zekerheid voor ambtsdragers en hun naasten dat er altijd een passende reactie volgt.",
            ss,
        ),
        heading("Argumenten", ss),
        para(
            "1.1 Het protocol geldt voor "
            + ", ".join(p.roles)
            + (" en hun directe omgeving (" + ", ".join(p.circle) + ")." if p.circle else "."),
            ss,
        ),
        para("1.2 Het benoemt als grensoverschrijdend gedrag: " + ", ".join(p.behaviours).lower() + ".", ss),
        para(
            f"1.3 Elk incident wordt intern gemeld bij het meldpunt: {p.meldpunt}."
            if p.report_internally
            else f"1.3 Het meldpunt is {p.meldpunt}.",
            ss,
        ),
        heading("Kanttekeningen", ss),
        para(
            "Een protocol voorkomt niet elk incident. Het werkt alleen als het bekend is: het wordt besproken met "
            "nieuwe ambtsdragers en jaarlijks onder de aandacht gebracht.",
            ss,
        ),
        heading("Financiën", ss),
        para("Vaststelling van het protocol heeft geen directe financiële gevolgen.", ss),
        heading("Communicatie", ss),
        para(
            "Na vaststelling wordt het protocol bekendgemaakt in het gemeenteblad en gedeeld met alle "
            "ambtsdragers, de griffie en de ketenpartners (politie en OM).",
            ss,
        ),
        PageBreak(),
        Paragraph(text("Ontwerpbesluit"), ss["Title"]),
        Paragraph(
            text(f"{municipality_title(p.municipality)} · {p.title}, versie {p.version}"), ss["Subtitle"]
        ),
    ]
    if council:
        preamble = [
            f"De raad van de {_gemeente(p.municipality)};",
            f"gelezen het voorstel van {_proposer(d.adopting_body)};",
            "gelet op artikel 147 van de Gemeentewet;",
        ]
    else:
        preamble = [
            f"Het college van burgemeester en wethouders van de {_gemeente(p.municipality)};",
            "gelet op artikel 160 van de Gemeentewet;",
        ]
    for line in preamble:
        story.append(para(line, ss))
    story.append(Paragraph("<b>besluit:</b>", ss["Body"]))
    story.append(para(f"vast te stellen het {p.title}, versie {p.version}, zoals bijgevoegd.", ss))
    story.append(spacer(4))
    signer = ("De griffier,", "De voorzitter,") if council else ("De secretaris,", "De burgemeester,")
    story.append(
        para(
            f"Aldus besloten in de openbare vergadering van {organ} van ........................",
            ss,
        )
        if council
        else para("Aldus besloten in de vergadering van het college van ........................", ss)
    )
    story.append(spacer(8))
    sign = Table(
        [
            [Paragraph(text(signer[0]), ss["Body"]), Paragraph(text(signer[1]), ss["Body"])],
            [
                Paragraph("<br/><br/><br/>" + "." * 40, ss["Body"]),
                Paragraph("<br/><br/><br/>" + "." * 40, ss["Body"]),
            ],
        ],
        colWidths=[layout.CONTENT_WIDTH / 2] * 2,
        hAlign="LEFT",
    )
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    embedded(sign)
    story.append(sign)
    return story


def render_proposal(d: ProposalData) -> bytes:
    return layout.render(
        proposal_story(d),
        title=f"{proposal_title(d.adopting_body)} — protocol versie {d.protocol.version}",
        municipality=municipality_title(d.protocol.municipality),
        generated_at=d.protocol.generated_at,
        classification="",
    )
