<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionsDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="178"/>
        <source>Aanpassingen als actiepunt</source>
        <translation>Improvements as action items</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="195"/>
        <source>&amp;Verantwoordelijke:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="197"/>
        <source>&amp;Uiterlijk:</source>
        <translation>&amp;Due by:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="205"/>
        <source>&amp;Actiepunten maken</source>
        <translation>Create &amp;action items</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="207"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="212"/>
        <source>Vink de aanpassingen aan die een actiepunt in stap 4 worden (spatie vinkt aan of uit).</source>
        <translation>Tick the improvements that become an action item in step 4 (Space ticks or unticks).</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="46"/>
        <source>open en bezig</source>
        <translation>open and in progress</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="47"/>
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="48"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="49"/>
        <source>gereed of vervallen</source>
        <translation>done or lapsed</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="60"/>
        <source>Toon:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="62"/>
        <source>Welke actiepunten de lijst toont (Ctrl+T: verlopen)</source>
        <translation>Which action items the list shows (Ctrl+T: overdue)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="64"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="67"/>
        <source>Vandaag gedaan (Ctrl+D): een eenmalig actiepunt is gereed, een terugkerend krijgt zijn volgende datum.</source>
        <translation>Done today (Ctrl+D): a one-off action item is completed, a recurring one gets its next date.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="113"/>
        <source>{n} in de lijst; {late} verlopen.</source>
        <translation>{n} in the list; {late} overdue.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="123"/>
        <source>Laatst gedaan op {d}.</source>
        <translation>Last done on {d}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="128"/>
        <source>Verlopen sinds {d}.</source>
        <translation>Overdue since {d}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="141"/>
        <source>Komt uit de incidentbespreking ({forum}) van {d}.</source>
        <translation>Comes from the incident review ({forum}) of {d}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="144"/>
        <source>Komt uit: {source} nr. {id}.</source>
        <translation>Comes from: {source} no. {id}.</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="50"/>
        <source>{n} ketenafspraken</source>
        <translation>{n} partner agreements</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="54"/>
        <source>{n} over de herzieningsdatum (rood): bekijk ze opnieuw</source>
        <translation>{n} past their review date (red): review them again</translation>
    </message>
</context>
<context>
    <name>AnalysesTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="76"/>
        <source>&amp;Nieuwe analyse…</source>
        <translation>&amp;New analysis…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="82"/>
        <source>alle soorten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="86"/>
        <source>S&amp;oort:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="88"/>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="175"/>
        <source>Persoonsanalyses &amp;tonen</source>
        <translation>&amp;Show personal analyses</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="94"/>
        <source>Analyses per persoon en per woning zijn verborgen. Tonen wordt vastgelegd in de audittrail.</source>
        <translation>Analyses of a person or a home are hidden. Showing them is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="104"/>
        <source>Doc&amp;ument van deze analyse</source>
        <translation>Doc&amp;ument of this analysis</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="112"/>
        <source>&lt;b&gt;Risicokaart&lt;/b&gt; — actuele analyses, aantal per kans × impact</source>
        <translation>&lt;b&gt;Risk map&lt;/b&gt; — current analyses, number per likelihood × impact</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="151"/>
        <source>Persoonsgebonden analyses worden getoond.</source>
        <translation>Personal analyses are shown.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="155"/>
        <source>{n} persoonsgebonden analyse(s) verborgen.</source>
        <translation>{n} personal analysis/analyses hidden.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="175"/>
        <source>Persoonsanalyses ver&amp;bergen</source>
        <translation>Hi&amp;de personal analyses</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="190"/>
        <source>Nieuwe risicoanalyse</source>
        <translation>New risk analysis</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="193"/>
        <source>Risicoanalyse: {title}</source>
        <translation>Risk analysis: {title}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="205"/>
        <source>Nog geen maatregelen: koppel ze in het tabblad Maatregelen.</source>
        <translation>No measures yet: link them in the Measures tab.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="207"/>
        <source>&amp;Maatregelen die uit deze analyse volgen:</source>
        <translation>&amp;Measures that follow from this analysis:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="219"/>
        <source>Risiconiveau: kies kans en impact.</source>
        <translation>Risk level: choose likelihood and impact.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="222"/>
        <source>Risiconiveau: {level} (kans {k} × impact {i} = {score})</source>
        <translation>Risk level: {level} (likelihood {k} × impact {i} = {score})</translation>
    </message>
</context>
<context>
    <name>AnalysisTableModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="51"/>
        <source>{date} (verlopen)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="66"/>
        <source>De herzieningsdatum van deze analyse is verlopen: herzien of zet de analyse op ‘vervallen’.</source>
        <translation>The review date of this analysis has passed: review it or set the analysis to ‘lapsed’.</translation>
    </message>
</context>
<context>
    <name>AnnualPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="54"/>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="56"/>
        <source>Jaarverslag (&amp;college)…</source>
        <translation>Annual &amp;report (Executive)…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="58"/>
        <source>Alle cijfers met grafieken, vertrouwelijk, voor het college</source>
        <translation>All figures with charts, confidential, for the Mayor and Aldermen (college)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="60"/>
        <source>&amp;Raadsinformatiebrief…</source>
        <translation>&amp;Council information letter…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="62"/>
        <source>Alleen aantallen, aantallen onder de 5 verborgen, geen namen</source>
        <translation>Counts only, counts under 5 hidden, no names</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="73"/>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="77"/>
        <source>Incidenten</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="78"/>
        <source>Online (e-mail, sociale media)</source>
        <translation>Online (email, social media)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="79"/>
        <source>Aangifte gedaan</source>
        <translation>Reported to the police</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="80"/>
        <source>Opvanggesprek op tijd</source>
        <translation>Support meeting on time</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="81"/>
        <source>Sancties afgewogen / opgelegd</source>
        <translation>Sanctions considered / imposed</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="82"/>
        <source>Incidenten geëvalueerd</source>
        <translation>Incidents evaluated</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="83"/>
        <source>Opvolging nog open</source>
        <translation>Follow-up still open</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="101"/>
        <source>Landelijk: </source>
        <translation>National: </translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="110"/>
        <source>Incidenten per maand</source>
        <translation>Incidents per month</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="112"/>
        <source>Soort incident</source>
        <translation>Type of incident</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="114"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="116"/>
        <source>Incidenten per jaar</source>
        <translation>Incidents per year</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="176"/>
        <source>wordt geteld…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="185"/>
        <source>Jaarcijfers worden geteld…</source>
        <translation>Counting the annual figures…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="195"/>
        <source>{part} van {whole} ({percent} procent)</source>
        <translation>{part} of {whole} ({percent} per cent)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="203"/>
        <source>gelijk</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="207"/>
        <source>({sign}{n} procent)</source>
        <translation>({sign}{n} per cent)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="218"/>
        <source>({change} ten opzichte van {y})</source>
        <translation>({change} compared with {y})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="224"/>
        <source>{a}; alleen melding {m}</source>
        <translation>{a}; report only {m}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="228"/>
        <source>{a} van {b}; te laat {c}, niet gevoerd {d}</source>
        <translation>{a} of {b}; late {c}, not held {d}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="239"/>
        <source>Redenen om geen aangifte of melding te doen: {r}</source>
        <translation>Reasons for not reporting to the police: {r}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="250"/>
        <source>incidenten</source>
        <translation>incidents</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="238"/>
        <source>VeiligBestuur (venster)</source>
        <translation>VeiligBestuur (window)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="315"/>
        <source>De kluis is niet aangemaakt; u kunt het opnieuw proberen.</source>
        <translation>The vault was not created; you can try again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="317"/>
        <source>Kluis niet aangemaakt</source>
        <translation>Vault not created</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="368"/>
        <source>De back-up is gecontroleerd en teruggezet. Ontgrendel met een wachtwoord van die back-up.</source>
        <translation>The backup has been checked and restored. Unlock with a password of that backup.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="411"/>
        <source>De controle van de database vond problemen. Maak geen wijzigingen meer en zet de nieuwste back-up terug (Bestand &gt; Herstellen…).

{details}</source>
        <translation>The database check found problems. Make no further changes and restore the latest backup (File &gt; Restore…).

{details}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="423"/>
        <source>De database kon niet volledig worden gecontroleerd. Voer ‘veiligbestuur verify’ uit of zet de nieuwste back-up terug.</source>
        <translation>The database could not be checked completely. Run ‘veiligbestuur verify’ or restore the latest backup.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="436"/>
        <source>Bij het automatisch vergrendelen kon een onvolledige wijziging niet worden opgeslagen.</source>
        <translation>An incomplete change could not be saved when the vault locked automatically.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="439"/>
        <source>Uw wijziging is bij het automatisch vergrendelen opgeslagen.</source>
        <translation>Your change was saved when the vault locked automatically.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="443"/>
        <source>Er is een wijziging die nog niet is opgeslagen. Wilt u die opslaan?</source>
        <translation>There is a change that has not been saved yet. Do you want to save it?</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="444"/>
        <source>Niet-opgeslagen wijziging</source>
        <translation>Unsaved change</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="445"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="446"/>
        <source>&amp;Niet opslaan</source>
        <translation>Do&amp;n&apos;t save</translation>
    </message>
