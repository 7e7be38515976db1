<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>attachments</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="65"/>
        <source>De bestandsnaam is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="68"/>
        <source>De bestandsnaam mag geen / of \ bevatten. Geef het bestand een eenvoudige naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="75"/>
        <source>De bestandsnaam bevat een stuurteken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="78"/>
        <source>De bestandsnaam is te lang (maximaal {n} tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="88"/>
        <source>Het bestand is te groot: {size} MB. Een bijlage mag hoogstens 25 MB zijn; verklein het bestand (bijvoorbeeld een foto met een lagere resolutie) en probeer opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="96"/>
        <source>Het bestand is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/attachments.py" line="100"/>
        <source>Dit soort bestand kan niet als bijlage worden bewaard. Toegestaan zijn foto&apos;s (PNG, JPEG, GIF, WebP), PDF, tekst en e-mail (TXT, EML, MSG) en kantoordocumenten (DOCX, XLSX, ODT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/attachments.py" line="20"/>
        <source>de omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../veiligbestuur_desktop/services/demo.py" line="234"/>
        <source>Kies een aantal incidenten tussen 0 en 1.000.000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/demo.py" line="243"/>
        <source>Deze kluis bevat al gegevens; demogegevens worden alleen in een lege kluis gezet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="328"/>
        <source>Reactie naar de dader binnen 24 uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="338"/>
        <source>Melding of aangifte overwegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="347"/>
        <source>Sancties afwegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="354"/>
        <source>Schade inventariseren en verhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="425"/>
        <source>de datum van het incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="431"/>
        <source>de meldingsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="435"/>
        <source>De meldingsdatum ligt vóór de datum van het incident. Controleer beide datums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="440"/>
        <source>de beschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="447"/>
        <source>Kies ten minste één categorie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="451"/>
        <source>Onbekende categorie: {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="454"/>
        <source>Kies een ernst van 0 tot en met 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="457"/>
        <source>Kies ten minste één slachtoffer (ambtsdrager of naaste).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="460"/>
        <source>Een slachtoffer staat er twee keer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="463"/>
        <source>de afsluitdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="467"/>
        <source>De afsluitdatum ligt vóór de datum van het incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="471"/>
        <source>Er is een dader gekozen maar de dader staat op ‘onbekend’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="480"/>
        <source>‘gemeld door’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="483"/>
        <source>‘aangenomen door’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="485"/>
        <source>de locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="488"/>
        <source>de omschrijving van de dader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="494"/>
        <source>de getuigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="497"/>
        <source>de impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="505"/>
        <source>Een geanonimiseerd incident kan niet meer worden gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="525"/>
        <source>{label} is geen geldig bedrag. Schrijf bijvoorbeeld 1.234,56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="531"/>
        <source>{label} mag niet negatief zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="535"/>
        <source>{label} is onwaarschijnlijk hoog. Controleer het bedrag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="647"/>
        <source>{label}: ongeldige datum. Gebruik dd-mm-jjjj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="653"/>
        <source>de omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="654"/>
        <source>de eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="655"/>
        <source>de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="657"/>
        <source>de datum van afronding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="663"/>
        <source>Onbekend gegeven ‘{k}’ bij deze opvolging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="681"/>
        <source>{label}: kies uit {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="688"/>
        <source>Het PV-nummer is ongeldig. Gebruik 4 tot 40 letters, cijfers, spaties of de tekens - . en /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/incidents.py" line="702"/>
        <source>De einddatum van de sanctie ligt vóór de ingangsdatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="136"/>
        <source>0 — emotioneel gedrag, geen incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="137"/>
        <source>1 — grensoverschrijdend, niet strafbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="138"/>
        <source>2 — licht strafbaar (bijv. belediging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="139"/>
        <source>3 — ernstig (bedreiging, stalking, doxing, vernieling, intimidatie bij de woning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="140"/>
        <source>4 — zeer ernstig (fysiek geweld, wapens, brandstichting)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="134"/>
        <source>de naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="136"/>
        <source>de omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="141"/>
        <source>Vul een naam in, of bij een onbekende persoon een omschrijving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="144"/>
        <source>Vul de naam in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="146"/>
        <source>Kies de rol van de ambtsdrager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="149"/>
        <source>Kies de ambtsdrager bij wie deze naaste hoort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="151"/>
        <source>het begin van de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="152"/>
        <source>het einde van de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="155"/>
        <source>Het einde van de termijn ligt vóór het begin. Controleer beide datums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="159"/>
        <source>de datum van de zelfscan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="160"/>
        <source>de datum van de woningscan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="163"/>
        <source>de datum van het beveiligingsadvies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="171"/>
        <source>de geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="177"/>
        <source>het telefoonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="180"/>
        <source>Het telefoonnummer is ongeldig. Gebruik alleen cijfers, spaties, +, - en haakjes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="183"/>
        <source>het e-mailadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="186"/>
        <source>Het e-mailadres is ongeldig, bijvoorbeeld: naam@gemeente.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="188"/>
        <source>het adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="191"/>
        <source>Een adres wordt alleen bij een betrokkene vastgelegd; woonadressen van ambtsdragers niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="202"/>
        <source>de partij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="205"/>
        <source>de portefeuilles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="214"/>
        <source>het kenmerk van het advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="220"/>
        <source>de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="222"/>
        <source>de functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/people.py" line="230"/>
        <source>Onbekend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="44"/>
        <source>Vul {label} in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="47"/>
        <source>{label} is te lang: {n} tekens, maximaal {max}. Kort de tekst in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="55"/>
        <source>{label} bevat een onzichtbaar stuurteken. Typ de tekst opnieuw zonder dat teken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="80"/>
        <source>{label} ligt buiten het toegestane bereik ({start}–2100). Controleer het jaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="87"/>
        <source>{label} ligt in de toekomst. Vul een datum in van vandaag of eerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="118"/>
        <source>de naam van de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="123"/>
        <source>de naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="193"/>
        <source>Het wachtwoord is te kort: gebruik minstens {n} tekens, bijvoorbeeld een zin van vier of vijf woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="201"/>
        <source>Het wachtwoord is te lang (maximaal {n} tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="206"/>
        <source>Het wachtwoord bevat een stuurteken. Gebruik alleen gewone tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="211"/>
        <source>Het wachtwoord is te zwak. Maak het langer of voeg woorden, cijfers of leestekens toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="219"/>
        <source>De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord twee keer hetzelfde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="243"/>
        <source>Onbekend onderdeel van het stappenplan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="244"/>
        <source>de eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="245"/>
        <source>de notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="246"/>
        <source>de streefdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/domain/rules.py" line="277"/>
        <source>{done} van {total} gereed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../veiligbestuur_desktop/services/attachments.py" line="24"/>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="175"/>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="207"/>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="265"/>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="350"/>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="392"/>
        <source>Dit incident bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/attachments.py" line="31"/>
        <source>Bijlage toegevoegd ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/attachments.py" line="45"/>
        <location filename="../../veiligbestuur_desktop/services/attachments.py" line="67"/>
        <source>Deze bijlage bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/attachments.py" line="71"/>
        <source>De bijlage kon niet worden verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/attachments.py" line="72"/>
        <source>Bijlage verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="74"/>
        <source>Kies 1 tot 60 dagelijkse en 0 tot 52 wekelijkse back-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="154"/>
        <source>In {dir} staat al een kluis. Bevestig dat die moet worden vervangen (in de applicatie, of met --force); de huidige kluis wordt dan eerst apart bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/backup.py" line="175"/>
        <source>De back-up is niet in orde en is niet teruggezet: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="149"/>
        <source>Een slachtoffer moet een ambtsdrager of een naaste zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="156"/>
        <source>Kies als dader een betrokkene uit de lijst met personen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="166"/>
        <source>Incident geregistreerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="187"/>
        <source>Status gewijzigd naar ‘{s}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="191"/>
        <source>Gegevens bijgewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="253"/>
        <source>Incident {n} bestaat niet. Controleer het nummer (bijvoorbeeld 2026-014).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="331"/>
        <source>naaste ({rel})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="331"/>
        <source>naaste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="333"/>
        <source>van {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="345"/>
        <source>De datum van afvinken ligt in de toekomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="353"/>
        <source>Afgevinkt: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="355"/>
        <source>Vinkje weggehaald: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="370"/>
        <source>Deze opvolging bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="380"/>
        <source>{title}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/incidents.py" line="395"/>
        <source>Opvolging toegevoegd: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/lifecycle.py" line="33"/>
        <source>de naam van de coördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/lifecycle.py" line="123"/>
        <source>De automatische back-up van vandaag is niet gelukt: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/lifecycle.py" line="140"/>
        <source>Voor het bijwerken van de database kon geen kopie worden gemaakt ({err}). Er is niets gewijzigd. Maak ruimte vrij op de schijf en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="25"/>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="51"/>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="80"/>
        <source>Deze persoon bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="33"/>
        <source>Een naaste moet horen bij een bestaande ambtsdrager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="66"/>
        <source>Deze persoon is gekoppeld aan {n} incident(en) en kan daarom niet worden verwijderd. Ontkoppel de persoon eerst, of laat de gegevens staan tot de bewaartermijn verloopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/persons.py" line="74"/>
        <source>Aan deze ambtsdrager zijn {n} naaste(n) gekoppeld. Verwijder of verplaats die eerst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/vault_admin.py" line="27"/>
        <source>wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/vault_admin.py" line="28"/>
        <source>herstelsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/vault_admin.py" line="29"/>
        <source>sleutelbos van een werkplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/vault_admin.py" line="54"/>
        <source>U kunt de sleutel waarmee u nu bent ingelogd niet verwijderen. Log in met een andere sleutel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/vault_admin.py" line="70"/>
        <source>Deze kluis heeft geen wachtwoord om te wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="29"/>
        <source>in orde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="29"/>
        <source>FOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="32"/>
        <source>Resultaat: alle controles geslaagd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="34"/>
        <source>Resultaat: er zijn problemen gevonden. Zet zo nodig de nieuwste back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="50"/>
        <source>Databasestructuur (integrity_check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="56"/>
        <source>Versleuteling (cipher_integrity_check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="58"/>
        <source>{n} beschadigde pagina(&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="67"/>
        <source>Audittrail (hashketen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="69"/>
        <source>{n} regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="71"/>
        <source>eerste verbroken schakel bij regel {id} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/services/verify.py" line="80"/>
        <source>Schemaversie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../build/vocab_strings.py" line="96"/>
        <source>Beleid formuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="97"/>
        <source>Beleid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="98"/>
        <source>Onderwerp afbakenen, grenzen bepalen en beleid bekrachtigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="99"/>
        <source>Mediabeleid bepalen en woordvoerder(s) aanwijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="100"/>
        <source>Preventieve maatregelen nemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="101"/>
        <source>Preventie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="102"/>
        <source>Risicoanalyse opstellen: generiek en per beleidsgebied, eventueel per persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="103"/>
        <source>Communicatie, trainingen en protocollen opzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="104"/>
        <source>Zo nodig actief beveiligen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="105"/>
        <source>Voorbereid zijn op incidenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="106"/>
        <source>Voorbereiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="107"/>
        <source>Ketenafspraken maken met gemeente(n), politie, OM en NCTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="108"/>
        <source>Opvang, nazorg en repressie voorbereiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="109"/>
        <source>Meld- en registratiesysteem opzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="110"/>
        <source>Sanctiebeleid bepalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="111"/>
        <source>Maatregelen blijvend uitvoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="112"/>
        <source>Uitvoering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="113"/>
        <source>Voorgenomen maatregelen en protocollen laten uitvoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="114"/>
        <source>Operationele risicoanalyses laten uitvoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="115"/>
        <source>Incidenten intern regelmatig bespreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="116"/>
        <source>Vermijdingsgedrag bij collega-bestuurders signaleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="117"/>
        <source>Actief communiceren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="118"/>
        <source>Communicatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="119"/>
        <source>Normen blijven uitdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="120"/>
        <source>Genomen besluiten toelichten en uitleggen aan betrokkenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="121"/>
        <source>In gesprek blijven met ‘lastige’ personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="122"/>
        <source>Handelen bij incidenten en bedreigingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="123"/>
        <source>Incidenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="124"/>
        <source>Protocollen volgen en opsporing faciliteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="125"/>
        <source>Wijzen op De Vertrouwenslijn en het Ondersteuningsteam Weerbaar Bestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="126"/>
        <source>Incidenten analyseren en registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="127"/>
        <source>Incidenten nabespreken met het slachtoffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="128"/>
        <source>Sancties afwegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="129"/>
        <source>Bij een strafbaar feit aangifte doen en schade verhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="130"/>
        <source>Controleren op uitvoering en effectiviteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="131"/>
        <source>Evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="132"/>
        <source>Incidenten systematisch evalueren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="133"/>
        <source>Per zittings- of collegetermijn de uitgangspunten herijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="134"/>
        <source>Processen controleren en jaarlijks evalueren naar aanleiding van incidenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="135"/>
        <source>Waar nodig beleid en maatregelen bijstellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../veiligbestuur_desktop/store/migrate.py" line="46"/>
        <source>Deze database is gemaakt met een nieuwere versie van VeiligBestuur (schema {rev}). Installeer de nieuwste versie van de applicatie; er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="84"/>
        <source>{p} is een map; kies een bestandsnaam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="87"/>
        <source>De map {p} bestaat niet. Kies een bestaande map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="118"/>
        <source>De back-up kon niet worden geschreven naar {dest} ({err}). Er is geen half bestand achtergebleven en de kluis is niet gewijzigd. Controleer de vrije ruimte of kies een andere plek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="133"/>
        <source>{p} is geen geldig back-upbestand van VeiligBestuur, of het is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="143"/>
        <source>Deze back-up is gemaakt met een nieuwere versie van VeiligBestuur. Werk de applicatie bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/backup.py" line="163"/>
        <source>Het back-upbestand {p} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/database.py" line="44"/>
        <source>De versleuteling (SQLCipher) is niet beschikbaar in deze installatie. De database wordt niet geopend. Installeer de applicatie opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/database.py" line="103"/>
        <source>De kluis is vergrendeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/keyring_slot.py" line="62"/>
        <source>Op deze werkplek is geen beveiligde sleutelbos beschikbaar (geen sessiebus voor Secret Service). De optie ‘Onthoud op deze werkplek’ is daarom niet beschikbaar; u ontgrendelt met uw wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/keyring_slot.py" line="67"/>
        <source>Op deze werkplek is geen beveiligde sleutelbos beschikbaar (Windows Referentiebeheer, macOS-sleutelhanger of Secret Service). De optie ‘Onthoud op deze werkplek’ is daarom niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/recovery.py" line="42"/>
        <source>Dit is geen geldige herstelsleutel: die bestaat uit {n} tekens in groepjes van vier (bijvoorbeeld ABCD-EFGH-…). Controleer wat u heeft overgetypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/recovery.py" line="51"/>
        <source>De herstelsleutel bevat een typfout (de controletekens kloppen niet). Controleer elk groepje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="193"/>
        <source>De kluis is vergrendeld. Ontgrendel eerst met uw wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="215"/>
        <source>Geef de sleutel een naam van 1 tot 60 tekens, bijvoorbeeld ‘Plaatsvervanger’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="220"/>
        <source>Er is al een sleutel met de naam ‘{n}’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="235"/>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="248"/>
        <source>Deze sleutel bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="252"/>
        <source>Dit is het laatste wachtwoord van de kluis; dat kan niet worden verwijderd. Voeg eerst een ander wachtwoord toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="260"/>
        <source>De herstelsleutel kan niet worden verwijderd, alleen vervangen (Nieuwe herstelsleutel maken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="321"/>
        <source>Geef het wachtwoord van ten minste één sleutel op die blijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="334"/>
        <source>Het wachtwoord van sleutel ‘{n}’ klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="431"/>
        <source>In {dir} staat al een kluis. Er is niets gewijzigd; kies een andere map of open de bestaande kluis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="468"/>
        <source>Het sleutelbestand is gemaakt met een nieuwere versie van VeiligBestuur. Installeer de nieuwste versie; er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="477"/>
        <source>Beide kopieën van het sleutelbestand ({name}) zijn beschadigd. Er is niets gewijzigd. Zet de nieuwste back-up terug (Herstellen…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="487"/>
        <source>Het sleutelbestand ({name}) ontbreekt naast de database in {dir}. Zonder dit bestand kan de database niet worden geopend. Zet het terug uit een back-up (Herstellen…); er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="495"/>
        <source>In {dir} staat geen kluis. Controleer de map, of maak een nieuwe kluis met `veiligbestuur init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="503"/>
        <source>Het sleutelbestand was beschadigd of ontbrak; de tweede kopie is gebruikt. Maak zo snel mogelijk een nieuwe back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="511"/>
        <source>De database ({name}) ontbreekt in {dir}. Zet de nieuwste back-up terug via Herstellen…; er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="549"/>
        <source>Het wachtwoord klopt niet. Let op hoofdletters en de Caps Lock-toets. Kwijt? Gebruik de herstelsleutel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="563"/>
        <source>Deze herstelsleutel past niet bij deze kluis. Controleer of u de sleutel van deze gemeente en deze database gebruikt (het database-id staat op het blad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="574"/>
        <source>Deze kluis wordt niet onthouden op deze werkplek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="580"/>
        <source>De sleutelbos van deze werkplek is veranderd sinds de kluis hier werd onthouden. Ontgrendel met uw wachtwoord en zet ‘Onthoud op deze werkplek’ daarna opnieuw aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="589"/>
        <source>De sleutel in de sleutelbos van deze werkplek ontbreekt of is gewijzigd. Ontgrendel met uw wachtwoord; daarna kunt u ‘Onthoud op deze werkplek’ opnieuw aanzetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="598"/>
        <source>De sleutel in de sleutelbos past niet meer bij deze kluis. Ontgrendel met uw wachtwoord en zet ‘Onthoud op deze werkplek’ daarna opnieuw aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="656"/>
        <source>Een eerder onderbroken vervanging van de sleutel is afgerond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../veiligbestuur_desktop/vault/vault.py" line="658"/>
        <source>Een eerder onderbroken vervanging van de sleutel is teruggedraaid; de oude sleutel blijft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../build/vocab_strings.py" line="2"/>
        <source>niet gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="3"/>
        <source>bezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="4"/>
        <source>gereed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="5"/>
        <source>n.v.t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="6"/>
        <source>aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="7"/>
        <source>gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="8"/>
        <source>verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="9"/>
        <source>geëxporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="10"/>
        <source>afgedrukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="11"/>
        <source>ontgrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="12"/>
        <source>mislukte ontgrendeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="13"/>
        <source>vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="14"/>
        <source>back-up gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="15"/>
        <source>back-up teruggezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="16"/>
        <source>opgeschoond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="17"/>
        <source>sleutel gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="18"/>
        <source>database bijgewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="19"/>
        <source>persoonlijk contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="20"/>
        <source>telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="21"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="22"/>
        <source>brief / post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="23"/>
        <source>sociale media / internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="24"/>
        <source>bij de woning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="25"/>
        <source>vergadering / publieke tribune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="26"/>
        <source>openbare ruimte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="27"/>
        <source>niet ernstig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="28"/>
        <source>minder ernstig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="29"/>
        <source>ernstig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="30"/>
        <source>zeer ernstig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="31"/>
        <source>gemeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="32"/>
        <source>geregistreerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="33"/>
        <source>in behandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="34"/>
        <source>nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="35"/>
        <source>afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="36"/>
        <source>geëvalueerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="37"/>
        <source>geanonimiseerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="38"/>
        <source>de persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="39"/>
        <source>het ambt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="40"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="41"/>
        <source>individu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="42"/>
        <source>collectief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="43"/>
        <source>namens bedrijf, organisatie of groepering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="44"/>
        <source>bestuurder onderling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="45"/>
        <source>Protocol gevolgd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="46"/>
        <source>Opsporing gefaciliteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="47"/>
        <source>Gewezen op De Vertrouwenslijn en het Ondersteuningsteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="48"/>
        <source>Incident geanalyseerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="49"/>
        <source>Incident geregistreerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="50"/>
        <source>Nabesproken met het slachtoffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="51"/>
        <source>Sancties afgewogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="52"/>
        <source>Aangifte gedaan bij strafbaar feit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="53"/>
        <source>Schade verhaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="54"/>
        <source>Melding / aangifte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="55"/>
        <source>Nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="56"/>
        <source>Reactie naar dader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="57"/>
        <source>Sancties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="58"/>
        <source>Schadeverhaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="59"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="60"/>
        <source>niet ernstig genoeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="61"/>
        <source>hoort bij de functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="62"/>
        <source>politie doet toch niets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="63"/>
        <source>andere reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="64"/>
        <source>door het slachtoffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="65"/>
        <source>door de gemeente als werkgever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="66"/>
        <source>domicilie op het gemeentehuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="67"/>
        <source>aangifte onder nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="68"/>
        <source>schriftelijke waarschuwing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="69"/>
        <source>ordegesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="70"/>
        <source>toegangsverbod gemeentehuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="71"/>
        <source>gebiedsverbod (art. 172a Gemeentewet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="72"/>
        <source>gedragsaanwijzing via het OM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="73"/>
        <source>voegen in het strafproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="74"/>
        <source>civiele vordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="75"/>
        <source>Schadefonds Geweldsmisdrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="76"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="77"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="78"/>
        <source>ambtsdrager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="79"/>
        <source>naaste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="80"/>
        <source>betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="81"/>
        <source>contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="82"/>
        <source>burgemeester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="83"/>
        <source>wethouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="84"/>
        <source>raadslid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="85"/>
        <source>commissielid / burgerraadslid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="86"/>
        <source>fractiemedewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="87"/>
        <source>griffier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="88"/>
        <source>gemeentesecretaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="89"/>
        <source>oud-ambtsdrager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="90"/>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="91"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="92"/>
        <source>ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="93"/>
        <source>ander familielid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="94"/>
        <source>huisgenoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/vocab_strings.py" line="95"/>
        <source>anders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
