<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>actions</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/actions.py" line="206"/>
        <source>1 dag verlopen</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/actions.py" line="206"/>
        <source>{n} dagen verlopen</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/actions.py" line="213"/>
        <source>Een terugkerend actiepunt heeft een verantwoordelijke nodig. Vul die in.</source>
        <translation>A recurring action item needs a person responsible. Please fill this in.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="2"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="3"/>
        <source>Bronnummer</source>
        <translation>Source number</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="4"/>
        <source>Herhaling</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="5"/>
        <source>Laatst gedaan</source>
        <translation>Last done</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="7"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="8"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="9"/>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="10"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="11"/>
        <source>actiepunt</source>
        <translation>action item</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="12"/>
        <source>bijvoorbeeld: huisregels gemeentehuis zichtbaar ophangen</source>
        <translation>for example: put up the town hall house rules where they can be seen</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="13"/>
        <source>de bron</source>
        <translation>the source</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="14"/>
        <source>de herhaling</source>
        <translation>the recurrence</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="15"/>
        <source>de status</source>
        <translation>the status</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="16"/>
        <source>de toelichting</source>
        <translation>the explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="17"/>
        <source>de uiterste datum</source>
        <translation>the deadline</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="18"/>
        <source>de verantwoordelijke</source>
        <translation>the person responsible</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="19"/>
        <source>wat er moet gebeuren</source>
        <translation>what needs to be done</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="20"/>
        <source>wie zorgt dat het gebeurt</source>
        <translation>who makes sure it is done</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="21"/>
        <source>‘bronnummer’</source>
        <translation>‘source number’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="22"/>
        <source>‘laatst gedaan’</source>
        <translation>‘last done’</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="65"/>
        <source>De bestandsnaam is leeg.</source>
        <translation>The file name is empty. Please enter a file name.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="68"/>
        <source>De bestandsnaam mag geen / of \ bevatten. Geef het bestand een eenvoudige naam.</source>
        <translation>The file name must not contain / or \. Give the file a simple name.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="75"/>
        <source>De bestandsnaam bevat een stuurteken.</source>
        <translation>The file name contains a control character. Remove it and try again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="78"/>
        <source>De bestandsnaam is te lang (maximaal {n} tekens).</source>
        <translation>The file name is too long (at most {n} characters). Shorten it.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="88"/>
        <source>Het bestand is te groot: {size} MB. Een bijlage mag hoogstens 25 MB zijn; verklein het bestand (bijvoorbeeld een foto met een lagere resolutie) en probeer opnieuw.</source>
        <translation>The file is too large: {size} MB. An attachment may be 25 MB at most; make the file smaller (for example a photo at a lower resolution) and try again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="96"/>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty. Choose a file that has content.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="100"/>
        <source>Dit soort bestand kan niet als bijlage worden bewaard. Toegestaan zijn foto&apos;s (PNG, JPEG, GIF, WebP), PDF, tekst en e-mail (TXT, EML, MSG) en kantoordocumenten (DOCX, XLSX, ODT).</source>
        <translation>This type of file cannot be stored as an attachment. Allowed are photos (PNG, JPEG, GIF, WebP), PDF, text and e-mail (TXT, EML, MSG) and office documents (DOCX, XLSX, ODT).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/attachments.py" line="25"/>
        <source>de omschrijving</source>
        <translation>the description</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <location filename="../../veiligbestuur_desktop/services/categories.py" line="36"/>
        <source>de naam van de categorie</source>
        <translation>the name of the category</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/categories.py" line="45"/>
        <location filename="../../veiligbestuur_desktop/services/categories.py" line="68"/>
        <source>De categorie ‘{label}’ bestaat al. Kies een andere naam.</source>
        <translation>The category ‘{label}’ already exists. Choose a different name.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/categories.py" line="85"/>
        <source>Er moet ten minste één categorie in gebruik blijven.</source>
        <translation>At least one category must stay in use.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/categories.py" line="99"/>
        <source>‘{label}’ is gebruikt bij {n} incident(en) en kan niet worden verwijderd. Zet de categorie buiten gebruik: dan wordt ze niet meer aangeboden, maar blijven de incidenten kloppen.</source>
        <translation>‘{label}’ has been used for {n} incident(s) and cannot be deleted. Put the category out of use instead: it is then no longer offered, but the incidents stay correct.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/categories.py" line="113"/>
        <source>Deze categorie bestaat niet (meer).</source>
        <translation>This category does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../veiligbestuur_desktop/cli/audit_commands.py" line="19"/>
        <source>de audittrail: een anker buiten de database vastleggen</source>
        <translation>the audit trail: record an anchor outside the database</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/cli/audit_commands.py" line="22"/>
        <source>opdrachten</source>
        <translation>commands</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/cli/audit_commands.py" line="29"/>
        <source>schrijf een ankerblad (PDF) met het aantal regels en de hash van de audittrail</source>
        <translation>write an anchor sheet (PDF) with the number of entries and the hash of the audit trail</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/cli/audit_commands.py" line="38"/>
        <source>het ankerblad (PDF), buiten de kluis</source>
        <translation>the anchor sheet (PDF), outside the vault</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/cli/audit_commands.py" line="40"/>
        <source>vervang een bestaand bestand</source>
        <translation>replace an existing file</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/cli/audit_commands.py" line="57"/>
        <source>Ankerblad geschreven: {p}</source>
        <translation>Anchor sheet written: {p}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/cli/audit_commands.py" line="58"/>
        <source>Audittrail: {n} regels; hash van regel {n}:</source>
        <translation>Audit trail: {n} entries; hash of entry {n}:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/cli/audit_commands.py" line="62"/>
        <source>Laat de griffier dit blad bewaren. Controleren: veiligbestuur verify --anchor {p}</source>
        <translation>Have the clerk to the council keep this sheet. To check: veiligbestuur verify --anchor {p}</translation>
    </message>
</context>
<context>
    <name>communication</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/communication.py" line="152"/>
        <source>Vul het besluit in dat wordt toegelicht.</source>
        <translation>Fill in the decision that is being explained.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/communication.py" line="156"/>
        <source>Kies de persoon met wie het gesprek is.</source>
        <translation>Choose the person the conversation is with.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/communication.py" line="160"/>
        <source>Kies het incident waarover de woordvoering gaat.</source>
        <translation>Choose the incident the media statement is about.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/communication.py" line="340"/>
        <source>Kies de veroorzaker met wie het contact was.</source>
        <translation>Choose the perpetrator the contact was with.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/communication.py" line="348"/>
        <source>Een contact kan niet in de toekomst liggen; alleen een ordegesprek kan worden gepland.</source>
        <translation>A contact cannot be in the future; only a conduct meeting can be planned.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/communication.py" line="356"/>
        <source>Het verslag vult u in na het ordegesprek; dat is pas op {d}.</source>
        <translation>Fill in the minutes after the conduct meeting; it does not take place until {d}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/communication.py" line="363"/>
        <source>Vul de gedragsafspraken in die tot die datum gelden.</source>
        <translation>Fill in the agreements on behaviour that apply until that date.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/communication.py" line="368"/>
        <source>De gedragsafspraken eindigen vóór het contact. Controleer de einddatum.</source>
        <translation>The agreements on behaviour end before the contact. Check the end date.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/communication.py" line="373"/>
        <source>Het volgende contact ligt vóór dit contact. Controleer de datum.</source>
        <translation>The next contact is before this contact. Check the date.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/communication.py" line="456"/>
        <source>Kies het incident (op nummer).</source>
        <translation>Choose the incident (by number).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="23"/>
        <source>Aanleiding (incident)</source>
        <translation>Reason (incident)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="24"/>
        <source>Aanleiding en samenvatting</source>
        <translation>Reason and summary</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="25"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="26"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="27"/>
        <source>Besluit, incident of persoon</source>
        <translation>Decision, incident or person</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="28"/>
        <source>Communicatie</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="29"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="30"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="31"/>
        <source>Doelgroep</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="32"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="33"/>
        <source>Gedragsafspraken</source>
        <translation>Agreements on behaviour</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="34"/>
        <source>Gedragsafspraken gelden tot</source>
        <translation>Agreements on behaviour apply until</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="35"/>
        <source>Gesproken door</source>
        <translation>Contact by</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="36"/>
        <source>Geïnformeerd over</source>
        <translation>Informed about</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="37"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="38"/>
        <source>Inhoud</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="39"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="40"/>
        <source>Ordegesprek</source>
        <translation>Conduct meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="41"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="42"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="43"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="44"/>
        <source>Soort contact</source>
        <translation>Type of contact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="45"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="46"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="47"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="48"/>
        <source>Veroorzaker</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="49"/>
        <source>Verslag van het ordegesprek</source>
        <translation>Minutes of the conduct meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="50"/>
        <source>Volgend contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="51"/>
        <source>bij een gesprek met een lastige persoon of een brief aan een veroorzaker</source>
        <translation>for a conversation with a difficult person or a letter to a perpetrator</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="52"/>
        <source>bijvoorbeeld: besluit over de windmolens</source>
        <translation>for example: decision on the wind turbines</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="53"/>
        <source>bijvoorbeeld: geen contact meer met de wethouder buiten het spreekuur</source>
        <translation>for example: no more contact with the alderman outside office hours</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="54"/>
        <source>bijvoorbeeld: gemeentehuis, kamer van de burgemeester</source>
        <translation>for example: town hall, the mayor&apos;s office</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="55"/>
        <source>bijvoorbeeld: omwonenden van het windpark</source>
        <translation>for example: residents near the wind farm</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="56"/>
        <source>communicatieactie</source>
        <translation>communication action</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="57"/>
        <source>contactmoment</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="58"/>
        <source>de afspraken</source>
        <translation>the agreements</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="59"/>
        <source>de datum</source>
        <translation>the date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="60"/>
        <source>de datum van het contact</source>
        <translation>the date of the contact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="61"/>
        <source>de datum van het volgende contact</source>
        <translation>the date of the next contact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="62"/>
        <source>de doelgroep</source>
        <translation>the audience</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="63"/>
        <source>de einddatum van de gedragsafspraken</source>
        <translation>the end date of the agreements on behaviour</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="64"/>
        <source>de gedragsafspraken</source>
        <translation>the agreements on behaviour</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="65"/>
        <source>de persoon</source>
        <translation>the person</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="66"/>
        <source>de plaats</source>
        <translation>the place</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="67"/>
        <source>de samenvatting</source>
        <translation>the summary</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="68"/>
        <source>de soort communicatie</source>
        <translation>the type of communication</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="69"/>
        <source>de soort contact</source>
        <translation>the type of contact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="70"/>
        <source>de tekst van het besluit dat wordt toegelicht</source>
        <translation>the text of the decision being explained</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="71"/>
        <source>de tijd</source>
        <translation>the time</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="72"/>
        <source>de toelichting</source>
        <translation>the explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="73"/>
        <source>de uitkomst</source>
        <translation>the outcome</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="74"/>
        <source>de uitleg; bij een toelichting op een besluit ook de tekst van de brief</source>
        <translation>the explanation; for an explanation of a decision also the text of the letter</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="75"/>
        <source>de veroorzaker</source>
        <translation>the perpetrator</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="76"/>
        <source>het besluit</source>
        <translation>the decision</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="77"/>
        <source>het incident</source>
        <translation>the incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="78"/>
        <source>het onderwerp</source>
        <translation>the subject</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="79"/>
        <source>het verslag</source>
        <translation>the minutes</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="80"/>
        <source>slachtoffer geïnformeerd</source>
        <translation>victim informed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="81"/>
        <source>waarover</source>
        <translation>what about</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="82"/>
        <source>wie communiceert</source>
        <translation>who communicates</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="83"/>
        <source>wie het contact had</source>
        <translation>who had the contact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="84"/>
        <source>wie informeerde</source>
        <translation>who informed</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../veiligbestuur_desktop/services/demo.py" line="245"/>
        <source>Kies een aantal incidenten tussen 0 en 1.000.000.</source>
        <translation>Choose a number of incidents between 0 and 1,000,000.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/demo.py" line="252"/>
        <source>Deze kluis bevat al gegevens; demogegevens worden alleen in een lege kluis gezet.</source>
        <translation>This vault already holds data; demo data is only put into an empty vault.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="241"/>
        <source>Deze communicatieactie is geen toelichting op een besluit. Kies een communicatieactie van die soort.</source>
        <translation>This communication action is not an explanation of a decision. Choose a communication action of that type.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="280"/>
        <source>Dit contactmoment is geen ordegesprek. Kies een contactmoment van de soort ordegesprek.</source>
        <translation>This contact is not a conduct meeting. Choose a contact of the type conduct meeting.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="287"/>
        <source>Bij dit ordegesprek is nog geen verslag ingevuld. Vul het verslag in bij Contactlog (stap 5).</source>
        <translation>No minutes have been filled in for this conduct meeting yet. Fill in the minutes under Contact log (step 5).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/documents.py" line="48"/>
        <source>Voor ‘{title}’ is nog geen gegeven om af te drukken. Leg het eerst vast in stap {step}, of kies er een met --id.</source>
        <translation>There is nothing to print for ‘{title}’ yet. Record it first in step {step}, or choose one with --id.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/extensions.py" line="125"/>
        <source>Er is geen document met de naam ‘{name}’. Zie ‘veiligbestuur document list’.</source>
        <translation>There is no document called ‘{name}’. See ‘veiligbestuur document list’.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="85"/>
        <source>A5-kaart ‘Wat te doen bij agressie of bedreiging’ per groep ambtsdragers, met de telefoonnummers van de contactkaart.</source>
        <translation>A5 card ‘What to do in the event of aggression or threats’ per group of office holders, with the telephone numbers from the contact card.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="86"/>
        <source>Agressieprotocol</source>
        <translation>Aggression protocol</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="87"/>
        <source>Alle cijfers van een jaar met grafieken, voor het college (vertrouwelijk); --id is het jaar.</source>
        <translation>All figures for a year with charts, for the Municipal Executive (confidential); --id is the year.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="88"/>
        <source>Alle maatregelen met kosten, status en collegebesluit, voor het college; zonder persoonsgebonden analyses.</source>
        <translation>All measures with costs, status and the Executive&apos;s decision, for the Municipal Executive; without analyses of a person.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="89"/>
        <source>Alles wat de kluis over één persoon bevat, met de namen van anderen gepseudonimiseerd.</source>
        <translation>Everything the vault holds about one person, with the names of others pseudonymised.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="90"/>
        <source>Brief aan de veroorzaker bij een sanctie (--id: de sanctie; anders de laatste).</source>
        <translation>Letter to the perpetrator about a sanction (--id: the sanction; otherwise the latest).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="91"/>
        <source>Brief die een genomen besluit uitlegt aan betrokkenen (een communicatieactie ‘toelichting op een besluit’).</source>
        <translation>Letter explaining a decision taken to those concerned (a communication action ‘explanation of a decision’).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="92"/>
        <source>Brief toelichting besluit</source>
        <translation>Letter explaining a decision</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="93"/>
        <source>Brief: ondersteuning aangifte (VPT-code, domicilie)</source>
        <translation>Letter: support with a police complaint (VPT-code, address for service)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="94"/>
        <source>Brief: schriftelijke waarschuwing</source>
        <translation>Letter: written warning</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="95"/>
        <source>Brief: toegangsverbod gemeentehuis</source>
        <translation>Letter: ban from the town hall</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="96"/>
        <source>Brief: uitnodiging ordegesprek</source>
        <translation>Letter: invitation to a conduct meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="97"/>
        <source>Contactkaart (A6)</source>
        <translation>Contact card (A6)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="98"/>
        <source>De cijfers van een jaar voor de raad: alleen aantallen, kleine aantallen verborgen, geen namen; --id is het jaar.</source>
        <translation>A year&apos;s figures for the council: numbers only, small numbers hidden, no names; --id is the year.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="99"/>
        <source>De evaluatie van één incident met de lessen en aanpassingen (vertrouwelijk).</source>
        <translation>The evaluation of one incident with the lessons and improvements (confidential).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="100"/>
        <source>De maatregelen van stap 2 en hun status aan het eind van elk kwartaal; --id is het jaar.</source>
        <translation>The measures of step 2 and their status at the end of each quarter; --id is the year.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="101"/>
        <source>De nummers bij agressie en bedreiging, A6 voor- en achterkant, met de datum van controle.</source>
        <translation>The numbers to call in the event of aggression and threats, A6 front and back, with the date they were checked.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="102"/>
        <source>De risico-inschatting van één bijeenkomst op één pagina (standaard: de eerstvolgende).</source>
        <translation>The risk assessment of one meeting on one page (by default: the next one).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="103"/>
        <source>De sanctieladder met criteria, beslisser, duur, grondslag, bezwaar en brief.</source>
        <translation>The sanctions ladder with criteria, decision-maker, duration, legal basis, objection and letter.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="104"/>
        <source>De trainingen met aanwezigen, en wie deze bestuurstermijn nog geen training had.</source>
        <translation>The training sessions with those who attended, and who has not had training yet this term of office.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="105"/>
        <source>Doel, rechtsgrond (ook art. 10 AVG / art. 33 UAVG), categorieën, bewaartermijnen en ontvangers.</source>
        <translation>Purpose, legal basis (including GDPR (AVG) art. 10 / GDPR Implementation Act (UAVG) art. 33), categories, retention periods and recipients.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="106"/>
        <source>Evaluatie van een incident</source>
        <translation>Evaluation of an incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="107"/>
        <source>Eén risicoanalyse (VERTROUWELIJK) met risicokaart en maatregelen; zonder --id de nieuwste actuele analyse die niet persoonsgebonden is.</source>
        <translation>One risk analysis (VERTROUWELIJK, confidential) with risk map and measures; without --id the newest current analysis that is not about a person.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="108"/>
        <source>Het agressieprotocol zoals vastgesteld: versie, status, vaststelling en de tekst.</source>
        <translation>The aggression protocol as adopted: version, status, adoption and the text.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="109"/>
        <source>Het mediabeleid: per scenario de woordvoerder, de plaatsvervanger, de standaardlijn en wie wie informeert.</source>
        <translation>The media policy: for each scenario the spokesperson, the deputy, the standard line and who informs whom.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="110"/>
        <source>Het verslag van een ordegesprek als brief aan de veroorzaker, met de gedragsafspraken.</source>
        <translation>The minutes of a conduct meeting as a letter to the perpetrator, with the agreements on behaviour.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="111"/>
        <source>Inzageoverzicht (AVG art. 15)</source>
        <translation>Subject access overview (GDPR (AVG) art. 15)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="112"/>
        <source>Jaarverslag (college)</source>
        <translation>Annual report (Municipal Executive)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="113"/>
        <source>Maatregelenplan (college)</source>
        <translation>Measures plan (Municipal Executive)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="114"/>
        <source>Normkaart (A5)</source>
        <translation>Norm card (A5)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="115"/>
        <source>Raadsinformatiebrief</source>
        <translation>Council information letter</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="116"/>
        <source>Raadsvoorstel en ontwerpbesluit</source>
        <translation>Council proposal and draft decision</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="117"/>
        <source>Risicoanalyse</source>
        <translation>Risk analysis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="118"/>
        <source>Risicoblad bijeenkomst</source>
        <translation>Meeting risk sheet</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="119"/>
        <source>Sanctiebeleid (voor het college)</source>
        <translation>Sanctions policy (for the Municipal Executive)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="120"/>
        <source>Status van de maatregelen</source>
        <translation>Status of the measures</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="121"/>
        <source>Trainingsoverzicht</source>
        <translation>Training overview</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="122"/>
        <source>Uitnodiging ordegesprek</source>
        <translation>Invitation to a conduct meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="123"/>
        <source>Uitnodiging voor een ordegesprek, uit een contactmoment van de soort ordegesprek.</source>
        <translation>Invitation to a conduct meeting, from a contact of the type conduct meeting.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="124"/>
        <source>Van melding tot aangifte met VPT-code en domicilie, nazorgtermijnen en nummers.</source>
        <translation>From report to police complaint with VPT-code and address for service, aftercare periods and numbers.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="125"/>
        <source>Verslag incidentbespreking</source>
        <translation>Minutes of incident review</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="126"/>
        <source>Verslag ordegesprek</source>
        <translation>Minutes of conduct meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="127"/>
        <source>Verslag van een incidentbespreking, gepseudonimiseerd: incidenten op nummer, geen namen.</source>
        <translation>Minutes of an incident review, pseudonymised: incidents by number, no names.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="128"/>
        <source>Verwerkingsregister</source>
        <translation>Record of processing activities</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="129"/>
        <source>Voor het slachtoffer van een incident (--id: het incident; anders het laatste met slachtoffer).</source>
        <translation>For the victim of an incident (--id: the incident; otherwise the latest with a victim).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="130"/>
        <source>Voorstel en ontwerpbesluit om de concept- of voorgelegde versie van het protocol vast te stellen.</source>
        <translation>Proposal and draft decision to adopt the draft or submitted version of the protocol.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="131"/>
        <source>Werkinstructie melding en aangifte</source>
        <translation>Work instruction: reporting and police complaints</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="132"/>
        <source>Woordvoeringsschema</source>
        <translation>Spokesperson schedule</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/evaluation.py" line="120"/>
        <source>Kies het incident dat wordt geëvalueerd (een afgesloten incident).</source>
        <translation>Choose the incident being evaluated (a closed incident).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/evaluation.py" line="126"/>
        <source>Vul ten minste in wat goed ging, de lessen of de aanpassingen: een lege evaluatie zegt niets.</source>
        <translation>Fill in at least what went well, the lessons or the improvements: an empty evaluation says nothing.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/evaluation.py" line="135"/>
        <source>Een aanpassing is langer dan 200 tekens. Zet elke aanpassing kort op een eigen regel.</source>
        <translation>An improvement is longer than 200 characters. Put each improvement briefly on a line of its own.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/evaluation.py" line="192"/>
        <source>termijn {label} (verkiezing {start}, volgende {next})</source>
        <translation>term {label} (election {start}, next {next})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/evaluation.py" line="277"/>
        <source>Vul de datum in waarop dit is gedaan.</source>
        <translation>Fill in the date on which this was done.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/evaluation.py" line="280"/>
        <source>De datum ligt in de toekomst. Vink een onderdeel af als het gedaan is.</source>
        <translation>The date is in the future. Tick an item off once it has been done.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/evaluation.py" line="285"/>
        <source>De datum ligt ruim vóór het begin van deze termijn ({start}). Controleer de datum.</source>
        <translation>The date is well before the start of this term ({start}). Check the date.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_evaluation.py" line="53"/>
        <source>Een incident krijgt de status ‘geëvalueerd’ pas als er een evaluatie is. Leg eerst de evaluatie vast in stap 7 (Evaluatie → Evaluaties), of kies een andere status.</source>
        <translation>An incident only gets the status ‘evaluated’ once there is an evaluation. First record the evaluation in step 7 (Evaluation → Evaluations), or choose another status.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_evaluation.py" line="71"/>
        <source>Kies een jaar tussen {a} en {b}, bijvoorbeeld --id {c}.</source>
        <translation>Choose a year between {a} and {b}, for example --id {c}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_evaluation.py" line="97"/>
        <source>Kies een evaluatie.</source>
        <translation>Choose an evaluation.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_evaluation.py" line="304"/>
        <source>laatste evaluatie {d}; {e} van {c} in {y} afgesloten incidenten geëvalueerd</source>
        <translation>latest evaluation {d}; {e} of {c} incidents closed in {y} evaluated</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_evaluation.py" line="309"/>
        <source>nog geen evaluatie in {y}; {c} afgesloten incident(en) te evalueren</source>
        <translation>no evaluation yet in {y}; {c} closed incident(s) to evaluate</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_evaluation.py" line="316"/>
        <source>termijnherijking {t} afgerond, {d}</source>
        <translation>term review {t} completed, {d}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_evaluation.py" line="321"/>
        <source>termijnherijking {t} nog niet begonnen</source>
        <translation>term review {t} not yet started</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_evaluation.py" line="324"/>
        <source>termijnherijking {t}: {d} van {n} onderdelen gedaan</source>
        <translation>term review {t}: {d} of {n} items done</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_evaluation.py" line="332"/>
        <source>jaarverslag {y} afgedrukt of opgeslagen op {d}</source>
        <translation>annual report {y} printed or saved on {d}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_evaluation.py" line="337"/>
        <source>jaarverslag {y} nog niet gemaakt</source>
        <translation>annual report {y} not yet made</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_evaluation.py" line="342"/>
        <source>{n} aanpassing(en) uit evaluaties in {y}</source>
        <translation>{n} improvement(s) from evaluations in {y}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_evaluation.py" line="345"/>
        <source>geen aanpassingen uit evaluaties in {y}</source>
        <translation>no improvements from evaluations in {y}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/evaluation.py" line="265"/>
        <source>ambtsdrager</source>
        <translation>office holder</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="133"/>
        <source>Aanpassingen (één per regel)</source>
        <translation>Improvements (one per line)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="134"/>
        <source>Agressieprotocol opnieuw vastgesteld</source>
        <translation>Aggression protocol adopted again</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="135"/>
        <source>Contactkaart gecontroleerd en bijgewerkt</source>
        <translation>Contact card checked and updated</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="136"/>
        <source>Datum evaluatie</source>
        <translation>Date of evaluation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="137"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="138"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="139"/>
        <source>Lessen</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="140"/>
        <source>Uitgangspunten herijkt met het nieuwe college en de raad</source>
        <translation>Starting points reviewed with the new Municipal Executive and the council</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="141"/>
        <source>Wat ging goed</source>
        <translation>What went well</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="142"/>
        <source>de aanpassingen</source>
        <translation>the improvements</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="143"/>
        <source>de datum van de evaluatie</source>
        <translation>the date of the evaluation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="144"/>
        <source>de deelnemers</source>
        <translation>the participants</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="145"/>
        <source>de lessen</source>
        <translation>the lessons</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="146"/>
        <source>het afgesloten incident dat wordt geëvalueerd</source>
        <translation>the closed incident being evaluated</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="147"/>
        <source>het incident</source>
        <translation>the incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="148"/>
        <source>incidentevaluatie</source>
        <translation>incident evaluation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="149"/>
        <source>wat goed ging</source>
        <translation>what went well</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="150"/>
        <source>wie hebben geëvalueerd, bijvoorbeeld: coördinator, griffier, slachtoffer</source>
        <translation>who took part in the evaluation, for example: coordinator, clerk to the council, victim</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="151"/>
        <source>één aanpassing per regel; elke regel kan een actiepunt worden</source>
        <translation>one improvement per line; each line can become an action item</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/exchange.py" line="523"/>
        <source>Rij {row}{col}: {msg}</source>
        <translation>Row {row}{col}: {msg}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/exchange.py" line="529"/>
        <source>Deze waarde kan niet worden gelezen.</source>
        <translation>This value cannot be read. Check what is in the cell.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/exchange.py" line="531"/>
        <source>‘{v}’ is geen datum. Schrijf bijvoorbeeld 29-11-2026, 29/11/26, 2026-11-29 of 29 nov 2026.</source>
        <translation>‘{v}’ is not a date. Write, for example, 29-11-2026, 29/11/26, 2026-11-29 or 29 nov 2026.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/exchange.py" line="536"/>
        <source>‘{v}’ is geen tijd. Schrijf bijvoorbeeld 14:30.</source>
        <translation>‘{v}’ is not a time. Write, for example, 14:30.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/exchange.py" line="538"/>
        <source>‘{v}’ is geen ja of nee. Schrijf ja of nee.</source>
        <translation>‘{v}’ is not yes or no. Write yes or no.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/exchange.py" line="540"/>
        <source>‘{v}’ is geen geldige waarde. Kies uit: {c}.</source>
        <translation>‘{v}’ is not a valid value. Choose from: {c}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/exchange.py" line="543"/>
        <source>‘{v}’ kan niet worden gelezen.</source>
        <translation>‘{v}’ cannot be read. Check the value.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/exporter.py" line="184"/>
        <source>Onbekend register ‘{n}’. Kies uit: {c}.</source>
        <translation>Unknown register ‘{n}’. Choose from: {c}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/exporter.py" line="245"/>
        <source>Kies een bestandsnaam die eindigt op {s}; daaraan zie ik het formaat.</source>
        <translation>Choose a file name ending in {s}; that tells the program the format.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="80"/>
        <source>Kolom {n}</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="140"/>
        <source>Het bestand is leeg: er staat geen kopregel in.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="154"/>
        <source>Het bestand kan niet als Excel-bestand (.xlsx) worden gelezen ({err}). Sla het in Excel op als .xlsx of als CSV en probeer het opnieuw.</source>
        <translation>The file cannot be read as an Excel file (.xlsx) ({err}). Save it in Excel as .xlsx or as CSV and try again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="161"/>
        <source>Het Excel-bestand heeft geen werkblad.</source>
        <translation>The Excel file has no worksheet. Save it again with the data on a worksheet.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="182"/>
        <source>Het werkblad is leeg: er staat geen kopregel in.</source>
        <translation>The worksheet is empty: it has no header row.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="187"/>
        <source>Het bestand heeft meer dan {n} rijen. Splits het in delen en importeer die na elkaar.</source>
        <translation>The file has more than {n} rows. Split it into parts and import them one after the other.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="199"/>
        <source>Het bestand is te groot om te importeren (meer dan 200 MB).</source>
        <translation>The file is too large to import (more than 200 MB). Split it into smaller files.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="203"/>
        <source>Het bestand {p} bestaat niet.</source>
        <translation>The file {p} does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="206"/>
        <source>Het bestand {p} kan niet worden gelezen ({err}).</source>
        <translation>The file {p} cannot be read ({err}).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="217"/>
        <source>Dit bestandstype kan niet worden gelezen. Sla het op als .xlsx of als CSV.</source>
        <translation>This file type cannot be read. Save it as .xlsx or as CSV.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="330"/>
        <source>Geef de koppeling een naam van 1 tot 80 tekens.</source>
        <translation>Give the mapping a name of 1 to 80 characters.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="336"/>
        <source>Onbekend veld in de koppeling: {f}.</source>
        <translation>Unknown field in the mapping: {f}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="357"/>
        <source>Het koppelbestand {p} bestaat niet.</source>
        <translation>The mapping file {p} does not exist.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="361"/>
        <source>Het koppelbestand {p} is geen geldige JSON. Voorbeeld: {{&quot;columns&quot;: {{&quot;Datum&quot;: &quot;occurred_on&quot;}}, &quot;categories&quot;: {{&quot;scheldpartij&quot;: &quot;verbaal&quot;}}}}</source>
        <translation>The mapping file {p} is not valid JSON. Example: {{&quot;columns&quot;: {{&quot;Datum&quot;: &quot;occurred_on&quot;}}, &quot;categories&quot;: {{&quot;scheldpartij&quot;: &quot;verbaal&quot;}}}}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="369"/>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="375"/>
        <source>Het koppelbestand {p} is geen geldige koppeling.</source>
        <translation>The mapping file {p} is not a valid mapping.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="397"/>
        <source>Kies wat u importeert: incidenten of personen.</source>
        <translation>Choose what you are importing: incidents or people.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="412"/>
        <source>De kolom {c} ontbreekt of is niet herkend. Koppel een kolom aan ‘{c}’ en controleer opnieuw.</source>
        <translation>The column {c} is missing or has not been recognised. Map a column to ‘{c}’ and check again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="421"/>
        <source>De kolom Naam ontbreekt of is niet herkend. Koppel een kolom aan ‘Naam’.</source>
        <translation>The column Naam (name) is missing or has not been recognised. Map a column to ‘Naam’.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="514"/>
        <source>Onbekende categorie ‘{c}’. Koppel deze tekst aan een categorie (stap ‘Categorieën koppelen’, of ‘categories’ in het koppelbestand).</source>
        <translation>Unknown category ‘{c}’. Map this text to a category (the ‘Map categories’ step, or ‘categories’ in the mapping file).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="526"/>
        <source>Onbekende categoriecode: {c}.</source>
        <translation>Unknown category code: {c}. Choose a category from the list.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="532"/>
        <source>Vul de categorie in (bijvoorbeeld bedreiging of belediging).</source>
        <translation>Fill in the category (for example bedreiging (threat) or belediging (insult)).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="540"/>
        <source>Vul het slachtoffer in (naam van de ambtsdrager of naaste).</source>
        <translation>Fill in the victim (name of the office holder or relative).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="556"/>
        <source>‘{n}’ staat niet in de personenlijst. Vul de functie in (bijvoorbeeld wethouder of raadslid) zodat de ambtsdrager wordt aangemaakt, of voeg de persoon eerst toe.</source>
        <translation>‘{n}’ is not in the list of people. Fill in the position (for example wethouder (alderman) or raadslid (councillor)) so that the office holder is created, or add the person first.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="573"/>
        <source>‘{n}’ wordt als nieuwe ambtsdrager ({r}) toegevoegd.</source>
        <translation>‘{n}’ will be added as a new office holder ({r}).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="592"/>
        <source>De dader is langer dan 500 tekens. Kort de tekst in.</source>
        <translation>The offender text is longer than 500 characters. Shorten it.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="606"/>
        <source>Schrijf bij aangifte ja of nee.</source>
        <translation>Write yes or no for the police complaint.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="612"/>
        <source>Vul de datum van het incident in.</source>
        <translation>Fill in the date of the incident.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="651"/>
        <source>Dubbel: een incident met dezelfde datum, hetzelfde slachtoffer en dezelfde beschrijving bestaat al. Deze rij wordt overgeslagen, tenzij u bevestigt dat hij toch moet worden geïmporteerd.</source>
        <translation>Duplicate: an incident with the same date, the same victim and the same description already exists. This row will be skipped unless you confirm that it should be imported anyway.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="708"/>
        <source>Vul de soort persoon in: ambtsdrager, naaste, veroorzaker of contactpersoon.</source>
        <translation>Fill in the type of person: ambtsdrager (office holder), naaste (relative), veroorzaker (perpetrator) or contactpersoon (contact person).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="738"/>
        <source>De ambtsdrager ‘{n}’ staat niet in de personenlijst of in dit bestand. Voeg die eerst toe.</source>
        <translation>The office holder ‘{n}’ is not in the list of people or in this file. Add them first.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="763"/>
        <source>Dubbel: ‘{n}’ staat al in de personenlijst. Deze rij wordt overgeslagen, tenzij u bevestigt dat hij toch moet worden geïmporteerd.</source>
        <translation>Duplicate: ‘{n}’ is already in the list of people. This row will be skipped unless you confirm that it should be imported anyway.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/importer.py" line="798"/>
        <source>{n} rij(en) hebben fouten; er is niets geïmporteerd. Verbeter het bestand, of importeer alleen de goede rijen (‘ongeldige rijen overslaan’).</source>
        <translation>{n} row(s) have errors; nothing has been imported. Correct the file, or import only the good rows (‘skip invalid rows’).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/inzage.py" line="202"/>
        <source>Deze persoon bestaat niet (meer).</source>
        <translation>This person does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="152"/>
        <source>Actiepunt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="153"/>
        <source>Agressieprotocol</source>
        <translation>Aggression protocol</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="154"/>
        <source>Communicatieactie</source>
        <translation>Communication action</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="155"/>
        <source>Contactmoment</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="156"/>
        <source>Huisregels</source>
        <translation>House rules</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="157"/>
        <source>Incidentbespreking</source>
        <translation>Incident review</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="158"/>
        <source>Incidenten</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="159"/>
        <source>Incidentevaluatie</source>
        <translation>Incident evaluation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="160"/>
        <source>Ketenafspraak</source>
        <translation>Partner agreement</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="161"/>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="162"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="163"/>
        <source>Risico-inschatting bijeenkomst</source>
        <translation>Meeting risk assessment</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="164"/>
        <source>Risicoanalyse</source>
        <translation>Risk analysis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="165"/>
        <source>Sanctie</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="166"/>
        <source>Scenario van het mediabeleid</source>
        <translation>Media policy scenario</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="167"/>
        <source>Slachtoffer geïnformeerd</source>
        <translation>Victim informed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="168"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="169"/>
        <source>Trede van de sanctieladder</source>
        <translation>Rung of the sanctions ladder</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="170"/>
        <source>Vermijdingssignaal</source>
        <translation>Avoidance signal</translation>
    </message>