</context>
<context>
    <name>AreaRegister</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="300"/>
        <source>Nieuw</source>
        <extracomment>the column the register sorts on at first (a declared, sortable field); &quot;&quot;: no sorting by the header the kinds whose changes reload the list (default: the register&apos;s own) the record form beside the table (Opslaan, Ctrl+S); False: a dialog per record (`dialog()`) ask to save an edit before the form shows something else, and count it as an unsaved edit of the page choice lists and long texts sized so that the form fits beside its table the widest a column is fitted to its contents (0: as wide as they are); fitted again at every refresh stretch factors of table and form, and their first widths (none: from their contents)</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="301"/>
        <source>Nieuw (Ctrl+Shift+N)</source>
        <translation>New (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="303"/>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="686"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="304"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="305"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="473"/>
        <source>{n} in de lijst</source>
        <extracomment>what is enabled while a vault is open (a register adds its own controls)</extracomment>
        <translation>{n} in the list</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="479"/>
        <source>Nieuw: {kind}</source>
        <translation>New: {kind}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="685"/>
        <source>De wijzigingen in dit formulier zijn nog niet opgeslagen. Nu opslaan?</source>
        <translation>The changes in this form have not been saved yet. Save now?</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="687"/>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="482"/>
        <source>{kind} wijzigen</source>
        <translation>Edit {kind}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="485"/>
        <source>Dit gegeven verwijderen? Dat kan niet ongedaan worden gemaakt.</source>
        <translation>Delete this record? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>AttachmentDropArea</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="103"/>
        <source>Sleep bestanden hierheen om ze als bijlage toe te voegen (max. 25 MB per bestand)</source>
        <translation>Drag files here to add them as attachments (max. 25 MB per file)</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="119"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="120"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="121"/>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="122"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>CategoriesPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="428"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="428"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="428"/>
        <source>Incidenten</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="439"/>
        <source>naam van de categorie</source>
        <translation>name of the category</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="440"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="442"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="443"/>
        <source>&amp;Hernoemen</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="444"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="515"/>
        <source>&amp;Buiten gebruik</source>
        <translation>Ta&amp;ke out of use</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="445"/>
        <source>Ver&amp;wijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="458"/>
        <source>Een categorie die bij een incident is gebruikt, kan niet worden verwijderd: zet haar buiten gebruik. Dan wordt ze niet meer aangeboden bij nieuwe incidenten, maar blijven bestaande incidenten en de jaarcijfers kloppen.</source>
        <translation>A category that has been used for an incident cannot be deleted: take it out of use instead. It is then no longer offered for new incidents, while existing incidents and the annual figures stay correct.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="493"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="514"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="547"/>
        <source>in gebruik</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="493"/>
        <source>buiten gebruik</source>
        <translation>out of use</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="515"/>
        <source>Weer in &amp;gebruik</source>
        <translation>Back into &amp;use</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="554"/>
        <source>Deze categorie verwijderen?</source>
        <translation>Delete this category?</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="312"/>
        <source>Categorieën koppelen</source>
        <translation>Match categories</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="315"/>
        <source>Kies bij elke tekst uit het bestand welke categorie het is: eerst de onbekende, dan de voorstellen (herkend aan een woord; controleer ze). Bewaar de kolommen en deze keuzes met ‘Koppeling opslaan’.</source>
        <translation>For each text from the file, choose which category it is: first the unknown ones, then the proposals (recognised by a word; check them). Keep the columns and these choices with ‘Save mapping’.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="323"/>
        <source>In het bestand</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="323"/>
        <source>Rijen</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="323"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="328"/>
        <source>Alle categorieën zijn herkend.</source>
        <translation>All categories have been recognised.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="332"/>
        <source>naam, bijvoorbeeld ‘Excel tot 2025’</source>
        <translation>name, for example ‘Excel up to 2025’</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="333"/>
        <source>Koppeling op&amp;slaan</source>
        <translation>&amp;Save mapping</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="337"/>
        <source>Bewaar de koppeling:</source>
        <translation>Keep the mapping:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="357"/>
        <source>De koppeling is opgeslagen in de kluis.</source>
        <translation>The mapping has been saved in the vault.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="369"/>
        <source>voorstel</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="378"/>
        <source>— kies een categorie —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="384"/>
        <source>Voorgesteld op grond van een woord in de tekst; pas aan als het niet klopt.</source>
        <translation>Proposed because of a word in the text; change it if it is wrong.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="226"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="226"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="226"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="238"/>
        <source>Elke rij wordt gecontroleerd…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="251"/>
        <source>Rijen worden gecontroleerd…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="274"/>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="274"/>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="291"/>
        <source>{total} rij(en) gelezen: {ok} goed, {bad} met fouten, {dup} dubbel, {empty} leeg overgeslagen.</source>
        <translation>{total} row(s) read: {ok} correct, {bad} with errors, {dup} duplicate, {empty} empty and skipped.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="302"/>
        <source>{n} onbekende categorie(ën): koppel ze op de volgende pagina.</source>
        <translation>{n} unknown category/categories: match them on the next page.</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="20"/>
        <source>Incident afsluiten</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="29"/>
        <source>Deze opvolging staat nog open. Vink aan wat niet meer van toepassing is: dat wordt ‘n.v.t.’ met de reden hieronder. Wat open blijft, houdt het afsluiten tegen.</source>
        <translation>This follow-up is still open. Tick what no longer applies: it becomes ‘n/a’ with the reason below. Anything left open prevents closing.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="34"/>
        <source>Alle opvolging is afgerond. Het incident wordt afgesloten.</source>
        <translation>All follow-up has been completed. The incident will be closed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="36"/>
        <source>termijn</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="45"/>
        <source>bijvoorbeeld ‘slachtoffer wil geen vervolggesprek’</source>
        <translation>for example ‘victim does not want a follow-up meeting’</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="47"/>
        <source>&amp;Reden n.v.t.:</source>
        <translation>&amp;Reason for n/a:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="51"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Close incident</translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/widgets.py" line="239"/>
        <source>Opslaan en sluiten (Ctrl+S)</source>
        <translation>Save and close (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>CommunicationStepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_5_communication.py" line="19"/>
        <source>&amp;Communicatie</source>
        <translation>&amp;Communication</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_5_communication.py" line="20"/>
        <source>Contact&amp;log</source>
        <translation>Contact &amp;log</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_5_communication.py" line="21"/>
        <source>&amp;Slachtoffer geïnformeerd</source>
        <translation>Victim &amp;informed</translation>
    </message>
</context>
<context>
    <name>CommunicationTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="35"/>
        <source>Brief toelichting besluit…</source>
        <translation>Letter explaining a decision…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="39"/>
        <source>Een brief aan de gekozen persoon met het besluit en de toelichting (bij een toelichting op een besluit).</source>
        <translation>A letter to the chosen person with the decision and its explanation (for an explanation of a decision).</translation>
    </message>
</context>
<context>
    <name>ContactCardPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="93"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="93"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="93"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="105"/>
        <source>Nummer &amp;toevoegen</source>
        <translation>&amp;Add number</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="106"/>
        <source>Ver&amp;wijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="107"/>
        <source>Om&amp;hoog</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="108"/>
        <source>Om&amp;laag</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="109"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="110"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="111"/>
        <source>Alles &amp;gecontroleerd (vandaag)</source>
        <translation>All &amp;checked (today)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="113"/>
        <source>Sla de kaart op en leg vast dat u vandaag elk nummer hebt gecontroleerd</source>
        <translation>Save the card and record that you checked every number today</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="130"/>
        <source>De landelijke nummers komen uit openbare bronnen: controleer ze en vul de eigen nummers van de gemeente aan (bode, meldpunt). De kaart staat op de normkaart, de contactkaart (A6) en de werkinstructie. F2 of typen wijzigt een cel.</source>
        <translation>The national numbers come from public sources: check them and add the municipality&apos;s own numbers (usher, reporting point). The card appears on the standards card (normkaart), the contact card (A6) and the work instruction. F2 or typing edits a cell.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="174"/>
        <source>Laatst gecontroleerd: nog nooit. Controleer de nummers en kies ‘Alles gecontroleerd’.</source>
        <translation>Last checked: never. Check the numbers and choose ‘All checked’.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="177"/>
        <source>Laatst gecontroleerd: {d}.</source>
        <translation>Last checked: {d}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="180"/>
        <source>Dat is langer dan zes maanden geleden: controleer de nummers opnieuw.</source>
        <translation>That is more than six months ago: check the numbers again.</translation>
    </message>
</context>
<context>
    <name>ContactLogTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="63"/>
        <source>Uitnodiging ordegesprek…</source>
        <translation>Invitation to a conduct meeting…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="66"/>
        <source>Verslag ordegesprek…</source>
        <translation>Minutes of a conduct meeting…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="73"/>
        <source>Een ordegesprek kan vooruit worden gepland (voor de uitnodiging); het verslag vult u in na het gesprek. Andere contacten legt u vast als ze geweest zijn.</source>
        <translation>A conduct meeting (ordegesprek) can be planned ahead (for the invitation); you fill in the minutes after the meeting. Record other contacts once they have taken place.</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="301"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/widgets.py" line="101"/>
        <source>Typ de datum als dd-mm-jjjj; V = vandaag, + en - = een dag later of eerder.</source>
        <translation>Type the date as dd-mm-yyyy; V = today, + and - = one day later or earlier.</translation>
    </message>
</context>
<context>
    <name>DueItemsModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="63"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="64"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="65"/>
        <source>Hoe vaak</source>
        <translation>How often</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="66"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="67"/>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="72"/>
        <source> (verlopen)</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="80"/>
        <source>Nieuwe evaluatie</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="80"/>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="99"/>
        <source>Incident op ‘geëvalueerd’ &amp;zetten</source>
        <translation>Se&amp;t the incident to ‘evaluated’</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="108"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="110"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="139"/>
        <source> — al geëvalueerd</source>
        <translation> — already evaluated</translation>
    </message>
</context>
<context>
    <name>EvaluationStepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_7_evaluation.py" line="29"/>
        <source>&amp;Evaluaties</source>
        <translation>Eva&amp;luations</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_7_evaluation.py" line="30"/>
        <source>&amp;Termijnherijking</source>
        <translation>&amp;Term review</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_7_evaluation.py" line="31"/>
        <source>&amp;Jaarevaluatie</source>
        <translation>&amp;Annual evaluation</translation>
    </message>
</context>
<context>
    <name>EvaluationsPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="267"/>
        <source>Nog geen evaluaties. Evalueer een afgesloten incident met ‘Nieuwe evaluatie’.</source>
        <translation>No evaluations yet. Evaluate a closed incident with ‘New evaluation’.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="271"/>
        <source>&amp;Nieuwe evaluatie…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="274"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="276"/>
        <source>Aanpassingen als &amp;actiepunt…</source>
        <translation>Improvements as &amp;action items…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="280"/>
        <source>&amp;Document…</source>
        <translation>Doc&amp;ument…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="282"/>
        <source>De evaluatie als document (voorbeeld, afdrukken, opslaan)</source>
        <translation>The evaluation as a document (preview, print, save)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="284"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="289"/>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="324"/>
        <source>alle jaren</source>
        <translation>all years</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="391"/>
        <source>Deze evaluatie heeft geen aanpassingen. Vul ze in bij ‘Aanpassingen’ (één per regel).</source>
        <translation>This evaluation has no improvements. Fill them in under ‘Improvements’ (one per line).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="410"/>
        <source>De evaluatie van incident {n} verwijderen?</source>
        <translation>Delete the evaluation of incident {n}?</translation>
    </message>
</context>
<context>
    <name>ExecutionStepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_4_execution.py" line="20"/>
        <source>&amp;Actiepunten</source>
        <translation>&amp;Action items</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_4_execution.py" line="21"/>
        <source>&amp;Bijeenkomsten</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_4_execution.py" line="22"/>
        <source>&amp;Incidentbesprekingen</source>
        <translation>&amp;Incident reviews</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_4_execution.py" line="23"/>
        <source>Ver&amp;mijdingssignalen</source>
        <translation>Avoidance si&amp;gnals</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="72"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="81"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="82"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="84"/>
        <source>&amp;Pseudonimiseren (namen vervangen door Persoon 1, Persoon 2, …)</source>
        <translation>&amp;Pseudonymise (replace names with Person 1, Person 2, …)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="89"/>
        <source>De kolommen zijn de velden van het register. Het bestand is niet versleuteld: bewaar het alleen op een veilige plek. De export komt in de audittrail.</source>
        <translation>The columns are the fields of the register. The file is not encrypted: keep it in a safe place only. The export is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="95"/>
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="96"/>
        <source>&amp;Formaat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="99"/>
        <source>&amp;Opslaan als…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="129"/>
        <source>{n} rij(en) opgeslagen in {p}.</source>
        <translation>{n} row(s) saved in {p}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="134"/>
        <source>Export wordt gemaakt…</source>
        <translation>Creating the export…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="151"/>
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="157"/>
        <source>{n} termijn(en) opgeslagen in {p}. De afspraken noemen het incidentnummer en de soort opvolging, geen namen.</source>
        <translation>{n} deadline(s) saved in {p}. The appointments name the incident number and the kind of follow-up, no names.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="166"/>
        <source>Agenda wordt gemaakt…</source>
        <translation>Creating the calendar…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="188"/>
        <source>{n} regel(s) opgeslagen in {p}: aantallen per jaar, categorie, kanaal en ernst, zonder namen; aantallen onder de 5 als ‘&lt;5’.</source>
        <translation>{n} line(s) saved in {p}: counts per year, category, channel and severity, without names; counts under 5 as ‘&lt;5’.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="197"/>
        <source>Statistiek wordt gemaakt…</source>
        <translation>Creating the statistics…</translation>
    </message>
</context>
<context>
    <name>FieldColumns</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="53"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/model.py" line="18"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="52"/>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="104"/>
        <source>Bestand kiezen</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="55"/>
        <source>Kies een Excel-bestand (.xlsx) of CSV-bestand met uw oude registratie. Er wordt nog niets opgeslagen: eerst wordt elke rij gecontroleerd.</source>
        <translation>Choose an Excel file (.xlsx) or CSV file with your old records. Nothing is saved yet: every row is checked first.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="61"/>
        <source>Incidenten</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="62"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="65"/>
        <source>bijvoorbeeld C:\Gegevens\incidenten 2019-2025.xlsx</source>
        <translation>for example C:\Data\incidents 2019-2025.xlsx</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="66"/>
        <source>B&amp;laderen…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="79"/>
        <source>&amp;Wat importeert u?</source>
        <translation>&amp;What are you importing?</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="82"/>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="85"/>
        <source>&amp;Opgeslagen koppeling:</source>
        <translation>Saved &amp;mapping:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="97"/>
        <source>geen (koppen herkennen)</source>
        <translation>none (recognise the headers)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="106"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;Alle bestanden (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="122"/>
        <source>Het bestand heeft een kopregel maar geen rijen met gegevens.</source>
        <translation>The file has a header row but no rows with data.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="40"/>
        <source>VeiligBestuur — nieuwe kluis</source>
        <translation>VeiligBestuur — new vault</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="45"/>
        <source>&lt;h2&gt;Welkom bij VeiligBestuur&lt;/h2&gt;&lt;p&gt;Alle gegevens worden versleuteld opgeslagen op deze werkplek. Kies een sterk wachtwoord; u heeft het nodig om de kluis te openen.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to VeiligBestuur&lt;/h2&gt;&lt;p&gt;All data is stored encrypted on this workstation. Choose a strong password; you need it to open the vault.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="53"/>
        <source>bijvoorbeeld Súdwest-Fryslân</source>
        <translation>for example Súdwest-Fryslân</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="56"/>
        <source>uw naam</source>
        <translation>your name</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="60"/>
        <source>bijvoorbeeld een zin van vier of vijf woorden</source>
        <translation>for example a sentence of four or five words</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="66"/>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="67"/>
        <source>&amp;Coördinator:</source>
        <translation>&amp;Coordinator:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="68"/>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="70"/>
        <source>&amp;Herhaal wachtwoord:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="74"/>
        <source>&lt;b&gt;Let op:&lt;/b&gt; een vergeten wachtwoord kan niemand terughalen, ook de leverancier niet. Alleen met de herstelsleutel, die u na het aanmaken krijgt en op papier in een kluis bewaart, komt u dan nog bij de gegevens.</source>
        <translation>&lt;b&gt;Please note:&lt;/b&gt; nobody can retrieve a forgotten password, not even the supplier. Only the recovery key, which you receive after creating the vault and keep on paper in a safe, then still gives access to the data.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="88"/>
        <source>Kluis &amp;aanmaken</source>
        <translation>Create &amp;vault</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="129"/>
        <source>de naam van de coördinator</source>
        <translation>the coordinator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="141"/>
        <source>De kluis wordt aangemaakt…</source>
        <translation>Creating the vault…</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="174"/>
        <source>Opvolging: {t}</source>
        <translation>Follow-up: {t}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="189"/>
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="187"/>
        <source>Wanneer het is gedaan, of besloten dat het niet van toepassing is. Leeg: vandaag.</source>
        <translation>When it was done, or decided that it does not apply. Empty: today.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="190"/>
        <source>&amp;Verantwoordelijke:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="191"/>
        <source>&amp;Termijn:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="192"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="193"/>
        <source>&amp;Afgerond op:</source>
        <translation>&amp;Completed on:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="203"/>
        <source>Afgerond op</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="209"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="75"/>
        <source>Spoor</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="76"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="77"/>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="78"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="84"/>
        <source> (nu aan de beurt)</source>
        <translation> (due now)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="84"/>
        <source> (verlopen)</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="28"/>
        <source>Risicokaart</source>
        <translation>Risk map</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="45"/>
        <source>kans {k} en impact {i}: {n} ({level})</source>
        <translation>likelihood {k} and impact {i}: {n} ({level})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="51"/>
        <source>Risicokaart van {n} actuele analyses (kans maal impact).</source>
        <translation>Risk map of {n} current analyses (likelihood times impact).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="52"/>
        <source>Nog geen analyses.</source>
        <translation>No analyses yet.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="102"/>
        <source>kans {n}</source>
        <translation>likelihood {n}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="107"/>
        <source>impact {n}</source>
        <translation>impact {n}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="111"/>
        <source>impact →   ·   kans ↑</source>
        <translation>impact →   ·   likelihood ↑</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="194"/>
        <source>Deze afbeelding kan niet worden getoond.</source>
        <translation>This image cannot be shown.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="504"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="518"/>
        <source>Controle per rij</source>
        <translation>Check per row</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="520"/>
        <source>Elke rij is gecontroleerd; er is nog niets opgeslagen. Rood: deze rij wordt niet geïmporteerd tot de fout is verbeterd. Bruin: ter informatie (een nieuwe persoon, een dubbele rij).</source>
        <translation>Every row has been checked; nothing has been saved yet. Red: this row is not imported until the error is corrected. Brown: for information (a new person, a duplicate row).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="529"/>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="530"/>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="531"/>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="532"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IncidentDetailDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="162"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="164"/>
        <source>Af&amp;sluiten…</source>
        <translation>Clo&amp;se incident…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="168"/>
        <source>Het incident afsluiten; opvolging die nog open staat kunt u daarbij op ‘n.v.t.’ zetten</source>
        <translation>Close the incident; follow-up that is still open can be set to ‘n/a’ when you do</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="179"/>
        <source>&amp;Feiten</source>
        <translation>&amp;Facts</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="193"/>
        <source>Datum: {item}</source>
        <translation>Date: {item}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="206"/>
        <source>Af&amp;handeling</source>
        <translation>&amp;Handling</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="218"/>
        <source>Opvolging &amp;wijzigen…</source>
        <translation>&amp;Change follow-up…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="220"/>
        <source>Opvolging &amp;toevoegen…</source>
        <translation>Add follow-&amp;up…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="241"/>
        <source>Dubbelklik op een regel om verantwoordelijke, termijn, status en gegevens (zoals het PV-nummer) vast te leggen.</source>
        <translation>Double-click a line to record the person responsible, deadline, status and details (such as the police report (PV) number).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="250"/>
        <source>&amp;Opvolging</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="264"/>
        <source>&amp;Toevoegen…</source>
        <translation>Add a fi&amp;le…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="266"/>
        <source>Be&amp;kijken</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="268"/>
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="270"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="281"/>
        <source>B&amp;ijlagen</source>
        <translation>Attach&amp;ments</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="285"/>
        <source>Tij&amp;dlijn</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="288"/>
        <source>gepseudonimiseerd (initialen)</source>
        <translation>pseudonymised (initials)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="291"/>
        <source>optioneel PDF-wachtwoord</source>
        <translation>optional PDF password</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="292"/>
        <source>&amp;Voorbeeld</source>
        <translation>Previe&amp;w</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="293"/>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="294"/>
        <source>Rapport op&amp;slaan als…</source>
        <translation>Save &amp;report as…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="299"/>
        <source>Incidentrapport:</source>
        <translation>Incident report:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="326"/>
        <source>Incident {n}</source>
        <translation>Incident {n}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="327"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="327"/>
        <source>ernst</source>
        <translation>severity</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="337"/>
        <source>gericht op</source>
        <translation>directed at</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="351"/>
        <source>Slachtoffers</source>
        <translation>Victims</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="363"/>
        <source>door {who}</source>
        <translation>by {who}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="432"/>
        <source>Sancties (stap 3): geen sanctie vastgelegd die naar dit incident verwijst.</source>
        <translation>Sanctions (step 3): no sanction recorded that refers to this incident.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="436"/>
        <source>{step} — {person}, {status}{when}</source>
        <translation>{step} — {person}, {status}{when}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="444"/>
        <source>Sancties (stap 3):</source>
        <translation>Sanctions (step 3):</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="474"/>
        <source>Dit incident is al afgesloten.</source>
        <translation>This incident has already been closed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="481"/>
        <source>Bijlage toevoegen</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="492"/>
        <source>{name} is te groot ({size}). Een bijlage mag hoogstens 25 MB zijn.</source>
        <translation>{name} is too large ({size}). An attachment may be 25 MB at most.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="500"/>
        <source>{name} kan niet worden gelezen ({err}).</source>
        <translation>{name} cannot be read ({err}).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="531"/>
        <source>Dit bestand kan niet in de applicatie worden getoond. Gebruik ‘Opslaan als…’.</source>
        <translation>This file cannot be shown in the application. Use ‘Save as…’.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="542"/>
        <source>De bijlage wordt onversleuteld opgeslagen op de plek die u kiest. Doorgaan?</source>
        <translation>The attachment will be saved unencrypted in the place you choose. Continue?</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="543"/>
        <source>Bijlage opslaan</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="547"/>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="554"/>
        <source>Bijlage ‘{n}’ verwijderen?</source>
        <translation>Delete attachment ‘{n}’?</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="554"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="574"/>
        <source>Voorbeeld incidentrapport {n}</source>
        <translation>Preview of incident report {n}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="588"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="592"/>
        <source>Rapport wordt gemaakt…</source>
        <translation>Creating the report…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/form.py" line="53"/>
        <source>Nieuw incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/form.py" line="53"/>
        <source>Incident bewerken</source>
        <translation>Edit incident</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/form.py" line="64"/>
        <source>houdt verband met het ambt</source>
        <translation>related to the office</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/form.py" line="74"/>
        <source>gericht op:</source>
        <translation>directed at:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/form.py" line="97"/>
        <source>&amp;Opslaan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>IncidentRegister</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="49"/>
        <source>&lt;h3&gt;Incidentregister&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Incident register&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="50"/>
        <source>&amp;Nieuw incident (Ctrl+N)</source>
        <translation>&amp;New incident (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="53"/>
        <source>Zoeken in nummer, beschrijving, locatie, namen…</source>
        <translation>Search number, description, location, names…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="72"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="74"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="75"/>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="76"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="169"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message numerus="yes">
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="217"/>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="224"/>
        <source>%Ln incident(en)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="246"/>
        <source>Incident {n}</source>
        <translation>Incident {n}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="251"/>
        <source>Opschalen naar politie en OM</source>
        <translation>Escalate to the police and the Public Prosecution Service (OM)</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/model.py" line="21"/>
        <source>geen incident</source>
        <translation>no incident</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/model.py" line="22"/>
        <source>grensoverschrijdend</source>
        <translation>inappropriate behaviour</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/model.py" line="23"/>
        <source>licht strafbaar</source>
        <translation>minor offence</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/model.py" line="24"/>
        <source>ernstig</source>
        <translation>serious</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/model.py" line="25"/>
        <source>zeer ernstig</source>
        <translation>very serious</translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="427"/>
        <source>Inzageverzoek (AVG art. 15)</source>
        <translation>Subject access request (GDPR (AVG) art. 15)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="438"/>
        <source>Het overzicht bevat alles wat de kluis over deze persoon bevat: persoonsgegevens, incidenten als slachtoffer of dader, opvolging, contacten en bijlagen (genoemd). Namen van anderen worden vervangen door ‘Persoon 1’, ‘Persoon 2’, …</source>
        <translation>The overview holds everything the vault holds about this person: personal data, incidents as victim or perpetrator, follow-up, contacts and attachments (by name). Names of others are replaced with ‘Person 1’, ‘Person 2’, …</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="444"/>
        <source>&amp;Voorbeeld (PDF)</source>
        <translation>Pre&amp;view (PDF)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="447"/>
        <source>&amp;Opslaan als PDF, JSON en CSV…</source>
        <translation>&amp;Save as PDF, JSON and CSV…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="450"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="458"/>
        <source>&amp;Persoon:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="474"/>
        <source>Map voor het inzageoverzicht</source>
        <translation>Folder for the access overview</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="481"/>
        <source>Opgeslagen: {files}</source>
        <translation>Saved: {files}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="486"/>
        <source>Inzageoverzicht wordt gemaakt…</source>
        <translation>Creating the access overview…</translation>
    </message>
</context>
<context>
    <name>LadderTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="71"/>
        <source>Om&amp;hoog</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="73"/>
        <source>Om&amp;laag</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="80"/>
        <source>niet meer in gebruik</source>
        <translation>no longer in use</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="87"/>
        <source>{n} maatregelen op de ladder (lichtste boven; rood: niet meer in gebruik)</source>
        <translation>{n} measures on the ladder (lightest at the top; red: no longer in use)</translation>
    </message>
</context>
<context>
    <name>LetterheadPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="572"/>
        <source>Briefhoofd van de brieven (stap 3, 4 en 5)</source>
        <translation>Letterhead of the letters (steps 3, 4 and 5)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="574"/>
        <source>Gemeente:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="600"/>
        <source>Een brief aan een ambtsdrager of een naaste gaat altijd naar het gemeentehuis (p/a het postadres hierboven), nooit naar het huisadres.</source>
        <translation>A letter to an office holder or a relative always goes to the town hall (c/o the postal address above), never to the home address.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="607"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="608"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="81"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="133"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="138"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="139"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="141"/>
        <source>A&amp;genda exporteren…</source>
        <translation>Export &amp;calendar…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="150"/>
        <source>&amp;Wachtwoorden beheren…</source>
        <translation>Manage pass&amp;words…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="153"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="135"/>
        <source>&amp;Nieuw incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="162"/>
        <source>&amp;Personen…</source>
        <translation>&amp;People…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="145"/>
        <source>&amp;Back-up maken…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="148"/>
        <source>&amp;Herstellen…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="177"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="156"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="160"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="166"/>
        <source>&amp;Bewaartermijnen en opschonen…</source>
        <translation>Re&amp;tention periods and purging…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="168"/>
        <source>In&amp;zageverzoek…</source>
        <translation>Subject &amp;access request…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="170"/>
        <source>Verwerkings&amp;register…</source>
        <translation>&amp;Record of processing…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="173"/>
        <source>&amp;Statistiek voor de regio…</source>
        <translation>Statistics for the re&amp;gion…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="181"/>
        <source>Be&amp;eld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="182"/>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="186"/>
        <source>Stap &amp;{n}: {title}</source>
        <translation>Step &amp;{n}: {title}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="192"/>
        <source>&amp;Vorige stap</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="195"/>
        <source>V&amp;olgende stap</source>
        <translation>Ne&amp;xt step</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="198"/>
        <source>Volgende open &amp;punt</source>
        <translation>Next open &amp;item</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="215"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="221"/>
        <source>&amp;Systeem</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="306"/>
        <source>Aangemeld als: {slot}</source>
        <translation>Signed in as: {slot}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="203"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="205"/>
        <source>&amp;Handleiding</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="208"/>
        <source>&amp;Over VeiligBestuur</source>
        <translation>&amp;About VeiligBestuur</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="257"/>
        <source>Er staat niets meer open in het stappenplan.</source>
        <translation>Nothing is open any more in the Stappenplan.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="285"/>
        <source>&lt;h3&gt;VeiligBestuur Desktop {version}&lt;/h3&gt;&lt;p&gt;Registratie en opvolging van agressie, bedreiging en geweld tegen politieke ambtsdragers, volgens het Stappenplan beveiliging lokale bestuurders (NGB, Wethoudersvereniging, NCTV, VNG).&lt;/p&gt;&lt;p&gt;Alle gegevens staan versleuteld op deze werkplek.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VeiligBestuur Desktop {version}&lt;/h3&gt;&lt;p&gt;Recording and follow-up of aggression, threats and violence against political office holders, following the Stappenplan beveiliging lokale bestuurders (step-by-step plan for the security of local administrators; NGB, Wethoudersvereniging, NCTV, VNG).&lt;/p&gt;&lt;p&gt;All data is stored encrypted on this workstation.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="290"/>
        <source>Over VeiligBestuur</source>
        <translation>About VeiligBestuur</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="305"/>
        <source>VeiligBestuur — {municipality}</source>
        <translation>VeiligBestuur — {municipality}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="140"/>
        <source>Kolommen koppelen</source>
        <translation>Match columns</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="143"/>
        <source>Gewone Nederlandse kolomkoppen (Datum, Omschrijving, Soort incident, Naam slachtoffer, ...) zijn al herkend. Kies bij de andere kolommen welk gegeven erin staat, of ‘niet importeren’.</source>
        <translation>Common Dutch column headers (Datum, Omschrijving, Soort incident, Naam slachtoffer, ...) have already been recognised. For the other columns, choose which field they hold, or ‘do not import’.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="151"/>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="151"/>
        <source>Gegeven</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="151"/>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="158"/>
        <source>naam, bijvoorbeeld ‘Excel tot 2025’</source>
        <translation>name, for example ‘Excel up to 2025’</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="159"/>
        <source>Koppeling op&amp;slaan</source>
        <translation>&amp;Save mapping</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="163"/>
        <source>Bewaar deze koppeling voor een volgende keer:</source>
        <translation>Keep this mapping for next time:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="184"/>
        <source>— niet importeren —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="205"/>
        <source>De koppeling is opgeslagen in de kluis.</source>
        <translation>The mapping has been saved in the vault.</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="110"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="108"/>
        <source>&amp;Nieuwe maatregel…</source>
        <translation>&amp;New measure…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="114"/>
        <source>alle statussen</source>
        <translation>all statuses</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="118"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="123"/>
        <source>&amp;Status wijzigen…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="153"/>
        <source>Nieuwe maatregel</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="156"/>
        <source>Maatregel: {title}</source>
        <translation>Measure: {title}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="167"/>
        <source>Status: {status}. &amp;Verloop (wijzigen met ‘Status wijzigen…’ in de lijst):</source>
        <translation>Status: {status}. Histor&amp;y (change it with ‘Change status…’ in the list):</translation>
    </message>
</context>
<context>
    <name>MediaPolicyPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="91"/>
        <source>&amp;Nieuw scenario…</source>
        <translation>&amp;New scenario…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="93"/>
        <source>&amp;Bewerken…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="95"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="133"/>
        <source>Nog geen woordvoerder voor: {list}.</source>
        <translation>No spokesperson yet for: {list}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="135"/>
        <source>Voor elk scenario is een woordvoerder aangewezen.</source>
        <translation>A spokesperson has been appointed for every scenario.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="155"/>
        <source>Standaardlijn: {line}</source>
        <translation>Standard line: {line}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="156"/>
        <source>Wie informeert wie: {who}</source>
        <translation>Who informs whom: {who}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="172"/>
        <source>Voor elk scenario is het mediabeleid al vastgelegd; kies er een om te wijzigen.</source>
        <translation>The media policy has been recorded for every scenario; choose one to change it.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="194"/>
        <source>Het mediabeleid voor ‘{s}’ verwijderen?</source>
        <translation>Delete the media policy for ‘{s}’?</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="166"/>
        <source>Risicoblad afdrukken…</source>
        <translation>Print the risk sheet…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="168"/>
        <source>Het risicoblad van deze bijeenkomst (Ctrl+P)</source>
        <translation>The risk sheet of this meeting (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>NewFollowUpDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="229"/>
        <source>Opvolging toevoegen</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="238"/>
        <source>bijvoorbeeld ‘Nazorg voor de getuige’ of ‘Tweede sanctie’</source>
        <translation>for example ‘Aftercare for the witness’ or ‘Second sanction’</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="242"/>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="243"/>
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="244"/>
        <source>&amp;Verantwoordelijke:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="245"/>
        <source>&amp;Termijn:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="269"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="273"/>
        <source>Vul de omschrijving in, bijvoorbeeld ‘Nazorg voor de getuige’.</source>
        <translation>Fill in the description, for example ‘Aftercare for the witness’.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/quick_add.py" line="21"/>
        <source>Nieuwe persoon</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/quick_add.py" line="36"/>
        <source>&amp;Opslaan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>OpvangPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="250"/>
        <source>Eerste opvang (dezelfde dag) — wie vangt op als het slachtoffer is:</source>
        <translation>Immediate support (the same day) — who provides support when the victim is:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="256"/>
        <source>functie of naam, bijv. gemeentesecretaris</source>
        <translation>role or name, e.g. municipal secretary</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="261"/>
        <source>Nazorg en doorverwijzing</source>
        <translation>Aftercare and referral</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="265"/>
        <source>&amp;Nazorg door:</source>
        <translation>&amp;Aftercare by:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="274"/>
        <source>Ondersteuningsteam Weerbaar Bestuur, De Vertrouwenslijn, Slachtofferhulp, bedrijfsarts …</source>
        <translation>Ondersteuningsteam Weerbaar Bestuur, De Vertrouwenslijn, Slachtofferhulp (Victim Support), occupational physician …</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="277"/>
        <source>&amp;Doorverwijzen naar:</source>
        <translation>&amp;Refer to:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="280"/>
        <source>Nazorgtermijnen (voor de opvolging van elk nieuw incident)</source>
        <translation>Aftercare deadlines (for the follow-up of every new incident)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="282"/>
        <source> uur na het incident</source>
        <translation> hours after the incident</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="283"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="284"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="285"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="286"/>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="288"/>
        <source>Op&amp;vanggesprek binnen:</source>
        <translation>Support &amp;meeting within:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="289"/>
        <source>&amp;1e vervolggesprek (na opvanggesprek), van – tot:</source>
        <translation>&amp;1st follow-up meeting (after the support meeting), from – to:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="290"/>
        <source>&amp;2e vervolggesprek (na opvanggesprek), van – tot:</source>
        <translation>&amp;2nd follow-up meeting (after the support meeting), from – to:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="301"/>
        <source>{field} tot</source>
        <translation>{field} to</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="305"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="306"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="308"/>
        <source>Standaard&amp;termijnen</source>
        <translation>Default &amp;deadlines</translation>
    </message>
</context>
<context>
    <name>OverdueActionsModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="71"/>
        <source>Actiepunt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="72"/>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="73"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="74"/>
        <source>Verlopen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="75"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="82"/>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="82"/>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="99"/>
        <source>Voortgang van het stappenplan</source>
        <translation>Progress of the Stappenplan</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="107"/>
        <source>Ga naar stap {n}</source>
        <translation>Go to step {n}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="121"/>
        <source>Verlopen en deze maand</source>
        <translation>Overdue and this month</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="134"/>
        <source>Niets verlopen en niets deze maand.</source>
        <translation>Nothing overdue and nothing this month.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="138"/>
        <source>Volgende &amp;open punt ›</source>
        <translation>Next &amp;open item ›</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="141"/>
        <source>Ga naar het eerste onderdeel dat nog open staat: eerst wat verlopen is (Ctrl+J)</source>
        <translation>Go to the first item that is still open: overdue items first (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="154"/>
        <source>Het jaar in één oogopslag</source>
        <translation>The year at a glance</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="157"/>
        <source>Incidenten per maand</source>
        <translation>Incidents per month</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="159"/>
        <source>Soort incident dit jaar</source>
        <translation>Type of incident this year</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="161"/>
        <source>Open opvolging per spoor</source>
        <translation>Open follow-up per track</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="163"/>
        <source>Onderdelen van het plan</source>
        <translation>Items of the plan</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="189"/>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="275"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="239"/>
        <source>Overzicht wordt geteld…</source>
        <translation>Counting the overview…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="258"/>
        <source>{n} incidenten in {y} (vorig jaar {p}); {o} opvolgingen staan open.</source>
        <translation>{n} incidents in {y} (previous year {p}); {o} follow-ups are open.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="269"/>
        <source>gereed</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="269"/>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="269"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="287"/>
        <source>, {n} verlopen</source>
        <translation>, {n} overdue</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="278"/>
        <source>In totaal {done} van {total} onderdelen gereed.</source>
        <translation>In total {done} of {total} items done.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="66"/>
        <source>bijvoorbeeld Plaatsvervanger (een rol, geen persoonsnaam)</source>
        <translation>for example Deputy (a role, not a person&apos;s name)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="74"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="75"/>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="77"/>
        <source>&amp;Herhaal:</source>
        <translation>&amp;Repeat:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="148"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="149"/>
        <source>&amp;Opslaan als…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="165"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="60"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="122"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="125"/>
        <source>Zoek op naam, omschrijving of organisatie…</source>
        <translation>Search by name, description or organisation…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="129"/>
        <source>Soort persoon</source>
        <translation>Type of person</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="130"/>
        <source>alle soorten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="148"/>
        <source>&amp;Nieuwe persoon</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="152"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="199"/>
        <source>{name} verwijderen?</source>
        <translation>Delete {name}?</translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="103"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="104"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="105"/>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="106"/>
        <source>Frequentie</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="107"/>
        <source>Laatst gedaan</source>
        <translation>Last done</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="108"/>
        <source>Streefdatum / volgende keer</source>
        <translation>Target date / next time</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="193"/>
        <source>Volgende keer, berekend uit ‘laatst gedaan’ en de frequentie</source>
        <translation>Next time, calculated from ‘last done’ and the frequency</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="195"/>
        <source>Dit onderdeel geldt bij elk incident en volgt uit de incidentregistratie.</source>
        <translation>This item applies to every incident and follows from the incident records.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="109"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="184"/>
        <source>Nog geen incidenten dit jaar.</source>
        <translation>No incidents this year yet.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="185"/>
        <source>De status volgt uit de incidentregistratie (stap 6).</source>
        <translation>The status follows from the incident records (step 6).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="191"/>
        <source>Streefdatum verstreken</source>
        <translation>Target date passed</translation>
    </message>
</context>
<context>
    <name>PolicyStepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_1_policy.py" line="30"/>
        <source>&amp;Protocol</source>
        <translation>P&amp;rotocol</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_1_policy.py" line="31"/>
        <source>&amp;Huisregels</source>
        <translation>Ho&amp;use rules</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_1_policy.py" line="32"/>
        <source>&amp;Mediabeleid</source>
        <translation>&amp;Media policy</translation>
    </message>
</context>
<context>
    <name>PreparationStepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="47"/>
        <source>&amp;Ketenafspraken</source>
        <translation>Pa&amp;rtner agreements</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="48"/>
        <source>&amp;Contactkaart</source>
        <translation>&amp;Contact card</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="49"/>
        <source>Opvang&amp;regeling</source>
        <translation>Support &amp;arrangements</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="50"/>
        <source>Sanctie&amp;beleid</source>
        <translation>Sanctions p&amp;olicy</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="51"/>
        <source>Sanc&amp;ties</source>
        <translation>Sanc&amp;tions</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="52"/>
        <source>Cat&amp;egorieën</source>
        <translation>Cate&amp;gories</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="53"/>
        <source>Brie&amp;fhoofd</source>
        <translation>&amp;Letterhead</translation>
    </message>
</context>
<context>
    <name>PreventionStepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_2_prevention.py" line="27"/>
        <source>&amp;Risicoanalyses</source>
        <translation>&amp;Risk analyses</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_2_prevention.py" line="28"/>
        <source>&amp;Maatregelen</source>
        <translation>&amp;Measures</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_2_prevention.py" line="29"/>
        <source>Tr&amp;ainingen</source>
        <translation>Tr&amp;aining</translation>
    </message>
</context>
<context>
    <name>ProcessingRegisterDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="498"/>
        <source>Verwerkingsregister</source>
        <translation>Record of processing activities</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="514"/>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="516"/>
        <source>&amp;Afdrukken / voorbeeld…</source>
        <translation>&amp;Print / preview…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="532"/>
        <source>Het verwerkingsregister is opgeslagen.</source>
        <translation>The record of processing activities has been saved.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="172"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="174"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="175"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/record_form.py" line="182"/>
        <source>bekend</source>
        <extracomment>when set, person fields get a &quot;Nieuwe persoon…&quot; button: `add_person(parent, kinds)` asks for a new person of one of `kinds` and returns its id (None when cancelled); the field then shows and selects it</extracomment>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/record_form.py" line="243"/>
        <source>zoek op naam…</source>
        <translation>search by name…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/record_form.py" line="273"/>
        <source>Nieuwe persoon…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/record_form.py" line="277"/>
        <source>Voeg een persoon toe die nog niet in Personen staat</source>
        <translation>Add a person who is not yet in People</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/record_form.py" line="280"/>
        <source>Nieuwe persoon voor {field}</source>
        <translation>New person for {field}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/record_form.py" line="314"/>
        <source>{field}: zoek op naam</source>
        <translation>{field}: search by name</translation>
    </message>
</context>
<context>
    <name>RecordRegister</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="37"/>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="38"/>
        <source>Nieuw (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="39"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="40"/>
        <source>Ver&amp;wijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/area_register.py" line="132"/>
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="54"/>
        <source>Uw herstelsleutel</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="58"/>
        <source>&lt;h2&gt;Herstelsleutel&lt;/h2&gt;&lt;p&gt;Met deze sleutel komt u bij de gegevens als het wachtwoord kwijt is. Hij wordt &lt;b&gt;maar één keer&lt;/b&gt; getoond. Druk het blad af of sla het op als PDF, en bewaar het op papier in een kluis — niet bij de computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Recovery key&lt;/h2&gt;&lt;p&gt;This key gives you access to the data if the password is lost. It is shown &lt;b&gt;only once&lt;/b&gt;. Print the sheet or save it as a PDF, and keep it on paper in a safe — not near the computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="73"/>
        <source>Blad &amp;opslaan als PDF…</source>
        <translation>Save the sheet as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="74"/>
        <source>Blad af&amp;drukken…</source>
        <translation>&amp;Print the sheet…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="90"/>
        <source>Typ ter controle groepje {n} over:</source>
        <translation>To check, type group {n}:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="95"/>
        <source>Ik heb de sleutel bewaard — &amp;verder</source>
        <translation>I have kept the key — &amp;continue</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="115"/>
        <source>Dat groepje klopt niet. Kijk nog eens goed.</source>
        <translation>That group is not right. Please look again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="128"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="140"/>
        <source>Bewaar eerst de herstelsleutel en typ het gevraagde groepje over.</source>
        <translation>First keep the recovery key safe and type the requested group.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="159"/>
        <source>Herstelsleutel gebruiken</source>
        <translation>Use the recovery key</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="163"/>
        <source>Typ de herstelsleutel van het blad uit de kluis en kies meteen een nieuw wachtwoord. Hoofdletters, spaties en streepjes maken niet uit.</source>
        <translation>Type the recovery key from the sheet in the safe and choose a new password straight away. Capitals, spaces and hyphens do not matter.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="178"/>
        <source>&amp;Herstelsleutel:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="179"/>
        <source>&amp;Nieuw wachtwoord:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="181"/>
        <source>He&amp;rhaal wachtwoord:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="187"/>
        <source>&amp;Ontgrendelen en wachtwoord instellen</source>
        <translation>&amp;Unlock and set the password</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="228"/>
        <source>Kluis wordt hersteld…</source>
        <translation>Recovering the vault…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="241"/>
        <source>U heeft een nieuw wachtwoord. Is de herstelsleutel door anderen gezien? Maak dan een nieuwe herstelsleutel via Bestand &gt; Wachtwoorden beheren…</source>
        <translation>You have a new password. Has anyone else seen the recovery key? Then make a new recovery key through File &gt; Manage passwords…</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/register.py" line="40"/>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/register.py" line="47"/>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/register.py" line="49"/>
        <source>Verwij&amp;deren</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/register.py" line="61"/>
        <source>‘{name}’ verwijderen?</source>
        <translation>Delete ‘{name}’?</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="209"/>
        <source>Bewaartermijnen en opschonen</source>
        <translation>Retention periods and purging</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="220"/>
        <source>Gegevens</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="220"/>
        <source>Jaren</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="220"/>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="220"/>
        <source>Grondslag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="224"/>
        <source>Termijnen op&amp;slaan</source>
        <translation>&amp;Save periods</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="238"/>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="359"/>
        <source>Opschonen</source>
        <translation>Purge</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="238"/>
        <source>Gegeven</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="238"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="238"/>
        <source>Termijn voorbij sinds</source>
        <translation>Period ended on</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="243"/>
        <source>Gekozen gegevens &amp;definitief opschonen…</source>
        <translation>P&amp;urge the chosen records permanently…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="249"/>
        <source>Oudere back-ups &amp;verwijderen</source>
        <translation>Delete &amp;older backups</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="261"/>
        <source>&amp;Aan de beurt</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="262"/>
        <source>&amp;Termijnen</source>
        <translation>&amp;Periods</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="307"/>
        <source>incident {n}</source>
        <translation>incident {n}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="315"/>
        <source>{n} gegeven(s) zijn over hun bewaartermijn heen. Opschonen haalt de persoonsgegevens er definitief uit: een incident wordt geanonimiseerd (jaar, categorie, ernst en kanaal blijven voor de jaarcijfers), een persoon wordt verwijderd. Daarna wordt de kluis gecomprimeerd en een nieuwe back-up gemaakt.</source>
        <translation>{n} record(s) are past their retention period. Purging removes the personal data permanently: an incident is anonymised (year, category, severity and channel remain for the annual figures), a person is deleted. The vault is then compacted and a new backup is made.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="321"/>
        <source>Er zijn geen gegevens waarvan de bewaartermijn voorbij is.</source>
        <translation>There are no records past their retention period.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="337"/>
        <source>{n} bewaartermijn(en) gewijzigd.</source>
        <translation>{n} retention period(s) changed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="350"/>
        <source>Vink eerst aan welke gegevens worden opgeschoond.</source>
        <translation>First tick which records are to be purged.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="355"/>
        <source>{n} gegeven(s) definitief opschonen? Dit kan niet ongedaan worden gemaakt: ook de app kan de gegevens daarna niet meer terughalen.</source>
        <translation>Permanently purge {n} record(s)? This cannot be undone: not even the app can retrieve the data afterwards.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="358"/>
        <source>Definitief opschonen</source>
        <translation>Purge permanently</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="360"/>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="406"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="369"/>
        <source>Gegevens worden opgeschoond…</source>
        <translation>Purging records…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="377"/>
        <source>Opgeschoond: {i} incident(en) geanonimiseerd, {p} perso(o)n(en) verwijderd.</source>
        <translation>Purged: {i} incident(s) anonymised, {p} person(s) deleted.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="383"/>
        <source>Nieuwe back-up gemaakt.</source>
        <translation>New backup made.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="387"/>
        <source>Deze oudere automatische back-ups bevatten de opgeschoonde gegevens nog: {names}.</source>
        <translation>These older automatic backups still hold the purged records: {names}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="390"/>
        <source>Back-ups die u zelf elders bewaart (bijvoorbeeld op een USB-stick) bevatten ze ook nog: vervang die door een nieuwe back-up.</source>
        <translation>Backups you keep elsewhere yourself (for example on a USB stick) still hold them too: replace those with a new backup.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="402"/>
        <source>{n} oudere back-up(s) verwijderen? Daarmee verdwijnen ook de opgeschoonde gegevens uit de back-ups.</source>
        <translation>Delete {n} older backup(s)? This also removes the purged records from the backups.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="404"/>
        <source>Back-ups verwijderen</source>
        <translation>Delete backups</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="405"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="417"/>
        <source>{n} back-up(s) verwijderd.</source>
        <translation>{n} backup(s) deleted.</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="188"/>
        <source>Verslag afdrukken…</source>
        <translation>Print the minutes…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="190"/>
        <source>Het verslag van deze bespreking, gepseudonimiseerd (Ctrl+P)</source>
        <translation>The minutes of this review, pseudonymised (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="198"/>
        <source>Incidenten staan hier alleen met nummer en categorie. Schrijf conclusies zonder namen: het verslag wordt gedeeld.</source>
        <translation>Incidents appear here with number and category only. Write conclusions without names: the minutes are shared.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="219"/>
        <source>Nog geen actiepunten uit deze bespreking.</source>
        <translation>No action items from this review yet.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="231"/>
        <source>Actiepunten uit deze bespreking:</source>
        <translation>Action items from this review:</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="404"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="405"/>
        <source>Controleer de laatste meldingen. Rijen met fouten worden niet geïmporteerd; dubbele alleen als u dat aangeeft. Het importeren gebeurt in één keer: afbreken laat niets achter.</source>
        <translation>Check the last messages. Rows with errors are not imported; duplicates only if you say so. The import happens in one go: cancelling leaves nothing behind.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="412"/>
        <source>Rijen met fouten &amp;overslaan en de goede rijen importeren</source>
        <translation>&amp;Skip rows with errors and import the correct rows</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="414"/>
        <source>Ook de &amp;dubbele rijen importeren</source>
        <translation>Also import the &amp;duplicate rows</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="416"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="454"/>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="457"/>
        <source>Rijen worden geïmporteerd…</source>
        <translation>Importing rows…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="471"/>
        <source>Er is niets geïmporteerd.</source>
        <translation>Nothing has been imported.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="477"/>
        <source>Geïmporteerd: {i} incident(en) en {p} nieuwe perso(o)n(en).</source>
        <translation>Imported: {i} incident(s) and {p} new person(s).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="481"/>
        <source>Geïmporteerd: {p} perso(o)n(en).</source>
        <translation>Imported: {p} person(s).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="483"/>
        <source>Overgeslagen wegens fouten: rij {rows}.</source>
        <translation>Skipped because of errors: row {rows}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="487"/>
        <source>Overgeslagen als dubbel: rij {rows}.</source>
        <translation>Skipped as duplicate: row {rows}.</translation>
    </message>
</context>
<context>
    <name>SanctionsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="151"/>
        <source>Toon &amp;alleen:</source>
        <translation>Show &amp;only:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="209"/>
        <source>alle veroorzakers</source>
        <translation>all perpetrators</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="236"/>
        <source>{n} sancties</source>
        <translation>{n} sanctions</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="238"/>
        <source>{n} nu van kracht</source>
        <translation>{n} now in force</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="265"/>
        <source>Wie beslist volgens het sanctiebeleid: {who}.</source>
        <translation>Who decides under the sanctions policy: {who}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="267"/>
        <source>De burgemeester is slachtoffer van dit incident en beslist niet zelf.</source>
        <translation>The mayor is a victim of this incident and does not decide personally.</translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="44"/>
        <source>Mediabeleid: scenario</source>
        <translation>Media policy: scenario</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="356"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="359"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="368"/>
        <source>Automatisch vergrendelen na:</source>
        <translation>Lock automatically after:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="369"/>
        <source>Dagelijkse back-ups bewaren:</source>
        <translation>Daily backups to keep:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="370"/>
        <source>Wekelijkse back-ups bewaren:</source>
        <translation>Weekly backups to keep:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="372"/>
        <source>Automatische back-ups staan versleuteld in de map van de kluis (backups/auto).</source>
        <translation>Automatic backups are stored encrypted in the vault&apos;s folder (backups/auto).</translation>
    </message>
</context>
<context>
    <name>SignalsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="244"/>
        <source>Alleen voor de coördinator: vermijdingssignalen komen in geen enkel document en worden niet gedeeld. Bespreek een signaal in een persoonlijk gesprek, of verwijs door naar het Ondersteuningsteam Weerbaar Bestuur.</source>
        <translation>For the coordinator only: avoidance signals appear in no document and are not shared. Discuss a signal in a personal conversation, or refer to the Ondersteuningsteam Weerbaar Bestuur (support team for resilient governance).</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="47"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="48"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="49"/>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="56"/>
        <source>in gebruik</source>
        <translation>in use</translation>
    </message>
</context>
<context>
    <name>SlotsDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="91"/>
        <source>Wachtwoorden beheren</source>
        <translation>Manage passwords</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="102"/>
        <source>Wachtwoord &amp;toevoegen…</source>
        <translation>&amp;Add password…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="104"/>
        <source>Eigen wachtwoord &amp;wijzigen…</source>
        <translation>&amp;Change own password…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="106"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="108"/>
        <source>Nieuwe &amp;herstelsleutel…</source>
        <translation>New &amp;recovery key…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="110"/>
        <source>&amp;Gegevenssleutel vervangen…</source>
        <translation>Replace the data &amp;key…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="111"/>
        <source>Bijvoorbeeld als iemand met een eigen wachtwoord vertrekt.</source>
        <translation>For example when someone with their own password leaves.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="117"/>
        <source>&amp;Onthoud op deze werkplek (ontgrendelen zonder wachtwoord)</source>
        <translation>Re&amp;member on this workstation (unlock without a password)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="126"/>
        <source>De sleutel komt in de beveiligde sleutelbos van uw account op deze computer. Gebruik dit alleen op een persoonlijke, vergrendelde werkplek.</source>
        <translation>The key is stored in your account&apos;s secure keyring on this computer. Use this only on a personal, locked workstation.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="132"/>
        <source>Deze werkplek</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="158"/>
        <source>Wachtwoord toevoegen</source>
        <translation>Add password</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="164"/>
        <source>Eigen wachtwoord wijzigen</source>
        <translation>Change own password</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="176"/>
        <source>Sleutel ‘{n}’ verwijderen? Wie die sleutel gebruikte, kan dan niet meer in.</source>
        <translation>Delete key ‘{n}’? Whoever used that key can then no longer get in.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="186"/>
        <source>Een nieuwe herstelsleutel maken? De oude werkt daarna niet meer.</source>
        <translation>Make a new recovery key? The old one will no longer work.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="204"/>
        <source>De database wordt opnieuw versleuteld met een nieuwe sleutel. Er komt een nieuwe herstelsleutel.</source>
        <translation>The database will be re-encrypted with a new key. There will be a new recovery key.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="207"/>
        <source>Deze wachtwoorden werken daarna niet meer: {names}.</source>
        <translation>These passwords will no longer work afterwards: {names}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="210"/>
        <source>Doorgaan?</source>
        <translation>Continue?</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="210"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="272"/>
        <source>Gegevenssleutel vervangen</source>
        <translation>Replace the data key</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="212"/>
        <source>Typ uw eigen wachtwoord ter bevestiging:</source>
        <translation>Type your own password to confirm:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="225"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="294"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="310"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="323"/>
        <source>Gegevenssleutel niet vervangen</source>
        <translation>Data key not replaced</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="230"/>
        <source>De nieuwe sleutels worden voorbereid…</source>
        <translation>Preparing the new keys…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="257"/>
        <source>De database wordt opnieuw versleuteld…</source>
        <translation>Re-encrypting the database…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="269"/>
        <source>De gegevenssleutel is vervangen. Alleen de nieuwe herstelsleutel en de wachtwoorden in de lijst werken nog.</source>
        <translation>The data key has been replaced. Only the new recovery key and the passwords in the list still work.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="280"/>
        <source>Er ging iets onverwachts mis ({kind}).</source>
        <translation>Something unexpected went wrong ({kind}).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="290"/>
        <source>Het vervangen van de gegevenssleutel is onderbroken. De kluis wordt nu vergrendeld. Ontgrendel daarna met uw wachtwoord: het vervangen wordt dan afgemaakt en u ziet welke herstelsleutel geldt.</source>
        <translation>Replacing the data key was interrupted. The vault will now be locked. Then unlock with your password: the replacement is then completed and you will see which recovery key is valid.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="301"/>
        <source>De gegevenssleutel is wel vervangen: de nieuwe herstelsleutel geldt.</source>
        <translation>The data key has been replaced nonetheless: the new recovery key is valid.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="307"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="330"/>
        <source>De gegevenssleutel is niet vervangen. De oude sleutels en de oude herstelsleutel blijven geldig.</source>
        <translation>The data key has not been replaced. The old keys and the old recovery key remain valid.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="139"/>
        <source>Versie {v}: {action}</source>
        <translation>Version {v}: {action}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="149"/>
        <source>bijvoorbeeld: Gemeenteblad 2026, 12345 of CVDR712345</source>
        <translation>for example: Gemeenteblad 2026, 12345 or CVDR712345</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="151"/>
        <source>&amp;Besluitdatum:</source>
        <translation>&amp;Decision date:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="154"/>
        <source>&amp;Vindplaats publicatie:</source>
        <translation>&amp;Place of publication:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="160"/>
        <source>Versie {v} wordt voorgelegd ter vaststelling.</source>
        <translation>Version {v} is submitted for adoption.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="162"/>
        <source>Versie {v} wordt vastgesteld en daarna niet meer gewijzigd. Een eerdere versie die nog geldt, wordt ‘vervangen’.</source>
        <translation>Version {v} is adopted and is not changed after that. An earlier version still in force becomes ‘replaced’.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="165"/>
        <source>Versie {v} is bekendgemaakt.</source>
        <translation>Version {v} has been published.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="167"/>
        <source>Versie {v} moet worden herijkt (na verkiezingen, of omdat de praktijk anders is). Maak daarna een nieuwe versie.</source>
        <translation>Version {v} needs to be reviewed (after elections, or because practice differs). Then make a new version.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="42"/>
        <source>Status wijzigen: {title}</source>
        <translation>Change status: {title}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="59"/>
        <source>Huidige status:</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="60"/>
        <source>&amp;Nieuwe status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="63"/>
        <source>&amp;Met ingang van:</source>
        <translation>&amp;With effect from:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="70"/>
        <source>Status &amp;wijzigen</source>
        <translation>&amp;Change status</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="72"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="77"/>
        <source>Verloop tot nu toe:</source>
        <translation>History so far:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="82"/>
        <source>Dit is de laatste stap: de status kan niet verder.</source>
        <translation>This is the last step: the status cannot move on.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="142"/>
        <source>Dubbelklik of druk F2 op een cel om die te wijzigen; Delete maakt een tekst- of datumcel leeg.</source>
        <translation>Double-click or press F2 on a cell to edit it; Delete empties a text or date cell.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="149"/>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="435"/>
        <source>Notitie bij het gekozen onderdeel</source>
        <translation>Note on the chosen item</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="151"/>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="433"/>
        <source>Kies een onderdeel in de tabel.</source>
        <translation>Choose an item in the table.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="156"/>
        <source>Notitie &amp;opslaan</source>
        <translation>&amp;Save note</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="119"/>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="177"/>
        <source>Checklist van stap {n}</source>
        <translation>Checklist of step {n}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="97"/>
        <source>Stap {n}</source>
        <extracomment>a page whose main content is a register keeps its checklist folded away until asked for</extracomment>
        <translation>Step {n}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="183"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="184"/>
        <source>‹ &amp;Vorige: {name}</source>
        <translation>‹ &amp;Previous: {name}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="186"/>
        <source>Vorige stap (Ctrl+PgUp)</source>
        <translation>Previous step (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="189"/>
        <source>Vol&amp;gende: {name} ›</source>
        <translation>Ne&amp;xt: {name} ›</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="192"/>
        <source>&amp;Naar het overzicht ›</source>
        <translation>To the &amp;overview ›</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="196"/>
        <source>Volgende stap (Ctrl+PgDown)</source>
        <translation>Next step (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="238"/>
        <source>Leg vast wat de gemeente verstaat onder agressie, bedreiging en geweld tegen politieke ambtsdragers en hun directe omgeving, en welke norm geldt: emotie mag, agressie niet; er volgt altijd een reactie. Laat het beleid bekrachtigen, spreek af dat elk incident intern wordt gemeld, en bepaal het mediabeleid en wie woordvoerder is.</source>
        <translation>Record what the municipality means by aggression, threats and violence against political office holders and those close to them, and which standard applies: emotion is allowed, aggression is not; there is always a response. Have the policy ratified, agree that every incident is reported internally, and set the media policy and who is spokesperson.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="244"/>
        <source>Breng de risico’s in kaart: generiek en per beleidsgebied, en waar nodig per persoon, bijeenkomst of woning. Zet op basis daarvan communicatie, trainingen en protocollen op, en beveilig zo nodig actief.</source>
        <translation>Map the risks: in general and per policy area, and where necessary per person, meeting or home. On that basis set up communication, training and protocols, and take active security measures where needed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="249"/>
        <source>Maak ketenafspraken met gemeente(n), politie, OM en NCTV, en bereid opvang, nazorg en repressie voor. Zet een meld- en registratiesysteem op (laat het opzetten) en bepaal het sanctiebeleid, zodat bij een incident vaststaat wat er gebeurt.</source>
        <translation>Make partner agreements with the municipality (or municipalities), the police, the Public Prosecution Service (OM) and the NCTV, and prepare support, aftercare and enforcement. Set up a reporting and recording system (or have one set up) and decide the sanctions policy, so that it is settled what happens when an incident occurs.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="254"/>
        <source>Laat de voorgenomen maatregelen en protocollen uitvoeren en laat operationele risicoanalyses maken voor vergaderingen en bijeenkomsten. Bespreek incidenten regelmatig intern en signaleer vermijdingsgedrag bij collega-bestuurders.</source>
        <translation>Have the intended measures and protocols carried out and have operational risk analyses made for meetings and gatherings. Review incidents internally on a regular basis and watch for avoidance behaviour among fellow administrators.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="259"/>
        <source>Blijf de normen uitdragen. Licht genomen besluiten toe en leg ze uit aan betrokkenen — een omstreden besluit gaat vaak aan incidenten vooraf — en blijf in gesprek met ‘lastige’ personen.</source>
        <translation>Keep promoting the standards. Explain decisions taken and set them out to those concerned — a controversial decision often precedes incidents — and stay in conversation with ‘difficult’ people.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="263"/>
        <source>Volg bij een incident de protocollen, faciliteer de opsporing en wijs op De Vertrouwenslijn en het Ondersteuningsteam Weerbaar Bestuur. Analyseer en registreer elk incident, bespreek het na met het slachtoffer, weeg sancties af en doe bij een strafbaar feit aangifte en verhaal de schade.</source>
        <translation>When an incident occurs, follow the protocols, facilitate the investigation and point to De Vertrouwenslijn and the Ondersteuningsteam Weerbaar Bestuur. Analyse and record every incident, debrief with the victim, consider sanctions and, in the case of a criminal offence, report it to the police and recover the damages.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="269"/>
        <source>Evalueer incidenten systematisch, controleer de processen en evalueer jaarlijks naar aanleiding van incidenten. Herijk per zittings- of collegetermijn de uitgangspunten en stel waar nodig beleid en maatregelen bij.</source>
        <translation>Evaluate incidents systematically, check the processes and evaluate every year in the light of incidents. Review the principles for each council or executive term and adjust policy and measures where needed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="281"/>
        <source>stap {n} {label}</source>
        <translation>step {n} {label}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="328"/>
        <source>verlopen sinds {d}</source>
        <translation>overdue since {d}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="332"/>
        <source>uiterlijk {d}</source>
        <translation>due by {d}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="346"/>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="355"/>
        <source>Nog open in deze stap ({n}):</source>
        <translation>Still open in this step ({n}):</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="351"/>
        <source>Niets meer open in deze stap.</source>
        <translation>Nothing open any more in this step.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="358"/>
        <source>Checklist van stap {n} — {open} open</source>
        <translation>Checklist of step {n} — {open} open</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="439"/>
        <source>Typ hier een notitie, bijvoorbeeld wat is afgesproken en met wie.</source>
        <translation>Type a note here, for example what was agreed and with whom.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="443"/>
        <source>Notitie bij {n}: {title}</source>
        <translation>Note on {n}: {title}</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <location filename="../../veiligbestuur_desktop/ui/kit/widgets.py" line="188"/>
        <source>Minimaal %n tekens</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../veiligbestuur_desktop/ui/kit/widgets.py" line="196"/>
        <source>Te kort: nog %n teken(s)</source>
        <translation>
            <numerusform>Too short: %n more character needed</numerusform>
            <numerusform>Too short: %n more characters needed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/widgets.py" line="198"/>
        <source>Sterkte: {label}</source>
        <translation>Strength: {label}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/widgets.py" line="200"/>
        <source> — te zwak</source>
        <translation> — too weak</translation>
    </message>
</context>
<context>
    <name>TermItemsModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="37"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="38"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="39"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="40"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="49"/>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="49"/>
        <source>nog niet gedaan</source>
        <translation>not done yet</translation>
    </message>
</context>
<context>
    <name>TermReviewPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="79"/>
        <source>&amp;Termijn:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="84"/>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="184"/>
        <source>Checklist &amp;maken</source>
        <translation>&amp;Make checklist</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="109"/>
        <source>Gedaan &amp;op:</source>
        <translation>Done &amp;on:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="111"/>
        <source>&amp;Afvinken</source>
        <translation>&amp;Tick off</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="114"/>
        <source>Vinkje &amp;weghalen</source>
        <translation>&amp;Remove tick</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="119"/>
        <source>Spatie of dubbelklik vinkt het gekozen onderdeel af op de gekozen datum, of haalt het vinkje weg.</source>
        <translation>Space or double-click ticks off the chosen item on the chosen date, or removes the tick.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="137"/>
        <source>Na elke gemeenteraadsverkiezing: de uitgangspunten herijken, het protocol opnieuw laten vaststellen, de contactkaart controleren en elke nieuwe ambtsdrager (uit Personen) informeren en trainen.</source>
        <translation>After every municipal election: review the principles, have the protocol adopted again, check the contact card, and inform and train every new office holder (from People).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="161"/>
        <source> (huidige termijn)</source>
        <translation> (current term)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="181"/>
        <source>Voor {term} is nog geen checklist. ‘Checklist maken’ zet {n} onderdelen klaar.</source>
        <translation>There is no checklist for {term} yet. ‘Make checklist’ prepares {n} items.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="187"/>
        <source>{term}: {done} van {total} gedaan.</source>
        <translation>{term}: {done} of {total} done.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="192"/>
        <source>{n} onderdelen voor ambtsdragers die later zijn toegevoegd, ontbreken nog.</source>
        <translation>{n} items for office holders added later are still missing.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="196"/>
        <source>&amp;Nieuwe ambtsdragers toevoegen ({n})</source>
        <translation>&amp;Add new office holders ({n})</translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="36"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="37"/>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="38"/>
        <source>Slachtoffer(s)</source>
        <translation>Victim(s)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="39"/>
        <source>Spoor</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="40"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="41"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="42"/>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="52"/>
        <source> (verlopen)</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="99"/>
        <source>Te doen bij incidenten</source>
        <translation>To do for incidents</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="112"/>
        <source>Geen opvolging die nu aan de beurt is of verlopen is.</source>
        <translation>No follow-up that is due now or overdue.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="153"/>
        <source>{n} verlopen, {m} nu aan de beurt. Dubbelklik of druk Enter om het incident te openen.</source>
        <translation>{n} overdue, {m} due now. Double-click or press Enter to open the incident.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="156"/>
        <source>De {k} dringendste staan hieronder.</source>
        <translation>The {k} most urgent are listed below.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="176"/>
        <source>Verlopen actiepunten: {n}. Dubbelklik of druk Enter om het actiepunt te openen.</source>
        <translation>Overdue action items: {n}. Double-click or press Enter to open the action item.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="179"/>
        <source>Geen verlopen actiepunten.</source>
        <translation>No overdue action items.</translation>
    </message>
</context>
<context>
    <name>TrainingsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/trainings.py" line="24"/>
        <source>&amp;Nieuwe training…</source>
        <translation>&amp;New training…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/trainings.py" line="34"/>
        <source>Ambtsdragers zonder training deze bestuurstermijn</source>
        <translation>Office holders without training this term</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/trainings.py" line="62"/>
        <source>Nog geen &amp;training deze bestuurstermijn (sinds {d}): {n}</source>
        <translation>No &amp;training yet this term (since {d}): {n}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/trainings.py" line="74"/>
        <source>Nieuwe training</source>
        <translation>New training</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/trainings.py" line="77"/>
        <source>Training: {course}</source>
        <translation>Training: {course}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="50"/>
        <source>VeiligBestuur — ontgrendelen</source>
        <translation>VeiligBestuur — unlock</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="57"/>
        <source>&lt;h2&gt;Kluis vergrendeld&lt;/h2&gt;&lt;p&gt;Typ uw wachtwoord om verder te werken.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vault locked&lt;/h2&gt;&lt;p&gt;Type your password to continue working.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="60"/>
        <source>&amp;Sleutel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="64"/>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="70"/>
        <source>O&amp;nthoud op deze werkplek</source>
        <translation>Re&amp;member on this workstation</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="73"/>
        <source>Voortaan ontgrendelen zonder wachtwoord op deze computer (via de beveiligde sleutelbos).</source>
        <translation>From now on unlock without a password on this computer (through the secure keyring).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="84"/>
        <source>&amp;Herstelsleutel gebruiken…</source>
        <translation>Use the &amp;recovery key…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="88"/>
        <source>&amp;Back-up terugzetten…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="99"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="102"/>
        <source>Af&amp;sluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="181"/>
        <source>Typ uw wachtwoord.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="218"/>
        <source>Kluis wordt ontgrendeld…</source>
        <translation>Unlocking the vault…</translation>
    </message>
</context>
<context>
    <name>VersionForm</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="84"/>
        <source>Nieuwe versie: {kind}</source>
        <translation>New version: {kind}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="87"/>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="97"/>
        <source>{kind} — versie {v} ({status})</source>
        <translation>{kind} — version {v} ({status})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="92"/>
        <source>Versie {v} is {status} en blijft zoals zij is. Wat u hier wijzigt, wordt bij Opslaan een nieuwe conceptversie.</source>
        <translation>Version {v} is {status} and stays as it is. What you change here becomes a new draft version when you save.</translation>
    </message>
</context>
<context>
    <name>VersionRegister</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="189"/>
        <source>Getekend besluit kiezen</source>
        <translation>Choose the signed decision</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="191"/>
        <source>PDF of afbeelding (*.pdf *.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="225"/>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="226"/>
        <source>&amp;Bewerken…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="227"/>
        <source>Nieuwe &amp;versie</source>
        <translation>Ne&amp;w version</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="228"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="236"/>
        <source>Besluit &amp;toevoegen…</source>
        <translation>Add &amp;decision…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="237"/>
        <source>Besluit &amp;bekijken</source>
        <translation>View decisi&amp;on</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="244"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="257"/>
        <source>Geschiedenis van de gekozen versie</source>
        <translation>History of the chosen version</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="329"/>
        <source>Geschiedenis van versie {v}</source>
        <translation>History of version {v}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="336"/>
        <source>Getekend besluit: {name} ({when})</source>
        <translation>Signed decision: {name} ({when})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="340"/>
        <source>Nog geen getekend besluit bij deze versie.</source>
        <translation>No signed decision with this version yet.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="376"/>
        <source>De wijziging is opgeslagen als nieuwe conceptversie {v}.</source>
        <translation>The change has been saved as new draft version {v}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="390"/>
        <source>Er is al een versie in bewerking: versie {v} ({status}). Werk die bij.</source>
        <translation>A version is already being edited: version {v} ({status}). Update that one.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="431"/>
        <source>Conceptversie {v} verwijderen?</source>
        <translation>Delete draft version {v}?</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="464"/>
        <source>Bij deze versie is al een getekend besluit bewaard. Vervangen door het gekozen bestand?</source>
        <translation>A signed decision is already stored with this version. Replace it with the chosen file?</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="472"/>
        <source>Het bestand kan niet worden gelezen. Kies een ander bestand.</source>
        <translation>The file cannot be read. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="491"/>
        <source>Getekend besluit: {name}</source>
        <translation>Signed decision: {name}</translation>
    </message>
</context>
<context>
    <name>VictimInformedTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="100"/>
        <source>bijvoorbeeld 2024-031</source>
        <translation>for example 2024-031</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="103"/>
        <source>Incidentnummer:</source>
        <translation>Incident number:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="105"/>
        <source>Kiezen</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="114"/>
        <source>Kies het incident in de keuzelijst (typ de eerste cijfers, bijvoorbeeld 2026-01), of typ het nummer hierboven en druk Enter. Alleen nummer en categorie worden getoond.</source>
        <translation>Choose the incident in the list (type the first digits, for example 2026-01), or type the number above and press Enter. Only number and category are shown.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="37"/>
        <source>Geen document</source>
        <translation>No document</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="44"/>
        <source>Voorbeeld: {title}</source>
        <translation>Preview: {title}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="56"/>
        <source>Document wordt gemaakt…</source>
        <translation>Creating the document…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="79"/>
        <source>Documenten:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="83"/>
        <source>Document maken ({n})</source>
        <translation>Create document ({n})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="88"/>
        <source>Document maken: kies een van {n} documenten</source>
        <translation>Create document: choose one of {n} documents</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="111"/>
        <source>Document {title} maken</source>
        <translation>Create document {title}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="223"/>
        <source>nl</source>
        <extracomment>The language code of this translation, e.g. &quot;en&quot; for English: the user guide is then read from resources/help/en/. Translate with the code only.</extracomment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="22"/>
        <source>Dat lukte niet</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="26"/>
        <source>Let op</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="30"/>
        <source>VeiligBestuur</source>
        <translation>VeiligBestuur</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="39"/>
        <source>Er ging iets onverwachts mis ({kind}). Wat u eerder heeft opgeslagen, is bewaard. Probeer het nog eens; blijft dit gebeuren, sluit de applicatie dan af en start haar opnieuw, en meld het aan uw functioneel beheerder met het tijdstip.</source>
        <translation>Something unexpected went wrong ({kind}). What you saved earlier has been kept. Please try again; if this keeps happening, quit the application, start it again and report it to your application manager with the time it happened.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="45"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="58"/>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="60"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="61"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="77"/>
        <source>Kluis in gebruik</source>
        <translation>Vault in use</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="81"/>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="84"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>vault_dialogs</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="385"/>
        <source>Back-up maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="387"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="444"/>
        <source>Back-ups (*.vbbackup)</source>
        <translation>Backups (*.vbbackup)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="401"/>
        <source>Back-up gemaakt: {p}</source>
        <translation>Backup made: {p}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="406"/>
        <source>Back-up wordt gemaakt…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="427"/>
        <source>De automatische back-up van vandaag is niet gelukt. Maak via Bestand &gt; Back-up maken… zelf een back-up.</source>
        <translation>Today&apos;s automatic backup failed. Make a backup yourself through File &gt; Make a backup….</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="442"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="456"/>
        <source>Let op: deze back-up van {when} is van een andere kluis (database {backup_id}) dan de kluis die nu in deze map staat (database {current_id}). Als u doorgaat, vervangt die andere kluis de huidige; de huidige kluis wordt eerst apart bewaard. Toch doorgaan?</source>
        <translation>Please note: this backup of {when} is of a different vault (database {backup_id}) from the vault now in this folder (database {current_id}). If you continue, that other vault replaces the current one; the current vault is kept separately first. Continue anyway?</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="462"/>
        <source>Andere kluis herstellen</source>
        <translation>Restore a different vault</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="464"/>
        <source>De back-up van {when} vervangt de huidige kluis. De huidige kluis wordt eerst apart bewaard. Doorgaan?</source>
        <translation>The backup of {when} replaces the current vault. The current vault is kept separately first. Continue?</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="468"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="492"/>
        <source>Herstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="472"/>
        <source>Wachtwoord van de back-up:</source>
        <translation>Password of the backup:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="480"/>
        <source>Back-up wordt gecontroleerd en teruggezet…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
</context>
<context>
    <name>viewers</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="62"/>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="70"/>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="78"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="75"/>
        <source>Het bestand kon niet worden opgeslagen ({err}). Kies een andere plek.</source>
        <translation>The file could not be saved ({err}). Choose another place.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="106"/>
        <source>De printer kon niet worden gestart.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="258"/>
        <source>Handleiding — VeiligBestuur</source>
        <translation>User guide — VeiligBestuur</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="289"/>
        <source>‹ &amp;Terug</source>
        <translation>‹ &amp;Back</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/worker.py" line="103"/>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
</context>
</TS>
