<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionsDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="178"/>
        <source>Aanpassingen als actiepunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="195"/>
        <source>&amp;Verantwoordelijke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="197"/>
        <source>&amp;Uiterlijk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="205"/>
        <source>&amp;Actiepunten maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="207"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="212"/>
        <source>Vink de aanpassingen aan die een actiepunt in stap 4 worden (spatie vinkt aan of uit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="47"/>
        <source>open en bezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="48"/>
        <source>verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="49"/>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="50"/>
        <source>gereed of vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="61"/>
        <source>Toon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="63"/>
        <source>Welke actiepunten de lijst toont (Ctrl+T: verlopen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="65"/>
        <source>Gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="68"/>
        <source>Vandaag gedaan (Ctrl+D): een eenmalig actiepunt is gereed, een terugkerend krijgt zijn volgende datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="114"/>
        <source>{n} in de lijst; {late} verlopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="124"/>
        <source>Laatst gedaan op {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="129"/>
        <source>Verlopen sinds {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="142"/>
        <source>Komt uit de incidentbespreking ({forum}) van {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="145"/>
        <source>Komt uit: {source} nr. {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="51"/>
        <source>{n} ketenafspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="55"/>
        <source>{n} over de herzieningsdatum (rood): bekijk ze opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysesTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="80"/>
        <source>&amp;Nieuwe analyse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="85"/>
        <source>alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="89"/>
        <source>S&amp;oort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="91"/>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="191"/>
        <source>Persoonsanalyses &amp;tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="97"/>
        <source>Analyses per persoon en per woning zijn verborgen. Tonen wordt vastgelegd in de audittrail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="106"/>
        <source>Doc&amp;ument van deze analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="114"/>
        <source>&lt;b&gt;Risicokaart&lt;/b&gt; — actuele analyses, aantal per kans × impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="167"/>
        <source>Persoonsgebonden analyses worden getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="171"/>
        <source>{n} persoonsgebonden analyse(s) verborgen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="191"/>
        <source>Persoonsanalyses ver&amp;bergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="209"/>
        <source>Nieuwe risicoanalyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="215"/>
        <source>Risicoanalyse: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="228"/>
        <source>Nog geen maatregelen: koppel ze in het tabblad Maatregelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="230"/>
        <source>&amp;Maatregelen die uit deze analyse volgen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="242"/>
        <source>Risiconiveau: kies kans en impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="245"/>
        <source>Risiconiveau: {level} (kans {k} × impact {i} = {score})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisTableModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="54"/>
        <source>{date} (verlopen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/analyses.py" line="69"/>
        <source>De herzieningsdatum van deze analyse is verlopen: herzien of zet de analyse op ‘vervallen’.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnualPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="55"/>
        <source>&amp;Jaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="57"/>
        <source>Jaarverslag (&amp;college)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="59"/>
        <source>Alle cijfers met grafieken, vertrouwelijk, voor het college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="61"/>
        <source>&amp;Raadsinformatiebrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="63"/>
        <source>Alleen aantallen, aantallen onder de 5 verborgen, geen namen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="74"/>
        <source>Kerncijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="78"/>
        <source>Incidenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="79"/>
        <source>Online (e-mail, sociale media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="80"/>
        <source>Aangifte gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="81"/>
        <source>Opvanggesprek op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="82"/>
        <source>Sancties afgewogen / opgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="83"/>
        <source>Incidenten geëvalueerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="84"/>
        <source>Opvolging nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="100"/>
        <source>Landelijk: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="107"/>
        <source>Incidenten per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="109"/>
        <source>Soort incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="111"/>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="113"/>
        <source>Incidenten per jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="173"/>
        <source>wordt geteld…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="182"/>
        <source>Jaarcijfers worden geteld…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="196"/>
        <source>({change} ten opzichte van {y})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="202"/>
        <source>{a}; alleen melding {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="206"/>
        <source>{a} van {b}; te laat {c}, niet gevoerd {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="217"/>
        <source>Redenen om geen aangifte of melding te doen: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/annual.py" line="228"/>
        <source>incidenten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="213"/>
        <source>VeiligBestuur (venster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="283"/>
        <source>De kluis is niet aangemaakt; u kunt het opnieuw proberen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="285"/>
        <source>Kluis niet aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="333"/>
        <source>De back-up is gecontroleerd en teruggezet. Ontgrendel met een wachtwoord van die back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="376"/>
        <source>De controle van de database vond problemen. Maak geen wijzigingen meer en zet de nieuwste back-up terug (Bestand &gt; Herstellen…).

{details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="388"/>
        <source>De database kon niet volledig worden gecontroleerd. Voer ‘veiligbestuur verify’ uit of zet de nieuwste back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="401"/>
        <source>Bij het automatisch vergrendelen kon een onvolledige wijziging niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="404"/>
        <source>Uw wijziging is bij het automatisch vergrendelen opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="408"/>
        <source>Er is een wijziging die nog niet is opgeslagen. Wilt u die opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="409"/>
        <source>Niet-opgeslagen wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="410"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/start.py" line="411"/>
        <source>&amp;Niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaRegister</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="133"/>
        <source>Nieuw</source>
        <extracomment>the column the register sorts on at first (a declared, sortable field), newest first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="134"/>
        <source>Nieuw (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="135"/>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="387"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="136"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="137"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="321"/>
        <source>{n} in de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="345"/>
        <source>Nieuw: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="386"/>
        <source>De wijzigingen in dit formulier zijn nog niet opgeslagen. Nu opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="388"/>
        <source>Niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="425"/>
        <source>{kind} wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="464"/>
        <source>Dit gegeven verwijderen? Dat kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentDropArea</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="103"/>
        <source>Sleep bestanden hierheen om ze als bijlage toe te voegen (max. 25 MB per bestand)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="119"/>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="120"/>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="121"/>
        <source>Toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="122"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="410"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="410"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="410"/>
        <source>Incidenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="421"/>
        <source>naam van de categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="422"/>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="424"/>
        <source>&amp;Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="425"/>
        <source>&amp;Hernoemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="426"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="497"/>
        <source>&amp;Buiten gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="427"/>
        <source>Ver&amp;wijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="440"/>
        <source>Een categorie die bij een incident is gebruikt, kan niet worden verwijderd: zet haar buiten gebruik. Dan wordt ze niet meer aangeboden bij nieuwe incidenten, maar blijven bestaande incidenten en de jaarcijfers kloppen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="475"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="496"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="528"/>
        <source>in gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="475"/>
        <source>buiten gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="497"/>
        <source>Weer in &amp;gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="535"/>
        <source>Deze categorie verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="312"/>
        <source>Categorieën koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="315"/>
        <source>Kies bij elke tekst uit het bestand welke categorie het is: eerst de onbekende, dan de voorstellen (herkend aan een woord; controleer ze). Bewaar de kolommen en deze keuzes met ‘Koppeling opslaan’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="323"/>
        <source>In het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="323"/>
        <source>Rijen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="323"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="328"/>
        <source>Alle categorieën zijn herkend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="332"/>
        <source>naam, bijvoorbeeld ‘Excel tot 2025’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="333"/>
        <source>Koppeling op&amp;slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="337"/>
        <source>Bewaar de koppeling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="357"/>
        <source>De koppeling is opgeslagen in de kluis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="369"/>
        <source>voorstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="378"/>
        <source>— kies een categorie —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="384"/>
        <source>Voorgesteld op grond van een woord in de tekst; pas aan als het niet klopt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="226"/>
        <source>Rij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="226"/>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="226"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="238"/>
        <source>Elke rij wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="251"/>
        <source>Rijen worden gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="274"/>
        <source>waarschuwing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="274"/>
        <source>fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="291"/>
        <source>{total} rij(en) gelezen: {ok} goed, {bad} met fouten, {dup} dubbel, {empty} leeg overgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="302"/>
        <source>{n} onbekende categorie(ën): koppel ze op de volgende pagina.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="20"/>
        <source>Incident afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="29"/>
        <source>Deze opvolging staat nog open. Vink aan wat niet meer van toepassing is: dat wordt ‘n.v.t.’ met de reden hieronder. Wat open blijft, houdt het afsluiten tegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="34"/>
        <source>Alle opvolging is afgerond. Het incident wordt afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="46"/>
        <source>bijvoorbeeld ‘slachtoffer wil geen vervolggesprek’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="48"/>
        <source>&amp;Reden n.v.t.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/close_dialog.py" line="52"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/widgets.py" line="233"/>
        <source>Opslaan en sluiten (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationStepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_5_communication.py" line="30"/>
        <source>&amp;Communicatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_5_communication.py" line="31"/>
        <source>Contact&amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_5_communication.py" line="32"/>
        <source>&amp;Slachtoffer geïnformeerd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="46"/>
        <source>Brief toelichting besluit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="50"/>
        <source>Een brief aan de gekozen persoon met het besluit en de toelichting (bij een toelichting op een besluit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCardPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="90"/>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="90"/>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="90"/>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="102"/>
        <source>Nummer &amp;toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="103"/>
        <source>Ver&amp;wijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="104"/>
        <source>Om&amp;hoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="105"/>
        <source>Om&amp;laag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="106"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="107"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="108"/>
        <source>Alles &amp;gecontroleerd (vandaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="110"/>
        <source>Sla de kaart op en leg vast dat u vandaag elk nummer hebt gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="127"/>
        <source>De landelijke nummers komen uit openbare bronnen: controleer ze en vul de eigen nummers van de gemeente aan (bode, meldpunt). De kaart staat op de normkaart, de contactkaart (A6) en de werkinstructie. F2 of typen wijzigt een cel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="171"/>
        <source>Laatst gecontroleerd: nog nooit. Controleer de nummers en kies ‘Alles gecontroleerd’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="174"/>
        <source>Laatst gecontroleerd: {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="177"/>
        <source>Dat is langer dan zes maanden geleden: controleer de nummers opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLogTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="77"/>
        <source>Uitnodiging ordegesprek…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="80"/>
        <source>Verslag ordegesprek…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="89"/>
        <source>Een ordegesprek kan vooruit worden gepland (voor de uitnodiging); het verslag vult u in na het gesprek. Andere contacten legt u vast als ze geweest zijn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="293"/>
        <source>geen datum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/widgets.py" line="98"/>
        <source>Typ de datum als dd-mm-jjjj; V = vandaag, + en - = een dag later of eerder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueItemsModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="55"/>
        <source>Stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="56"/>
        <source>Onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="57"/>
        <source>Hoe vaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="58"/>
        <source>Uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="59"/>
        <source>Verantwoordelijke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="64"/>
        <source> (verlopen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="80"/>
        <source>Nieuwe evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="80"/>
        <source>Evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="99"/>
        <source>Incident op ‘geëvalueerd’ &amp;zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="108"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="110"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="139"/>
        <source> — al geëvalueerd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationStepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_7_evaluation.py" line="29"/>
        <source>&amp;Evaluaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_7_evaluation.py" line="30"/>
        <source>&amp;Termijnherijking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_7_evaluation.py" line="31"/>
        <source>&amp;Jaarevaluatie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationsPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="267"/>
        <source>Nog geen evaluaties. Evalueer een afgesloten incident met ‘Nieuwe evaluatie’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="271"/>
        <source>&amp;Nieuwe evaluatie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="274"/>
        <source>&amp;Openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="276"/>
        <source>Aanpassingen als &amp;actiepunt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="280"/>
        <source>&amp;Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="282"/>
        <source>De evaluatie als document (voorbeeld, afdrukken, opslaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="284"/>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="289"/>
        <source>&amp;Jaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="324"/>
        <source>alle jaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="391"/>
        <source>Deze evaluatie heeft geen aanpassingen. Vul ze in bij ‘Aanpassingen’ (één per regel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="410"/>
        <source>De evaluatie van incident {n} verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionStepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_4_execution.py" line="32"/>
        <source>&amp;Actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_4_execution.py" line="33"/>
        <source>&amp;Bijeenkomsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_4_execution.py" line="34"/>
        <source>&amp;Incidentbesprekingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_4_execution.py" line="35"/>
        <source>Ver&amp;mijdingssignalen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="72"/>
        <source>Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="81"/>
        <source>Excel (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="82"/>
        <source>CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="84"/>
        <source>&amp;Pseudonimiseren (namen vervangen door Persoon 1, Persoon 2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="89"/>
        <source>De kolommen zijn de velden van het register. Het bestand is niet versleuteld: bewaar het alleen op een veilige plek. De export komt in de audittrail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="95"/>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="96"/>
        <source>&amp;Formaat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="99"/>
        <source>&amp;Opslaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="129"/>
        <source>{n} rij(en) opgeslagen in {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="134"/>
        <source>Export wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="151"/>
        <source>Agenda (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="157"/>
        <source>{n} termijn(en) opgeslagen in {p}. De afspraken noemen het incidentnummer en de soort opvolging, geen namen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="166"/>
        <source>Agenda wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="188"/>
        <source>{n} regel(s) opgeslagen in {p}: aantallen per jaar, categorie, kanaal en ernst, zonder namen; aantallen onder de 5 als ‘&lt;5’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="197"/>
        <source>Statistiek wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldColumns</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/evaluations.py" line="53"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/model.py" line="18"/>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="52"/>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="104"/>
        <source>Bestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="55"/>
        <source>Kies een Excel-bestand (.xlsx) of CSV-bestand met uw oude registratie. Er wordt nog niets opgeslagen: eerst wordt elke rij gecontroleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="61"/>
        <source>Incidenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="62"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="65"/>
        <source>bijvoorbeeld C:\Gegevens\incidenten 2019-2025.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="66"/>
        <source>B&amp;laderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="79"/>
        <source>&amp;Wat importeert u?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="82"/>
        <source>&amp;Bestand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="85"/>
        <source>&amp;Opgeslagen koppeling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="97"/>
        <source>geen (koppen herkennen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="106"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="122"/>
        <source>Het bestand heeft een kopregel maar geen rijen met gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="39"/>
        <source>VeiligBestuur — nieuwe kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="44"/>
        <source>&lt;h2&gt;Welkom bij VeiligBestuur&lt;/h2&gt;&lt;p&gt;Alle gegevens worden versleuteld opgeslagen op deze werkplek. Kies een sterk wachtwoord; u heeft het nodig om de kluis te openen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="52"/>
        <source>bijvoorbeeld Súdwest-Fryslân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="55"/>
        <source>uw naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="59"/>
        <source>bijvoorbeeld een zin van vier of vijf woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="65"/>
        <source>&amp;Gemeente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="66"/>
        <source>&amp;Coördinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="67"/>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="69"/>
        <source>&amp;Herhaal wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="73"/>
        <source>&lt;b&gt;Let op:&lt;/b&gt; een vergeten wachtwoord kan niemand terughalen, ook de leverancier niet. Alleen met de herstelsleutel, die u na het aanmaken krijgt en op papier in een kluis bewaart, komt u dan nog bij de gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="87"/>
        <source>Kluis &amp;aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="128"/>
        <source>de naam van de coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/first_run.py" line="140"/>
        <source>De kluis wordt aangemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="157"/>
        <source>Opvolging: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="172"/>
        <source>&amp;Omschrijving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="170"/>
        <source>Wanneer het is gedaan, of besloten dat het niet van toepassing is. Leeg: vandaag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="173"/>
        <source>&amp;Verantwoordelijke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="174"/>
        <source>&amp;Termijn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="175"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="176"/>
        <source>&amp;Afgerond op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="186"/>
        <source>Afgerond op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="192"/>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="75"/>
        <source>Spoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="76"/>
        <source>Onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="77"/>
        <source>Verantwoordelijke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="78"/>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="84"/>
        <source> (nu aan de beurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="84"/>
        <source> (verlopen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="28"/>
        <source>Risicokaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="45"/>
        <source>kans {k} en impact {i}: {n} ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="51"/>
        <source>Risicokaart van {n} actuele analyses (kans maal impact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="52"/>
        <source>Nog geen analyses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="102"/>
        <source>kans {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="107"/>
        <source>impact {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/heat_map.py" line="111"/>
        <source>impact →   ·   kans ↑</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="194"/>
        <source>Deze afbeelding kan niet worden getoond.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="504"/>
        <source>Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="518"/>
        <source>Controle per rij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="520"/>
        <source>Elke rij is gecontroleerd; er is nog niets opgeslagen. Rood: deze rij wordt niet geïmporteerd tot de fout is verbeterd. Bruin: ter informatie (een nieuwe persoon, een dubbele rij).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="529"/>
        <source>&amp;Volgende &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="530"/>
        <source>&lt; V&amp;orige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="531"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="532"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDetailDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="162"/>
        <source>&amp;Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="164"/>
        <source>Af&amp;sluiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="168"/>
        <source>Het incident afsluiten; opvolging die nog open staat kunt u daarbij op ‘n.v.t.’ zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="179"/>
        <source>&amp;Feiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="193"/>
        <source>Datum: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="206"/>
        <source>Af&amp;handeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="218"/>
        <source>Opvolging &amp;wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="220"/>
        <source>Opvolging &amp;toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="235"/>
        <source>Dubbelklik op een regel om verantwoordelijke, termijn, status en gegevens (zoals het PV-nummer) vast te leggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="244"/>
        <source>&amp;Opvolging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="258"/>
        <source>&amp;Toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="260"/>
        <source>Be&amp;kijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="262"/>
        <source>Opslaan &amp;als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="264"/>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="275"/>
        <source>B&amp;ijlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="279"/>
        <source>Tij&amp;dlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="282"/>
        <source>gepseudonimiseerd (initialen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="285"/>
        <source>optioneel PDF-wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="286"/>
        <source>&amp;Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="287"/>
        <source>Af&amp;drukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="288"/>
        <source>Rapport op&amp;slaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="293"/>
        <source>Incidentrapport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="320"/>
        <source>Incident {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="354"/>
        <source>door {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="439"/>
        <source>Dit incident is al afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="446"/>
        <source>Bijlage toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="457"/>
        <source>{name} is te groot ({size}). Een bijlage mag hoogstens 25 MB zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="465"/>
        <source>{name} kan niet worden gelezen ({err}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="496"/>
        <source>Dit bestand kan niet in de applicatie worden getoond. Gebruik ‘Opslaan als…’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="507"/>
        <source>De bijlage wordt onversleuteld opgeslagen op de plek die u kiest. Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="508"/>
        <source>Bijlage opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="512"/>
        <source>Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="519"/>
        <source>Bijlage ‘{n}’ verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="519"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="539"/>
        <source>Voorbeeld incidentrapport {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="553"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/detail.py" line="557"/>
        <source>Rapport wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/form.py" line="53"/>
        <source>Nieuw incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/form.py" line="53"/>
        <source>Incident bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/form.py" line="64"/>
        <source>houdt verband met het ambt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/form.py" line="74"/>
        <source>gericht op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/form.py" line="95"/>
        <source>&amp;Opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentRegister</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="48"/>
        <source>&lt;h3&gt;Incidentregister&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="49"/>
        <source>&amp;Nieuw incident (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="52"/>
        <source>Zoeken in nummer, beschrijving, locatie, namen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="70"/>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="72"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="73"/>
        <source>Ernst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="74"/>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="160"/>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="208"/>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="215"/>
        <source>%Ln incident(en)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="237"/>
        <source>Incident {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/register.py" line="242"/>
        <source>Opschalen naar politie en OM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/model.py" line="21"/>
        <source>geen incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/model.py" line="22"/>
        <source>grensoverschrijdend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/model.py" line="23"/>
        <source>licht strafbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/model.py" line="24"/>
        <source>ernstig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/model.py" line="25"/>
        <source>zeer ernstig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="427"/>
        <source>Inzageverzoek (AVG art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="438"/>
        <source>Het overzicht bevat alles wat de kluis over deze persoon bevat: persoonsgegevens, incidenten als slachtoffer of dader, opvolging, contacten en bijlagen (genoemd). Namen van anderen worden vervangen door ‘Persoon 1’, ‘Persoon 2’, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="444"/>
        <source>&amp;Voorbeeld (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="447"/>
        <source>&amp;Opslaan als PDF, JSON en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="450"/>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="458"/>
        <source>&amp;Persoon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="474"/>
        <source>Map voor het inzageoverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="481"/>
        <source>Opgeslagen: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="486"/>
        <source>Inzageoverzicht wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="72"/>
        <source>Om&amp;hoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="74"/>
        <source>Om&amp;laag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="82"/>
        <source>niet meer in gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="92"/>
        <source>{n} maatregelen op de ladder (lichtste boven; rood: niet meer in gebruik)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterheadPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="553"/>
        <source>Briefhoofd van de brieven (stap 3, 4 en 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="555"/>
        <source>Gemeente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="580"/>
        <source>Een brief aan een ambtsdrager of een naaste gaat altijd naar het gemeentehuis (p/a het postadres hierboven), nooit naar het huisadres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="587"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="588"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="69"/>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="110"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="115"/>
        <source>&amp;Importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="116"/>
        <source>&amp;Exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="118"/>
        <source>A&amp;genda exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="127"/>
        <source>&amp;Wachtwoorden beheren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="130"/>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="112"/>
        <source>&amp;Nieuw incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="139"/>
        <source>&amp;Personen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="122"/>
        <source>&amp;Back-up maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="125"/>
        <source>&amp;Herstellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="154"/>
        <source>&amp;Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="133"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="137"/>
        <source>Be&amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="143"/>
        <source>&amp;Bewaartermijnen en opschonen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="145"/>
        <source>In&amp;zageverzoek…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="147"/>
        <source>Verwerkings&amp;register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="150"/>
        <source>&amp;Statistiek voor de regio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="158"/>
        <source>Be&amp;eld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="159"/>
        <source>&amp;Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="163"/>
        <source>Stap &amp;{n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="169"/>
        <source>&amp;Vorige stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="172"/>
        <source>V&amp;olgende stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="175"/>
        <source>Volgende open &amp;punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="248"/>
        <source>Aangemeld als: {slot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="180"/>
        <source>&amp;Handleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="183"/>
        <source>&amp;Over VeiligBestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="200"/>
        <source>Er staat niets meer open in het stappenplan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="228"/>
        <source>&lt;h3&gt;VeiligBestuur Desktop {version}&lt;/h3&gt;&lt;p&gt;Registratie en opvolging van agressie, bedreiging en geweld tegen politieke ambtsdragers, volgens het Stappenplan beveiliging lokale bestuurders (NGB, Wethoudersvereniging, NCTV, VNG).&lt;/p&gt;&lt;p&gt;Alle gegevens staan versleuteld op deze werkplek.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="233"/>
        <source>Over VeiligBestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app/main_window.py" line="247"/>
        <source>VeiligBestuur — {municipality}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="140"/>
        <source>Kolommen koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="143"/>
        <source>Gewone Nederlandse kolomkoppen (Datum, Omschrijving, Soort incident, Naam slachtoffer, ...) zijn al herkend. Kies bij de andere kolommen welk gegeven erin staat, of ‘niet importeren’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="151"/>
        <source>Kolom in het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="151"/>
        <source>Gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="151"/>
        <source>Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="158"/>
        <source>naam, bijvoorbeeld ‘Excel tot 2025’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="159"/>
        <source>Koppeling op&amp;slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="163"/>
        <source>Bewaar deze koppeling voor een volgende keer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="184"/>
        <source>— niet importeren —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="205"/>
        <source>De koppeling is opgeslagen in de kluis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="39"/>
        <source>organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="116"/>
        <source>&amp;Nieuwe maatregel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="121"/>
        <source>alle statussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="125"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="129"/>
        <source>&amp;Status wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="167"/>
        <source>Nieuwe maatregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="173"/>
        <source>Maatregel: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="186"/>
        <source>Status: {status}. &amp;Verloop (wijzigen met ‘Status wijzigen…’ in de lijst):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaPolicyPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="91"/>
        <source>&amp;Nieuw scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="93"/>
        <source>&amp;Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="95"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="133"/>
        <source>Nog geen woordvoerder voor: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="135"/>
        <source>Voor elk scenario is een woordvoerder aangewezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="155"/>
        <source>Standaardlijn: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="156"/>
        <source>Wie informeert wie: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="172"/>
        <source>Voor elk scenario is het mediabeleid al vastgelegd; kies er een om te wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="194"/>
        <source>Het mediabeleid voor ‘{s}’ verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="166"/>
        <source>Risicoblad afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="167"/>
        <source>Het risicoblad van deze bijeenkomst (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFollowUpDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="211"/>
        <source>Opvolging toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="220"/>
        <source>bijvoorbeeld ‘Nazorg voor de getuige’ of ‘Tweede sanctie’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="224"/>
        <source>&amp;Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="225"/>
        <source>&amp;Omschrijving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="226"/>
        <source>&amp;Verantwoordelijke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="227"/>
        <source>&amp;Termijn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="251"/>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incidents/follow_up.py" line="255"/>
        <source>Vul de omschrijving in, bijvoorbeeld ‘Nazorg voor de getuige’.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/quick_add.py" line="21"/>
        <source>Nieuwe persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/quick_add.py" line="36"/>
        <source>&amp;Opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpvangPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="247"/>
        <source>Eerste opvang (dezelfde dag) — wie vangt op als het slachtoffer is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="253"/>
        <source>functie of naam, bijv. gemeentesecretaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="258"/>
        <source>Nazorg en doorverwijzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="262"/>
        <source>&amp;Nazorg door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="271"/>
        <source>Ondersteuningsteam Weerbaar Bestuur, De Vertrouwenslijn, Slachtofferhulp, bedrijfsarts …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="274"/>
        <source>&amp;Doorverwijzen naar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="277"/>
        <source>Nazorgtermijnen (voor de opvolging van elk nieuw incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="279"/>
        <source> uur na het incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="280"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="281"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="282"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="283"/>
        <source> dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="285"/>
        <source>Op&amp;vanggesprek binnen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="286"/>
        <source>&amp;1e vervolggesprek (na opvanggesprek), van – tot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="287"/>
        <source>&amp;2e vervolggesprek (na opvanggesprek), van – tot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="301"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="302"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/panels.py" line="304"/>
        <source>Standaard&amp;termijnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueActionsModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="71"/>
        <source>Actiepunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="72"/>
        <source>Verantwoordelijke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="73"/>
        <source>Uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="74"/>
        <source>Verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="75"/>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="76"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="82"/>
        <source>1 dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="82"/>
        <source>{n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="91"/>
        <source>Voortgang van het stappenplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="99"/>
        <source>Ga naar stap {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="113"/>
        <source>Verlopen en deze maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="126"/>
        <source>Niets verlopen en niets deze maand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="130"/>
        <source>Volgende &amp;open punt ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="133"/>
        <source>Ga naar het eerste onderdeel dat nog open staat: eerst wat verlopen is (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="146"/>
        <source>Het jaar in één oogopslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="149"/>
        <source>Incidenten per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="151"/>
        <source>Soort incident dit jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="153"/>
        <source>Open opvolging per spoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="155"/>
        <source>Onderdelen van het plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="229"/>
        <source>Overzicht wordt geteld…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="247"/>
        <source>{n} incidenten in {y} (vorig jaar {p}); {o} opvolgingen staan open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="258"/>
        <source>gereed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="258"/>
        <source>bezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="258"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="275"/>
        <source>, {n} verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/overview.py" line="266"/>
        <source>In totaal {done} van {total} onderdelen gereed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="66"/>
        <source>bijvoorbeeld Plaatsvervanger (een rol, geen persoonsnaam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="74"/>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="75"/>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="77"/>
        <source>&amp;Herhaal:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="148"/>
        <source>&amp;Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="149"/>
        <source>&amp;Opslaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="165"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="60"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="122"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="125"/>
        <source>Zoek op naam, omschrijving of organisatie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="128"/>
        <source>alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="146"/>
        <source>&amp;Nieuwe persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="150"/>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons/dialog.py" line="197"/>
        <source>{name} verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="95"/>
        <source>Onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="96"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="97"/>
        <source>Verantwoordelijke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="98"/>
        <source>Frequentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="99"/>
        <source>Laatst gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="100"/>
        <source>Streefdatum / volgende keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="185"/>
        <source>Volgende keer, berekend uit ‘laatst gedaan’ en de frequentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="187"/>
        <source>Dit onderdeel geldt bij elk incident en volgt uit de incidentregistratie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="101"/>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="176"/>
        <source>Nog geen incidenten dit jaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="177"/>
        <source>De status volgt uit de incidentregistratie (stap 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/plan_model.py" line="183"/>
        <source>Streefdatum verstreken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyStepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_1_policy.py" line="30"/>
        <source>&amp;Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_1_policy.py" line="31"/>
        <source>&amp;Huisregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_1_policy.py" line="32"/>
        <source>&amp;Mediabeleid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparationStepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="47"/>
        <source>&amp;Ketenafspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="48"/>
        <source>&amp;Contactkaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="49"/>
        <source>Opvang&amp;regeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="50"/>
        <source>Sanctie&amp;beleid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="51"/>
        <source>Sanc&amp;ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="52"/>
        <source>Cat&amp;egorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_3_preparation.py" line="53"/>
        <source>Brie&amp;fhoofd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreventionStepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_2_prevention.py" line="27"/>
        <source>&amp;Risicoanalyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_2_prevention.py" line="28"/>
        <source>&amp;Maatregelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_2_prevention.py" line="29"/>
        <source>Tr&amp;ainingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingRegisterDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="498"/>
        <source>Verwerkingsregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="514"/>
        <source>Op&amp;slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="516"/>
        <source>&amp;Afdrukken / voorbeeld…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="532"/>
        <source>Het verwerkingsregister is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/register.py" line="95"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/register.py" line="97"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/register.py" line="98"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/record_form.py" line="182"/>
        <source>bekend</source>
        <extracomment>when set, person fields get a &quot;Nieuwe persoon…&quot; button: `add_person(parent, kinds)` asks for a new person of one of `kinds` and returns its id (None when cancelled); the field then shows and selects it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/record_form.py" line="243"/>
        <source>zoek op naam…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/record_form.py" line="273"/>
        <source>Nieuwe persoon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/record_form.py" line="277"/>
        <source>Voeg een persoon toe die nog niet in Personen staat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/record_form.py" line="280"/>
        <source>Nieuwe persoon voor {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/record_form.py" line="312"/>
        <source>{field}: zoek op naam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRegister</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="110"/>
        <source>&amp;Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="112"/>
        <source>Nieuw (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="114"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="116"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="118"/>
        <source>Ver&amp;wijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="233"/>
        <source>{n} in de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="254"/>
        <source>Nieuw: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="285"/>
        <source>{kind} wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="317"/>
        <source>Dit gegeven verwijderen? Dat kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/register.py" line="68"/>
        <location filename="../../veiligbestuur_desktop/ui/preparation/register.py" line="60"/>
        <source>verlopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="54"/>
        <source>Uw herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="58"/>
        <source>&lt;h2&gt;Herstelsleutel&lt;/h2&gt;&lt;p&gt;Met deze sleutel komt u bij de gegevens als het wachtwoord kwijt is. Hij wordt &lt;b&gt;maar één keer&lt;/b&gt; getoond. Druk het blad af of sla het op als PDF, en bewaar het op papier in een kluis — niet bij de computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="73"/>
        <source>Blad &amp;opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="74"/>
        <source>Blad af&amp;drukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="90"/>
        <source>Typ ter controle groepje {n} over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="95"/>
        <source>Ik heb de sleutel bewaard — &amp;verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="115"/>
        <source>Dat groepje klopt niet. Kijk nog eens goed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="128"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="140"/>
        <source>Bewaar eerst de herstelsleutel en typ het gevraagde groepje over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="159"/>
        <source>Herstelsleutel gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="163"/>
        <source>Typ de herstelsleutel van het blad uit de kluis en kies meteen een nieuw wachtwoord. Hoofdletters, spaties en streepjes maken niet uit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="178"/>
        <source>&amp;Herstelsleutel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="179"/>
        <source>&amp;Nieuw wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="181"/>
        <source>He&amp;rhaal wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="187"/>
        <source>&amp;Ontgrendelen en wachtwoord instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="228"/>
        <source>Kluis wordt hersteld…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/recovery_dialogs.py" line="241"/>
        <source>U heeft een nieuw wachtwoord. Is de herstelsleutel door anderen gezien? Maak dan een nieuwe herstelsleutel via Bestand &gt; Wachtwoorden beheren…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/register.py" line="147"/>
        <source>Zoeken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/register.py" line="153"/>
        <source>&amp;Wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/register.py" line="156"/>
        <source>Verwij&amp;deren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/register.py" line="254"/>
        <source>{n} in de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/register.py" line="287"/>
        <source>‘{name}’ verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="209"/>
        <source>Bewaartermijnen en opschonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="220"/>
        <source>Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="220"/>
        <source>Jaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="220"/>
        <source>Vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="220"/>
        <source>Grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="224"/>
        <source>Termijnen op&amp;slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="238"/>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="359"/>
        <source>Opschonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="238"/>
        <source>Gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="238"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="238"/>
        <source>Termijn voorbij sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="243"/>
        <source>Gekozen gegevens &amp;definitief opschonen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="249"/>
        <source>Oudere back-ups &amp;verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="261"/>
        <source>&amp;Aan de beurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="262"/>
        <source>&amp;Termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="307"/>
        <source>incident {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="315"/>
        <source>{n} gegeven(s) zijn over hun bewaartermijn heen. Opschonen haalt de persoonsgegevens er definitief uit: een incident wordt geanonimiseerd (jaar, categorie, ernst en kanaal blijven voor de jaarcijfers), een persoon wordt verwijderd. Daarna wordt de kluis gecomprimeerd en een nieuwe back-up gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="321"/>
        <source>Er zijn geen gegevens waarvan de bewaartermijn voorbij is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="337"/>
        <source>{n} bewaartermijn(en) gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="350"/>
        <source>Vink eerst aan welke gegevens worden opgeschoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="355"/>
        <source>{n} gegeven(s) definitief opschonen? Dit kan niet ongedaan worden gemaakt: ook de app kan de gegevens daarna niet meer terughalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="358"/>
        <source>Definitief opschonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="360"/>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="406"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="369"/>
        <source>Gegevens worden opgeschoond…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="377"/>
        <source>Opgeschoond: {i} incident(en) geanonimiseerd, {p} perso(o)n(en) verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="383"/>
        <source>Nieuwe back-up gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="387"/>
        <source>Deze oudere automatische back-ups bevatten de opgeschoonde gegevens nog: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="390"/>
        <source>Back-ups die u zelf elders bewaart (bijvoorbeeld op een USB-stick) bevatten ze ook nog: vervang die door een nieuwe back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="402"/>
        <source>{n} oudere back-up(s) verwijderen? Daarmee verdwijnen ook de opgeschoonde gegevens uit de back-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="404"/>
        <source>Back-ups verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="405"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/dialogs.py" line="417"/>
        <source>{n} back-up(s) verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="192"/>
        <source>Verslag afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="193"/>
        <source>Het verslag van deze bespreking, gepseudonimiseerd (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="204"/>
        <source>Incidenten staan hier alleen met nummer en categorie. Schrijf conclusies zonder namen: het verslag wordt gedeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="231"/>
        <source>Nog geen actiepunten uit deze bespreking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="243"/>
        <source>Actiepunten uit deze bespreking:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="404"/>
        <source>Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="405"/>
        <source>Controleer de laatste meldingen. Rijen met fouten worden niet geïmporteerd; dubbele alleen als u dat aangeeft. Het importeren gebeurt in één keer: afbreken laat niets achter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="412"/>
        <source>Rijen met fouten &amp;overslaan en de goede rijen importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="414"/>
        <source>Ook de &amp;dubbele rijen importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="416"/>
        <source>&amp;Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="454"/>
        <source>Bezig met importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="457"/>
        <source>Rijen worden geïmporteerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="471"/>
        <source>Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="477"/>
        <source>Geïmporteerd: {i} incident(en) en {p} nieuwe perso(o)n(en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="481"/>
        <source>Geïmporteerd: {p} perso(o)n(en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="483"/>
        <source>Overgeslagen wegens fouten: rij {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/exchange/import_wizard.py" line="487"/>
        <source>Overgeslagen als dubbel: rij {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SanctionsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="154"/>
        <source>Toon &amp;alleen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="216"/>
        <source>alle veroorzakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="243"/>
        <source>{n} sancties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="245"/>
        <source>{n} nu van kracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="269"/>
        <source>Wie beslist volgens het sanctiebeleid: {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/preparation/registers.py" line="271"/>
        <source>De burgemeester is slachtoffer van dit incident en beslist niet zelf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/media.py" line="44"/>
        <source>Mediabeleid: scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="356"/>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="359"/>
        <source> minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="368"/>
        <source>Automatisch vergrendelen na:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="369"/>
        <source>Dagelijkse back-ups bewaren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="370"/>
        <source>Wekelijkse back-ups bewaren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="372"/>
        <source>Automatische back-ups staan versleuteld in de map van de kluis (backups/auto).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/execution/tabs.py" line="259"/>
        <source>Alleen voor de coördinator: vermijdingssignalen komen in geen enkel document en worden niet gedeeld. Bespreek een signaal in een persoonlijk gesprek, of verwijs door naar het Ondersteuningsteam Weerbaar Bestuur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="47"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="48"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="49"/>
        <source>Aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="56"/>
        <source>in gebruik</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotsDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="91"/>
        <source>Wachtwoorden beheren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="102"/>
        <source>Wachtwoord &amp;toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="104"/>
        <source>Eigen wachtwoord &amp;wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="106"/>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="108"/>
        <source>Nieuwe &amp;herstelsleutel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="110"/>
        <source>&amp;Gegevenssleutel vervangen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="111"/>
        <source>Bijvoorbeeld als iemand met een eigen wachtwoord vertrekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="117"/>
        <source>&amp;Onthoud op deze werkplek (ontgrendelen zonder wachtwoord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="126"/>
        <source>De sleutel komt in de beveiligde sleutelbos van uw account op deze computer. Gebruik dit alleen op een persoonlijke, vergrendelde werkplek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="132"/>
        <source>Deze werkplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="158"/>
        <source>Wachtwoord toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="164"/>
        <source>Eigen wachtwoord wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="176"/>
        <source>Sleutel ‘{n}’ verwijderen? Wie die sleutel gebruikte, kan dan niet meer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="186"/>
        <source>Een nieuwe herstelsleutel maken? De oude werkt daarna niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="204"/>
        <source>De database wordt opnieuw versleuteld met een nieuwe sleutel. Er komt een nieuwe herstelsleutel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="207"/>
        <source>Deze wachtwoorden werken daarna niet meer: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="210"/>
        <source>Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="210"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="272"/>
        <source>Gegevenssleutel vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="212"/>
        <source>Typ uw eigen wachtwoord ter bevestiging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="225"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="294"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="310"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="323"/>
        <source>Gegevenssleutel niet vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="230"/>
        <source>De nieuwe sleutels worden voorbereid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="257"/>
        <source>De database wordt opnieuw versleuteld…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="269"/>
        <source>De gegevenssleutel is vervangen. Alleen de nieuwe herstelsleutel en de wachtwoorden in de lijst werken nog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="280"/>
        <source>Er ging iets onverwachts mis ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="290"/>
        <source>Het vervangen van de gegevenssleutel is onderbroken. De kluis wordt nu vergrendeld. Ontgrendel daarna met uw wachtwoord: het vervangen wordt dan afgemaakt en u ziet welke herstelsleutel geldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="301"/>
        <source>De gegevenssleutel is wel vervangen: de nieuwe herstelsleutel geldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="307"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="330"/>
        <source>De gegevenssleutel is niet vervangen. De oude sleutels en de oude herstelsleutel blijven geldig.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="138"/>
        <source>Versie {v}: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="148"/>
        <source>bijvoorbeeld: Gemeenteblad 2026, 12345 of CVDR712345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="150"/>
        <source>&amp;Besluitdatum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="153"/>
        <source>&amp;Vindplaats publicatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="159"/>
        <source>Versie {v} wordt voorgelegd ter vaststelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="161"/>
        <source>Versie {v} wordt vastgesteld en daarna niet meer gewijzigd. Een eerdere versie die nog geldt, wordt ‘vervangen’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="164"/>
        <source>Versie {v} is bekendgemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="166"/>
        <source>Versie {v} moet worden herijkt (na verkiezingen, of omdat de praktijk anders is). Maak daarna een nieuwe versie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="52"/>
        <source>Status wijzigen: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="69"/>
        <source>Huidige status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="70"/>
        <source>&amp;Nieuwe status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="73"/>
        <source>&amp;Met ingang van:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="80"/>
        <source>Status &amp;wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="82"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="87"/>
        <source>Verloop tot nu toe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/measures.py" line="92"/>
        <source>Dit is de laatste stap: de status kan niet verder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="142"/>
        <source>Dubbelklik of druk F2 op een cel om die te wijzigen; Delete maakt een tekst- of datumcel leeg.</source>
        <extracomment>a page whose main content is a register keeps its checklist folded away until asked for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="149"/>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="424"/>
        <source>Notitie bij het gekozen onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="151"/>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="422"/>
        <source>Kies een onderdeel in de tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="156"/>
        <source>Notitie &amp;opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="177"/>
        <source>Checklist van stap {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="183"/>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="184"/>
        <source>‹ &amp;Vorige: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="186"/>
        <source>Vorige stap (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="189"/>
        <source>Vol&amp;gende: {name} ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="192"/>
        <source>&amp;Naar het overzicht ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="196"/>
        <source>Volgende stap (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="237"/>
        <source>Leg vast wat de gemeente verstaat onder agressie, bedreiging en geweld tegen politieke ambtsdragers en hun directe omgeving, en welke norm geldt: emotie mag, agressie niet; er volgt altijd een reactie. Laat het beleid bekrachtigen, spreek af dat elk incident intern wordt gemeld, en bepaal het mediabeleid en wie woordvoerder is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="243"/>
        <source>Breng de risico’s in kaart: generiek en per beleidsgebied, en waar nodig per persoon, bijeenkomst of woning. Zet op basis daarvan communicatie, trainingen en protocollen op, en beveilig zo nodig actief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="248"/>
        <source>Maak ketenafspraken met gemeente(n), politie, OM en NCTV, en bereid opvang, nazorg en repressie voor. Zet een meld- en registratiesysteem op (laat het opzetten) en bepaal het sanctiebeleid, zodat bij een incident vaststaat wat er gebeurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="253"/>
        <source>Laat de voorgenomen maatregelen en protocollen uitvoeren en laat operationele risicoanalyses maken voor vergaderingen en bijeenkomsten. Bespreek incidenten regelmatig intern en signaleer vermijdingsgedrag bij collega-bestuurders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="258"/>
        <source>Blijf de normen uitdragen. Licht genomen besluiten toe en leg ze uit aan betrokkenen — een omstreden besluit gaat vaak aan incidenten vooraf — en blijf in gesprek met ‘lastige’ personen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="262"/>
        <source>Volg bij een incident de protocollen, faciliteer de opsporing en wijs op De Vertrouwenslijn en het Ondersteuningsteam Weerbaar Bestuur. Analyseer en registreer elk incident, bespreek het na met het slachtoffer, weeg sancties af en doe bij een strafbaar feit aangifte en verhaal de schade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="268"/>
        <source>Evalueer incidenten systematisch, controleer de processen en evalueer jaarlijks naar aanleiding van incidenten. Herijk per zittings- of collegetermijn de uitgangspunten en stel waar nodig beleid en maatregelen bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="280"/>
        <source>stap {n} {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="319"/>
        <source>verlopen sinds {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="322"/>
        <source>uiterlijk {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="335"/>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="344"/>
        <source>Nog open in deze stap ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="340"/>
        <source>Niets meer open in deze stap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="347"/>
        <source>Checklist van stap {n} — {open} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="428"/>
        <source>Typ hier een notitie, bijvoorbeeld wat is afgesproken en met wie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/step_page.py" line="432"/>
        <source>Notitie bij {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <location filename="../../veiligbestuur_desktop/ui/kit/widgets.py" line="182"/>
        <source>Minimaal %n tekens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../veiligbestuur_desktop/ui/kit/widgets.py" line="190"/>
        <source>Te kort: nog %n teken(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/widgets.py" line="192"/>
        <source>Sterkte: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/widgets.py" line="194"/>
        <source> — te zwak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermItemsModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="37"/>
        <source>Gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="38"/>
        <source>Onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="39"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="40"/>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="49"/>
        <source>gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="49"/>
        <source>nog niet gedaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermReviewPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="78"/>
        <source>&amp;Termijn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="83"/>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="183"/>
        <source>Checklist &amp;maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="108"/>
        <source>Gedaan &amp;op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="110"/>
        <source>&amp;Afvinken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="113"/>
        <source>Vinkje &amp;weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="118"/>
        <source>Spatie of dubbelklik vinkt het gekozen onderdeel af op de gekozen datum, of haalt het vinkje weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="136"/>
        <source>Na elke gemeenteraadsverkiezing: de uitgangspunten herijken, het protocol opnieuw laten vaststellen, de contactkaart controleren en elke nieuwe ambtsdrager (uit Personen) informeren en trainen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="160"/>
        <source> (huidige termijn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="180"/>
        <source>Voor {term} is nog geen checklist. ‘Checklist maken’ zet {n} onderdelen klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="186"/>
        <source>{term}: {done} van {total} gedaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="191"/>
        <source>{n} onderdelen voor ambtsdragers die later zijn toegevoegd, ontbreken nog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/evaluation/term_review.py" line="195"/>
        <source>&amp;Nieuwe ambtsdragers toevoegen ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="36"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="37"/>
        <source>Ernst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="38"/>
        <source>Slachtoffer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="39"/>
        <source>Spoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="40"/>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="41"/>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="42"/>
        <source>Verantwoordelijke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="52"/>
        <source> (verlopen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="99"/>
        <source>Te doen bij incidenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="112"/>
        <source>Geen opvolging die nu aan de beurt is of verlopen is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="153"/>
        <source>{n} verlopen, {m} nu aan de beurt. Dubbelklik of druk Enter om het incident te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="156"/>
        <source>De {k} dringendste staan hieronder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="175"/>
        <source>Verlopen actiepunten: {n}. Dubbelklik of druk Enter om het actiepunt te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/steps/todo_panel.py" line="178"/>
        <source>Geen verlopen actiepunten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingsTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/trainings.py" line="33"/>
        <source>&amp;Nieuwe training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/trainings.py" line="42"/>
        <source>Ambtsdragers zonder training deze bestuurstermijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/trainings.py" line="74"/>
        <source>Nog geen &amp;training deze bestuurstermijn (sinds {d}): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/trainings.py" line="91"/>
        <source>Nieuwe training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/prevention/trainings.py" line="97"/>
        <source>Training: {course}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="46"/>
        <source>VeiligBestuur — ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="53"/>
        <source>&lt;h2&gt;Kluis vergrendeld&lt;/h2&gt;&lt;p&gt;Typ uw wachtwoord om verder te werken.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="56"/>
        <source>&amp;Sleutel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="60"/>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="66"/>
        <source>O&amp;nthoud op deze werkplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="69"/>
        <source>Voortaan ontgrendelen zonder wachtwoord op deze computer (via de beveiligde sleutelbos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="80"/>
        <source>&amp;Herstelsleutel gebruiken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="84"/>
        <source>&amp;Back-up terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="95"/>
        <source>&amp;Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="98"/>
        <source>Af&amp;sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="168"/>
        <source>Typ uw wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/unlock.py" line="205"/>
        <source>Kluis wordt ontgrendeld…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionForm</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="83"/>
        <source>Nieuwe versie: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="86"/>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="96"/>
        <source>{kind} — versie {v} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="91"/>
        <source>Versie {v} is {status} en blijft zoals zij is. Wat u hier wijzigt, wordt bij Opslaan een nieuwe conceptversie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionRegister</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="188"/>
        <source>Getekend besluit kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="190"/>
        <source>PDF of afbeelding (*.pdf *.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="224"/>
        <source>&amp;Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="225"/>
        <source>&amp;Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="226"/>
        <source>Nieuwe &amp;versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="227"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="235"/>
        <source>Besluit &amp;toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="236"/>
        <source>Besluit &amp;bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="243"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="256"/>
        <source>Geschiedenis van de gekozen versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="328"/>
        <source>Geschiedenis van versie {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="335"/>
        <source>Getekend besluit: {name} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="339"/>
        <source>Nog geen getekend besluit bij deze versie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="375"/>
        <source>De wijziging is opgeslagen als nieuwe conceptversie {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="389"/>
        <source>Er is al een versie in bewerking: versie {v} ({status}). Werk die bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="430"/>
        <source>Conceptversie {v} verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="463"/>
        <source>Bij deze versie is al een getekend besluit bewaard. Vervangen door het gekozen bestand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="471"/>
        <source>Het bestand kan niet worden gelezen. Kies een ander bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/policy/versions.py" line="490"/>
        <source>Getekend besluit: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VictimInformedTab</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="121"/>
        <source>bijvoorbeeld 2024-031</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="124"/>
        <source>Incidentnummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="126"/>
        <source>Kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/communication/tabs.py" line="135"/>
        <source>Kies het incident in de keuzelijst (typ de eerste cijfers, bijvoorbeeld 2026-01), of typ het nummer hierboven en druk Enter. Alleen nummer en categorie worden getoond.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="37"/>
        <source>Geen document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="44"/>
        <source>Voorbeeld: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="56"/>
        <source>Document wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="77"/>
        <source>Documenten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="81"/>
        <source>Document maken ({n}) ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="86"/>
        <source>Document maken: kies een van {n} documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/documents.py" line="109"/>
        <source>Document {title} maken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="224"/>
        <source>nl</source>
        <extracomment>The language code of this translation, e.g. &quot;en&quot; for English: the user guide is then read from resources/help/en/. Translate with the code only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="22"/>
        <source>Dat lukte niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="26"/>
        <source>Let op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="30"/>
        <source>VeiligBestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="39"/>
        <source>Er ging iets onverwachts mis ({kind}). Wat u eerder heeft opgeslagen, is bewaard. Probeer het nog eens; blijft dit gebeuren, sluit de applicatie dan af en start haar opnieuw, en meld het aan uw functioneel beheerder met het tijdstip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="45"/>
        <source>Onverwachte fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="58"/>
        <source>Bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="60"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="61"/>
        <source>Nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="77"/>
        <source>Kluis in gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="81"/>
        <source>&amp;Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/messages.py" line="84"/>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vault_dialogs</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="385"/>
        <source>Back-up maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="387"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="444"/>
        <source>Back-ups (*.vbbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="401"/>
        <source>Back-up gemaakt: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="406"/>
        <source>Back-up wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="427"/>
        <source>De automatische back-up van vandaag is niet gelukt. Maak via Bestand &gt; Back-up maken… zelf een back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="442"/>
        <source>Back-up terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="456"/>
        <source>Let op: deze back-up van {when} is van een andere kluis (database {backup_id}) dan de kluis die nu in deze map staat (database {current_id}). Als u doorgaat, vervangt die andere kluis de huidige; de huidige kluis wordt eerst apart bewaard. Toch doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="462"/>
        <source>Andere kluis herstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="464"/>
        <source>De back-up van {when} vervangt de huidige kluis. De huidige kluis wordt eerst apart bewaard. Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="468"/>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="492"/>
        <source>Herstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="472"/>
        <source>Wachtwoord van de back-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault/vault_dialogs.py" line="480"/>
        <source>Back-up wordt gecontroleerd en teruggezet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viewers</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="62"/>
        <source>Opslaan als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="70"/>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="78"/>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="75"/>
        <source>Het bestand kon niet worden opgeslagen ({err}). Kies een andere plek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="106"/>
        <source>De printer kon niet worden gestart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="253"/>
        <source>Handleiding — VeiligBestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/viewers.py" line="284"/>
        <source>‹ &amp;Terug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/kit/worker.py" line="103"/>
        <source>Even geduld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