</context>
<context>
    <name>execution</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/execution.py" line="249"/>
        <source>Kies geldige waarden voor {noun}.</source>
        <translation>Choose valid values for {noun}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/execution.py" line="262"/>
        <location filename="../../build/vocab_strings.py" line="222"/>
        <source>de signalen</source>
        <translation>the signals</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/execution.py" line="263"/>
        <location filename="../../build/vocab_strings.py" line="218"/>
        <source>de maatregelen</source>
        <translation>the measures</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/execution.py" line="268"/>
        <source>Bij risiconiveau hoog hoort ten minste één maatregel. Kies de maatregelen.</source>
        <translation>A high risk level needs at least one measure. Choose the measures.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/execution.py" line="280"/>
        <source>De afloop vult u in na de bijeenkomst; die is pas op {d}.</source>
        <translation>Fill in the outcome after the meeting; it does not take place until {d}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/execution.py" line="412"/>
        <source>Kies de besproken incidenten, of vul de conclusies in.</source>
        <translation>Choose the incidents discussed, or fill in the conclusions.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/execution.py" line="417"/>
        <source>Vul in wanneer de besluiten uitgevoerd moeten zijn; ze worden actiepunten.</source>
        <translation>Fill in when the decisions must have been carried out; they become action items.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/execution.py" line="422"/>
        <source>Vul in wie verantwoordelijk is voor de besluiten.</source>
        <translation>Fill in who is responsible for the decisions.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/execution.py" line="590"/>
        <source>Kies de ambtsdrager bij wie u het signaal ziet.</source>
        <translation>Choose the office holder in whom you see the signal.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/execution.py" line="595"/>
        <source>De opvolging ligt vóór het signaal. Controleer beide datums.</source>
        <translation>The follow-up is before the signal. Check both dates.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/execution.py" line="600"/>
        <source>Kies welke opvolging er op die datum is (gesprek, doorverwijzing, ...).</source>
        <translation>Choose what follow-up there was on that date (conversation, referral, ...).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="171"/>
        <source>Afloop</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="172"/>
        <source>Afloop (na de bijeenkomst)</source>
        <translation>Outcome (after the meeting)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="173"/>
        <source>Afspraken over de maatregelen</source>
        <translation>Arrangements for the measures</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="174"/>
        <source>Agendapunten die spanning geven</source>
        <translation>Agenda items that cause tension</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="175"/>
        <source>Ambtsdrager</source>
        <translation>Office holder</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="176"/>
        <source>Besluiten (elk besluit wordt een actiepunt)</source>
        <translation>Decisions (each decision becomes an action item)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="177"/>
        <source>Besluiten (één per regel)</source>
        <translation>Decisions (one per line)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="178"/>
        <source>Bespreking</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="179"/>
        <source>Besproken incidenten</source>
        <translation>Incidents discussed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="180"/>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="181"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="182"/>
        <source>Conclusies</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="183"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="184"/>
        <source>Eerdere incidenten met dezelfde personen</source>
        <translation>Earlier incidents involving the same people</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="185"/>
        <source>Inschatting en maatregelen</source>
        <translation>Assessment and measures</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="186"/>
        <source>Maatregelen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="187"/>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="188"/>
        <source>Opvolging op</source>
        <translation>Follow-up on</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="189"/>
        <source>Overleg</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="190"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="191"/>
        <source>Risiconiveau</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="192"/>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="193"/>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="194"/>
        <source>Soort bijeenkomst</source>
        <translation>Type of meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="195"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="196"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="197"/>
        <source>Toelichting op de signalen</source>
        <translation>Explanation of the signals</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="198"/>
        <source>Uitgevoerd uiterlijk</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="199"/>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="200"/>
        <source>Verwachte opkomst</source>
        <translation>Expected attendance</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="201"/>
        <source>bijvoorbeeld: ca. 80 bezoekers op de publieke tribune</source>
        <translation>for example: about 80 visitors in the public gallery</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="202"/>
        <source>bijvoorbeeld: raadsvergadering over de asielopvang</source>
        <translation>for example: council meeting on asylum accommodation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="203"/>
        <source>bijvoorbeeld: raadzaal gemeentehuis</source>
        <translation>for example: council chamber, town hall</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="204"/>
        <source>de afloop</source>
        <translation>the outcome</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="205"/>
        <source>de afspraken</source>
        <translation>the agreements</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="206"/>
        <source>de agendapunten</source>
        <translation>the agenda items</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="207"/>
        <source>de ambtsdrager</source>
        <translation>the office holder</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="208"/>
        <source>de besluiten</source>
        <translation>the decisions</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="209"/>
        <source>de besproken incidenten</source>
        <translation>the incidents discussed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="210"/>
        <source>de bron</source>
        <translation>the source</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="211"/>
        <source>de conclusies</source>
        <translation>the conclusions</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="212"/>
        <source>de datum van de bespreking</source>
        <translation>the date of the review</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="213"/>
        <source>de datum van de bijeenkomst</source>
        <translation>the date of the meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="214"/>
        <source>de datum van de opvolging</source>
        <translation>the date of the follow-up</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="215"/>
        <source>de datum van het signaal</source>
        <translation>the date of the signal</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="216"/>
        <source>de datum waarop de besluiten zijn uitgevoerd</source>
        <translation>the date by which the decisions are to be carried out</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="217"/>
        <source>de eerdere incidenten</source>
        <translation>the earlier incidents</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="219"/>
        <source>de naam van de bijeenkomst</source>
        <translation>the name of the meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="220"/>
        <source>de opvolging</source>
        <translation>the follow-up</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="221"/>
        <source>de plaats</source>
        <translation>the place</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="223"/>
        <source>de soort bijeenkomst</source>
        <translation>the type of meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="224"/>
        <source>de status</source>
        <translation>the status</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="225"/>
        <source>de toelichting</source>
        <translation>the explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="226"/>
        <source>de verantwoordelijke</source>
        <translation>the person responsible</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="227"/>
        <source>de verwachte opkomst</source>
        <translation>the expected attendance</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="228"/>
        <source>het overleg</source>
        <translation>the forum</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="229"/>
        <source>het risiconiveau</source>
        <translation>the risk level</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="230"/>
        <source>het signaal</source>
        <translation>the signal</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="231"/>
        <source>hoe het is gegaan: rustig, verstoringen, incidenten</source>
        <translation>how it went: calm, disturbances, incidents</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="232"/>
        <source>incidentbespreking</source>
        <translation>incident review</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="233"/>
        <source>risico-inschatting bijeenkomst</source>
        <translation>meeting risk assessment</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="234"/>
        <source>vermijdingssignaal</source>
        <translation>avoidance signal</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="235"/>
        <source>zonder namen van slachtoffers of daders: het verslag wordt gedeeld</source>
        <translation>without names of victims or offenders: the minutes are shared</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/fields.py" line="162"/>
        <source>Vul {label} in.</source>
        <translation>Fill in {label}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/fields.py" line="177"/>
        <location filename="../../veiligbestuur_desktop/domain/fields.py" line="202"/>
        <source>Kies {label}.</source>
        <translation>Choose {label}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/fields.py" line="188"/>
        <source>Kies een geldige waarde voor {label}.</source>
        <translation>Choose a valid value for {label}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/fields.py" line="194"/>
        <source>Kies ten minste één waarde voor {label}.</source>
        <translation>Choose at least one value for {label}.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="236"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="237"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>fsutil</name>
    <message>
        <location filename="../../veiligbestuur_desktop/fsutil.py" line="36"/>
        <source>De schijf is vol: {where} kon niet worden geschreven. Er is niets half opgeslagen. Maak ruimte vrij of kies een andere plek, en probeer het opnieuw.</source>
        <translation>The disk is full: {where} could not be written. Nothing has been half saved. Free up space or choose another location, and try again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/fsutil.py" line="43"/>
        <source>De schijf is vol. Er is niets half opgeslagen. Maak ruimte vrij of kies een andere plek, en probeer het opnieuw.</source>
        <translation>The disk is full. Nothing has been half saved. Free up space or choose another location, and try again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/fsutil.py" line="95"/>
        <source>{p} ligt in de map van de kluis. Kies een plek buiten {d}; er is niets gewijzigd.</source>
        <translation>{p} is in the vault&apos;s folder. Choose a location outside {d}; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/fsutil.py" line="101"/>
        <source>{p} is een map; kies een bestandsnaam.</source>
        <translation>{p} is a folder; choose a file name.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/fsutil.py" line="104"/>
        <source>De map {p} bestaat niet. Kies een bestaande map; er is niets gewijzigd.</source>
        <translation>The folder {p} does not exist. Choose an existing folder; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/fsutil.py" line="110"/>
        <source>{p} bestaat al. Er is niets gewijzigd: kies een andere bestandsnaam, of bevestig dat het bestand vervangen mag worden (op de opdrachtregel met --force).</source>
        <translation>{p} already exists. Nothing has been changed: choose a different file name, or confirm that the file may be replaced (on the command line with --force).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/fsutil.py" line="133"/>
        <source>{p} is intussen aangemaakt. Er is niets gewijzigd; kies een andere naam.</source>
        <translation>{p} has been created in the meantime. Nothing has been changed; choose a different name.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/fsutil.py" line="138"/>
        <source>{p} kon niet worden geschreven ({err}). Er is niets gewijzigd.</source>
        <translation>{p} could not be written ({err}). Nothing has been changed; choose another location or try again.</translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1070"/>
        <source>De meldingsdatum ligt vóór de datum van het incident. Controleer beide datums.</source>
        <translation>The date reported is before the date of the incident. Check both dates.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1085"/>
        <source>Onbekende categorie: {c}.</source>
        <translation>Unknown category: {c}. Choose a category from the list.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1088"/>
        <source>Een slachtoffer staat er twee keer in.</source>
        <translation>A victim has been entered twice. Remove one of them.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1091"/>
        <source>De afsluitdatum ligt vóór de datum van het incident.</source>
        <translation>The closing date is before the date of the incident. Check both dates.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1108"/>
        <source>Er is een dader gekozen maar de dader staat op ‘onbekend’.</source>
        <translation>An offender has been chosen but the offender is set to ‘unknown’. Choose one or the other.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="725"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1061"/>
        <source>De tijd van het incident ligt later dan nu ({now}). Controleer de tijd; een incident dat nog moet gebeuren kan niet worden geregistreerd.</source>
        <translation>The time of the incident is later than now ({now}). Check the time; an incident that has yet to happen cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1075"/>
        <source>Doxing is pas strafbaar sinds 1 januari 2024 (art. 285d Sr). Kies voor een eerder incident een andere categorie, bijvoorbeeld intimidatie of stalking.</source>
        <translation>Doxing has only been a criminal offence since 1 January 2024 (Criminal Code (Sr) art. 285d). For an earlier incident choose another category, for example intimidation or stalking.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1099"/>
        <source>‘Bij de woning van het slachtoffer’ is aangevinkt, maar de plaats is ‘{p}’. Kies als plaats ‘bij de woning’ of haal het vinkje weg.</source>
        <translation>‘At the victim&apos;s home’ is ticked, but the place is ‘{p}’. Choose ‘at the home’ as the place or remove the tick.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1118"/>
        <source>Een geanonimiseerd incident kan niet meer worden gewijzigd.</source>
        <translation>An anonymised incident can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1122"/>
        <source>Alleen het opschonen na de bewaartermijn maakt een incident anoniem (de namen gaan er dan uit). Kies een andere status.</source>
        <translation>Only the clean-up after the retention period makes an incident anonymous (the names are then removed). Choose another status.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1147"/>
        <source>{label} is geen geldig bedrag. Schrijf bijvoorbeeld 1.234,56.</source>
        <translation>{label} is not a valid amount. Write, for example, 1.234,56 (a full stop for thousands, a comma for cents).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1153"/>
        <source>{label} mag niet negatief zijn.</source>
        <translation>{label} must not be negative.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1157"/>
        <source>{label} is onwaarschijnlijk hoog. Controleer het bedrag.</source>
        <translation>{label} is implausibly high. Check the amount.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1310"/>
        <source>{label}: ongeldige datum. Gebruik dd-mm-jjjj.</source>
        <translation>{label}: invalid date. Use dd-mm-yyyy.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1316"/>
        <source>de omschrijving</source>
        <translation>the description</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1317"/>
        <source>de verantwoordelijke</source>
        <translation>the person responsible</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1395"/>
        <source>De veroorzaker is een andere ambtsdrager (bestuurder onderling). Dat valt buiten de ELA-afspraken met politie en OM; bespreek de aanpak met de burgemeester.</source>
        <translation>The perpetrator is another office holder (between office holders). That falls outside the ELA agreements with the police and the Public Prosecution Service (OM); discuss the approach with the mayor.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1405"/>
        <source>De ELA-afspraken (voorrang bij opsporing en vervolging) gelden alleen als de politie de VPT-code heeft geregistreerd. Vraag de politie dat te bevestigen en leg het hier vast.</source>
        <translation>The ELA agreements (priority in investigation and prosecution) only apply if the police have registered the VPT-code. Ask the police to confirm this and record it here.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1318"/>
        <source>de termijn</source>
        <translation>the deadline</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1320"/>
        <source>de datum van afronding</source>
        <translation>the date of completion</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1326"/>
        <source>Onbekend gegeven ‘{k}’ bij deze opvolging.</source>
        <translation>Unknown detail ‘{k}’ for this follow-up.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1344"/>
        <source>{label}: kies uit {choices}.</source>
        <translation>{label}: choose from {choices}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1351"/>
        <source>Het PV-nummer is ongeldig. Gebruik 4 tot 40 letters, cijfers, spaties of de tekens - . en /.</source>
        <translation>The police report number (PV-nummer) is invalid. Use 4 to 40 letters, digits, spaces or the characters - . and /.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="1365"/>
        <source>De einddatum van de sanctie ligt vóór de ingangsdatum.</source>
        <translation>The end date of the sanction is before the start date. Check both dates.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="238"/>
        <source>0 — emotioneel gedrag, geen incident</source>
        <translation>0 — emotional behaviour, not an incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="239"/>
        <source>1 — grensoverschrijdend, niet strafbaar</source>
        <translation>1 — unacceptable, not a criminal offence</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="240"/>
        <source>2 — licht strafbaar (bijv. belediging)</source>
        <translation>2 — minor offence (e.g. insult)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="241"/>
        <source>3 — ernstig (bedreiging, stalking, doxing, vernieling, intimidatie bij de woning)</source>
        <translation>3 — serious (threats, stalking, doxing, criminal damage, intimidation at the home)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="242"/>
        <source>4 — zeer ernstig (fysiek geweld, wapens, brandstichting)</source>
        <translation>4 — very serious (physical violence, weapons, arson)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="243"/>
        <source>Aangenomen door</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="244"/>
        <source>Aangifte of melding afwegen</source>
        <translation>Consider a police complaint or report</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="245"/>
        <source>Aangifte of melding gedaan</source>
        <translation>Police complaint or report made</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="246"/>
        <source>Aangifte of melding gedaan op</source>
        <translation>Police complaint or report made on</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="247"/>
        <source>Aangifte of melding?</source>
        <translation>Police complaint or report?</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="248"/>
        <source>Aansprakelijkstellingsbrief verstuurd op</source>
        <translation>Liability letter sent on</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="249"/>
        <source>Aard en ernst</source>
        <translation>Nature and severity</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="250"/>
        <source>Adreskeuze</source>
        <translation>Choice of address</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="251"/>
        <source>Afgesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="252"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="253"/>
        <source>Beschrijving en impact</source>
        <translation>Description and impact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="254"/>
        <source>Beslissing OM</source>
        <translation>Decision of the Public Prosecution Service (OM)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="255"/>
        <source>Bij de woning van het slachtoffer</source>
        <translation>At the victim&apos;s home</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="256"/>
        <source>Brief verstuurd op</source>
        <translation>Letter sent on</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="257"/>
        <source>Categorieën</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="258"/>
        <source>Dader</source>
        <translation>Offender</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="259"/>
        <source>Dader bekend</source>
        <translation>Offender known</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="260"/>
        <source>Dader en getuigen</source>
        <translation>Offender and witnesses</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="261"/>
        <source>Datum incident</source>
        <translation>Date of incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="262"/>
        <source>Eerste opvang (dezelfde dag)</source>
        <translation>First support (same day)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="263"/>
        <source>Eerste vervolggesprek</source>
        <translation>First follow-up meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="264"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="265"/>
        <source>Ernst (beleving slachtoffer)</source>
        <translation>Severity (as experienced by the victim)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="266"/>
        <source>Ernst (beoordeeld)</source>
        <translation>Severity (assessed)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="267"/>
        <source>Gemeld door</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="268"/>
        <source>Gemeld op</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="269"/>
        <source>Getuigen</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="270"/>
        <source>Gevorderd bedrag</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="271"/>
        <source>Hoe gereageerd</source>
        <translation>Response given</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="272"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="273"/>
        <source>Impact op het gezin</source>
        <translation>Impact on the family</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="274"/>
        <source>Ingangsdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="275"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="276"/>
        <source>Kies ten minste één categorie.</source>
        <translation>Choose at least one category.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="277"/>
        <source>Kies ten minste één slachtoffer (ambtsdrager of naaste).</source>
        <translation>Choose at least one victim (office holder or relative).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="278"/>
        <source>Letsel</source>
        <translation>Injury</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="279"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="280"/>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="281"/>
        <source>Omschrijving dader</source>
        <translation>Description of the offender</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="282"/>
        <source>Ontvangen bedrag</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="283"/>
        <source>Opschalen naar politie en OM geadviseerd: bij bedreiging, stalking, doxing en fysiek geweld (ook online), bij ernst 4 of ernst 3 bij de woning, bij een dader van eerdere incidenten en bij een slachtoffer met verhoogd risico. Een melding of aangifte bij politie/OM is het vertrekpunt voor beveiligingsmaatregelen (Stelsel bewaken en beveiligen).</source>
        <translation>Escalation to the police and the Public Prosecution Service (OM) advised: for threats, stalking, doxing and physical violence (online too), for severity 4 or severity 3 at the home, for an offender of earlier incidents and for a victim at increased risk. A report or police complaint to the police/OM is the starting point for protective measures (the national surveillance and protection system, Stelsel bewaken en beveiligen).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="284"/>
        <source>Opvanggesprek</source>
        <translation>Support meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="285"/>
        <source>PV-nummer</source>
        <translation>Police report number (PV)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="286"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="287"/>
        <source>Politie geïnformeerd</source>
        <translation>Police informed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="288"/>
        <source>Reactie aan de dader</source>
        <translation>Response to the offender</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="289"/>
        <source>Reden n.v.t.</source>
        <translation>Reason for n/a</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="290"/>
        <source>Reden om geen aangifte of melding te doen</source>
        <translation>Reason for not making a police complaint or report</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="291"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="292"/>
        <source>Sancties afwegen</source>
        <translation>Weigh up sanctions</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="293"/>
        <source>Schade</source>
        <translation>Damage</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="294"/>
        <source>Schade inventariseren en verhalen</source>
        <translation>Assess and recover the damage</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="295"/>
        <source>Schade van de gemeente verhalen</source>
        <translation>Recover the municipality&apos;s damage</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="296"/>
        <source>Schade van het slachtoffer verhalen</source>
        <translation>Recover the victim&apos;s damage</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="297"/>
        <source>Schadeposten</source>
        <translation>Damage items</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="298"/>
        <source>Slachtoffer(s) — ambtsdrager of naaste</source>
        <translation>Victim(s) — office holder or relative</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="299"/>
        <source>Slachtoffers</source>
        <translation>Victims</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="300"/>
        <source>Soort dader</source>
        <translation>Type of offender</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="301"/>
        <source>Soort sanctie</source>
        <translation>Type of sanction</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="302"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="303"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="304"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="305"/>
        <source>Toelichting beslissing OM</source>
        <translation>Explanation of the decision of the Public Prosecution Service (OM)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="306"/>
        <source>Tweede vervolggesprek</source>
        <translation>Second follow-up meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="307"/>
        <source>Uiterste datum voegen in het strafproces</source>
        <translation>Deadline for joining the criminal proceedings</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="308"/>
        <source>Uitspraak</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="309"/>
        <source>VPT-code geregistreerd door de politie</source>
        <translation>VPT-code registered by the police</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="310"/>
        <source>VPT-code gevraagd</source>
        <translation>VPT-code requested</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="311"/>
        <source>Vermijdingsgedrag</source>
        <translation>Avoidance behaviour</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="312"/>
        <source>Verwezen naar</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="313"/>
        <source>Verzuim</source>
        <translation>Absence from work</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="314"/>
        <source>Voor wie (slachtoffer, getuige, gezin)</source>
        <translation>For whom (victim, witness, family)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="315"/>
        <source>Wat is er gebeurd? Letterlijke bewoordingen tussen aanhalingstekens.</source>
        <translation>What happened? Exact words in quotation marks.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="316"/>
        <source>Wiens schade</source>
        <translation>Whose damage</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="317"/>
        <source>adres of omschrijving, bijvoorbeeld ‘raadzaal’ of ‘Facebook-groep van het dorp’</source>
        <translation>address or description, for example ‘council chamber’ or ‘the village Facebook group’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="318"/>
        <source>datum afgerond</source>
        <translation>date completed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="319"/>
        <source>de afsluitdatum</source>
        <translation>the closing date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="320"/>
        <source>de beleving van het slachtoffer</source>
        <translation>the victim&apos;s experience</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="321"/>
        <source>de beschrijving</source>
        <translation>the description</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="322"/>
        <source>de categorie</source>
        <translation>the category</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="323"/>
        <source>de dader</source>
        <translation>the offender</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="324"/>
        <source>de datum van het incident</source>
        <translation>the date of the incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="325"/>
        <source>de ernst</source>
        <translation>the severity</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="326"/>
        <source>de getuigen</source>
        <translation>the witnesses</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="327"/>
        <source>de impact</source>
        <translation>the impact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="328"/>
        <source>de locatie</source>
        <translation>the location</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="329"/>
        <source>de meldingsdatum</source>
        <translation>the date reported</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="330"/>
        <source>de omschrijving van de dader</source>
        <translation>the description of the offender</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="331"/>
        <source>de plaats</source>
        <translation>the place</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="332"/>
        <source>de slachtoffers</source>
        <translation>the victims</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="333"/>
        <source>de soort dader</source>
        <translation>the type of offender</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="334"/>
        <source>de status</source>
        <translation>the status</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="335"/>
        <source>het kanaal</source>
        <translation>the channel</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="336"/>
        <source>het slachtoffer, of wie namens hem of haar belde</source>
        <translation>the victim, or whoever called on their behalf</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="337"/>
        <source>hoe het incident het slachtoffer bereikte (e-mail, telefoon, persoonlijk, ...)</source>
        <translation>how the incident reached the victim (e-mail, telephone, in person, ...)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="338"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="339"/>
        <source>omschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="340"/>
        <source>signalement of omschrijving</source>
        <translation>appearance or description</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="341"/>
        <source>termijn</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="342"/>
        <source>toelichting op de impact (optioneel)</source>
        <translation>explanation of the impact (optional)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="343"/>
        <source>verantwoordelijke</source>
        <translation>person responsible</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="344"/>
        <source>waar het gebeurde; het kanaal zegt hoe het het slachtoffer bereikte</source>
        <translation>where it happened; the channel says how it reached the victim</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="345"/>
        <source>‘aangenomen door’</source>
        <translation>‘received by’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="346"/>
        <source>‘bij de woning van het slachtoffer’</source>
        <translation>‘at the victim&apos;s home’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="347"/>
        <source>‘dader bekend’</source>
        <translation>‘offender known’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="348"/>
        <source>‘gemeld door’</source>
        <translation>‘reported by’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="349"/>
        <source>‘impact op het gezin’</source>
        <translation>‘impact on the family’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="350"/>
        <source>‘letsel’</source>
        <translation>‘injury’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="351"/>
        <source>‘reden n.v.t.’</source>
        <translation>‘reason for n/a’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="352"/>
        <source>‘schade’</source>
        <translation>‘damage’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="353"/>
        <source>‘tijd’</source>
        <translation>‘time’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="354"/>
        <source>‘vermijdingsgedrag’</source>
        <translation>‘avoidance behaviour’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="355"/>
        <source>‘verzuim’</source>
        <translation>‘absence from work’</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../veiligbestuur_desktop/services/letters.py" line="83"/>
        <source>Bij de maatregel ‘{step}’ hoort volgens de sanctieladder: {letter}. Kies die brief, of pas de brief van de maatregel aan in Sanctiebeleid.</source>
        <translation>According to the sanctions ladder, the measure ‘{step}’ goes with: {letter}. Choose that letter, or change the measure&apos;s letter in Sanctions policy.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/letters.py" line="132"/>
        <source>Dit incident bestaat niet (meer).</source>
        <translation>This incident does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/letters.py" line="136"/>
        <source>Bij incident {n} is geen slachtoffer vastgelegd. Voeg het slachtoffer toe in stap 6; de brief is voor het slachtoffer.</source>
        <translation>No victim has been recorded for incident {n}. Add the victim in step 6; the letter is for the victim.</translation>
    </message>
