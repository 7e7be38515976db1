<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app.py" line="198"/>
        <source>De back-up is gecontroleerd en teruggezet. Ontgrendel met een wachtwoord van die back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app.py" line="235"/>
        <source>De controle van de database vond problemen. Maak geen wijzigingen meer en zet de nieuwste back-up terug (Bestand &gt; Herstellen…).

{details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app.py" line="247"/>
        <source>De database kon niet volledig worden gecontroleerd. Voer ‘veiligbestuur verify’ uit of zet de nieuwste back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app.py" line="259"/>
        <source>Bij het automatisch vergrendelen kon een onvolledige wijziging niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app.py" line="262"/>
        <source>Uw wijziging is bij het automatisch vergrendelen opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app.py" line="266"/>
        <source>Er is een wijziging die nog niet is opgeslagen. Wilt u die opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app.py" line="267"/>
        <source>Niet-opgeslagen wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app.py" line="268"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app.py" line="269"/>
        <source>&amp;Niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentDropArea</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="169"/>
        <source>Sleep bestanden hierheen om ze als bijlage toe te voegen (max. 25 MB per bestand)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/plan_model.py" line="192"/>
        <source>geen datum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueItemsModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/overview.py" line="37"/>
        <source> (te laat)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="36"/>
        <source>VeiligBestuur — nieuwe kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="41"/>
        <source>&lt;h2&gt;Welkom bij VeiligBestuur&lt;/h2&gt;&lt;p&gt;Alle gegevens worden versleuteld opgeslagen op deze werkplek. Kies een sterk wachtwoord; u heeft het nodig om de kluis te openen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="49"/>
        <source>bijvoorbeeld Súdwest-Fryslân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="52"/>
        <source>uw naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="56"/>
        <source>bijvoorbeeld een zin van vier of vijf woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="62"/>
        <source>&amp;Gemeente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="63"/>
        <source>&amp;Coördinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="64"/>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="66"/>
        <source>&amp;Herhaal wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="70"/>
        <source>&lt;b&gt;Let op:&lt;/b&gt; een vergeten wachtwoord kan niemand terughalen, ook de leverancier niet. Alleen met de herstelsleutel, die u na het aanmaken krijgt en op papier in een kluis bewaart, komt u dan nog bij de gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="84"/>
        <source>Kluis &amp;aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="125"/>
        <source>de naam van de coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/first_run.py" line="137"/>
        <source>De kluis wordt aangemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="89"/>
        <source>Opvolging: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="93"/>
        <source>termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="105"/>
        <source>&amp;Omschrijving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="106"/>
        <source>&amp;Eigenaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="111"/>
        <source>&amp;Termijn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="114"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="73"/>
        <source> (te laat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="73"/>
        <source> (nu aan de beurt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/viewers.py" line="159"/>
        <source>Deze afbeelding kan niet worden getoond.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDetailDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="223"/>
        <source>&amp;Bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="232"/>
        <source>&amp;Feiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="257"/>
        <source>Af&amp;handeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="268"/>
        <source>Opvolging &amp;wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="277"/>
        <source>Dubbelklik op een regel om eigenaar, termijn, status en gegevens (zoals het PV-nummer) vast te leggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="284"/>
        <source>&amp;Opvolging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="297"/>
        <source>&amp;Toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="299"/>
        <source>Be&amp;kijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="301"/>
        <source>Opslaan &amp;als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="303"/>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="314"/>
        <source>B&amp;ijlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="318"/>
        <source>Tij&amp;dlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="321"/>
        <source>gepseudonimiseerd (initialen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="324"/>
        <source>optioneel PDF-wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="325"/>
        <source>&amp;Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="326"/>
        <source>Af&amp;drukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="327"/>
        <source>Rapport op&amp;slaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="332"/>
        <source>Incidentrapport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="355"/>
        <source>Incident {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="365"/>
        <source>&lt;b&gt;Escaleren naar politie/OM:&lt;/b&gt; ernst 4, of ernst 3 bij de woning. Een melding of aangifte is het vertrekpunt voor beveiligingsmaatregelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="378"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="381"/>
        <source>Gemeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="382"/>
        <source>Gemeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="383"/>
        <source>Aangenomen door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="384"/>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="385"/>
        <source>Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="385"/>
        <source> (bij de woning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="386"/>
        <source>Ernst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="388"/>
        <source>Beleving slachtoffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="391"/>
        <source>Dader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="391"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="392"/>
        <source>Omschrijving dader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="393"/>
        <source>Getuigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="408"/>
        <source>door {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="468"/>
        <source>Bijlage toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="479"/>
        <source>{name} is te groot ({size}). Een bijlage mag hoogstens 25 MB zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="487"/>
        <source>{name} kan niet worden gelezen ({err}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="518"/>
        <source>Dit bestand kan niet in de applicatie worden getoond. Gebruik ‘Opslaan als…’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="529"/>
        <source>De bijlage wordt onversleuteld opgeslagen op de plek die u kiest. Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="530"/>
        <source>Bijlage opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="534"/>
        <source>Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="541"/>
        <source>Bijlage ‘{n}’ verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="541"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="561"/>
        <source>Voorbeeld incidentrapport {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="576"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_detail.py" line="580"/>
        <source>Rapport wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="82"/>
        <source>Nieuw incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="82"/>
        <source>Incident bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="88"/>
        <source>tijd bekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="100"/>
        <source>het slachtoffer, of wie namens hem of haar belde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="104"/>
        <source>bij de woning van het slachtoffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="106"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="108"/>
        <source>&amp;Datum incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="111"/>
        <source>Ge&amp;meld op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="112"/>
        <source>Gemeld &amp;door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="113"/>
        <source>&amp;Aangenomen door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="114"/>
        <source>&amp;Kanaal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="115"/>
        <source>&amp;Locatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="120"/>
        <source>zoek op naam…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="124"/>
        <source>houdt verband met het ambt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="127"/>
        <source>Slachtoffer(s) — ambtsdrager of naaste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="133"/>
        <source>gericht op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="150"/>
        <source>niet gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="152"/>
        <source>Aard en ernst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="154"/>
        <source>Ca&amp;tegorieën:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="155"/>
        <source>&amp;Ernst (beoordeeld):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="156"/>
        <source>Beleving s&amp;lachtoffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="157"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="160"/>
        <source>dader bekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="166"/>
        <source>signalement of omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="168"/>
        <source>Dader en getuigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="171"/>
        <source>Soort &amp;dader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="172"/>
        <source>&amp;Omschrijving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="173"/>
        <source>&amp;Getuigen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="179"/>
        <source>Wat is er gebeurd? Letterlijke bewoordingen tussen aanhalingstekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="185"/>
        <source>letsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="186"/>
        <source>schade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="187"/>
        <source>verzuim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="188"/>
        <source>impact op het gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="189"/>
        <source>vermijdingsgedrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="191"/>
        <source>Beschrijving en impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="193"/>
        <source>&amp;Beschrijving (verplicht):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="202"/>
        <source>toelichting op de impact (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_form.py" line="224"/>
        <source>&amp;Opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentRegister</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="37"/>
        <source>&lt;h3&gt;Incidentregister&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="38"/>
        <source>&amp;Nieuw incident (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="41"/>
        <source>Zoeken in nummer, beschrijving, locatie, namen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="59"/>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="60"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="61"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="62"/>
        <source>Ernst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="63"/>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="125"/>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="172"/>
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="179"/>
        <source>%n incident(en)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="206"/>
        <source>Incident {n} heeft ernst 4, of ernst 3 bij de woning. Escaleer naar politie en OM: een melding of aangifte is het vertrekpunt voor beveiligingsmaatregelen.

{numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/incident_register.py" line="209"/>
        <source>Escalatie geadviseerd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="41"/>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="69"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="70"/>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="73"/>
        <source>&amp;Nieuw incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="77"/>
        <source>&amp;Personen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="82"/>
        <source>&amp;Back-up maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="86"/>
        <source>&amp;Herstellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="89"/>
        <source>&amp;Sleutels beheren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="92"/>
        <source>&amp;Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="100"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="106"/>
        <source>Be&amp;eld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="112"/>
        <source>Stap {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="118"/>
        <source>&amp;Over VeiligBestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="126"/>
        <source>&lt;h3&gt;VeiligBestuur Desktop {version}&lt;/h3&gt;&lt;p&gt;Registratie en opvolging van agressie, bedreiging en geweld tegen politieke ambtsdragers, volgens het Stappenplan beveiliging lokale bestuurders (NGB, Wethoudersvereniging, NCTV, VNG).&lt;/p&gt;&lt;p&gt;Alle gegevens staan versleuteld op deze werkplek.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="132"/>
        <source>Over VeiligBestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="146"/>
        <source>VeiligBestuur — {municipality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/main_window.py" line="147"/>
        <source>Ingelogd met sleutel: {slot}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/overview.py" line="59"/>
        <source>Voortgang van het stappenplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/overview.py" line="67"/>
        <source>Ga naar stap {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/overview.py" line="81"/>
        <source>Te laat en deze maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/overview.py" line="94"/>
        <source>Niets te laat en niets deze maand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/overview.py" line="112"/>
        <source>In totaal {done} van {total} onderdelen gereed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/overview.py" line="121"/>
        <source>, {n} te laat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="57"/>
        <source>bijvoorbeeld Plaatsvervanger (een rol, geen persoonsnaam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="65"/>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="66"/>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="68"/>
        <source>&amp;Herhaal:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/viewers.py" line="113"/>
        <source>&amp;Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/viewers.py" line="114"/>
        <source>&amp;Opslaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/viewers.py" line="130"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="97"/>
        <source>Politieke voorkeur is een bijzonder persoonsgegeven: optioneel, nooit standaard afgedrukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="103"/>
        <source>verhoogd risico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="128"/>
        <source>&amp;Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="129"/>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="130"/>
        <source>Omschrijving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="131"/>
        <source>&amp;Rol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="132"/>
        <source>Partij (gevoelig):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="133"/>
        <source>Termijn vanaf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="134"/>
        <source>Termijn tot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="135"/>
        <source>Portefeuilles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="136"/>
        <source>Telefoon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="137"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="139"/>
        <source>Zelfscan gedaan op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="140"/>
        <source>Woningscan (CCV) op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="141"/>
        <source>Beveiligingsadvies op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="142"/>
        <source>Kenmerk advies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="143"/>
        <source>Naaste van:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="144"/>
        <source>Relatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="145"/>
        <source>Soort betrokkene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="146"/>
        <source>Geboortedatum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="147"/>
        <source>Adres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="148"/>
        <source>Organisatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="149"/>
        <source>Functie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="152"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="53"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="294"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="297"/>
        <source>Zoek op naam, omschrijving of organisatie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="300"/>
        <source>alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="317"/>
        <source>&amp;Nieuwe persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="321"/>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/persons_dialog.py" line="366"/>
        <source>{name} verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/plan_model.py" line="77"/>
        <source>Onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/plan_model.py" line="78"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/plan_model.py" line="79"/>
        <source>Eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/plan_model.py" line="80"/>
        <source>Streefdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/plan_model.py" line="81"/>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/plan_model.py" line="126"/>
        <source>Streefdatum verstreken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="42"/>
        <source>Uw herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="46"/>
        <source>&lt;h2&gt;Herstelsleutel&lt;/h2&gt;&lt;p&gt;Met deze sleutel komt u bij de gegevens als het wachtwoord kwijt is. Hij wordt &lt;b&gt;maar één keer&lt;/b&gt; getoond. Druk het blad af of sla het op als PDF, en bewaar het op papier in een kluis — niet bij de computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="63"/>
        <source>Blad &amp;opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="64"/>
        <source>Blad af&amp;drukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="76"/>
        <source>Typ ter controle groepje {n} over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="81"/>
        <source>Ik heb de sleutel bewaard — &amp;verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="100"/>
        <source>Dat groepje klopt niet. Kijk nog eens goed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="110"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="122"/>
        <source>Bewaar eerst de herstelsleutel en typ het gevraagde groepje over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="141"/>
        <source>Herstelsleutel gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="145"/>
        <source>Typ de herstelsleutel van het blad uit de kluis en kies meteen een nieuw wachtwoord. Hoofdletters, spaties en streepjes maken niet uit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="160"/>
        <source>&amp;Herstelsleutel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="161"/>
        <source>&amp;Nieuw wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="163"/>
        <source>He&amp;rhaal wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="169"/>
        <source>&amp;Ontgrendelen en wachtwoord instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="202"/>
        <source>Kluis wordt hersteld…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/recovery_dialogs.py" line="211"/>
        <source>U heeft een nieuw wachtwoord. Is de herstelsleutel door anderen gezien? Maak dan een nieuwe herstelsleutel via Bestand &gt; Sleutels beheren…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="238"/>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="241"/>
        <source> minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="250"/>
        <source>Automatisch vergrendelen na:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="251"/>
        <source>Dagelijkse back-ups bewaren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="252"/>
        <source>Wekelijkse back-ups bewaren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="254"/>
        <source>Automatische back-ups staan versleuteld in de map van de kluis (backups/auto).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="47"/>
        <source>in gebruik</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotsDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="82"/>
        <source>Sleutels beheren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="92"/>
        <source>Wachtwoord &amp;toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="94"/>
        <source>Eigen wachtwoord &amp;wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="96"/>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="98"/>
        <source>Nieuwe &amp;herstelsleutel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="100"/>
        <source>&amp;Gegevenssleutel vervangen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="101"/>
        <source>Bijvoorbeeld als iemand met een eigen wachtwoord vertrekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="107"/>
        <source>&amp;Onthoud op deze werkplek (ontgrendelen zonder wachtwoord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="116"/>
        <source>De sleutel komt in de beveiligde sleutelbos van uw account op deze computer. Gebruik dit alleen op een persoonlijke, vergrendelde werkplek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="122"/>
        <source>Deze werkplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="146"/>
        <source>Wachtwoord toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="153"/>
        <source>Eigen wachtwoord wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="166"/>
        <source>Sleutel ‘{n}’ verwijderen? Wie die sleutel gebruikte, kan dan niet meer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="176"/>
        <source>Een nieuwe herstelsleutel maken? De oude werkt daarna niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="191"/>
        <source>De database wordt opnieuw versleuteld met een nieuwe sleutel. Er komt een nieuwe herstelsleutel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="194"/>
        <source>Deze wachtwoorden werken daarna niet meer: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="197"/>
        <source>Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="197"/>
        <source>Gegevenssleutel vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="199"/>
        <source>Typ uw eigen wachtwoord ter bevestiging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/vault_dialogs.py" line="220"/>
        <source>De database wordt opnieuw versleuteld…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/step_page.py" line="77"/>
        <source>Dubbelklik of druk F2 op een cel om status, eigenaar, streefdatum of notitie te wijzigen; Delete maakt eigenaar, streefdatum of notitie leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/step_page.py" line="84"/>
        <location filename="../../veiligbestuur_desktop/ui/step_page.py" line="213"/>
        <source>Notitie bij het gekozen onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/step_page.py" line="86"/>
        <location filename="../../veiligbestuur_desktop/ui/step_page.py" line="211"/>
        <source>Kies een onderdeel in de tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/step_page.py" line="90"/>
        <source>Notitie &amp;opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/step_page.py" line="217"/>
        <source>Typ hier een notitie, bijvoorbeeld wat is afgesproken en met wie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/step_page.py" line="221"/>
        <source>Notitie bij {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <location filename="../../veiligbestuur_desktop/ui/widgets.py" line="71"/>
        <source>Minimaal %n tekens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../veiligbestuur_desktop/ui/widgets.py" line="77"/>
        <source>Te kort: nog %n teken(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/widgets.py" line="79"/>
        <source>Sterkte: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/widgets.py" line="81"/>
        <source> — te zwak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/worker.py" line="61"/>
        <source>Even geduld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/todo_panel.py" line="34"/>
        <source> (te laat)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/todo_panel.py" line="47"/>
        <source>Te doen bij incidenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/todo_panel.py" line="59"/>
        <source>Geen opvolging die nu aan de beurt is of te laat is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/todo_panel.py" line="71"/>
        <source>{n} te laat, {m} nu aan de beurt. Dubbelklik om het incident te openen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="38"/>
        <source>VeiligBestuur — ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="42"/>
        <source>&lt;h2&gt;Kluis vergrendeld&lt;/h2&gt;&lt;p&gt;Typ uw wachtwoord om verder te werken.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="45"/>
        <source>&amp;Sleutel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="49"/>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="55"/>
        <source>O&amp;nthoud op deze werkplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="58"/>
        <source>Voortaan ontgrendelen zonder wachtwoord op deze computer (via de beveiligde sleutelbos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="64"/>
        <source>&amp;Herstelsleutel gebruiken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="67"/>
        <source>&amp;Back-up terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="77"/>
        <source>&amp;Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="80"/>
        <source>Af&amp;sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="131"/>
        <source>Typ uw wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="149"/>
        <location filename="../../veiligbestuur_desktop/ui/unlock.py" line="172"/>
        <source>Kluis wordt ontgrendeld…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app.py" line="44"/>
        <source>Onverwachte fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/app.py" line="45"/>
        <source>Er ging iets onverwachts mis ({kind}). Wat u eerder heeft opgeslagen, is bewaard. Sluit de applicatie af en start haar opnieuw. Blijft dit gebeuren, meld het dan aan uw functioneel beheerder en vermeld het tijdstip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../veiligbestuur_desktop/ui/viewers.py" line="37"/>
        <source>Opslaan als</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