</context>
<context>
    <name>nazorg</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/nazorg.py" line="31"/>
        <source>Kies voor het opvanggesprek een termijn tussen 1 uur en 14 dagen.</source>
        <translation>Choose a period between 1 hour and 14 days for the support meeting.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/nazorg.py" line="40"/>
        <source>Een vervolggesprek ligt tussen 1 en 365 dagen na het opvanggesprek, en ‘vanaf’ komt niet na ‘uiterlijk’.</source>
        <translation>A follow-up meeting is between 1 and 365 days after the support meeting, and ‘from’ does not come after ‘at the latest’.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/nazorg.py" line="49"/>
        <source>Het tweede vervolggesprek komt na het eerste: kies een latere termijn.</source>
        <translation>The second follow-up meeting comes after the first: choose a later period.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="258"/>
        <source>Vul een naam in, of bij een onbekende persoon een omschrijving.</source>
        <translation>Fill in a name, or for an unknown person a description.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="261"/>
        <source>Vul de naam in.</source>
        <translation>Fill in the name.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="263"/>
        <source>Kies de rol van de ambtsdrager.</source>
        <translation>Choose the office holder&apos;s role.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="266"/>
        <source>Kies de ambtsdrager bij wie deze naaste hoort.</source>
        <translation>Choose the office holder this relative belongs with.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="284"/>
        <source>Een adres wordt alleen bij een veroorzaker vastgelegd; woonadressen van ambtsdragers niet.</source>
        <translation>An address is only recorded for a perpetrator; office holders&apos; home addresses are not. Leave the address empty.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="270"/>
        <source>Het einde van de termijn ligt vóór het begin. Controleer beide datums.</source>
        <translation>The end of the term is before the start. Check both dates.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="275"/>
        <source>Het telefoonnummer is ongeldig. Gebruik alleen cijfers, spaties, +, - en haakjes.</source>
        <translation>The telephone number is invalid. Use only digits, spaces, +, - and brackets.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="280"/>
        <source>Het e-mailadres is ongeldig, bijvoorbeeld: naam@gemeente.nl.</source>
        <translation>The e-mail address is invalid; write it like this: naam@gemeente.nl.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="297"/>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="356"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="357"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="358"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="359"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="360"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="361"/>
        <source>Naaste van</source>
        <translation>Relative of</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="362"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="363"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="364"/>
        <source>Partij (gevoelig)</source>
        <translation>Party (sensitive)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="365"/>
        <source>Politieke voorkeur is een bijzonder persoonsgegeven: optioneel, nooit standaard afgedrukt.</source>
        <translation>Political opinion is special category personal data: optional, never printed by default.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="366"/>
        <source>Portefeuilles</source>
        <translation>Portfolios</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="367"/>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="368"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="369"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="370"/>
        <source>Soort veroorzaker</source>
        <translation>Type of perpetrator</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="371"/>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="372"/>
        <source>Termijn tot</source>
        <translation>Term until</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="373"/>
        <source>Termijn vanaf</source>
        <translation>Term from</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="374"/>
        <source>Verhoogd risico</source>
        <translation>Increased risk</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="375"/>
        <source>Zelfscan gedaan op</source>
        <translation>Self-scan done on</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="376"/>
        <source>bij een onbekende persoon: een omschrijving in plaats van een naam</source>
        <translation>for an unknown person: a description instead of a name</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="377"/>
        <source>de ambtsdrager</source>
        <translation>the office holder</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="378"/>
        <source>de datum van de zelfscan</source>
        <translation>the date of the self-scan</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="379"/>
        <source>de functie</source>
        <translation>the position</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="380"/>
        <source>de geboortedatum</source>
        <translation>the date of birth</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="381"/>
        <source>de naam</source>
        <translation>the name</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="382"/>
        <source>de omschrijving</source>
        <translation>the description</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="383"/>
        <source>de organisatie</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="384"/>
        <source>de partij</source>
        <translation>the party</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="385"/>
        <source>de portefeuilles</source>
        <translation>the portfolios</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="386"/>
        <source>de relatie</source>
        <translation>the relationship</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="387"/>
        <source>de rol</source>
        <translation>the role</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="388"/>
        <source>de soort</source>
        <translation>the type</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="389"/>
        <source>de soort veroorzaker</source>
        <translation>the type of perpetrator</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="390"/>
        <source>het adres</source>
        <translation>the address</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="391"/>
        <source>het begin van de termijn</source>
        <translation>the start of the term</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="392"/>
        <source>het e-mailadres</source>
        <translation>the e-mail address</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="393"/>
        <source>het einde van de termijn</source>
        <translation>the end of the term</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="394"/>
        <source>het telefoonnummer</source>
        <translation>the telephone number</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="395"/>
        <source>persoon</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="396"/>
        <source>‘verhoogd risico’</source>
        <translation>‘increased risk’</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../veiligbestuur_desktop/services/plan.py" line="169"/>
        <source>Dit onderdeel volgt uit de incidenten.</source>
        <translation>This item follows from the incidents.</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/policy.py" line="359"/>
        <source>Kies de rollen uit de lijst.</source>
        <translation>Choose the roles from the list.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/policy.py" line="367"/>
        <source>Kies de directe omgeving uit de lijst.</source>
        <translation>Choose the immediate circle from the list.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/policy.py" line="370"/>
        <source>De basisafspraak ‘altijd intern melden’ hoort in elk protocol (Stappenplan stap 1). Zet het vinkje aan.</source>
        <translation>The basic agreement ‘always report internally’ belongs in every protocol (Stappenplan step 1). Tick the box.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/policy.py" line="384"/>
        <source>Vul de huisregels in voor ten minste één plek: gemeentehuis, raadszaal of publieke tribune.</source>
        <translation>Fill in the house rules for at least one place: town hall, council chamber or public gallery.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/policy.py" line="397"/>
        <source>De plaatsvervanger moet een ander zijn dan de woordvoerder.</source>
        <translation>The deputy must be someone other than the spokesperson.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_policy.py" line="110"/>
        <source>Kies eerst wie het protocol vaststelt (raad of college); dan volgt het voorstel daaruit.</source>
        <translation>First choose who adopts the protocol (council or Municipal Executive); the proposal follows from that.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_policy.py" line="129"/>
        <source>De normkaart volgt uit het agressieprotocol. Leg eerst het protocol vast in stap 1 (tab Protocol).</source>
        <translation>The norm card follows from the aggression protocol. First record the protocol in step 1 (Protocol tab).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_policy.py" line="156"/>
        <source>Er is nog geen mediabeleid vastgelegd. Leg in stap 1 (tab Mediabeleid) per scenario de woordvoerder vast.</source>
        <translation>No media policy has been recorded yet. In step 1 (Media policy tab), record the spokesperson for each scenario.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_policy.py" line="178"/>
        <source>Kies een versie van het protocol.</source>
        <translation>Choose a version of the protocol.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_policy.py" line="248"/>
        <source>nog geen agressieprotocol vastgelegd</source>
        <translation>no aggression protocol recorded yet</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_policy.py" line="257"/>
        <source>maak een nieuwe versie en laat die vaststellen</source>
        <translation>make a new version and have it adopted</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_policy.py" line="264"/>
        <source>herzieningsdatum verstreken: herijk het protocol</source>
        <translation>review date passed: review the protocol</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_policy.py" line="275"/>
        <source>protocol v{v} is {status}: nog niet vastgesteld</source>
        <translation>protocol v{v} is {status}: not yet adopted</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_policy.py" line="286"/>
        <source>mediabeleid: woordvoerder voor alle {n} scenario’s</source>
        <translation>media policy: spokesperson for all {n} scenarios</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_policy.py" line="293"/>
        <source>mediabeleid: nog geen woordvoerder voor {list}</source>
        <translation>media policy: no spokesperson yet for {list}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="137"/>
        <source>Er is al een versie in bewerking: versie {v} ({status}). Werk die versie bij, of stel haar eerst vast.</source>
        <translation>A version is already being edited: version {v} ({status}). Update that version, or adopt it first.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="160"/>
        <source>Alleen een conceptversie kan worden verwijderd. Versie {v} is {status} en blijft bewaard.</source>
        <translation>Only a draft version can be deleted. Version {v} is {status} and is kept.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="167"/>
        <source>Aan deze versie is een getekend besluit gekoppeld; zij blijft daarom bewaard.</source>
        <translation>A signed decision is attached to this version; it is therefore kept.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="219"/>
        <source>Kies eerst wie de versie vaststelt (bewerk de versie).</source>
        <translation>First choose who adopts the version (edit the version).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="265"/>
        <source>Voeg het getekende besluit toe als PDF of als scan of foto (PNG, JPEG, GIF, WebP).</source>
        <translation>Add the signed decision as a PDF or as a scan or photo (PNG, JPEG, GIF, WebP).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="275"/>
        <source>Een getekend besluit hoort bij een voorgelegde of vastgestelde versie. Leg versie {v} eerst voor.</source>
        <translation>A signed decision belongs with a submitted or adopted version. Submit version {v} first.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="307"/>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="317"/>
        <source>Bij deze versie is nog geen getekend besluit bewaard.</source>
        <translation>No signed decision has been stored with this version yet. Add it with ‘Add decision…’.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="359"/>
        <source>Voor het scenario ‘{s}’ is het mediabeleid al vastgelegd. Kies dat scenario in de lijst en wijzig het daar.</source>
        <translation>The media policy for the scenario ‘{s}’ has already been recorded. Choose that scenario in the list and change it there.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="411"/>
        <source>aangemaakt als concept</source>
        <translation>created as a draft</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="413"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="415"/>
        <source>getekend besluit toegevoegd</source>
        <translation>signed decision added</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="416"/>
        <source>status: {a} → {b}</source>
        <translation>status: {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="397"/>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="398"/>
        <source>Basisafspraak: elk incident wordt altijd intern gemeld</source>
        <translation>Basic agreement: every incident is always reported internally</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="399"/>
        <source>Bereikbaar via</source>
        <translation>Reachable via</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="400"/>
        <source>Besluitdatum</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="401"/>
        <source>Bij overtreding</source>
        <translation>If the rules are broken</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="402"/>
        <source>Geldt voor de rollen</source>
        <translation>Applies to the roles</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="403"/>
        <source>Gemeentehuis</source>
        <translation>Town hall</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="404"/>
        <source>Grensoverschrijdend gedrag</source>
        <translation>Unacceptable behaviour</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="405"/>
        <source>Herzieningsdatum</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="406"/>
        <source>Huisregels</source>
        <translation>House rules</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="407"/>
        <source>Kies ten minste één rol waarvoor het protocol geldt.</source>
        <translation>Choose at least one role to which the protocol applies.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="408"/>
        <source>Kies ten minste één soort grensoverschrijdend gedrag.</source>
        <translation>Choose at least one type of unacceptable behaviour.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="409"/>
        <source>Melden</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="410"/>
        <source>Meldpunt</source>
        <translation>Reporting point</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="411"/>
        <source>Norm en grenzen</source>
        <translation>Standard and boundaries</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="412"/>
        <source>Ook de directe omgeving</source>
        <translation>The immediate circle too</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="413"/>
        <source>Organisatienorm</source>
        <translation>Organisational standard</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="414"/>
        <source>Plaatsvervanger</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="415"/>
        <source>Publicatie (gemeenteblad/CVDR)</source>
        <translation>Publication (municipal gazette/CVDR)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="416"/>
        <source>Publieke tribune</source>
        <translation>Public gallery</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="417"/>
        <source>Raadszaal</source>
        <translation>Council chamber</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="418"/>
        <source>Reikwijdte</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="419"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="420"/>
        <source>Standaardlijn</source>
        <translation>Standard line</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="421"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="422"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="423"/>
        <source>Toelichting op de grenzen</source>
        <translation>Explanation of the boundaries</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="424"/>
        <source>Vastgesteld door</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="425"/>
        <source>Vaststelling</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="426"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="427"/>
        <source>Wie informeert wie</source>
        <translation>Who informs whom</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="428"/>
        <source>Woordvoerder</source>
        <translation>Spokesperson</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="429"/>
        <source>agressieprotocol</source>
        <translation>aggression protocol</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="430"/>
        <source>bedreiging van een naaste geldt als bedreiging van de ambtsdrager</source>
        <translation>a threat to a relative counts as a threat to the office holder</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="431"/>
        <source>bijvoorbeeld: de burgemeester, of de communicatieadviseur openbare orde</source>
        <translation>for example: the mayor, or the public order communications adviser</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="432"/>
        <source>bijvoorbeeld: de griffier, en bij zijn afwezigheid de burgemeester</source>
        <translation>for example: the clerk to the council, and in their absence the mayor</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="433"/>
        <source>bijvoorbeeld: griffier informeert fractievoorzitters; burgemeester informeert college</source>
        <translation>for example: the clerk informs the group leaders; the mayor informs the Municipal Executive</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="434"/>
        <source>bijvoorbeeld: ook kritiek is welkom, zolang die niet persoonlijk of dreigend wordt</source>
        <translation>for example: criticism is welcome too, as long as it does not become personal or threatening</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="435"/>
        <source>de besluitdatum</source>
        <translation>the decision date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="436"/>
        <source>de directe omgeving</source>
        <translation>the immediate circle</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="437"/>
        <source>de herzieningsdatum</source>
        <translation>the review date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="438"/>
        <source>de huisregels voor de publieke tribune</source>
        <translation>the house rules for the public gallery</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="439"/>
        <source>de huisregels voor de raadszaal</source>
        <translation>the house rules for the council chamber</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="440"/>
        <source>de huisregels voor het gemeentehuis</source>
        <translation>the house rules for the town hall</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="441"/>
        <source>de organisatienorm</source>
        <translation>the organisational standard</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="442"/>
        <source>de plaatsvervanger</source>
        <translation>the deputy</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="443"/>
        <source>de rollen</source>
        <translation>the roles</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="444"/>
        <source>de standaardlijn</source>
        <translation>the standard line</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="445"/>
        <source>de status</source>
        <translation>the status</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="446"/>
        <source>de titel</source>
        <translation>the title</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="447"/>
        <source>de toelichting</source>
        <translation>the explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="448"/>
        <source>de vindplaats van de publicatie</source>
        <translation>the place of publication</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="449"/>
        <source>de woordvoerder</source>
        <translation>the spokesperson</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="450"/>
        <source>het grensoverschrijdend gedrag</source>
        <translation>the unacceptable behaviour</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="451"/>
        <source>het meldpunt</source>
        <translation>the reporting point</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="452"/>
        <source>het scenario</source>
        <translation>the scenario</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="453"/>
        <source>hoe het meldpunt bereikbaar is</source>
        <translation>how the reporting point can be reached</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="454"/>
        <source>huisregels</source>
        <translation>house rules</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="455"/>
        <source>scenario van het mediabeleid</source>
        <translation>media policy scenario</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="456"/>
        <source>telefoonnummer en/of e-mailadres van het meldpunt</source>
        <translation>telephone number and/or e-mail address of the reporting point</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="457"/>
        <source>uiterlijk na de volgende verkiezingen of collegevorming</source>
        <translation>at the latest after the next elections or formation of the Municipal Executive</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="458"/>
        <source>waarschuwing, verwijdering, toegangsverbod: een toegangsverbod rust op deze huisregels</source>
        <translation>warning, removal, ban: a ban from the town hall rests on these house rules</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="459"/>
        <source>wat de gemeente zegt, en wat niet (nooit namen van naasten, nooit een woonadres)</source>
        <translation>what the municipality says, and what it does not (never names of relatives, never a home address)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="460"/>
        <source>wat er bij overtreding gebeurt</source>
        <translation>what happens when the rules are broken</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="461"/>
        <source>wie het vaststelt</source>
        <translation>who adopts it</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="462"/>
        <source>wie wie informeert</source>
        <translation>who informs whom</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="463"/>
        <source>‘basisafspraak: elk incident wordt altijd intern gemeld’</source>
        <translation>‘basic agreement: every incident is always reported internally’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="464"/>
        <source>‘versie’</source>
        <translation>‘version’</translation>
    </message>
</context>
<context>
    <name>preparation</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="40"/>
        <source>de naam van het contact</source>
        <translation>the name of the contact</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="42"/>
        <source>het nummer</source>
        <translation>the number</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="46"/>
        <source>Het nummer van ‘{label}’ is ongeldig. Gebruik alleen cijfers, spaties, +, - en haakjes, bijvoorbeeld 0800-2800200.</source>
        <translation>The number for ‘{label}’ is invalid. Use only digits, spaces, +, - and brackets, for example 0800-2800200.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="53"/>
        <location filename="../../build/vocab_strings.py" line="485"/>
        <source>de toelichting</source>
        <translation>the explanation</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="60"/>
        <source>De contactkaart is leeg. Zet er ten minste het alarmnummer 112 op.</source>
        <translation>The contact card is empty. Put at least the emergency number 112 on it.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="65"/>
        <source>Er passen hoogstens {n} nummers op de contactkaart.</source>
        <translation>The contact card holds at most {n} numbers. Remove a number first.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="228"/>
        <source>Vul de datum in waarop de afspraak is gemaakt.</source>
        <translation>Fill in the date on which the agreement was made.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="232"/>
        <source>De herzieningsdatum ligt na de datum van de afspraak. Kies een latere datum.</source>
        <translation>The review date must come after the date of the agreement. Choose a later date.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="270"/>
        <source>Onbekende rol in de opvangregeling.</source>
        <translation>Unknown role in the support arrangements.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="271"/>
        <source>wie de eerste opvang geeft</source>
        <translation>who gives the first support</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="279"/>
        <source>wie de nazorg doet</source>
        <translation>who provides the aftercare</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="286"/>
        <source>de doorverwijsroutes</source>
        <translation>the referral routes</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="335"/>
        <source>Het telefoonnummer is ongeldig. Gebruik alleen cijfers, spaties, +, - en haakjes.</source>
        <translation>The telephone number is invalid. Use only digits, spaces, +, - and brackets.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/preparation.py" line="343"/>
        <source>Het e-mailadres is ongeldig, bijvoorbeeld: info@gemeente.nl.</source>
        <translation>The e-mail address is invalid; write it like this: info@gemeente.nl.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="465"/>
        <source>Afgesproken op</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="466"/>
        <source>Bezoekadres</source>
        <translation>Visiting address</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="467"/>
        <source>Brondocument</source>
        <translation>Source document</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="468"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="469"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="470"/>
        <source>Functie ondertekenaar</source>
        <translation>Signatory&apos;s position</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="471"/>
        <source>Herzien op</source>
        <translation>To be reviewed on</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="472"/>
        <source>Inlichtingen bij</source>
        <translation>Further information from</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="473"/>
        <source>Ondertekenaar (naam)</source>
        <translation>Signatory (name)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="474"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="475"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="476"/>
        <source>Postadres</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="477"/>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="478"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="479"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="480"/>
        <source>burgemeester</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="481"/>
        <source>de contactpersoon</source>
        <translation>the contact person</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="482"/>
        <source>de datum van de afspraak</source>
        <translation>the date of the agreement</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="483"/>
        <source>de herzieningsdatum</source>
        <translation>the review date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="484"/>
        <source>de partner</source>
        <translation>the partner</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="486"/>
        <source>griffier en fractiemedewerkers</source>
        <translation>clerk to the council and political group staff</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="487"/>
        <source>het brondocument</source>
        <translation>the source document</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="488"/>
        <source>het onderwerp</source>
        <translation>the subject</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="489"/>
        <source>ketenafspraak</source>
        <translation>partner agreement</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="490"/>
        <source>naam, functie en telefoon van het aanspreekpunt</source>
        <translation>name, position and telephone number of the point of contact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="491"/>
        <source>naasten (partner, kinderen, huisgenoten)</source>
        <translation>relatives (partner, children, members of the household)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="492"/>
        <source>raadslid / commissielid</source>
        <translation>councillor / committee member</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="493"/>
        <source>waar de afspraak staat: convenant, verslag driehoek, e-mail</source>
        <translation>where the agreement is set down: covenant, minutes of the triangle, e-mail</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="494"/>
        <source>wanneer de afspraak opnieuw wordt bekeken</source>
        <translation>when the agreement will be looked at again</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="495"/>
        <source>wethouder</source>
        <translation>alderman</translation>
    </message>
</context>
<context>
    <name>prevention</name>
    <message>
        <location filename="../../build/vocab_strings.py" line="496"/>
        <source>Aan deze analyse zijn {n} maatregel(en) gekoppeld. Ontkoppel die eerst, of zet de analyse op ‘vervallen’.</source>
        <translation>{n} measure(s) are linked to this analysis. Unlink them first, or set the analysis to ‘lapsed’.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="497"/>
        <source>Aanwezig</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="498"/>
        <source>Aanwezigheid kan pas worden vastgelegd als de training is geweest. Laat de aanwezigen leeg tot na {d}.</source>
        <translation>Attendance can only be recorded once the training has taken place. Leave those attending empty until after {d}.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="499"/>
        <source>Ambtsdrager</source>
        <translation>Office holder</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="500"/>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="501"/>
        <source>Antwoord op analyse</source>
        <translation>Response to analysis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="502"/>
        <source>Beleidsgebied / dossier</source>
        <translation>Policy area / dossier</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="503"/>
        <source>Besluit en uitvoering</source>
        <translation>Decision and implementation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="504"/>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="505"/>
        <source>Collegebesluit</source>
        <translation>Executive decision</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="506"/>
        <source>Cursus</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="507"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="508"/>
        <source>Datum analyse</source>
        <translation>Date of analysis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="509"/>
        <source>Datum besluit</source>
        <translation>Date of decision</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="510"/>
        <source>Datum bijeenkomst</source>
        <translation>Date of meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="511"/>
        <source>De datum ligt vóór de vorige statuswijziging ({d}). Kies een latere datum.</source>
        <translation>The date is before the previous change of status ({d}). Choose a later date.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="512"/>
        <source>De datum van de statuswijziging ligt in de toekomst. Kies vandaag of eerder.</source>
        <translation>The date of the change of status is in the future. Choose today or earlier.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="513"/>
        <source>De gekozen risicoanalyse bestaat niet (meer). Kies een andere.</source>
        <translation>The chosen risk analysis does not exist (any more). Choose another.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="514"/>
        <source>De herzieningsdatum ligt vóór de datum van de analyse. Kies een latere datum.</source>
        <translation>The review date is before the date of the analysis. Choose a later date.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="515"/>
        <source>Dit is de laatste stap.</source>
        <translation>This is the last step; the status cannot go further.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="516"/>
        <source>Dreigingen</source>
        <translation>Threats</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="517"/>
        <source>Dreigingen en kwetsbaarheden</source>
        <translation>Threats and vulnerabilities</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="518"/>
        <source>Een maatregel met status ‘{old}’ kan niet naar ‘{new}’. {hint}</source>
        <translation>A measure with status ‘{old}’ cannot go to ‘{new}’. {hint}</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="519"/>
        <source>Gereed uiterlijk</source>
        <translation>Ready by</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="520"/>
        <source>Herzien uiterlijk</source>
        <translation>Review by</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="521"/>
        <source>Impact (1–5)</source>
        <translation>Impact (1–5)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="522"/>
        <source>Kans (1–5)</source>
        <translation>Likelihood (1–5)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="523"/>
        <source>Kenmerk advies</source>
        <translation>Advice reference</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="524"/>
        <source>Kies als aanwezigen alleen bestaande ambtsdragers uit Personen.</source>
        <translation>Choose only existing office holders from People as those attending.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="525"/>
        <source>Kies de ambtsdrager over wie deze analyse gaat.</source>
        <translation>Choose the office holder this analysis is about.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="526"/>
        <source>Kies een bestaande ambtsdrager uit Personen.</source>
        <translation>Choose an existing office holder from People.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="527"/>
        <source>Kies: {allowed}.</source>
        <translation>Choose: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="528"/>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="529"/>
        <source>Kwetsbaarheden</source>
        <translation>Vulnerabilities</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="530"/>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="531"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="532"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="533"/>
        <source>Risico</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="534"/>
        <source>Risiconiveau</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="535"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="536"/>
        <source>Soort analyse</source>
        <translation>Type of analysis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="537"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="538"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="539"/>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="540"/>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="541"/>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="542"/>
        <source>Vul eerst de datum van het collegebesluit in; daarna kan de maatregel op ‘besloten’.</source>
        <translation>First fill in the date of the Executive&apos;s decision; then the measure can be set to ‘decided’.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="543"/>
        <source>Vul het beleidsgebied of dossier in, bijvoorbeeld ‘asielopvang’.</source>
        <translation>Fill in the policy area or dossier, for example ‘asylum accommodation’.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="544"/>
        <source>Vul in om welke bijeenkomst het gaat.</source>
        <translation>Fill in which meeting it concerns.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="545"/>
        <source>aanzienlijk</source>
        <translation>considerable</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="546"/>
        <source>beperkt</source>
        <translation>limited</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="547"/>
        <source>bijv. asielopvang, windmolens, handhaving</source>
        <translation>e.g. asylum accommodation, wind turbines, enforcement</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="548"/>
        <source>bijv. het kenmerk van een beveiligingsadvies</source>
        <translation>e.g. the reference of a security advice report</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="549"/>
        <source>bijv. informatieavond windpark in dorpshuis</source>
        <translation>e.g. wind farm information evening in the village hall</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="550"/>
        <source>bijv. ‘Camera bij de voordeur’, ‘Training weerbaarheid’</source>
        <translation>e.g. ‘Camera at the front door’, ‘Resilience training’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="551"/>
        <source>bijv. ‘Omgaan met agressie en bedreiging’</source>
        <translation>e.g. ‘Dealing with aggression and threats’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="552"/>
        <source>bijv. ‘Raadsvergadering over het azc’</source>
        <translation>e.g. ‘Council meeting on the asylum seekers&apos; centre’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="553"/>
        <source>bronnen van dreiging: wie of wat, en welke signalen er zijn</source>
        <translation>sources of threat: who or what, and what signals there are</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="554"/>
        <source>de aanwezigen</source>
        <translation>those attending</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="555"/>
        <source>de ambtsdrager</source>
        <translation>the office holder</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="556"/>
        <source>de bijeenkomst</source>
        <translation>the meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="557"/>
        <source>de cursus</source>
        <translation>the course</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="558"/>
        <source>de datum van de analyse</source>
        <translation>the date of the analysis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="559"/>
        <source>de datum van de bijeenkomst</source>
        <translation>the date of the meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="560"/>
        <source>de datum van de training</source>
        <translation>the date of the training</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="561"/>
        <source>de datum van het besluit</source>
        <translation>the date of the decision</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="562"/>
        <source>de dreigingen</source>
        <translation>the threats</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="563"/>
        <source>de herzieningsdatum</source>
        <translation>the review date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="564"/>
        <source>de impact</source>
        <translation>the impact</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="565"/>
        <source>de kans</source>
        <translation>the likelihood</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="566"/>
        <source>de kosten</source>
        <translation>the costs</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="567"/>
        <source>de kwetsbaarheden</source>
        <translation>the vulnerabilities</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="568"/>
        <source>de maatregel</source>
        <translation>the measure</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="569"/>
        <source>de opmerkingen</source>
        <translation>the remarks</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="570"/>
        <source>de risicoanalyse</source>
        <translation>the risk analysis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="571"/>
        <source>de soort analyse</source>
        <translation>the type of analysis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="572"/>
        <source>de soort maatregel</source>
        <translation>the type of measure</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="573"/>
        <source>de status</source>
        <translation>the status</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="574"/>
        <source>de streefdatum</source>
        <translation>the target date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="575"/>
        <source>de toelichting</source>
        <translation>the explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="576"/>
        <source>de trainer</source>
        <translation>the trainer</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="577"/>
        <source>de verantwoordelijke</source>
        <translation>the person responsible</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="578"/>
        <source>ernstig</source>
        <translation>serious</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="579"/>
        <source>groot</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="580"/>
        <source>het beleidsgebied of dossier</source>
        <translation>the policy area or dossier</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="581"/>
        <source>het kenmerk van het advies</source>
        <translation>the reference of the advice</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="582"/>
        <source>het kenmerk van het collegebesluit</source>
        <translation>the reference of the Executive decision</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="583"/>
        <source>het onderwerp</source>
        <translation>the subject</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="584"/>
        <source>het risiconiveau</source>
        <translation>the risk level</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="585"/>
        <source>kenmerk, bijv. B&amp;W 2026/112</source>
        <translation>reference, e.g. B&amp;W 2026/112</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="586"/>
        <source>klein</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="587"/>
        <source>leeg: de organisatie</source>
        <translation>empty: the organisation as a whole</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="588"/>
        <source>maatregel</source>
        <translation>measure</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="589"/>
        <source>persoonsgebonden analyse nr. {n}</source>
        <translation>analysis of a person no. {n}</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="590"/>
        <source>reëel</source>
        <translation>realistic</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="591"/>
        <source>risicoanalyse</source>
        <translation>risk analysis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="592"/>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="593"/>
        <source>voor wie de maatregel is</source>
        <translation>who the measure is for</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="594"/>
        <source>wat de maatregel inhoudt; komt niet in het maatregelenplan als hij voor een persoon is</source>
        <translation>what the measure involves; not included in the measures plan if it is for a person</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="595"/>
        <source>wat maakt de persoon, de plek of de organisatie kwetsbaar</source>
        <translation>what makes the person, the place or the organisation vulnerable</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="596"/>
        <source>zeer beperkt</source>
        <translation>very limited</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="597"/>
        <source>zeer ernstig</source>
        <translation>very serious</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="598"/>
        <source>zeer groot</source>
        <translation>very high</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="599"/>
        <source>zeer klein</source>
        <translation>very low</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="38"/>
        <source>Anker van de audittrail</source>
        <translation>Anchor of the audit trail</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="41"/>
        <source>Dit blad legt vast hoe ver de audittrail van VeiligBestuur op dit moment reikt: het aantal regels en de hash van de laatste regel. Zolang de audittrail regel {n} met precies deze hash bevat, is aangetoond dat niets van wat tot nu toe is vastgelegd achteraf is gewijzigd, verwijderd of vervangen.</source>
        <translation>This sheet records how far the VeiligBestuur audit trail reaches at this moment: the number of entries and the hash of the last entry. As long as the audit trail contains entry {n} with exactly this hash, it is shown that nothing recorded up to now has since been changed, deleted or replaced.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="53"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="54"/>
        <source>Database-id</source>
        <translation>Database ID</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="55"/>
        <source>Vastgelegd op</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="56"/>
        <source>Aantal regels</source>
        <translation>Number of entries</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="61"/>
        <source>Hash van regel {n}:</source>
        <translation>Hash of entry {n}:</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="65"/>
        <source>Waarvoor dient dit blad</source>
        <translation>What this sheet is for</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="67"/>
        <source>De audittrail is een keten: elke regel bevat de hash van de vorige. Wie de sleutel van de kluis heeft, kan de database toch herschrijven en de hele keten opnieuw berekenen. Daarom wordt de kop van de keten ook buiten de database bewaard: op dit blad, in back-ups en onder afgedrukte rapporten. Wat na dit moment gebeurt, valt niet onder dit blad; maak daarom regelmatig een nieuw anker.</source>
        <translation>The audit trail is a chain: each entry contains the hash of the one before. Someone who has the key to the vault could still rewrite the database and recalculate the whole chain. That is why the head of the chain is also kept outside the database: on this sheet, in backups and at the foot of printed reports. What happens after this moment is not covered by this sheet; so make a new anchor regularly.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="77"/>
        <source>Bewaren</source>
        <translation>Keeping</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="79"/>
        <source>De griffier bewaart dit blad, op papier of als PDF, buiten de computer met de kluis, bijvoorbeeld in het archief van de griffie. Het blad bevat geen persoonsgegevens en geen sleutel; het hoeft niet geheim te blijven, maar moet ongewijzigd blijven.</source>
        <translation>The clerk to the council keeps this sheet, on paper or as a PDF, away from the computer with the vault, for example in the archive of the clerk&apos;s office. The sheet contains no personal data and no key; it need not be kept secret, but it must remain unchanged.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="87"/>
        <source>Controleren</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="89"/>
        <source>Op de opdrachtregel: veiligbestuur verify --data-dir &lt;map&gt; --anchor &lt;dit bestand&gt;
Alleen het papier nog over? Typ het aantal en de hash over in een tekstbestand, bijvoorbeeld ‘{n} {h}’, en geef dat bestand op met --anchor.</source>
        <translation>On the command line: veiligbestuur verify --data-dir &lt;folder&gt; --anchor &lt;this file&gt;
Only the paper left? Type the number and the hash into a text file, for example ‘{n} {h}’, and give that file with --anchor.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="100"/>
        <source>Anker audittrail</source>
        <translation>Audit trail anchor</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/reports/anchor.py" line="103"/>
        <source>ONGEWIJZIGD BEWAREN</source>
        <translation>KEEP UNCHANGED</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/retention.py" line="55"/>
        <source>Onbekende soort gegevens.</source>
        <translation>Unknown type of data.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/retention.py" line="58"/>
        <source>Kies voor ‘{label}’ een bewaartermijn van 1 tot 30 jaar.</source>
        <translation>Choose a retention period of 1 to 30 years for ‘{label}’.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/retention.py" line="65"/>
        <source>de grondslag</source>
        <translation>the legal basis</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/retention.py" line="211"/>
        <source>{n} van de gekozen gegevens zijn nog niet aan de beurt (de bewaartermijn loopt nog, of ze zijn al opgeschoond). Vernieuw de lijst en kies opnieuw; er is niets verwijderd.</source>
        <translation>{n} of the chosen records are not yet due (the retention period is still running, or they have already been cleaned up). Refresh the list and choose again; nothing has been deleted.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/retention.py" line="218"/>
        <source>Kies eerst welke gegevens worden opgeschoond.</source>
        <translation>First choose which records are to be cleaned up.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/retention.py" line="275"/>
        <source>Een gekozen persoon is nog gekoppeld aan een incident of een naaste. Schoon die eerst op; er is niets verwijderd.</source>
        <translation>A chosen person is still linked to an incident or a relative. Clean those up first; nothing has been deleted.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/retention.py" line="333"/>
        <source>De nieuwe back-up is niet gelukt: {m}</source>
        <translation>The new backup failed: {m}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/retention.py" line="354"/>
        <source>Alleen automatische back-ups in de kluismap kunnen hier weg.</source>
        <translation>Only automatic backups in the vault folder can be removed here.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/retention.py" line="399"/>
        <source>Onbekend onderdeel van het verwerkingsregister.</source>
        <translation>Unknown item of the record of processing activities.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="600"/>
        <source>Ambtsdragers en naasten</source>
        <translation>Office holders and relatives</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="601"/>
        <source>Beveiliging</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="602"/>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="603"/>
        <source>Categorieën betrokkenen en gegevens</source>
        <translation>Categories of data subjects and data</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="604"/>
        <source>Daders en betrokkenen</source>
        <translation>Offenders and persons concerned</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="605"/>
        <source>Doel van de verwerking</source>
        <translation>Purpose of the processing</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="606"/>
        <source>Incidenten</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="607"/>
        <source>Ontvangers</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="608"/>
        <source>Rechtsgrond</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="609"/>
        <source>Verwerkingsverantwoordelijke</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="610"/>
        <source>na het afsluiten van het incident</source>
        <translation>after the incident is closed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="611"/>
        <source>na het einde van de termijn</source>
        <translation>after the end of the term</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="612"/>
        <source>na het laatste incident waarbij de persoon betrokken is</source>
        <translation>after the last incident involving the person</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="45"/>
        <source>Vul {label} in.</source>
        <translation>Fill in {label}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="48"/>
        <source>{label} is te lang: {n} tekens, maximaal {max}. Kort de tekst in.</source>
        <translation>{label} is too long: {n} characters, at most {max}. Shorten the text.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="56"/>
        <source>{label} bevat een onzichtbaar stuurteken. Typ de tekst opnieuw zonder dat teken.</source>
        <translation>{label} contains an invisible control character. Type the text again without that character.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="82"/>
        <source>{label} bevat een teken dat de leesrichting omdraait (een onzichtbaar stuurteken). Typ de naam opnieuw zonder dat teken.</source>
        <translation>{label} contains a character that reverses the reading direction (an invisible control character). Type the name again without that character.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="97"/>
        <source>{label} bestaat alleen uit onzichtbare tekens. Vul een leesbare naam in.</source>
        <translation>{label} consists only of invisible characters. Fill in a readable name.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="118"/>
        <source>{label} ligt buiten het toegestane bereik ({start}–2100). Controleer het jaar.</source>
        <translation>{label} is outside the permitted range ({start}–2100). Check the year.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="125"/>
        <source>{label} ligt in de toekomst. Vul een datum in van vandaag of eerder.</source>
        <translation>{label} is in the future. Fill in a date of today or earlier.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="162"/>
        <source>de naam van de gemeente</source>
        <translation>the name of the municipality</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="166"/>
        <source>de naam</source>
        <translation>the name</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="236"/>
        <source>Het wachtwoord is te kort: gebruik minstens {n} tekens, bijvoorbeeld een zin van vier of vijf woorden.</source>
        <translation>The password is too short: use at least {n} characters, for example a sentence of four or five words.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="244"/>
        <source>Het wachtwoord is te lang (maximaal {n} tekens).</source>
        <translation>The password is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="249"/>
        <source>Het wachtwoord bevat een stuurteken. Gebruik alleen gewone tekens.</source>
        <translation>The password contains a control character. Use only ordinary characters.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="254"/>
        <source>Het wachtwoord is te zwak. Maak het langer of voeg woorden, cijfers of leestekens toe.</source>
        <translation>The password is too weak. Make it longer or add words, digits or punctuation.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="262"/>
        <source>De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord twee keer hetzelfde.</source>
        <translation>The two passwords do not match. Type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="305"/>
        <source>Onbekend onderdeel van het stappenplan.</source>
        <translation>Unknown item of the Stappenplan.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="306"/>
        <source>de eigenaar</source>
        <translation>the owner</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="307"/>
        <source>de notitie</source>
        <translation>the note</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="308"/>
        <source>de streefdatum</source>
        <translation>the target date</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="309"/>
        <source>de datum laatst gedaan</source>
        <translation>the date last done</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="311"/>
        <source>De datum laatst gedaan ligt in de toekomst.</source>
        <translation>The date last done is in the future. Fill in today or an earlier date.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="317"/>
        <source>Alleen de onderdelen van stap 6 volgen de incidenten.</source>
        <translation>Only the items of step 6 follow the incidents.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="366"/>
        <source>{done} van {total} gereed</source>
        <translation>{done} of {total} done</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="613"/>
        <source>redelijk</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="614"/>
        <source>sterk</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="615"/>
        <source>zeer sterk</source>
        <translation>very strong</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="616"/>
        <source>zeer zwak</source>
        <translation>very weak</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="617"/>
        <source>zwak</source>
        <translation>weak</translation>
    </message>
</context>
<context>
    <name>sanctions</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/sanctions.py" line="64"/>
        <source>De burgemeester is slachtoffer van dit incident en beslist daarom niet zelf. Kies de loco-burgemeester als beslisser.</source>
        <translation>The mayor is a victim of this incident and therefore does not decide. Choose the deputy mayor as the decision-maker.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/sanctions.py" line="155"/>
        <source>Kies een trede tussen 1 en 99.</source>
        <translation>Choose a rung between 1 and 99.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/sanctions.py" line="430"/>
        <source>Een sanctie die {before} is, kan niet meer {after} worden.</source>
        <translation>A sanction that is {before} can no longer become {after}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/sanctions.py" line="438"/>
        <source>Vul de besluitdatum in: een opgelegde sanctie heeft een besluit.</source>
        <translation>Fill in the decision date: an imposed sanction has a decision.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/sanctions.py" line="442"/>
        <source>Kies wie over de sanctie besloot.</source>
        <translation>Choose who decided on the sanction.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/sanctions.py" line="445"/>
        <source>De einddatum ligt vóór de besluitdatum. Controleer beide datums.</source>
        <translation>The end date is before the decision date. Check both dates.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/sanctions.py" line="450"/>
        <source>Vul eerst in wanneer het bezwaar is ingediend.</source>
        <translation>First fill in when the objection was lodged.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/sanctions.py" line="454"/>
        <source>Het bezwaar kan niet vóór het besluit zijn ingediend.</source>
        <translation>The objection cannot have been lodged before the decision. Check both dates.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/sanctions.py" line="458"/>
        <source>De beslissing op bezwaar ligt vóór het bezwaar. Controleer beide datums.</source>
        <translation>The decision on the objection is before the objection. Check both dates.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/letters.py" line="75"/>
        <source>Deze sanctie bestaat niet (meer).</source>
        <translation>This sanction does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/preparation.py" line="139"/>
        <source>Deze maatregel is al opgelegd en kan daarom niet worden verwijderd. Zet ‘In gebruik’ uit om hem niet meer aan te bieden.</source>
        <translation>This measure has already been imposed and therefore cannot be deleted. Switch off ‘In use’ so that it is no longer offered.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/sanctions.py" line="60"/>
        <source>Een sanctie hoort bij een veroorzaker: kies die uit Personen.</source>
        <translation>A sanction belongs to a perpetrator: choose one from People.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/sanctions.py" line="66"/>
        <source>Kies een maatregel van de sanctieladder.</source>
        <translation>Choose a measure from the sanctions ladder.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/sanctions.py" line="70"/>
        <source>Deze maatregel is niet meer in gebruik. Kies een andere maatregel.</source>
        <translation>This measure is no longer in use. Choose another measure.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/sanctions.py" line="76"/>
        <source>Dit incident bestaat niet (meer).</source>
        <translation>This incident does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="618"/>
        <source>Beslissing op bezwaar</source>
        <translation>Decision on objection</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="619"/>
        <source>Besloten door</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="620"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="621"/>
        <source>Besluitdatum</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="622"/>
        <source>Bezwaar</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="623"/>
        <source>Bezwaar ingediend op</source>
        <translation>Objection lodged on</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="624"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="625"/>
        <source>Brief verstuurd op</source>
        <translation>Letter sent on</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="626"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="627"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="628"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="629"/>
        <source>Grondslag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="630"/>
        <source>In gebruik</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="631"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="632"/>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="633"/>
        <source>Sanctie</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="634"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="635"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="636"/>
        <source>Trede</source>
        <translation>Rung</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="637"/>
        <source>Veroorzaker</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="638"/>
        <source>Wie beslist</source>
        <translation>Who decides</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="639"/>
        <source>bij welk gedrag deze maatregel past</source>
        <translation>which behaviour this measure fits</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="640"/>
        <source>de besluitdatum</source>
        <translation>the decision date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="641"/>
        <source>de bezwaarmogelijkheid</source>
        <translation>the possibility of objection</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="642"/>
        <source>de brief</source>
        <translation>the letter</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="643"/>
        <source>de criteria</source>
        <translation>the criteria</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="644"/>
        <source>de datum van de beslissing op bezwaar</source>
        <translation>the date of the decision on the objection</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="645"/>
        <source>de datum van het bezwaar</source>
        <translation>the date of the objection</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="646"/>
        <source>de duur</source>
        <translation>the duration</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="647"/>
        <source>de einddatum</source>
        <translation>the end date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="648"/>
        <source>de grondslag</source>
        <translation>the legal basis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="649"/>
        <source>de maatregel</source>
        <translation>the measure</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="650"/>
        <source>de naam van de maatregel</source>
        <translation>the name of the measure</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="651"/>
        <source>de status</source>
        <translation>the status</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="652"/>
        <source>de toelichting</source>
        <translation>the explanation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="653"/>
        <source>de trede</source>
        <translation>the rung</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="654"/>
        <source>de veroorzaker</source>
        <translation>the perpetrator</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="655"/>
        <source>de verzenddatum van de brief</source>
        <translation>the date the letter was sent</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="656"/>
        <source>het gedrag en de afweging (proportionaliteit); geen strafrechtelijk verleden</source>
        <translation>the behaviour and the weighing up (proportionality); no criminal record</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="657"/>
        <source>het incident</source>
        <translation>the incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="658"/>
        <source>het incident waarop de sanctie volgt (optioneel)</source>
        <translation>the incident the sanction follows (optional)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="659"/>
        <source>sanctie</source>
        <translation>sanction</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="660"/>
        <source>trede van de sanctieladder</source>
        <translation>rung of the sanctions ladder</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="661"/>
        <source>wie beslist</source>
        <translation>who decides</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="662"/>
        <source>wie besloot</source>
        <translation>who decided</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="663"/>
        <source>‘in gebruik’</source>
        <translation>‘in use’</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../veiligbestuur_desktop/services/attachments.py" line="29"/>
        <location filename="../../veiligbestuur_desktop/services/evaluation.py" line="115"/>
        <location filename="../../build/vocab_strings.py" line="684"/>
        <source>Dit incident bestaat niet (meer).</source>
        <translation>This incident does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/attachments.py" line="16"/>
        <source>Deze bijlage bestaat niet (meer).</source>
        <translation>This attachment does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/attachments.py" line="69"/>
        <source>De bijlage kon niet worden verwijderd.</source>
        <translation>The attachment could not be deleted. Try again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="57"/>
        <source>Die bestandsnaam kan niet; kies een andere. Er is niets gewijzigd.</source>
        <translation>That file name is not allowed; choose another. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="111"/>
        <source>kan niet worden gelezen ({err})</source>
        <translation>cannot be read ({err})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="137"/>
        <source>Kies 1 tot 60 dagelijkse en 0 tot 52 wekelijkse back-ups.</source>
        <translation>Choose 1 to 60 daily and 0 to 52 weekly backups.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="202"/>
        <source>de map met back-ups kon niet worden gebruikt ({err}).</source>
        <translation>the backup folder could not be used ({err}).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="270"/>
        <source>De back-up hoort bij een andere kluis (database {backup}) dan de kluis in {dir} (database {current}). Er is niets gewijzigd. Wilt u deze kluis echt vervangen door die andere kluis, bevestig dat dan uitdrukkelijk (in de applicatie, of met --other-vault); de huidige kluis wordt eerst apart bewaard.</source>
        <translation>The backup belongs to another vault (database {backup}) than the vault in {dir} (database {current}). Nothing has been changed. If you really want to replace this vault with that other vault, confirm this explicitly (in the application, or with --other-vault); the current vault is first kept separately.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="294"/>
        <source>De back-up is niet in orde en is niet teruggezet: de audittrail in de database past niet bij de back-up.</source>
        <translation>The backup is not sound and has not been restored: the audit trail in the database does not match the backup.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="336"/>
        <source>In {dir} staat al een kluis. Bevestig dat die moet worden vervangen (in de applicatie, of met --force); de huidige kluis wordt dan eerst apart bewaard.</source>
        <translation>There is already a vault in {dir}. Confirm that it is to be replaced (in the application, or with --force); the current vault is then first kept separately.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="359"/>
        <source>De back-up is niet in orde en is niet teruggezet: {problems}</source>
        <translation>The backup is not sound and has not been restored: {problems}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="230"/>
        <source>Een slachtoffer moet een ambtsdrager of een naaste zijn.</source>
        <translation>A victim must be an office holder or a relative.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="209"/>
        <source>Het incident kan niet worden afgesloten: {n} opvolging(en) staan nog open ({which}). Rond ze af, of kies ‘Afsluiten…’ in het incident om ze in één keer op ‘n.v.t.’ te zetten en af te sluiten.</source>
        <translation>The incident cannot be closed: {n} follow-up item(s) are still open ({which}). Complete them, or choose ‘Close incident…’ in the incident to set them to ‘n/a’ and close it in one go.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="237"/>
        <source>Kies als dader een veroorzaker (soort ‘{kind}’) uit de lijst met personen.</source>
        <translation>Choose a perpetrator (type ‘{kind}’) from the list of people as the offender.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="331"/>
        <source>Incident {n} bestaat niet. Controleer het nummer (bijvoorbeeld 2026-014).</source>
        <translation>Incident {n} does not exist. Check the number (for example 2026-014).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="438"/>
        <source>naaste ({rel})</source>
        <translation>relative ({rel})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="438"/>
        <source>naaste</source>
        <translation>relative</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="440"/>
        <source>van {name}</source>
        <translation>of {name}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="452"/>
        <source>De datum van afvinken ligt in de toekomst.</source>
        <translation>The date of ticking off is in the future. Fill in today or an earlier date.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="466"/>
        <source>‘{item}’ volgt de opvolging ‘{track}’, en daar staat nog open: {which}. Rond die opvolging af of zet haar op ‘n.v.t.’; dit onderdeel wordt dan vanzelf afgevinkt.</source>
        <translation>‘{item}’ follows the follow-up ‘{track}’, which still has open: {which}. Complete that follow-up or set it to ‘n/a’; this item is then ticked off automatically.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="547"/>
        <source>Een geanonimiseerd incident kan niet meer worden gewijzigd.</source>
        <translation>An anonymised incident can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="563"/>
        <source>Incident {n} is afgesloten: het heeft geen openstaande opvolging. Zet de status van het incident eerst terug op ‘in behandeling’, of leg deze opvolging vast als gereed of n.v.t.</source>
        <translation>Incident {n} is closed: it has no open follow-up. First set the incident&apos;s status back to ‘in progress’, or record this follow-up as done or n/a.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="587"/>
        <source>de reden</source>
        <translation>the reason</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="594"/>
        <source>Dit incident is al afgesloten.</source>
        <translation>This incident has already been closed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="486"/>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="599"/>
        <source>Deze opvolging bestaat niet (meer).</source>
        <translation>This follow-up does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/lifecycle.py" line="43"/>
        <source>de naam van de coördinator</source>
        <translation>the coordinator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/lifecycle.py" line="163"/>
        <source>De schijf is vol: u kunt de kluis lezen, maar wijzigingen kunnen pas worden opgeslagen als er ruimte is vrijgemaakt.</source>
        <translation>The disk is full: you can read the vault, but changes can only be saved once space has been freed up.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="194"/>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="206"/>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="211"/>
        <source>De automatische back-up van vandaag is niet gelukt: {msg}</source>
        <translation>Today&apos;s automatic backup failed: {msg}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/lifecycle.py" line="192"/>
        <source>Voor het bijwerken van de database kon geen kopie worden gemaakt ({err}). Er is niets gewijzigd. Maak ruimte vrij op de schijf en probeer het opnieuw.</source>
        <translation>No copy could be made before updating the database ({err}). Nothing has been changed. Free up disk space and try again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="41"/>
        <source>Een naaste moet horen bij een bestaande ambtsdrager.</source>
        <translation>A relative must belong with an existing office holder. Choose the office holder.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="57"/>
        <source>Deze persoon is gekoppeld aan {n} incident(en) en kan daarom niet worden verwijderd. Ontkoppel de persoon eerst, of laat de gegevens staan tot de bewaartermijn verloopt.</source>
        <translation>This person is linked to {n} incident(s) and therefore cannot be deleted. Unlink the person first, or leave the data until the retention period expires.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="65"/>
        <source>Aan deze ambtsdrager zijn {n} naaste(n) gekoppeld. Verwijder of verplaats die eerst.</source>
        <translation>{n} relative(s) are linked to this office holder. Delete or move them first.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="73"/>
        <source>Deze persoon komt nog voor in: {where}. Verwijder of wijzig die gegevens eerst, of laat de persoon staan tot de bewaartermijn verloopt.</source>
        <translation>This person still appears in: {where}. Delete or change those records first, or keep the person until the retention period expires.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="87"/>
        <source>risicoanalyses</source>
        <translation>risk analyses</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="88"/>
        <source>maatregelen</source>
        <translation>measures</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="89"/>
        <source>trainingen</source>
        <translation>training sessions</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="90"/>
        <source>sancties</source>
        <translation>sanctions</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="91"/>
        <source>vermijdingssignalen</source>
        <translation>avoidance signals</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="92"/>
        <source>communicatieacties</source>
        <translation>communication actions</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="93"/>
        <source>termijnherijking</source>
        <translation>term review</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="95"/>
        <source>andere registraties</source>
        <translation>other records</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/vault_admin.py" line="30"/>
        <source>wachtwoord</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/vault_admin.py" line="31"/>
        <source>herstelsleutel</source>
        <translation>recovery key</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/vault_admin.py" line="32"/>
        <source>sleutelbos van een werkplek</source>
        <translation>a workstation&apos;s keyring</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/vault_admin.py" line="59"/>
        <source>U kunt de sleutel waarmee u nu bent ingelogd niet verwijderen. Log in met een andere sleutel.</source>
        <translation>You cannot delete the key you are currently logged in with. Log in with another key.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/vault_admin.py" line="77"/>
        <source>Deze kluis heeft geen wachtwoord om te wijzigen.</source>
        <translation>This vault has no password to change.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="34"/>
        <source>in orde</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="34"/>
        <source>FOUT</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="37"/>
        <source>Resultaat: alle controles geslaagd.</source>
        <translation>Result: all checks passed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="39"/>
        <source>Resultaat: er zijn problemen gevonden. Zet zo nodig de nieuwste back-up terug.</source>
        <translation>Result: problems were found. Restore the latest backup if necessary.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="48"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="49"/>
        <source>persoon</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="50"/>
        <source>bijlage</source>
        <translation>attachment</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="51"/>
        <source>planonderdeel</source>
        <translation>plan item</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="57"/>
        <source>gewijzigd zonder auditregel</source>
        <translation>changed without an audit entry</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="58"/>
        <source>staat niet in de audittrail (buiten de applicatie toegevoegd)</source>
        <translation>not in the audit trail (added outside the application)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="59"/>
        <source>ontbreekt, maar de audittrail meldt geen verwijdering</source>
        <translation>missing, but the audit trail records no deletion</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="60"/>
        <source>bestaat weer, terwijl de audittrail het als verwijderd meldt</source>
        <translation>exists again, although the audit trail records it as deleted</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="68"/>
        <source>Gegevens tegen audittrail</source>
        <translation>Records checked against the audit trail</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="70"/>
        <source>{n} records gedekt</source>
        <translation>{n} records covered</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="73"/>
        <source>{k} afwijking(en): {shown}</source>
        <translation>Discrepancies ({k}): {shown}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="75"/>
        <source> (en {n} meer)</source>
        <translation> (and {n} more)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="80"/>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="117"/>
        <source>Anker {source}</source>
        <translation>Anchor {source}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="86"/>
        <source>regel {n} ({h}…) staat ongewijzigd in de audittrail</source>
        <translation>entry {n} ({h}…) is unchanged in the audit trail</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="91"/>
        <source>regel {n} ontbreekt: de audittrail telt nog {c} regels (ingekort of vervangen na het anker)</source>
        <translation>entry {n} is missing: the audit trail now has {c} entries (shortened or replaced after the anchor)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="96"/>
        <source>regel {n} heeft een andere hash dan vastgelegd ({h}…): de audittrail is herschreven of vervangen</source>
        <translation>entry {n} has a different hash from the one recorded ({h}…): the audit trail has been rewritten or replaced</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="111"/>
        <source>de audittrail kan niet worden gelezen ({error})</source>
        <translation>the audit trail cannot be read ({error})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="148"/>
        <source>Databasestructuur (integrity_check)</source>
        <translation>Database structure (integrity_check)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="154"/>
        <source>Versleuteling (cipher_integrity_check)</source>
        <translation>Encryption (cipher_integrity_check)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="156"/>
        <source>{n} beschadigde pagina(&apos;s)</source>
        <translation>{n} damaged page(s)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="182"/>
        <source>Back-ups in de kluismap</source>
        <translation>Backups in the vault folder</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="186"/>
        <source>{n} back-up(s) in orde</source>
        <translation>{n} backup(s) OK</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="188"/>
        <source>geen back-ups in de kluismap</source>
        <translation>no backups in the vault folder</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="104"/>
        <source>Audittrail (hashketen)</source>
        <translation>Audit trail (hash chain)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="125"/>
        <source>{n} regels</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="127"/>
        <source>eerste verbroken schakel bij regel {id} ({reason})</source>
        <translation>first broken link at entry {id} ({reason})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="166"/>
        <source>Schemaversie</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/actions.py" line="91"/>
        <source>Een gekozen incident bestaat niet (meer). Kies het opnieuw.</source>
        <translation>A chosen incident does not exist (any more). Choose it again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/actions.py" line="138"/>
        <source>Een actiepunt kan niet in de toekomst gedaan zijn.</source>
        <translation>An action item cannot have been done in the future. Fill in today or an earlier date.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/actions.py" line="142"/>
        <source>Dit actiepunt is al {status}.</source>
        <translation>This action item is already {status}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="84"/>
        <source>Het anker {p} kan niet worden gelezen: {why}</source>
        <translation>The anchor {p} cannot be read: {why}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="90"/>
        <source>het aantal regels ontbreekt of is ongeldig.</source>
        <translation>the number of entries is missing or invalid.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="92"/>
        <source>de hash ontbreekt of is geen SHA-256-hash.</source>
        <translation>the hash is missing or is not a SHA-256 hash.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="105"/>
        <source>de PDF is met een wachtwoord beveiligd. Gebruik het ankerblad of een onbeveiligde kopie.</source>
        <translation>the PDF is protected with a password. Use the anchor sheet or an unprotected copy.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="113"/>
        <source>het is geen leesbare PDF.</source>
        <translation>it is not a readable PDF.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="118"/>
        <source>deze PDF bevat geen kop van de audittrail (geen document van VeiligBestuur).</source>
        <translation>this PDF contains no head of the audit trail (not a VeiligBestuur document).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="133"/>
        <source>de back-up heeft geen leesbaar manifest.</source>
        <translation>the backup has no readable manifest.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="138"/>
        <source>deze back-up bevat geen kop van de audittrail (gemaakt met een oudere versie).</source>
        <translation>this backup contains no head of the audit trail (made with an older version).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="151"/>
        <source>het is geen PDF, back-up of tekstbestand.</source>
        <translation>it is not a PDF, backup or text file.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="164"/>
        <source>er staat geen aantal regels met een hash in (bijvoorbeeld ‘1234 3f2a9c1e…’, 64 tekens).</source>
        <translation>it contains no number of entries with a hash (for example ‘1234 3f2a9c1e…’, 64 characters).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="180"/>
        <source>dit is een map.</source>
        <translation>this is a folder.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="185"/>
        <source>het bestand is te groot voor een anker.</source>
        <translation>the file is too large to be an anchor.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/anchor.py" line="188"/>
        <source>Het anker {p} bestaat niet.</source>
        <translation>The anchor {p} does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/communication.py" line="37"/>
        <source>De gekozen persoon bestaat niet (meer). Kies die opnieuw.</source>
        <translation>The chosen person does not exist (any more). Choose them again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/contact_log.py" line="30"/>
        <source>Een contactmoment hoort bij een bestaande veroorzaker. Kies die.</source>
        <translation>A contact belongs to an existing perpetrator. Choose one.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/contact_log.py" line="35"/>
        <source>Een contactmoment kan niet naar een andere veroorzaker worden verplaatst. Leg een nieuw contactmoment vast.</source>
        <translation>A contact cannot be moved to another perpetrator. Record a new contact.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/contact_log.py" line="47"/>
        <source>Het gekozen incident was na dit contact. Kies het incident dat de aanleiding was.</source>
        <translation>The chosen incident was after this contact. Choose the incident that led to it.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/evaluation.py" line="94"/>
        <source>Incident {n}</source>
        <translation>Incident {n}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/evaluation.py" line="118"/>
        <source>Een evaluatie hoort bij één incident. Maak voor een ander incident een nieuwe evaluatie.</source>
        <translation>An evaluation belongs to one incident. Make a new evaluation for another incident.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/evaluation.py" line="126"/>
        <source>Incident {n} is nog niet afgesloten. Evalueer een incident als de afhandeling klaar is: sluit het eerst af in stap 6.</source>
        <translation>Incident {n} has not been closed yet. Evaluate an incident once its handling is complete: close it first in step 6.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/evaluation.py" line="135"/>
        <source>De evaluatie ligt vóór het incident ({d}). Controleer de datum.</source>
        <translation>The evaluation is before the incident ({d}). Check the date.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/evaluation.py" line="161"/>
        <source>Incident {n} staat op ‘geëvalueerd’ en dit is de enige evaluatie. Zet het incident eerst terug op ‘afgesloten’ (stap 6) en verwijder dan de evaluatie.</source>
        <translation>Incident {n} is set to ‘evaluated’ and this is the only evaluation. First set the incident back to ‘closed’ (step 6) and then delete the evaluation.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/evaluation.py" line="196"/>
        <source>Kies ten minste één aanpassing die een actiepunt moet worden.</source>
        <translation>Choose at least one improvement that is to become an action item.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/evaluation.py" line="201"/>
        <source>Actiepunten (stap 4) zijn in deze versie nog niet beschikbaar.</source>
        <translation>Action items (step 4) are not yet available in this version.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/evaluation.py" line="211"/>
        <source>‘{t}’ staat niet (meer) bij de aanpassingen van deze evaluatie.</source>
        <translation>‘{t}’ is not (or no longer) among the improvements of this evaluation.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/evaluation.py" line="326"/>
        <source>Dit onderdeel van de termijnherijking bestaat niet (meer).</source>
        <translation>This item of the term review does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/signals.py" line="28"/>
        <source>Een vermijdingssignaal hoort bij een bestaande ambtsdrager. Kies die.</source>
        <translation>An avoidance signal belongs to an existing office holder. Choose one.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="664"/>
        <source>Afgevinkt: {item}</source>
        <translation>Ticked off: {item}</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="665"/>
        <source>Bijlage toegevoegd ({size})</source>
        <translation>Attachment added ({size})</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="666"/>
        <source>Bijlage verwijderd</source>
        <translation>Attachment deleted</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="667"/>
        <source>Deze communicatieactie bestaat niet (meer).</source>
        <translation>This communication action does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="668"/>
        <source>Deze evaluatie bestaat niet (meer).</source>
        <translation>This evaluation does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="669"/>
        <source>Deze incidentbespreking bestaat niet (meer).</source>
        <translation>This incident review does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="670"/>
        <source>Deze ketenafspraak bestaat niet (meer).</source>
        <translation>This partner agreement does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="671"/>
        <source>Deze maatregel bestaat niet (meer).</source>
        <translation>This measure does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="672"/>
        <source>Deze melding ‘slachtoffer geïnformeerd’ bestaat niet (meer).</source>
        <translation>This ‘victim informed’ record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="673"/>
        <source>Deze persoon bestaat niet (meer).</source>
        <translation>This person does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="674"/>
        <source>Deze risico-inschatting bestaat niet (meer).</source>
        <translation>This risk assessment does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="675"/>
        <source>Deze risicoanalyse bestaat niet (meer).</source>
        <translation>This risk analysis does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="676"/>
        <source>Deze sanctie bestaat niet (meer).</source>
        <translation>This sanction does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="677"/>
        <source>Deze training bestaat niet (meer).</source>
        <translation>This training session does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="678"/>
        <source>Deze trede van de sanctieladder bestaat niet (meer).</source>
        <translation>This rung of the sanctions ladder does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="679"/>
        <source>Deze versie van de huisregels bestaat niet (meer).</source>
        <translation>This version of the house rules does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="680"/>
        <source>Deze versie van het protocol bestaat niet (meer).</source>
        <translation>This version of the protocol does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="681"/>
        <source>Dit actiepunt bestaat niet (meer).</source>
        <translation>This action item does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="682"/>
        <source>Dit contactmoment bestaat niet (meer).</source>
        <translation>This contact does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="683"/>
        <source>Dit gegeven bestaat niet (meer).</source>
        <translation>This record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="685"/>
        <source>Dit scenario van het mediabeleid bestaat niet (meer).</source>
        <translation>This media policy scenario does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="686"/>
        <source>Dit vermijdingssignaal bestaat niet (meer).</source>
        <translation>This avoidance signal does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="687"/>
        <source>Gegevens bijgewerkt</source>
        <translation>Details updated</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="688"/>
        <source>Incident geregistreerd</source>
        <translation>Incident recorded</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="689"/>
        <source>Opvolging toegevoegd: {t}</source>
        <translation>Follow-up added: {t}</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="690"/>
        <source>Status gewijzigd naar ‘{s}’</source>
        <translation>Status changed to ‘{s}’</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="691"/>
        <source>Vinkje weggehaald: {item}</source>
        <translation>Tick removed: {item}</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="692"/>
        <source>{title}: n.v.t. bij het afsluiten ({r})</source>
        <translation>{title}: n/a on closing ({r})</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="693"/>
        <source>{title}: termijn {d} ({why})</source>
        <translation>{title}: deadline {d} ({why})</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="694"/>
        <source>{title}: {f} gewijzigd</source>
        <translation>{title}: {f} changed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="695"/>
        <source>{title}: {status}</source>
        <translation>{title}: {status}</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <location filename="../../veiligbestuur_desktop/services/annual.py" line="58"/>
        <source>naaste van een ambtsdrager</source>
        <translation>relative of an office holder</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/annual.py" line="60"/>
        <source>ambtsdrager (rol onbekend)</source>
        <translation>office holder (role unknown)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/annual.py" line="244"/>
        <source>overige categorieën</source>
        <translation>other categories</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="696"/>
        <source>45 procent van de decentrale politieke ambtsdragers kreeg in het afgelopen jaar te maken met agressie of intimidatie (vrouwen 55 procent, mannen 37 procent).</source>
        <translation>45 per cent of local political office holders faced aggression or intimidation in the past year (women 55 per cent, men 37 per cent).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="697"/>
        <source>Bij 7 procent van de incidenten werd aangifte gedaan (13 procent in 2014).</source>
        <translation>A police complaint was made for 7 per cent of incidents (13 per cent in 2014).</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="698"/>
        <source>Bijna een kwart van de burgemeesters en wethouders kreeg te maken met bedreiging; 5 procent met fysiek geweld.</source>
        <translation>Almost a quarter of mayors and aldermen faced threats; 5 per cent faced physical violence.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="699"/>
        <source>Redenen om geen aangifte te doen (raadsleden): niet ernstig genoeg 64 procent, hoort bij het werk 22 procent, politie doet er toch niets mee 12 procent.</source>
        <translation>Reasons for not making a police complaint (councillors): not serious enough 64 per cent, part of the job 22 per cent, the police will not do anything with it anyway 12 per cent.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="700"/>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="701"/>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="702"/>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="703"/>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="704"/>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="705"/>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="706"/>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="707"/>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="708"/>
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="709"/>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="710"/>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="711"/>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../build/vocab_strings.py" line="714"/>
        <source>Beleid formuleren</source>
        <translation>Formulating policy</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="713"/>
        <source>Beleid</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="733"/>
        <source>Onderwerp afbakenen, grenzen bepalen en beleid bekrachtigen</source>
        <translation>Define the subject, set boundaries and endorse the policy</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="730"/>
        <source>Mediabeleid bepalen en woordvoerder(s) aanwijzen</source>
        <translation>Decide on the media policy and appoint spokesperson(s)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="738"/>
        <source>Preventieve maatregelen nemen</source>
        <translation>Taking preventive measures</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="737"/>
        <source>Preventie</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="741"/>
        <source>Risicoanalyse opstellen: generiek en per beleidsgebied, eventueel per persoon</source>
        <translation>Draw up a risk analysis: general and per policy area, if need be per person</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="717"/>
        <source>Communicatie, trainingen en protocollen opzetten</source>
        <translation>Set up communication, training and protocols</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="751"/>
        <source>Zo nodig actief beveiligen</source>
        <translation>Provide active protection where needed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="746"/>
        <source>Voorbereid zijn op incidenten</source>
        <translation>Being prepared for incidents</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="747"/>
        <source>Voorbereiding</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="728"/>
        <source>Ketenafspraken maken met gemeente(n), politie, OM en NCTV</source>
        <translation>Make agreements with the municipality or municipalities, the police, the Public Prosecution Service (OM) and the NCTV</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="735"/>
        <source>Opvang, nazorg en repressie voorbereiden</source>
        <translation>Prepare support, aftercare and enforcement</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="742"/>
        <source>Sanctiebeleid bepalen</source>
        <translation>Decide on the sanctions policy</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="729"/>
        <source>Maatregelen blijvend uitvoeren</source>
        <translation>Keeping measures in place</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="744"/>
        <source>Uitvoering</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="748"/>
        <source>Voorgenomen maatregelen en protocollen laten uitvoeren</source>
        <translation>Have the intended measures and protocols carried out</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="731"/>
        <source>Meld- en registratiesysteem (laten) opzetten</source>
        <translation>Set up (or have set up) a reporting and recording system</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="734"/>
        <source>Operationele risicoanalyses (laten) uitvoeren</source>
        <translation>Carry out (or have carried out) operational risk analyses</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="725"/>
        <source>Incidenten intern regelmatig bespreken</source>
        <translation>Discuss incidents internally on a regular basis</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="745"/>
        <source>Vermijdingsgedrag bij collega-bestuurders signaleren</source>
        <translation>Watch for avoidance behaviour among fellow office holders</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="712"/>
        <source>Actief communiceren</source>
        <translation>Communicating actively</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="716"/>
        <source>Communicatie</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="732"/>
        <source>Normen blijven uitdragen</source>
        <translation>Keep promoting the standards</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="720"/>
        <source>Genomen besluiten toelichten en uitleggen aan betrokkenen</source>
        <translation>Explain decisions taken to those concerned</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="722"/>
        <source>In gesprek blijven met ‘lastige’ personen</source>
        <translation>Stay in conversation with ‘difficult’ people</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="721"/>
        <source>Handelen bij incidenten en bedreigingen</source>
        <translation>Acting on incidents and threats</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="723"/>
        <source>Incidenten</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="740"/>
        <source>Protocollen volgen en opsporing faciliteren</source>
        <translation>Follow the protocols and help the investigation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="750"/>
        <source>Wijzen op De Vertrouwenslijn en het Ondersteuningsteam Weerbaar Bestuur</source>
        <translation>Point to De Vertrouwenslijn (confidential helpline) and the Ondersteuningsteam Weerbaar Bestuur (support team)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="724"/>
        <source>Incidenten analyseren en registreren</source>
        <translation>Analyse and record incidents</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="726"/>
        <source>Incidenten nabespreken met het slachtoffer</source>
        <translation>Talk incidents through with the victim afterwards</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="743"/>
        <source>Sancties afwegen</source>
        <translation>Weigh up sanctions</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="715"/>
        <source>Bij een strafbaar feit aangifte doen en schade verhalen</source>
        <translation>For a criminal offence, make a police complaint and recover the damage</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="718"/>
        <source>Controleren op uitvoering en effectiviteit</source>
        <translation>Checking implementation and effectiveness</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="719"/>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="727"/>
        <source>Incidenten systematisch evalueren</source>
        <translation>Evaluate incidents systematically</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="736"/>
        <source>Per zittings- of collegetermijn de uitgangspunten herijken</source>
        <translation>Review the starting points for each council or Executive term</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="739"/>
        <source>Processen controleren en jaarlijks evalueren naar aanleiding van incidenten</source>
        <translation>Check the processes and evaluate annually in the light of incidents</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="749"/>
        <source>Waar nodig beleid en/of maatregelen bijstellen</source>
        <translation>Adjust policy and/or measures where necessary</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/steps.py" line="116"/>
        <source>geen incidenten dit jaar</source>
        <translation>no incidents this year</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="399"/>
        <source>{n} actiepunt(en) verlopen, het oudste sinds {d}</source>
        <translation>{n} action item(s) overdue, the oldest since {d}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="405"/>
        <source>{n} open actiepunt(en), geen verlopen</source>
        <translation>{n} open action item(s), none overdue</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="408"/>
        <source>nog geen open actiepunten vastgelegd</source>
        <translation>no open action items recorded yet</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="419"/>
        <source>risico-inschatting {kind} {d} (niveau {level})</source>
        <translation>risk assessment {kind} {d} (level {level})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="430"/>
        <source>laatste risico-inschatting {d}: langer dan een maand geleden</source>
        <translation>latest risk assessment {d}: more than a month ago</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="436"/>
        <source>alleen een risico-inschatting voor een komende bijeenkomst</source>
        <translation>only a risk assessment for an upcoming meeting</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="439"/>
        <source>nog geen risico-inschatting van een bijeenkomst</source>
        <translation>no risk assessment of a meeting yet</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="444"/>
        <source>nog geen incidentbespreking vastgelegd</source>
        <translation>no incident review recorded yet</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="447"/>
        <source>incidentbespreking {forum} {d} ({n} incidenten)</source>
        <translation>incident review {forum} {d} ({n} incidents)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="457"/>
        <source>laatste incidentbespreking {d}: langer dan een kwartaal geleden</source>
        <translation>latest incident review {d}: more than a quarter ago</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="467"/>
        <source>nog geen vermijdingssignalen vastgelegd</source>
        <translation>no avoidance signals recorded yet</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="473"/>
        <source>{n} vermijdingssignaal/-signalen zonder opvolging</source>
        <translation>{n} avoidance signal(s) without follow-up</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="480"/>
        <source>laatste signaal {d}; {n} open, alle met opvolging</source>
        <translation>latest signal {d}; {n} open, all with follow-up</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="489"/>
        <source>laatste signaal {d}: langer dan een kwartaal geleden; let op nieuwe signalen</source>
        <translation>latest signal {d}: more than a quarter ago; watch for new signals</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="519"/>
        <source>{kind} ‘{subject}’, {d}</source>
        <translation>{kind} ‘{subject}’, {d}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="533"/>
        <source>nog geen contact met een veroorzaker vastgelegd</source>
        <translation>no contact with a perpetrator recorded yet</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="539"/>
        <source>bij {n} veroorzaker(s) is het afgesproken volgende contact verstreken</source>
        <translation>the agreed next contact is overdue for {n} perpetrator(s)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_execution.py" line="549"/>
        <source>laatste contact met een veroorzaker {d}</source>
        <translation>latest contact with a perpetrator {d}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="241"/>
        <source>politie</source>
        <translation>the police</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="242"/>
        <source>OM</source>
        <translation>the Public Prosecution Service (OM)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="247"/>
        <source>nog geen ketenafspraken vastgelegd</source>
        <translation>no partner agreements recorded yet</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="252"/>
        <source>geen ketenafspraak met {who}</source>
        <translation>no partner agreement with {who}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="252"/>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="256"/>
        <source>1 ketenafspraak over de herzieningsdatum</source>
        <translation>1 partner agreement past its review date</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="258"/>
        <source>{n} ketenafspraken over de herzieningsdatum</source>
        <translation>{n} partner agreements past their review date</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="266"/>
        <source>{n} ketenafspraken, laatst {d}</source>
        <translation>{n} partner agreements, latest {d}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="275"/>
        <source>contactkaart sinds {d} niet gecontroleerd (ouder dan zes maanden)</source>
        <translation>contact card not checked since {d} (more than six months ago)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="279"/>
        <source>contactkaart nog nooit gecontroleerd</source>
        <translation>contact card never checked</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="287"/>
        <source>opvangregeling nog niet ingevuld (eerste opvang, nazorg, doorverwijzing)</source>
        <translation>support arrangements not yet filled in (first support, aftercare, referral)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="293"/>
        <source>opvangregeling vastgelegd; contactkaart gecontroleerd {d}</source>
        <translation>support arrangements recorded; contact card checked {d}</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="301"/>
        <source>geen incidentcategorieën in gebruik</source>
        <translation>no incident categories in use</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="306"/>
        <source>VeiligBestuur met {n} incidentcategorieën in gebruik</source>
        <translation>VeiligBestuur with {n} incident categories in use</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="313"/>
        <source>de sanctieladder heeft geen maatregelen in gebruik</source>
        <translation>the sanctions ladder has no measures in use</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="316"/>
        <source>briefhoofd onvolledig: adres, telefoon en ondertekenaar ontbreken</source>
        <translation>letterhead incomplete: address, telephone and signatory are missing</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/area_preparation.py" line="322"/>
        <source>sanctieladder met {n} maatregelen; briefhoofd ingevuld</source>
        <translation>sanctions ladder with {n} measures; letterhead filled in</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../veiligbestuur_desktop/store/migrate.py" line="51"/>
        <source>Deze database is gemaakt met een nieuwere versie van VeiligBestuur (schema {rev}). Installeer de nieuwste versie van de applicatie; er is niets gewijzigd.</source>
        <translation>This database was made with a newer version of VeiligBestuur (schema {rev}). Install the latest version of the application; nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="168"/>
        <source>{p} is een map; kies een bestandsnaam.</source>
        <translation>{p} is a folder; choose a file name.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="171"/>
        <source>De map {p} bestaat niet. Kies een bestaande map.</source>
        <translation>The folder {p} does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="223"/>
        <source>De back-up kon niet worden geschreven naar {dest} ({err}). Er is geen half bestand achtergebleven en de kluis is niet gewijzigd. Controleer de vrije ruimte of kies een andere plek.</source>
        <translation>The backup could not be written to {dest} ({err}). No half-written file has been left behind and the vault has not been changed. Check the free space or choose another location.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="78"/>
        <source>{p} is geen geldig back-upbestand van VeiligBestuur, of het is beschadigd.</source>
        <translation>{p} is not a valid VeiligBestuur backup file, or it is damaged. Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="82"/>
        <source>geen geldig back-upbestand, of beschadigd</source>
        <translation>not a valid backup file, or damaged</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="88"/>
        <source>Deze back-up is gemaakt met een nieuwere versie van VeiligBestuur. Werk de applicatie bij.</source>
        <translation>This backup was made with a newer version of VeiligBestuur. Update the application.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="93"/>
        <source>gemaakt met een nieuwere versie van VeiligBestuur</source>
        <translation>made with a newer version of VeiligBestuur</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="214"/>
        <source>{p} is intussen aangemaakt. Er is niets gewijzigd; kies een andere naam.</source>
        <translation>{p} has been created in the meantime. Nothing has been changed; choose a different name.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="369"/>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="400"/>
        <source>Het back-upbestand {p} bestaat niet.</source>
        <translation>The backup file {p} does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="457"/>
        <source>De back-up kon niet worden uitgepakt in {dir} ({err}). Er is niets gewijzigd.</source>
        <translation>The backup could not be unpacked in {dir} ({err}). Nothing has been changed; check the free space and try again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/database.py" line="112"/>
        <source>De versleuteling (SQLCipher) is niet beschikbaar in deze installatie. De database wordt niet geopend. Installeer de applicatie opnieuw.</source>
        <translation>Encryption (SQLCipher) is not available in this installation. The database will not be opened. Reinstall the application.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/database.py" line="179"/>
        <source>De kluis is vergrendeld.</source>
        <translation>The vault is locked. Unlock it first.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/keyring_slot.py" line="57"/>
        <source>Op deze werkplek is geen beveiligde sleutelbos beschikbaar (geen sessiebus voor Secret Service). De optie ‘Onthoud op deze werkplek’ is daarom niet beschikbaar; u ontgrendelt met uw wachtwoord.</source>
        <translation>No secure keyring is available on this workstation (no session bus for Secret Service). The option ‘Remember on this workstation’ is therefore not available; you unlock with your password.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/keyring_slot.py" line="62"/>
        <source>Op deze werkplek is geen beveiligde sleutelbos beschikbaar (Windows Referentiebeheer, macOS-sleutelhanger of Secret Service). De optie ‘Onthoud op deze werkplek’ is daarom niet beschikbaar.</source>
        <translation>No secure keyring is available on this workstation (Windows Credential Manager, macOS Keychain or Secret Service). The option ‘Remember on this workstation’ is therefore not available.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/recovery.py" line="42"/>
        <source>Dit is geen geldige herstelsleutel: die bestaat uit {n} tekens in groepjes van vier (bijvoorbeeld ABCD-EFGH-…). Controleer wat u heeft overgetypt.</source>
        <translation>This is not a valid recovery key: it consists of {n} characters in groups of four (for example ABCD-EFGH-…). Check what you have typed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/recovery.py" line="51"/>
        <source>De herstelsleutel bevat een typfout (de controletekens kloppen niet). Controleer elk groepje.</source>
        <translation>The recovery key contains a typing error (the check characters do not match). Check each group.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="225"/>
        <source>De kluis is vergrendeld. Ontgrendel eerst met uw wachtwoord.</source>
        <translation>The vault is locked. Unlock it first with your password.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="236"/>
        <source>Het sleutelbestand is intussen door een ander programma gewijzigd. Er is niets opgeslagen. Vergrendel de kluis en ontgrendel opnieuw, en probeer het dan nog eens.</source>
        <translation>The key file has been changed by another program in the meantime. Nothing has been saved. Lock the vault and unlock it again, then try once more.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="298"/>
        <source>Geef de sleutel een naam van 1 tot 60 tekens, bijvoorbeeld ‘Plaatsvervanger’.</source>
        <translation>Give the key a name of 1 to 60 characters, for example ‘Deputy’.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="301"/>
        <source>De naam van de sleutel</source>
        <translation>The name of the key</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="304"/>
        <source>Er is al een sleutel met de naam ‘{n}’.</source>
        <translation>There is already a key called ‘{n}’. Choose a different name.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="319"/>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="332"/>
        <source>Deze sleutel bestaat niet (meer).</source>
        <translation>This key does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="336"/>
        <source>Dit is het laatste wachtwoord van de kluis; dat kan niet worden verwijderd. Voeg eerst een ander wachtwoord toe.</source>
        <translation>This is the vault&apos;s last password; it cannot be deleted. Add another password first.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="344"/>
        <source>De herstelsleutel kan niet worden verwijderd, alleen vervangen (Nieuwe herstelsleutel maken).</source>
        <translation>The recovery key cannot be deleted, only replaced (Make new recovery key).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="412"/>
        <source>Geef het wachtwoord van ten minste één sleutel op die blijft.</source>
        <translation>Enter the password of at least one key that is being kept.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="423"/>
        <source>Het wachtwoord van sleutel ‘{n}’ klopt niet.</source>
        <translation>The password of key ‘{n}’ is not correct. Try again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="466"/>
        <source>De schijf is vol: de database kon niet opnieuw worden versleuteld. Er is niets gewijzigd; de oude sleutels en de oude herstelsleutel blijven geldig. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full: the database could not be re-encrypted. Nothing has been changed; the old keys and the old recovery key remain valid. Free up space and try again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="542"/>
        <source>de herstelsleutel die begint met {hint} (gemaakt op {date})</source>
        <translation>the recovery key beginning with {hint} (made on {date})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="612"/>
        <source>In {dir} staat al een kluis. Er is niets gewijzigd; kies een andere map of open de bestaande kluis.</source>
        <translation>There is already a vault in {dir}. Nothing has been changed; choose another folder or open the existing vault.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="700"/>
        <source>Het sleutelbestand in {dir} hoort bij een andere kluis (database-id {id}) dan de database die ernaast staat. Er is niets gewijzigd. Zet het sleutelbestand en de database van dezelfde kluis terug uit een back-up (Herstellen…).</source>
        <translation>The key file in {dir} belongs to another vault (database ID {id}) than the database next to it. Nothing has been changed. Restore the key file and the database of the same vault from a backup (Restore…).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="711"/>
        <source>Het sleutelbestand is gemaakt met een nieuwere versie van VeiligBestuur. Installeer de nieuwste versie; er is niets gewijzigd.</source>
        <translation>The key file was made with a newer version of VeiligBestuur. Install the latest version; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="719"/>
        <source>Beide kopieën van het sleutelbestand ({name}) zijn beschadigd. Er is niets gewijzigd. Zet de nieuwste back-up terug (Herstellen…).</source>
        <translation>Both copies of the key file ({name}) are damaged. Nothing has been changed. Restore the latest backup (Restore…).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="944"/>
        <source>Het sleutelbestand is vervangen door een oudere, niet-beveiligde versie. Het wordt niet gebruikt en er is niets gewijzigd. Zet het sleutelbestand terug uit de nieuwste back-up.</source>
        <translation>The key file has been replaced by an older, unprotected version. It is not used and nothing has been changed. Restore the key file from the latest backup.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="967"/>
        <source>De schijf is vol: de kluis is geopend om te lezen. Wijzigingen kunnen pas worden opgeslagen als er ruimte is vrijgemaakt; vergrendel en ontgrendel daarna opnieuw.</source>
        <translation>The disk is full: the vault has been opened read-only. Changes can only be saved once space has been freed up; then lock and unlock again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="998"/>
        <source>Een eerder onderbroken vervanging van de gegevenssleutel is afgerond. Geldig is nu {valid}; de vorige herstelsleutel werkt niet meer.</source>
        <translation>An earlier, interrupted replacement of the data key has been completed. Now valid: {valid}; the previous recovery key no longer works.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="1004"/>
        <source>Een eerder onderbroken vervanging van de gegevenssleutel is teruggedraaid. Geldig blijft {valid}; een nieuwe herstelsleutel die eventueel is getoond, werkt niet.</source>
        <translation>An earlier, interrupted replacement of the data key has been reversed. Still valid: {valid}; any new recovery key that may have been shown does not work.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="669"/>
        <source>Het sleutelbestand ({name}) ontbreekt naast de database in {dir}. Zonder dit bestand kan de database niet worden geopend. Zet het terug uit een back-up (Herstellen…); er is niets gewijzigd.</source>
        <translation>The key file ({name}) is missing next to the database in {dir}. Without this file the database cannot be opened. Restore it from a backup (Restore…); nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="109"/>
        <source>{p} is een bestand, geen map. Kies voor de kluis een map (bijvoorbeeld met --data-dir); er is niets gewijzigd.</source>
        <translation>{p} is a file, not a folder. Choose a folder for the vault (for example with --data-dir); nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="677"/>
        <source>In {dir} staat geen kluis. Controleer de map, of maak een nieuwe kluis met `veiligbestuur init`.</source>
        <translation>There is no vault in {dir}. Check the folder, or make a new vault with `veiligbestuur init`.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="684"/>
        <source>De database ({name}) ontbreekt in {dir}. Zet de nieuwste back-up terug via Herstellen…; er is niets gewijzigd.</source>
        <translation>The database ({name}) is missing in {dir}. Restore the latest backup through Restore…; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="737"/>
        <source>Een kopie van het sleutelbestand was beschadigd, verouderd of ontbrak ({which}); de andere kopie is gebruikt en de beschadigde is hersteld. Maak zo snel mogelijk een nieuwe back-up.</source>
        <translation>A copy of the key file was damaged, out of date or missing ({which}); the other copy has been used and the damaged one repaired. Make a new backup as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="793"/>
        <source>Deze sleutel is vervallen: de gegevenssleutel is vervangen en deze sleutel is daarbij niet meegenomen. Gebruik een ander wachtwoord of de nieuwe herstelsleutel.</source>
        <translation>This key has lapsed: the data key has been replaced and this key was not carried over. Use another password or the new recovery key.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="805"/>
        <source>Het sleutelbestand is buiten VeiligBestuur gewijzigd (een sleutel is toegevoegd of veranderd); het wordt daarom niet gebruikt en er is niets gewijzigd. Zet het sleutelbestand terug uit de nieuwste back-up (Herstellen…) en meld dit aan de CISO.</source>
        <translation>The key file has been changed outside VeiligBestuur (a key has been added or altered); it is therefore not used and nothing has been changed. Restore the key file from the latest backup (Restore…) and report this to the CISO.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="855"/>
        <source>Het wachtwoord klopt niet. Let op hoofdletters en de Caps Lock-toets. Kwijt? Gebruik de herstelsleutel.</source>
        <translation>The password is not correct. Watch out for capital letters and the Caps Lock key. Lost it? Use the recovery key.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="869"/>
        <source>Deze herstelsleutel past niet bij deze kluis. Controleer of u de sleutel van deze gemeente en deze database gebruikt (het database-id staat op het blad).</source>
        <translation>This recovery key does not match this vault. Check that you are using the key of this municipality and this database (the database ID is on the sheet).</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="881"/>
        <source>Deze kluis wordt niet onthouden op deze werkplek.</source>
        <translation>This vault is not remembered on this workstation. Unlock with your password.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="887"/>
        <source>De sleutelbos van deze werkplek is veranderd sinds de kluis hier werd onthouden. Ontgrendel met uw wachtwoord en zet ‘Onthoud op deze werkplek’ daarna opnieuw aan.</source>
        <translation>This workstation&apos;s keyring has changed since the vault was remembered here. Unlock with your password and then switch ‘Remember on this workstation’ on again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="896"/>
        <source>De sleutel in de sleutelbos van deze werkplek ontbreekt of is gewijzigd. Ontgrendel met uw wachtwoord; daarna kunt u ‘Onthoud op deze werkplek’ opnieuw aanzetten.</source>
        <translation>The key in this workstation&apos;s keyring is missing or has been changed. Unlock with your password; after that you can switch ‘Remember on this workstation’ on again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="906"/>
        <source>De sleutel in de sleutelbos past niet meer bij deze kluis. Ontgrendel met uw wachtwoord en zet ‘Onthoud op deze werkplek’ daarna opnieuw aan.</source>
        <translation>The key in the keyring no longer matches this vault. Unlock with your password and then switch ‘Remember on this workstation’ on again.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/lock.py" line="53"/>
        <source>‘{program}’ van gebruiker {user} op computer {host} (sinds {since})</source>
        <translation>‘{program}’ of user {user} on computer {host} (since {since})</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/lock.py" line="135"/>
        <source>een ander programma (het wordt op dit moment geopend)</source>
        <translation>another program (it is being opened at this moment)</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/lock.py" line="139"/>
        <source>De kluis in {dir} is in gebruik door {who}. Er is niets gewijzigd. Vergrendel of sluit de kluis daar, en probeer het daarna opnieuw.</source>
        <translation>The vault in {dir} is in use by {who}. Nothing has been changed. Lock or close the vault there, and then try again.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="752"/>
        <source>De database is beschadigd en kan niet veilig worden gelezen. Er is niets gewijzigd. Zet de nieuwste back-up terug via Bestand &gt; Herstellen… of `veiligbestuur restore`.</source>
        <translation>The database is damaged and cannot be read safely. Nothing has been changed. Restore the latest backup through File &gt; Restore… or `veiligbestuur restore`.</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="753"/>
        <source>De kluis is bezig: een ander programma schrijft er op dit moment in. Er is niets gewijzigd en er is niets beschadigd. Probeer het zo opnieuw.</source>
        <translation>The vault is busy: another program is writing to it at this moment. Nothing has been changed and nothing has been damaged. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>versioning</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/versioning.py" line="91"/>
        <source>Een versie wordt vanzelf ‘vervangen’ zodra een nieuwere versie is vastgesteld. Maak een nieuwe versie en stel die vast.</source>
        <translation>A version becomes ‘superseded’ by itself as soon as a newer version is adopted. Make a new version and adopt it.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/versioning.py" line="101"/>
        <source>Een versie met status ‘{cur}’ kan niet naar ‘{new}’; wel naar {options}.</source>
        <translation>A version with status ‘{cur}’ cannot go to ‘{new}’; it can go to {options}.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/versioning.py" line="108"/>
        <source>Een versie met status ‘{cur}’ verandert niet meer van status. Maak zo nodig een nieuwe versie.</source>
        <translation>A version with status ‘{cur}’ no longer changes status. Make a new version if needed.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/versioning.py" line="117"/>
        <source>Versie {v} is {status} en wordt niet meer gewijzigd. Kies ‘Nieuwe versie’: de wijziging wordt dan een nieuwe conceptversie.</source>
        <translation>Version {v} is {status} and is no longer changed. Choose ‘New version’: the change then becomes a new draft version.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/versioning.py" line="237"/>
        <source>Vul de besluitdatum in: de datum waarop het besluit is genomen.</source>
        <translation>Fill in the decision date: the date on which the decision was taken.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/versioning.py" line="242"/>
        <source>Vul eerst de herzieningsdatum in (bewerk de versie), dan kan zij worden vastgesteld.</source>
        <translation>First fill in the review date (edit the version); then it can be adopted.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/versioning.py" line="250"/>
        <source>De herzieningsdatum moet na de besluitdatum ({d}) liggen.</source>
        <translation>The review date must be after the decision date ({d}). Choose a later date.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/versioning.py" line="261"/>
        <source>Vul de vindplaats van de publicatie in, bijvoorbeeld ‘Gemeenteblad 2026, 12345’ of een CVDR-nummer.</source>
        <translation>Fill in where it was published, for example ‘Gemeenteblad 2026, 12345’ or a CVDR number.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/versioning.py" line="270"/>
        <source>De vindplaats is te lang (maximaal 120 tekens).</source>
        <translation>The place of publication is too long (at most 120 characters). Shorten it.</translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/policy.py" line="210"/>
        <source>de besluitdatum</source>
        <translation>the decision date</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="754"/>
        <source>Publiceren</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="755"/>
        <source>Te herijken</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="756"/>
        <source>Vaststellen</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="757"/>
        <source>Voorleggen</source>
        <translation>Submit</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../build/vocab_strings.py" line="927"/>
        <source>niet gestart</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="808"/>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="877"/>
        <source>gereed</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="920"/>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="783"/>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="882"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="970"/>
        <source>spreekt zich minder uit</source>
        <translation>speaks out less</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="971"/>
        <source>stopt met deelname aan bijeenkomsten</source>
        <translation>stops taking part in meetings</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="973"/>
        <source>te herijken</source>
        <translation>due for review</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="976"/>
        <source>toelichting op een besluit</source>
        <translation>explanation of a decision</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="977"/>
        <source>uitnodiging ordegesprek</source>
        <translation>invitation to a conduct meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="978"/>
        <source>vastgesteld</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="979"/>
        <source>veiligheidsregio</source>
        <translation>safety region (veiligheidsregio)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="983"/>
        <source>vervallen</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="984"/>
        <source>vervangen</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="986"/>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="884"/>
        <source>geëxporteerd</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="786"/>
        <source>afgedrukt</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="934"/>
        <source>ontgrendeld</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="919"/>
        <source>mislukte ontgrendeling</source>
        <translation>failed unlock</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="981"/>
        <source>vergrendeld</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="800"/>
        <source>back-up gemaakt</source>
        <translation>backup made</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="780"/>
        <source>Slachtofferhulp Nederland</source>
        <translation>Slachtofferhulp Nederland (Victim Support Netherlands)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="781"/>
        <source>VPT-code op elke aangifte</source>
        <translation>VPT-code on every police complaint</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="782"/>
        <source>aangekondigde demonstratie</source>
        <translation>announced demonstration</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="787"/>
        <source>afgelopen</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="788"/>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="789"/>
        <source>afgeschaald</source>
        <translation>scaled down</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="791"/>
        <source>alleen livestream (geen publiek)</source>
        <translation>livestream only (no public)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="795"/>
        <source>ander signaal</source>
        <translation>other signal</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="799"/>
        <source>aparte ingang voor bestuurders</source>
        <translation>separate entrance for office holders</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="801"/>
        <source>back-up teruggezet</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="802"/>
        <source>beleidsgebied / dossier</source>
        <translation>policy area / dossier</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="803"/>
        <source>besloten</source>
        <translation>decided</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="805"/>
        <source>beveiliging</source>
        <translation>security staff</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="806"/>
        <source>bewaken en beveiligen</source>
        <translation>surveillance and protection</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="807"/>
        <source>bewonersavond</source>
        <translation>residents&apos; evening</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="811"/>
        <source>bijeenkomst</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="812"/>
        <source>brief</source>
        <translation>letter</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="814"/>
        <source>brief schriftelijke waarschuwing</source>
        <translation>written warning letter</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="815"/>
        <source>brief toegangsverbod</source>
        <translation>ban letter</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="817"/>
        <source>buurgemeente(n)</source>
        <translation>neighbouring municipality or municipalities</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="821"/>
        <source>college van B&amp;W</source>
        <translation>Municipal Executive (college van B&amp;W)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="823"/>
        <source>commissievergadering</source>
        <translation>committee meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="824"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="830"/>
        <source>de aangifte</source>
        <translation>the police complaint</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="831"/>
        <source>de ambtsdrager zelf</source>
        <translation>the office holder themselves</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="832"/>
        <source>de beslissing van het OM</source>
        <translation>the decision of the Public Prosecution Service (OM)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="833"/>
        <source>de burgemeester</source>
        <translation>the mayor</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="834"/>
        <source>de burgemeester is slachtoffer</source>
        <translation>the mayor is the victim</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="835"/>
        <source>de driehoek (burgemeester, politie, OM)</source>
        <translation>the triangle (mayor, police, Public Prosecution Service (OM))</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="836"/>
        <source>de fractie</source>
        <translation>the political group</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="837"/>
        <source>de griffie</source>
        <translation>the clerk&apos;s office</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="839"/>
        <source>de raad, op voorstel van het college</source>
        <translation>the council, on a proposal from the Municipal Executive</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="840"/>
        <source>de raad, op voorstel van het presidium</source>
        <translation>the council, on a proposal from the presidium</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="841"/>
        <source>de uitspraak van de rechter</source>
        <translation>the court&apos;s judgment</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="842"/>
        <source>de voorzitter van de raad</source>
        <translation>the chair of the council</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="843"/>
        <source>digitaal</source>
        <translation>digital</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="845"/>
        <source>domicilie op het gemeentehuis</source>
        <translation>address for service at the town hall</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="848"/>
        <source>doorverwijzing naar het Ondersteuningsteam Weerbaar Bestuur</source>
        <translation>referral to the Ondersteuningsteam Weerbaar Bestuur</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="850"/>
        <source>een collega-bestuurder</source>
        <translation>a fellow office holder</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="851"/>
        <source>een naaste</source>
        <translation>a relative</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="852"/>
        <source>een raadslid is slachtoffer</source>
        <translation>a councillor is the victim</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="853"/>
        <source>een sanctie</source>
        <translation>a sanction</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="854"/>
        <source>een wethouder is slachtoffer</source>
        <translation>an alderman is the victim</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="856"/>
        <source>eerdere incidenten met dezelfde personen</source>
        <translation>earlier incidents involving the same people</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="857"/>
        <source>eigen waarneming</source>
        <translation>own observation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="860"/>
        <source>evaluatie</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="861"/>
        <source>evenement</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="862"/>
        <source>extra bode</source>
        <translation>extra usher</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="864"/>
        <source>fractievoorzittersoverleg</source>
        <translation>group leaders&apos; meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="865"/>
        <source>fysiek</source>
        <translation>physical</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="870"/>
        <source>geen brief</source>
        <translation>no letter</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="873"/>
        <source>gemeld</source>
        <translation>reported</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="874"/>
        <source>generiek</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="875"/>
        <source>gepubliceerd</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="876"/>
        <source>gerealiseerd</source>
        <translation>implemented</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="879"/>
        <source>gesprek</source>
        <translation>conversation</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="880"/>
        <source>gesprek met een lastige persoon</source>
        <translation>conversation with a difficult person</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="881"/>
        <source>gewezen op De Vertrouwenslijn</source>
        <translation>pointed to De Vertrouwenslijn</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="887"/>
        <source>het college van B&amp;W</source>
        <translation>the Municipal Executive (college van B&amp;W)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="888"/>
        <source>het schadeverhaal</source>
        <translation>the recovery of damages</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="889"/>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="891"/>
        <source>huisbezoek</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="893"/>
        <source>huisgenoten</source>
        <translation>members of the household</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="894"/>
        <source>iets anders</source>
        <translation>something else</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="896"/>
        <source>in uitvoering</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="897"/>
        <source>incident bij de woning</source>
        <translation>incident at the home</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="898"/>
        <source>incidentbespreking</source>
        <translation>incident review</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="900"/>
        <source>informatie van de politie</source>
        <translation>information from the police</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="901"/>
        <source>informatie-uitwisseling</source>
        <translation>exchange of information</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="902"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="903"/>
        <source>inspraakavond</source>
        <translation>public consultation evening</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="907"/>
        <source>kinderen</source>
        <translation>children</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="908"/>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="909"/>
        <source>loco-burgemeester</source>
        <translation>deputy mayor</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="910"/>
        <source>lokale driehoek</source>
        <translation>local triangle</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="912"/>
        <source>maatregel</source>
        <translation>measure</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="914"/>
        <source>midden</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="915"/>
        <source>mijdt een dossier</source>
        <translation>avoids a dossier</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="916"/>
        <source>mijdt plaatsen of inwoners</source>
        <translation>avoids places or residents</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="918"/>
        <source>minder werkplezier</source>
        <translation>less enjoyment of the work</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="923"/>
        <source>nazorg</source>
        <translation>aftercare</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="928"/>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="930"/>
        <source>normuitdraging</source>
        <translation>promoting the standard</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="933"/>
        <source>online (sociale media, e-mail)</source>
        <translation>online (social media, e-mail)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="937"/>
        <source>opgelegd</source>
        <translation>imposed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="938"/>
        <source>opgeschoond</source>
        <translation>cleaned up</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="939"/>
        <source>opschalen naar politie en OM</source>
        <translation>escalate to the police and the Public Prosecution Service (OM)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="940"/>
        <source>opvang en nazorg</source>
        <translation>support and aftercare</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="943"/>
        <source>organisatorisch</source>
        <translation>organisational</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="946"/>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="947"/>
        <source>overweegt te stoppen</source>
        <translation>is thinking of stepping down</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="951"/>
        <source>persoon</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="952"/>
        <source>persoonlijk</source>
        <translation>personal</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="954"/>
        <source>politie</source>
        <translation>police</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="955"/>
        <source>politie aanwezig</source>
        <translation>police present</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="956"/>
        <source>politie — ELA-contactfunctionaris</source>
        <translation>police — ELA contact officer</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="957"/>
        <source>presidium</source>
        <translation>presidium</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="959"/>
        <source>raadsvergadering</source>
        <translation>council meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="960"/>
        <source>reageert niet meer op sociale media</source>
        <translation>no longer responds on social media</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="961"/>
        <source>rechter (op vordering van gemeente of slachtoffer)</source>
        <translation>court (on a claim by the municipality or the victim)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="966"/>
        <source>signalen op sociale media</source>
        <translation>signals on social media</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="967"/>
        <source>slachtoffer (met steun van de gemeente)</source>
        <translation>victim (with the municipality&apos;s support)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="968"/>
        <source>sleutel gewijzigd</source>
        <translation>key changed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="998"/>
        <source>zeer hoog</source>
        <translation>very high</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="828"/>
        <source>database bijgewerkt</source>
        <translation>database updated</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="974"/>
        <source>telefoon</source>
        <translation>telephone</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="849"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="813"/>
        <source>brief / post</source>
        <translation>letter / post</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="969"/>
        <source>sociale media / internet</source>
        <translation>social media / internet</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="809"/>
        <source>bij de woning</source>
        <translation>at the home</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="980"/>
        <source>vergadering / publieke tribune</source>
        <translation>meeting / public gallery</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="798"/>
        <source>anker van de audittrail vastgelegd</source>
        <translation>audit trail anchor recorded</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="855"/>
        <source>eenmalig</source>
        <translation>once</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="911"/>
        <source>maandelijks</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="950"/>
        <source>per kwartaal</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="905"/>
        <source>jaarlijks</source>
        <translation>annually</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="949"/>
        <source>per bestuurstermijn</source>
        <translation>per term of office</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="810"/>
        <source>bij elk incident</source>
        <translation>for every incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="953"/>
        <source>persoonlijk (face to face)</source>
        <translation>in person (face to face)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="794"/>
        <source>ander kanaal</source>
        <translation>other channel</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="871"/>
        <source>gemeentehuis</source>
        <translation>town hall</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="936"/>
        <source>openbare ruimte</source>
        <translation>public space</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="932"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="858"/>
        <source>elders</source>
        <translation>elsewhere</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="925"/>
        <source>niet ernstig</source>
        <translation>not serious</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="917"/>
        <source>minder ernstig</source>
        <translation>less serious</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="859"/>
        <source>ernstig</source>
        <translation>serious</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="989"/>
        <source>voorgelegd</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="990"/>
        <source>voorgenomen</source>
        <translation>intended</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="991"/>
        <source>voorgesteld</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="992"/>
        <source>voorzitter van de raad</source>
        <translation>chair of the council</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="994"/>
        <source>woning</source>
        <translation>home</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="995"/>
        <source>woordvoering na een incident</source>
        <translation>media statements after an incident</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="996"/>
        <source>wordt gevolgd</source>
        <translation>being followed up</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="997"/>
        <source>zeer ernstig</source>
        <translation>very serious</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="759"/>
        <source>Aangifte afgewogen bij strafbaar feit</source>
        <translation>Police complaint considered for a criminal offence</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="779"/>
        <source>Schadeverhaal afgewogen</source>
        <translation>Recovery of damages considered</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="758"/>
        <source>Aangifte / melding</source>
        <translation>Police complaint / report</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="774"/>
        <source>Reactie aan de dader</source>
        <translation>Response to the offender</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="985"/>
        <source>verwacht geen resultaat van politie/justitie</source>
        <translation>expects no result from the police/justice system</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="846"/>
        <source>door de gemeente namens het slachtoffer</source>
        <translation>by the municipality on behalf of the victim</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="844"/>
        <source>domicilie op adres gemeentehuis</source>
        <translation>address for service at the town hall</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="868"/>
        <source>gedragsaanwijzing van het OM (art. 509hh Sv)</source>
        <translation>behavioural order from the Public Prosecution Service (OM) (Code of Criminal Procedure (Sv) art. 509hh)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="818"/>
        <source>civiel contact-/straatverbod</source>
        <translation>civil non-contact / street injunction</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="982"/>
        <source>veroorzaker</source>
        <translation>perpetrator</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="878"/>
        <source>geregistreerd</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="895"/>
        <source>in behandeling</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="790"/>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="883"/>
        <source>geëvalueerd</source>
        <translation>evaluated</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="866"/>
        <source>geanonimiseerd</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="838"/>
        <source>de persoon</source>
        <translation>the person</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="886"/>
        <source>het ambt</source>
        <translation>the office</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="931"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="899"/>
        <source>individu</source>
        <translation>individual</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="820"/>
        <source>collectief</source>
        <translation>group</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="922"/>
        <source>namens bedrijf, organisatie of groepering</source>
        <translation>on behalf of a company, organisation or group</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="804"/>
        <source>bestuurder onderling</source>
        <translation>between office holders</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="773"/>
        <source>Protocol gevolgd</source>
        <translation>Protocol followed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="771"/>
        <source>Opsporing gefaciliteerd</source>
        <translation>Investigation supported</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="760"/>
        <source>CCV</source>
        <translation>CCV (Centre for Crime Prevention and Safety)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="761"/>
        <source>De Vertrouwenslijn</source>
        <translation>De Vertrouwenslijn (confidential helpline)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="762"/>
        <source>ELA (Eenduidige Landelijke Afspraken)</source>
        <translation>ELA (national agreements, Eenduidige Landelijke Afspraken)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="763"/>
        <source>Gewezen op De Vertrouwenslijn en het Ondersteuningsteam</source>
        <translation>Pointed to De Vertrouwenslijn and the Ondersteuningsteam</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="764"/>
        <source>Incident geanalyseerd</source>
        <translation>Incident analysed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="765"/>
        <source>Incident geregistreerd</source>
        <translation>Incident recorded</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="766"/>
        <source>NCTV</source>
        <translation>NCTV (National Coordinator for Security and Counterterrorism)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="767"/>
        <source>Nabesproken met het slachtoffer</source>
        <translation>Talked through with the victim</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="769"/>
        <source>Ondersteuningsteam Weerbaar Bestuur</source>
        <translation>Ondersteuningsteam Weerbaar Bestuur (support team for resilient local government)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="770"/>
        <source>Openbaar Ministerie</source>
        <translation>Public Prosecution Service (Openbaar Ministerie)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="776"/>
        <source>Sancties afgewogen</source>
        <translation>Sanctions considered</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="768"/>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="775"/>
        <source>Sancties</source>
        <translation>Sanctions</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="778"/>
        <source>Schadeverhaal</source>
        <translation>Recovery of damages</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="772"/>
        <source>Overige opvolging</source>
        <translation>Other follow-up</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="935"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="926"/>
        <source>niet ernstig genoeg</source>
        <translation>not serious enough</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="890"/>
        <source>hoort bij de functie</source>
        <translation>part of the job</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="796"/>
        <source>andere reden</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="784"/>
        <source>aangifte</source>
        <translation>police complaint</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="913"/>
        <source>melding (geen aangifte)</source>
        <translation>report (no police complaint)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="869"/>
        <source>geen aangifte of melding</source>
        <translation>no police complaint or report</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="847"/>
        <source>door het slachtoffer</source>
        <translation>by the victim</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="785"/>
        <source>aangifte onder nummer</source>
        <translation>police complaint under number</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="965"/>
        <source>sepot</source>
        <translation>case dismissed (sepot)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="972"/>
        <source>strafbeschikking</source>
        <translation>penalty order</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="827"/>
        <source>dagvaarding</source>
        <translation>summons</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="929"/>
        <source>nog niet bekend</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="964"/>
        <source>schriftelijke waarschuwing</source>
        <translation>written warning</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="942"/>
        <source>ordegesprek</source>
        <translation>conduct meeting</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="975"/>
        <source>toegangsverbod gemeentehuis</source>
        <translation>ban from the town hall</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="987"/>
        <source>verwijdering van de publieke tribune (art. 26 Gemeentewet)</source>
        <translation>removal from the public gallery (Municipalities Act (Gemeentewet) art. 26)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="867"/>
        <source>gebiedsverbod (art. 172a Gemeentewet)</source>
        <translation>area ban (Municipalities Act (Gemeentewet) art. 172a)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="988"/>
        <source>voegen in het strafproces</source>
        <translation>joining the criminal proceedings</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="819"/>
        <source>civiele vordering</source>
        <translation>civil claim</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="777"/>
        <source>Schadefonds Geweldsmisdrijven</source>
        <translation>Schadefonds Geweldsmisdrijven (Violent Crimes Compensation Fund)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="962"/>
        <source>schade van de gemeente</source>
        <translation>damage to the municipality</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="963"/>
        <source>schade van het slachtoffer (door de gemeente namens het slachtoffer)</source>
        <translation>damage to the victim (by the municipality on behalf of the victim)</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="829"/>
        <source>datum of tijd van het incident gewijzigd</source>
        <translation>date or time of the incident changed</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="941"/>
        <source>opvanggesprek gehouden</source>
        <translation>support meeting held</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="826"/>
        <source>dader bekend</source>
        <translation>offender known</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="904"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="924"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="792"/>
        <source>ambtsdrager</source>
        <translation>office holder</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="921"/>
        <source>naaste</source>
        <translation>relative</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="825"/>
        <source>contactpersoon</source>
        <translation>contact person</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="816"/>
        <source>burgemeester</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="993"/>
        <source>wethouder</source>
        <translation>alderman</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="958"/>
        <source>raadslid</source>
        <translation>councillor</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="822"/>
        <source>commissielid / burgerraadslid</source>
        <translation>committee member / citizen councillor</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="863"/>
        <source>fractiemedewerker</source>
        <translation>political group staff member</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="885"/>
        <source>griffier</source>
        <translation>clerk to the council</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="872"/>
        <source>gemeentesecretaris</source>
        <translation>municipal secretary</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="944"/>
        <source>oud-ambtsdrager</source>
        <translation>former office holder</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="948"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="906"/>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="945"/>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="793"/>
        <source>ander familielid</source>
        <translation>other family member</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="892"/>
        <source>huisgenoot</source>
        <translation>member of the household</translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="797"/>
        <source>anders</source>
        <translation>other</translation>
    </message>
</context>
</TS>
