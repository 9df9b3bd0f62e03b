<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AccountForm</name>
        <message>
            <location filename="../ui/accounts/account_form.py" line="+58" />
            <source>Edit account</source>
            <translation>Konto bearbeiten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New account</source>
            <translation>Neues Konto</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Any form: (212) 555-0100, +1 212 555 0100</source>
            <translation>Beliebiges Format: (212) 555-0100, +1 212 555 0100</translation>
        </message>
        <message>
            <location line="+5" />
            <source>NY</source>
            <translation>NY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>10001 or 10001-1234</source>
            <translation>10001 oder 10001-1234</translation>
        </message>
        <message>
            <location line="+2" />
            <source>YYYY-MM-DD (optional)</source>
            <translation>JJJJ-MM-TT (optional)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a role</source>
            <translation>Rolle wählen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a department</source>
            <translation>Abteilung wählen</translation>
        </message>
        <message>
            <location line="+14" />
            <source>YYYY-MM-DD, not in the future</source>
            <translation>JJJJ-MM-TT, nicht in der Zukunft</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Custom field</source>
            <translation>Benutzerdefiniertes Feld</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value (100 characters at most)</source>
            <translation>Wert (höchstens 100 Zeichen)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+43" />
            <source>Custom fields</source>
            <translation>Benutzerdefinierte Felder</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Add field</source>
            <translation>Feld hinzufügen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove field</source>
            <translation>Feld entfernen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>Bundesstaat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth date</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employee id</source>
            <translation>Personalnummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timezone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Job title</source>
            <translation>Stellenbezeichnung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start date</source>
            <translation>Eintrittsdatum</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Will be sent as {phone}</source>
            <translation>Wird als {phone} gesendet</translation>
        </message>
    </context>
    <context>
        <name>AccountRules</name>
        <message>
            <location filename="../services/accounts/rules.py" line="+107" />
            <source>Location {id} no longer exists in WorkTaps. Pick another.</source>
            <translation>Den Standort {id} gibt es in WorkTaps nicht mehr. Wählen Sie einen anderen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Department {id} no longer exists in WorkTaps. Pick another.</source>
            <translation>Die Abteilung {id} gibt es in WorkTaps nicht mehr. Wählen Sie eine andere.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter a first name.</source>
            <translation>Geben Sie einen Vornamen ein.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a last name.</source>
            <translation>Geben Sie einen Nachnamen ein.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter an email address or a phone number.</source>
            <translation>Geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep a phone number or an email address: an account needs one of them.</source>
            <translation>Behalten Sie eine Telefonnummer oder eine E-Mail-Adresse: Ein Konto braucht eines davon.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose at least one location.</source>
            <translation>Wählen Sie mindestens einen Standort.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a department.</source>
            <translation>Wählen Sie eine Abteilung.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a role.</source>
            <translation>Wählen Sie eine Rolle.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a time zone.</source>
            <translation>Wählen Sie eine Zeitzone.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the last day of work.</source>
            <translation>Geben Sie den letzten Arbeitstag ein.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a job title.</source>
            <translation>Geben Sie eine Stellenbezeichnung ein.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the start date.</source>
            <translation>Geben Sie das Eintrittsdatum ein.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a valid email address, like name@example.com.</source>
            <translation>Geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.com.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a phone number that exists, like (202) 234-5678, or +44 20 7946 0958 with its country code.</source>
            <translation>Geben Sie eine existierende Telefonnummer ein, etwa (202) 234-5678, oder +44 20 7946 0958 mit Ländervorwahl.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose at least one location from the list.</source>
            <translation>Wählen Sie mindestens einen Standort aus der Liste.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a role: Employee, Manager or Owner.</source>
            <translation>Wählen Sie eine Rolle: Employee, Manager oder Owner.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the start date as a date, like 2026-02-01.</source>
            <translation>Geben Sie das Eintrittsdatum als Datum ein, etwa 2026-02-01.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The start date cannot be in the future.</source>
            <translation>Das Eintrittsdatum darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a time zone from the list, like America/New_York.</source>
            <translation>Wählen Sie eine Zeitzone aus der Liste, etwa America/New_York.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the state as its two-letter code, like NY.</source>
            <translation>Geben Sie den Bundesstaat mit seinem Zwei-Buchstaben-Code ein, etwa NY.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the ZIP code as 5 digits, or 5+4 like 10001-1234.</source>
            <translation>Geben Sie die Postleitzahl mit 5 Ziffern ein, oder 5+4 wie 10001-1234.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the last day of work as a date, like 01/20/2026 or 2026-01-20.</source>
            <translation>Geben Sie den letzten Arbeitstag als Datum ein, etwa 01/20/2026 oder 2026-01-20.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The last day of work cannot be in the future.</source>
            <translation>Der letzte Arbeitstag darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another account already has this email address.</source>
            <translation>Ein anderes Konto hat diese E-Mail-Adresse bereits.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another account already has this phone number.</source>
            <translation>Ein anderes Konto hat diese Telefonnummer bereits.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This person manages open jobs ({jobs}); give those jobs to someone else before changing the role.</source>
            <translation>Diese Person leitet offene Aufträge ({jobs}); übergeben Sie diese an jemand anderen, bevor Sie die Rolle ändern.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Another account already has this email address: {whose}.</source>
            <translation>Ein anderes Konto hat diese E-Mail-Adresse bereits: {whose}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Another account already has this phone number: {whose}.</source>
            <translation>Ein anderes Konto hat diese Telefonnummer bereits: {whose}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Custom field {key} holds at most 100 characters (it has {length}).</source>
            <translation>Das benutzerdefinierte Feld {key} fasst höchstens 100 Zeichen (es hat {length}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give each custom field a name.</source>
            <translation>Geben Sie jedem benutzerdefinierten Feld einen Namen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom field {key} is there twice; use each name once.</source>
            <translation>Das benutzerdefinierte Feld {key} kommt zweimal vor; verwenden Sie jeden Namen nur einmal.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{key} has its own box above; give this custom field another name.</source>
            <translation>{key} hat oben ein eigenes Feld; geben Sie diesem benutzerdefinierten Feld einen anderen Namen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A job title holds at most 100 characters.</source>
            <translation>Eine Stellenbezeichnung fasst höchstens 100 Zeichen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the birth date as a date, like 1990-12-10.</source>
            <translation>Geben Sie das Geburtsdatum als Datum ein, etwa 1990-12-10.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The birth date cannot be in the future.</source>
            <translation>Das Geburtsdatum darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the location's name.</source>
            <translation>Geben Sie den Namen des Standorts ein.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A location keeps a name; enter one.</source>
            <translation>Ein Standort behält einen Namen; geben Sie einen ein.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This person manages open jobs ({jobs}); give those jobs to someone else before terminating the account.</source>
            <translation>Diese Person leitet offene Aufträge ({jobs}); übergeben Sie diese an jemand anderen, bevor Sie das Konto beenden.</translation>
        </message>
    </context>
    <context>
        <name>AccountsController</name>
        <message>
            <location filename="../ui/accounts/controller.py" line="+98" />
            <source>loading WorkTaps accounts</source>
            <translation>Laden der WorkTaps-Konten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Loading WorkTaps accounts…</source>
            <translation>WorkTaps-Konten werden geladen…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>searching WorkTaps</source>
            <translation>Suchen in WorkTaps</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Account {name} created in WorkTaps</source>
            <translation>Konto von {name} in WorkTaps angelegt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Account {name} updated in WorkTaps</source>
            <translation>Konto von {name} in WorkTaps aktualisiert</translation>
        </message>
        <message>
            <location line="+31" />
            <source>WorkTaps did not answer; the change waits in the outbox.</source>
            <translation>WorkTaps hat nicht geantwortet; die Änderung wartet im Postausgang.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>sending to WorkTaps</source>
            <translation>Senden an WorkTaps</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Account {name} ended in WorkTaps (last day {day})</source>
            <translation>Konto von {name} in WorkTaps beendet (letzter Tag {day})</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Location {name} saved</source>
            <translation>Standort {name} gespeichert</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <location filename="../ui/accounts/page.py" line="+154" />
            <source>WorkTaps accounts</source>
            <translation>WorkTaps-Konten</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Search accounts</source>
            <translation>Konten durchsuchen</translation>
        </message>
        <message>
            <location line="-87" />
            <location line="+43" />
            <location line="+45" />
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+13" />
            <source>Exact email</source>
            <translation>Genaue E-Mail-Adresse</translation>
        </message>
        <message>
            <location line="-98" />
            <location line="+40" />
            <location line="+59" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="-112" />
            <location line="+49" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="-47" />
            <location line="+57" />
            <source>Employee id</source>
            <translation>Personalnummer</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+45" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="-34" />
            <location line="+44" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location line="-39" />
            <location line="+43" />
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <location line="-41" />
            <location line="+13" />
            <source>Job title</source>
            <translation>Stellenbezeichnung</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+12" />
            <source>Start date</source>
            <translation>Eintrittsdatum</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Birth date</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Timezone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <location line="+9" />
            <source>In WorkTaps since</source>
            <translation>In WorkTaps seit</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Search by name, email, phone or employee id…</source>
            <translation>Nach Name, E-Mail, Telefon oder Personalnummer suchen…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Phone, any form</source>
            <translation>Telefon, beliebiges Format</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Field, e.g. jobTitle</source>
            <translation>Feld, z. B. jobTitle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom field</source>
            <translation>Benutzerdefiniertes Feld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom field's value</source>
            <translation>Wert des benutzerdefinierten Felds</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Searches the accounts this console holds, as you type</source>
            <translation>Durchsucht beim Tippen die Konten, die diese Konsole hat</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A filter WorkTaps applies: Search WorkTaps asks it</source>
            <translation>Ein Filter, den WorkTaps anwendet: „In WorkTaps suchen“ fragt danach</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search &amp;WorkTaps</source>
            <translation>In &amp;WorkTaps suchen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show all</source>
            <translation>Alle zeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New account…</source>
            <translation>&amp;Neues Konto…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Terminate…</source>
            <translation>Been&amp;den…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh from WorkTaps</source>
            <translation>Aus WorkTaps aktualisieren</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+136" />
            <source>Select an account to see it here.</source>
            <translation>Wählen Sie ein Konto aus, um es hier zu sehen.</translation>
        </message>
        <message>
            <location line="-122" />
            <source>The server's own filters</source>
            <translation>Eigene Filter des Servers</translation>
        </message>
        <message>
            <location line="+53" />
            <source>All departments</source>
            <translation>Alle Abteilungen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any location</source>
            <translation>Beliebiger Standort</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln Konto</numerusform>
                <numerusform>%Ln Konten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%Ln account(s) match the server's filters</source>
            <translation>
                <numerusform>%Ln Konto entspricht den Filtern des Servers</numerusform>
                <numerusform>%Ln Konten entsprechen den Filtern des Servers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApiAddress</name>
        <message>
            <location filename="../api/_http.py" line="+114" />
            <source>The {service} address is not a valid web address.</source>
            <translation>Die Adresse von {service} ist keine gültige Webadresse.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The {service} address must not hold a user name or password.</source>
            <translation>Die Adresse von {service} darf keinen Benutzernamen und kein Passwort enthalten.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The {service} address must start with https:// (plain http:// is allowed only to this computer, such as the sandbox); got {address}.</source>
            <translation>Die Adresse von {service} muss mit https:// beginnen (unverschlüsseltes http:// ist nur zu diesem Computer erlaubt, etwa zur Testumgebung); angegeben wurde {address}.</translation>
        </message>
    </context>
    <context>
        <name>ApiError</name>
        <message>
            <location line="+157" />
            <source>{service} sent an answer larger than {megabytes} MB; Front Desk stopped reading it.</source>
            <translation>{service} hat eine Antwort von mehr als {megabytes} MB gesendet; Front Desk hat aufgehört, sie zu lesen.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{service} did not finish answering within {seconds} seconds. Check the network and try again.</source>
            <translation>{service} hat nicht innerhalb von {seconds} Sekunden fertig geantwortet. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{service} did not answer in time. Check the network and try again.</source>
            <translation>{service} hat nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The connection to {service} is not secure: its certificate is not trusted.</source>
            <translation>Die Verbindung zu {service} ist nicht sicher: Seinem Zertifikat wird nicht vertraut.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not reach {service}. Check the network connection.</source>
            <translation>{service} ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The connection to {service} was lost. Check the network and try again.</source>
            <translation>Die Verbindung zu {service} ist abgebrochen. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>{service} sent an answer Front Desk cannot read (expected {what}).</source>
            <translation>{service} hat eine Antwort gesendet, die Front Desk nicht lesen kann (erwartet: {what}).</translation>
        </message>
        <message>
            <location filename="../api/errors.py" line="+167" />
            <source>{service}'s hourly request limit is used up; it resets at {when}.</source>
            <translation>Das stündliche Anfragelimit von {service} ist aufgebraucht; es wird um {when} zurückgesetzt.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Check the {field}: {said}</source>
            <translation>Prüfen Sie das Feld „{field}“: {said}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the {field}.</source>
            <translation>Prüfen Sie das Feld „{field}“.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>WorQ did not accept the partner name and key. Check them under Console › Connections.</source>
            <translation>WorQ hat Partnername und Partnerschlüssel nicht akzeptiert. Prüfen Sie sie unter Konsole › Verbindungen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter the dates as YYYY-MM-DD, the start no later than the end ({said}).</source>
            <translation>Geben Sie die Daten als JJJJ-MM-TT ein, den Beginn nicht nach dem Ende ({said}).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{service} refused the request: {reason}.</source>
            <translation>{service} hat die Anfrage abgelehnt: {reason}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{service} refused the request: no reason given.</source>
            <translation>{service} hat die Anfrage ohne Angabe von Gründen abgelehnt.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{service} did not accept the API key. Check the key under Console › Connections.</source>
            <translation>{service} hat den API-Schlüssel nicht akzeptiert. Prüfen Sie ihn unter Konsole › Verbindungen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The {service} API key may not do this. Ask for a key with more access.</source>
            <translation>Der API-Schlüssel von {service} darf das nicht. Fordern Sie einen Schlüssel mit mehr Rechten an.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{service} has no such record; it may have been removed. Refresh and try again.</source>
            <translation>{service} hat diesen Datensatz nicht; er wurde vielleicht entfernt. Aktualisieren Sie und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{service} had a problem on its side ({status}). Try again in a few minutes.</source>
            <translation>{service} hatte ein Problem auf seiner Seite ({status}). Versuchen Sie es in ein paar Minuten erneut.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{service} gave an answer Front Desk does not expect (status {status}).</source>
            <translation>{service} hat eine Antwort gegeben, die Front Desk nicht erwartet (Status {status}).</translation>
        </message>
    </context>
    <context>
        <name>ApiExpected</name>
        <message>
            <location filename="../api/_http.py" line="-132" />
            <source>an answer it could decode</source>
            <translation>eine Antwort, die es entschlüsseln kann</translation>
        </message>
        <message>
            <location filename="../api/worktaps.py" line="+74" />
            <source>a list of accounts</source>
            <translation>eine Liste von Konten</translation>
        </message>
        <message>
            <location line="+22" />
            <source>an account</source>
            <translation>ein Konto</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the new account</source>
            <translation>das neue Konto</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the account</source>
            <translation>das Konto</translation>
        </message>
        <message>
            <location line="+21" />
            <source>a list of departments</source>
            <translation>eine Liste von Abteilungen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>a list of locations</source>
            <translation>eine Liste von Standorten</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the new location</source>
            <translation>der neue Standort</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the location</source>
            <translation>der Standort</translation>
        </message>
        <message>
            <location filename="../api/worktime.py" line="+34" />
            <source>a JSON object with "success" and "data"</source>
            <translation>ein JSON-Objekt mit "success" und "data"</translation>
        </message>
        <message>
            <location line="+46" />
            <source>the organization</source>
            <translation>die Organisation</translation>
        </message>
        <message>
            <location line="+17" />
            <source>a list of employees</source>
            <translation>eine Liste von Mitarbeitenden</translation>
        </message>
        <message>
            <location line="+15" />
            <source>an employee</source>
            <translation>eine mitarbeitende Person</translation>
        </message>
        <message>
            <location line="+25" />
            <source>the new employee</source>
            <translation>die neue mitarbeitende Person</translation>
        </message>
        <message>
            <location line="+28" />
            <source>the employee</source>
            <translation>die mitarbeitende Person</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the deleted employee</source>
            <translation>die gelöschte mitarbeitende Person</translation>
        </message>
        <message>
            <location line="+30" />
            <source>attendance records</source>
            <translation>Anwesenheitsdatensätze</translation>
        </message>
        <message>
            <location line="+41" />
            <source>the clock entry</source>
            <translation>die Stempelung</translation>
        </message>
        <message>
            <location line="+14" />
            <source>payroll rows</source>
            <translation>Lohnabrechnungszeilen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>an Excel (.xlsx) workbook</source>
            <translation>eine Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>a list of locks</source>
            <translation>eine Liste von Schlössern</translation>
        </message>
        <message>
            <location line="+20" />
            <source>a list of lock events</source>
            <translation>eine Liste von Schlossereignissen</translation>
        </message>
        <message>
            <location filename="../api/worq.py" line="+23" />
            <source>a JSON object with "status", "messages" and "result"</source>
            <translation>ein JSON-Objekt mit "status", "messages" und "result"</translation>
        </message>
        <message>
            <location line="+95" />
            <source>employee data</source>
            <translation>Mitarbeiterdaten</translation>
        </message>
        <message>
            <location line="+16" />
            <source>an access token</source>
            <translation>ein Zugriffstoken</translation>
        </message>
    </context>
    <context>
        <name>ApiWebhooks</name>
        <message>
            <location filename="../api/webhooks.py" line="+115" />
            <source>the console's webhook receiver</source>
            <translation>den Webhook-Empfänger der Konsole</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+10" />
            <source>the sandbox</source>
            <translation>die Testumgebung</translation>
        </message>
        <message>
            <location line="-7" />
            <source>The sandbox refused the webhook address: {said}</source>
            <translation>Die Testumgebung hat die Webhook-Adresse abgelehnt: {said}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The sandbox could not send a test event.</source>
            <translation>Die Testumgebung konnte kein Testereignis senden.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Could not reach {what}: {reason}</source>
            <translation>{what} ist nicht erreichbar: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AttendanceController</name>
        <message>
            <location filename="../ui/attendance/controller.py" line="+59" />
            <source>loading attendance from {start} to {end}</source>
            <translation>Laden der Anwesenheit vom {start} bis {end}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Loading attendance {start} to {end}…</source>
            <translation>Anwesenheit vom {start} bis {end} wird geladen…</translation>
        </message>
        <message>
            <location line="+61" />
            <source>{what}: saved, sending now.</source>
            <translation>{what}: gespeichert, wird jetzt gesendet.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{what}: sent at once.</source>
            <translation>{what}: sofort gesendet.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{what}: sent %Ln second(s) after it was saved.</source>
            <translation>
                <numerusform>{what}: %Ln Sekunde nach dem Speichern gesendet.</numerusform>
                <numerusform>{what}: %Ln Sekunden nach dem Speichern gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>WorkTime One could not confirm it.</source>
            <translation>WorkTime One konnte es nicht bestätigen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{what}: not sent. {why} See the Outbox.</source>
            <translation>{what}: nicht gesendet. {why} Siehe Postausgang.</translation>
        </message>
    </context>
    <context>
        <name>AttendancePage</name>
        <message>
            <location filename="../ui/attendance/page.py" line="+46" />
            <source>All departments</source>
            <translation>Alle Abteilungen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No clock-out</source>
            <translation>Gehen-Buchung fehlt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Absent</source>
            <translation>Abwesend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entered through a lock, never clocked in</source>
            <translation>Durch ein Schloss gekommen, nie eingestempelt</translation>
        </message>
        <message>
            <location line="+28" />
            <source>clock-in {time}</source>
            <translation>Kommen {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>clock-out {time}</source>
            <translation>Gehen {time}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>on its way</source>
            <translation>unterwegs</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{n} min</source>
            <translation>{n} Min.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{problem}: fixed by a correction ({fixed})</source>
            <translation>{problem}: durch eine Korrektur behoben ({fixed})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Clock in</source>
            <translation>Kommen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clock out</source>
            <translation>Gehen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Late</source>
            <translation>Verspätung</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Left early</source>
            <translation>Früher gegangen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Attendance of the period</source>
            <translation>Anwesenheit im Zeitraum</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Search person…</source>
            <translation>Person suchen…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search person</source>
            <translation>Person suchen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shows only the days of people whose name holds these words</source>
            <translation>Zeigt nur die Tage von Personen, deren Name diese Wörter enthält</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+53" />
            <source>Any lock</source>
            <translation>Beliebiges Schloss</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Problems only</source>
            <translation>Nur Probleme</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The pre-payroll view: every open problem of the period</source>
            <translation>Die Ansicht vor der Lohnabrechnung: jedes offene Problem des Zeitraums</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Load period</source>
            <translation>Zeitraum &amp;laden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next problem</source>
            <translation>&amp;Nächstes Problem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Correct…</source>
            <translation>Ko&amp;rrigieren…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Next problem</source>
            <translation>Nächstes Problem</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Correct the selected rows (Ctrl+K: a new one)</source>
            <translation>Die ausgewählten Zeilen korrigieren (Strg+K: eine neue)</translation>
        </message>
        <message numerus="yes">
            <location line="+61" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln Zeile</numerusform>
                <numerusform>%Ln Zeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln problem(s)</source>
            <translation>
                <numerusform>%Ln Problem</numerusform>
                <numerusform>%Ln Probleme</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditCheck</name>
        <message>
            <location filename="../store/audit.py" line="+330" />
            <source>The signed head of the audit log is missing: rows cannot be shown complete.</source>
            <translation>Der signierte Kopf des Prüfprotokolls fehlt: Die Vollständigkeit der Zeilen lässt sich nicht zeigen.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The log was rewritten: row {row} is not the row the signed head recorded.</source>
            <translation>Das Protokoll wurde umgeschrieben: Zeile {row} ist nicht die Zeile, die der signierte Kopf festgehalten hat.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The audit log is empty.</source>
            <translation>Das Prüfprotokoll ist leer.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>All %n rows are intact.</source>
            <translation>
                <numerusform>Die %n Zeile ist unversehrt.</numerusform>
                <numerusform>Alle %n Zeilen sind unversehrt.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>the team's log: its database refuses changes and deletions</source>
            <translation>das Protokoll des Teams: Seine Datenbank lehnt Änderungen und Löschungen ab</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+185" />
            <source>not sealed: no keyring on this computer</source>
            <translation>nicht versiegelt: kein Schlüsselbund auf diesem Computer</translation>
        </message>
        <message>
            <location line="-97" />
            <source>Row {row} is out of sequence: the log should start at row 1.</source>
            <translation>Zeile {row} ist außer der Reihe: Das Protokoll sollte mit Zeile 1 beginnen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Row 1 is missing: the log starts at row {row}.</source>
            <translation>Zeile 1 fehlt: Das Protokoll beginnt mit Zeile {row}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Row {row} is missing: row {before} is followed by row {after}.</source>
            <translation>Zeile {row} fehlt: Auf Zeile {before} folgt Zeile {after}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Row {row} was changed: its {field} is not text.</source>
            <translation>Zeile {row} wurde geändert: Ihr Feld {field} ist kein Text.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Row 1 was changed: the first row's link should be 64 zeros.</source>
            <translation>Zeile 1 wurde geändert: Die Verknüpfung der ersten Zeile sollte aus 64 Nullen bestehen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Row {row} does not link to row {before}: the hash it keeps of the row before is not that row's hash.</source>
            <translation>Zeile {row} ist nicht mit Zeile {before} verknüpft: Der Hash, den sie von der Zeile davor hält, ist nicht deren Hash.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The log was rewritten from row {row} on with its hashes recomputed: the rows no longer carry this computer's seal.</source>
            <translation>Das Protokoll wurde ab Zeile {row} mit neu berechneten Hashes umgeschrieben: Die Zeilen tragen nicht mehr das Siegel dieses Computers.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Row {row} was changed after it was written: it no longer matches its hash.</source>
            <translation>Zeile {row} wurde nach dem Schreiben geändert: Sie passt nicht mehr zu ihrem Hash.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rows {first} to {count} were cut from the end and the row counter reset to hide it: the log is empty, but the signed head says {count} rows were written.</source>
            <translation>Die Zeilen {first} bis {count} wurden am Ende abgeschnitten und der Zeilenzähler zurückgesetzt, um es zu verbergen: Das Protokoll ist leer, aber der signierte Kopf besagt, dass {count} Zeilen geschrieben wurden.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rows {first} to {count} were cut from the end and the row counter reset to hide it: the log ends at row {last}, but the signed head says {count} rows were written.</source>
            <translation>Die Zeilen {first} bis {count} wurden am Ende abgeschnitten und der Zeilenzähler zurückgesetzt, um es zu verbergen: Das Protokoll endet bei Zeile {last}, aber der signierte Kopf besagt, dass {count} Zeilen geschrieben wurden.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>signed head: {head}</source>
            <translation>signierter Kopf: {head}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no signed head</source>
            <translation>kein signierter Kopf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the signed head is not valid</source>
            <translation>der signierte Kopf ist ungültig</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Row {row} is missing: the log is empty, but rows up to {written} were written.</source>
            <translation>Zeile {row} fehlt: Das Protokoll ist leer, aber es wurden Zeilen bis {written} geschrieben.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Row {row} is missing: the log ends at row {last}, but rows up to {written} were written.</source>
            <translation>Zeile {row} fehlt: Das Protokoll endet bei Zeile {last}, aber es wurden Zeilen bis {written} geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>AuditEvents</name>
        <message>
            <location filename="../services/reports/audit_view.py" line="+36" />
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A wrong PIN was typed</source>
            <translation>Eine falsche PIN wurde eingegeben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked the console</source>
            <translation>Konsole gesperrt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed another manager's open windows unsaved</source>
            <translation>Offene Fenster einer anderen Leitung ungespeichert geschlossen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved an export</source>
            <translation>Einen Export gespeichert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported from WorQ</source>
            <translation>Aus WorQ importiert</translation>
        </message>
    </context>
    <context>
        <name>AuditKey</name>
        <message>
            <location filename="../services/keyring_keys.py" line="+55" />
            <source>The audit log's key in the keyring is damaged: the audit log cannot be sealed. Its rows are still chained; see the log for details.</source>
            <translation>Der Schlüssel des Prüfprotokolls im Schlüsselbund ist beschädigt: Das Prüfprotokoll kann nicht versiegelt werden. Seine Zeilen sind weiterhin verkettet; Einzelheiten stehen im Protokoll.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../ui/audit/page.py" line="+184" />
            <source>Audit log</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <location line="-102" />
            <location line="+97" />
            <location line="+7" />
            <source>Manager</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <location line="-109" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{manager} at {desk}</source>
            <translation>{manager} an {desk}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Row {id} · {at} · {manager}</source>
            <translation>Eintrag {id} · {at} · {manager}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Action: {action}</source>
            <translation>Aktion: {action}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject: {subject}</source>
            <translation>Betreff: {subject}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason: {reason}</source>
            <translation>Grund: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome: {outcome}</source>
            <translation>Ergebnis: {outcome}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Payload: {payload}</source>
            <translation>Nutzdaten: {payload}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Before: {before}</source>
            <translation>Vorher: {before}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>After: {after}</source>
            <translation>Nachher: {after}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hash: {hash}</source>
            <translation>Hash: {hash}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous hash: {hash}</source>
            <translation>Vorheriger Hash: {hash}</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+6" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Subject (person or account)</source>
            <translation>Betreff (Person oder Konto)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Shows only the records that hold these words</source>
            <translation>Zeigt nur die Einträge, die diese Wörter enthalten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Verify the chain</source>
            <translation>Kette &amp;prüfen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Select a row to see the record as it is stored.</source>
            <translation>Wählen Sie eine Zeile aus, um den Eintrag so zu sehen, wie er gespeichert ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The selected record as it is stored</source>
            <translation>Der ausgewählte Eintrag, wie er gespeichert ist</translation>
        </message>
        <message numerus="yes">
            <location line="+45" />
            <source>%Ln entr(y|ies)</source>
            <translation>
                <numerusform>%Ln Eintrag</numerusform>
                <numerusform>%Ln Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Exported %Ln entr(y|ies)</source>
            <translation>
                <numerusform>%Ln Eintrag exportiert</numerusform>
                <numerusform>%Ln Einträge exportiert</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel files (*.xlsx)</source>
            <translation>Excel-Dateien (*.xlsx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the audit log as shown</source>
            <translation>Prüfprotokoll wie angezeigt exportieren</translation>
        </message>
        <message>
            <location line="+20" />
            <source>exporting the audit log to {file}</source>
            <translation>Exportieren des Prüfprotokolls nach {file}</translation>
        </message>
    </context>
    <context>
        <name>AuditSteps</name>
        <message>
            <location filename="../services/reports/audit_view.py" line="-21" />
            <source>saved</source>
            <translation>gespeichert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refused by the service</source>
            <translation>vom Dienst abgelehnt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>checked after a lost answer</source>
            <translation>nach verlorener Antwort geprüft</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sent again</source>
            <translation>erneut gesendet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>changed after it failed</source>
            <translation>nach dem Fehlschlag geändert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirmed as landed by the manager</source>
            <translation>von der Leitung als angekommen bestätigt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirmed as not landed by the manager</source>
            <translation>von der Leitung als nicht angekommen bestätigt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>left for a manager to check</source>
            <translation>zur Prüfung durch eine Leitung offen</translation>
        </message>
    </context>
    <context>
        <name>Board</name>
        <message>
            <location filename="../services/attendance/board.py" line="+32" />
            <source>Not active in WorkTime One</source>
            <translation>In WorkTime One nicht aktiv</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In</source>
            <translation>Da</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left</source>
            <translation>Gegangen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not arrived</source>
            <translation>Nicht gekommen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Absent</source>
            <translation>Abwesend</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{status} · Not active in WorkTime One</source>
            <translation>{status} · In WorkTime One nicht aktiv</translation>
        </message>
    </context>
    <context>
        <name>Changes</name>
        <message>
            <location filename="../services/changes.py" line="+69" />
            <source>Showing a change ({change}) went wrong. It has been logged.</source>
            <translation>Beim Anzeigen einer Änderung ({change}) ist ein Fehler aufgetreten. Er wurde protokolliert.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionSetupDialog</name>
        <message>
            <location filename="../ui/connections/setup.py" line="+45" />
            <source>Stored in the keyring. Leave empty to keep it.</source>
            <translation>Im Schlüsselbund gespeichert. Zum Beibehalten leer lassen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Test environment</source>
            <translation>Testumgebung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Live environment</source>
            <translation>Produktivumgebung</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Paste the key</source>
            <translation>Schlüssel einfügen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Connections</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Leave empty to use the environment's address</source>
            <translation>Leer lassen, um die Adresse der Umgebung zu verwenden</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Take WorkTime One's webhooks (arrivals on the board within a second)</source>
            <translation>Webhooks von WorkTime One empfangen (Ankünfte in unter einer Sekunde auf der Tafel)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>127.0.0.1: only this computer (a reverse proxy in front forwards to it); 0.0.0.0: every network this computer is on.</source>
            <translation>127.0.0.1: nur dieser Computer (ein vorgeschalteter Reverse-Proxy leitet an ihn weiter); 0.0.0.0: jedes Netzwerk, mit dem dieser Computer verbunden ist.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>any free port</source>
            <translation>beliebiger freier Port</translation>
        </message>
        <message>
            <location line="+6" />
            <source>From WorkTime One: Settings › Webhooks</source>
            <translation>Aus WorkTime One: Settings › Webhooks</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Connection name</source>
            <translation>Name der Verbindung</translation>
        </message>
        <message>
            <location line="+4" />
            <source>WorkTime One (locks, attendance)</source>
            <translation>WorkTime One (Schlösser, Anwesenheit)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+7" />
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <location line="-1" />
            <source>WorkTaps (employee accounts)</source>
            <translation>WorkTaps (Mitarbeiterkonten)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>WorQ (HR records, optional)</source>
            <translation>WorQ (Personalakten, optional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Environment</source>
            <translation>Umgebung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom address</source>
            <translation>Eigene Adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner name</source>
            <translation>Partnername</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer code</source>
            <translation>Kundencode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner key</source>
            <translation>Partnerschlüssel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>WorkTime One webhooks (optional)</source>
            <translation>Webhooks von WorkTime One (optional)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Listen on</source>
            <translation>Lauschen auf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signing secret</source>
            <translation>Signaturgeheimnis</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keys are kept in the system keyring only.</source>
            <translation>Schlüssel werden nur im Schlüsselbund des Systems aufbewahrt.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>testing the connections</source>
            <translation>Testen der Verbindungen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The test could not run: {error}</source>
            <translation>Der Test konnte nicht laufen: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Webhooks need the signing secret WorkTime One shows under Settings › Webhooks: paste it, or turn webhooks off.</source>
            <translation>Webhooks brauchen das Signaturgeheimnis, das WorkTime One unter Settings › Webhooks anzeigt: Fügen Sie es ein, oder schalten Sie die Webhooks aus.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the API key</source>
            <translation>der API-Schlüssel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the partner name</source>
            <translation>der Partnername</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the customer code</source>
            <translation>der Kundencode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the partner key</source>
            <translation>der Partnerschlüssel</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Not set up.</source>
            <translation>Nicht eingerichtet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not set up: {what} is missing.</source>
            <translation>Nicht eingerichtet: Es fehlt {what}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not set up: {first} and {second} are missing.</source>
            <translation>Nicht eingerichtet: Es fehlen {first} und {second}.</translation>
        </message>
    </context>
    <context>
        <name>Connections</name>
        <message>
            <location filename="../services/connections.py" line="+37" />
            <source>writes allowed until refused</source>
            <translation>Schreiben erlaubt, bis es abgelehnt wird</translation>
        </message>
        <message>
            <location line="+2" />
            <source>free plan</source>
            <translation>kostenloser Tarif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paid plan</source>
            <translation>kostenpflichtiger Tarif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>enterprise plan</source>
            <translation>Unternehmenstarif</translation>
        </message>
        <message numerus="yes">
            <location line="+33" />
            <source>%Ln requests an hour</source>
            <translation>
                <numerusform>%Ln Anfrage pro Stunde</numerusform>
                <numerusform>%Ln Anfragen pro Stunde</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%Ln of {limit} requests left this hour (resets in {minutes} min)</source>
            <translation>
                <numerusform>%Ln von {limit} Anfragen in dieser Stunde übrig (zurückgesetzt in {minutes} Min.)</numerusform>
                <numerusform>%Ln von {limit} Anfragen in dieser Stunde übrig (zurückgesetzt in {minutes} Min.)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+89" />
            <source>This key can only read: writes are turned off.</source>
            <translation>Dieser Schlüssel kann nur lesen: Schreiben ist ausgeschaltet.</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>%Ln department(s) · {writes}</source>
            <translation>
                <numerusform>%Ln Abteilung · {writes}</numerusform>
                <numerusform>%Ln Abteilungen · {writes}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>partner {partner} · customer {customer} · {environment} environment</source>
            <translation>Partner {partner} · Kunde {customer} · Umgebung {environment}</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <location filename="../startup.py" line="+413" />
            <location filename="../ui/console.py" line="+120" />
            <location filename="../ui/first_frame.py" line="+147" />
            <source>Front Desk (demo)</source>
            <translation>Front Desk (Demo)</translation>
        </message>
        <message>
            <location filename="../ui/console.py" line="+23" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locks</source>
            <translation>Schlösser</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Directory</source>
            <translation>Verzeichnis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Accounts</source>
            <translation>Konten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Departments and locations</source>
            <translation>Abteilungen und Standorte</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Outbox</source>
            <translation>Postausgang</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Audit log</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connections</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New &amp;correction…</source>
            <translation>Neue &amp;Korrektur…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import from &amp;WorQ…</source>
            <translation>Aus &amp;WorQ importieren…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift &amp;handover…</source>
            <translation>&amp;Schichtübergabe…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location line="+116" />
            <source>Search on this page</source>
            <translation>Auf dieser Seite suchen</translation>
        </message>
        <message>
            <location line="+54" />
            <source>no connection is set up.</source>
            <translation>es ist keine Verbindung eingerichtet.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Checking the connections…</source>
            <translation>Verbindungen werden geprüft…</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The test event could not be sent: {why}</source>
            <translation>Das Testereignis konnte nicht gesendet werden: {why}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>That door opening is no longer in the lock history held here.</source>
            <translation>Diese Türöffnung ist nicht mehr im hier gespeicherten Schlossverlauf.</translation>
        </message>
    </context>
    <context>
        <name>Correction</name>
        <message numerus="yes">
            <location filename="../services/attendance/corrections.py" line="+100" />
            <source>%n correction(s) need changes</source>
            <translation>
                <numerusform>%n Korrektur muss geändert werden</numerusform>
                <numerusform>%n Korrekturen müssen geändert werden</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>{manager} queued a clock-in at {time} for {name} on {when} while this was open (Outbox entry {id}). Nothing was queued here: look at theirs first.</source>
            <translation>{manager} hat ein Einstempeln um {time} für {name} am {when} eingereiht, während dies offen war (Postausgang-Eintrag {id}). Hier wurde nichts eingereiht: Sehen Sie sich zuerst diesen Eintrag an.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{manager} queued a clock-out at {time} for {name} on {when} while this was open (Outbox entry {id}). Nothing was queued here: look at theirs first.</source>
            <translation>{manager} hat ein Ausstempeln um {time} für {name} am {when} eingereiht, während dies offen war (Postausgang-Eintrag {id}). Hier wurde nichts eingereiht: Sehen Sie sich zuerst diesen Eintrag an.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Choose a person.</source>
            <translation>Wählen Sie eine Person.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose clock in or clock out.</source>
            <translation>Wählen Sie Einstempeln oder Ausstempeln.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>That time is in the future.</source>
            <translation>Diese Zeit liegt in der Zukunft.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That is before this person was added to WorkTime One ({when}).</source>
            <translation>Das liegt vor dem Zeitpunkt, an dem diese Person in WorkTime One angelegt wurde ({when}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The day already has this clock-in ({time}).</source>
            <translation>Der Tag hat dieses Einstempeln bereits ({time}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The day already has this clock-out ({time}).</source>
            <translation>Der Tag hat dieses Ausstempeln bereits ({time}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A clock-out must come after the day's clock-in ({time}).</source>
            <translation>Ein Ausstempeln muss nach dem Einstempeln des Tages liegen ({time}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A clock-in must come before the day's clock-out ({time}).</source>
            <translation>Ein Einstempeln muss vor dem Ausstempeln des Tages liegen ({time}).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>This changes nothing: the day keeps its clock-in at {time} (the earliest counts).</source>
            <translation>Das ändert nichts: Der Tag behält sein Einstempeln um {time} (das früheste zählt).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This changes nothing: the day keeps its clock-out at {time} (the latest counts).</source>
            <translation>Das ändert nichts: Der Tag behält sein Ausstempeln um {time} (das späteste zählt).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This changes nothing: a clock-out before the day's clock-in does not count.</source>
            <translation>Das ändert nichts: Ein Ausstempeln vor dem Einstempeln des Tages zählt nicht.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Choose a reason from the list.</source>
            <translation>Wählen Sie einen Grund aus der Liste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say what happened: a note is needed when the reason is Other.</source>
            <translation>Beschreiben Sie, was passiert ist: Beim Grund „Sonstiges“ ist eine Notiz nötig.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep the note to {limit} characters (it has {length}).</source>
            <translation>Die Notiz darf höchstens {limit} Zeichen haben (sie hat {length}).</translation>
        </message>
        <message>
            <location line="+97" />
            <source>Clock-in {time} for {name} on {day}</source>
            <translation>Einstempeln {time} für {name} am {day}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clock-out {time} for {name} on {day}</source>
            <translation>Ausstempeln {time} für {name} am {day}</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../ui/attendance/correction.py" line="+53" />
            <source>Forgot to clock out</source>
            <translation>Ausstempeln vergessen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forgot to clock in</source>
            <translation>Einstempeln vergessen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock did not register</source>
            <translation>Schloss hat nicht registriert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Worked off-site</source>
            <translation>Auswärts gearbeitet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Badge or phone problem</source>
            <translation>Problem mit Ausweis oder Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location line="+37" />
            <source>{span}, {hours} h</source>
            <translation>{span}, {hours} Std.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no record</source>
            <translation>kein Eintrag</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{n} min</source>
            <translation>{n} Min.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After</source>
            <translation>Danach</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Late</source>
            <translation>Verspätung</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Left early</source>
            <translation>Früher gegangen</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Correct clock entries</source>
            <translation>Stempelungen korrigieren</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Correct a clock entry</source>
            <translation>Eine Stempelung korrigieren</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Type a name…</source>
            <translation>Namen eingeben…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clock out</source>
            <translation>Gehen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Clock in</source>
            <translation>Kommen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No lock</source>
            <translation>Kein Schloss</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What happened, in a few words (required for Other)</source>
            <translation>Was passiert ist, in wenigen Worten (Pflicht bei Sonstiges)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The day as it will be after the entry</source>
            <translation>Der Tag, wie er nach dem Eintrag aussieht</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>{names} and %Ln more</source>
            <translation>
                <numerusform>{names} und %Ln weitere Person</numerusform>
                <numerusform>{names} und %Ln weitere Personen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location line="-112" />
            <location line="+112" />
            <location line="+2" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Entry</source>
            <translation>Stempelung</translation>
        </message>
        <message>
            <location line="+4" />
            <source>each row's own day</source>
            <translation>der Tag der jeweiligen Zeile</translation>
        </message>
        <message>
            <location line="-117" />
            <location line="+118" />
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Day ({zone})</source>
            <translation>Tag ({zone})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time ({zone})</source>
            <translation>Uhrzeit ({zone})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock (optional)</source>
            <translation>Schloss (optional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save and send</source>
            <translation>Speichern und senden</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Save and send %Ln correction(s)</source>
            <translation>
                <numerusform>%Ln Korrektur speichern und senden</numerusform>
                <numerusform>%Ln Korrekturen speichern und senden</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>The day as it will be after the entry:</source>
            <translation>Der Tag, wie er nach dem Eintrag aussieht:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Save and send again</source>
            <translation>Speichern und erneut senden</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Required: what happened</source>
            <translation>Pflichtfeld: was passiert ist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What happened, in a few words (optional)</source>
            <translation>Was passiert ist, in wenigen Worten (optional)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>That is {time} on this PC's clock.</source>
            <translation>Das ist {time} auf der Uhr dieses PCs.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{name}: {message}</source>
            <translation>{name}: {message}</translation>
        </message>
    </context>
    <context>
        <name>CorrectionReason</name>
        <message>
            <location filename="../services/attendance/corrections.py" line="-312" />
            <source>Forgot to clock out</source>
            <translation>Ausstempeln vergessen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forgot to clock in</source>
            <translation>Einstempeln vergessen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock did not register</source>
            <translation>Schloss hat nicht erfasst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Worked off-site</source>
            <translation>Auswärts gearbeitet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Badge or phone problem</source>
            <translation>Problem mit Karte oder Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
    </context>
    <context>
        <name>DateRange</name>
        <message>
            <location filename="../ui/widgets/date_range.py" line="+22" />
            <source>From is after To: choose a From on or before it.</source>
            <translation>„Von“ liegt nach „bis“: Wählen Sie ein Datum am oder vor dem „bis“.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to</source>
            <translation>bis</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../demo_managers.py" line="+18" />
            <source>Demo: sign in as {manager} with PIN {pin}.</source>
            <translation>Demo: Melden Sie sich als {manager} mit der PIN {pin} an.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryController</name>
        <message>
            <location filename="../ui/directory/controller.py" line="+41" />
            <source>WorkTime One did not answer; the change waits in the outbox.</source>
            <translation>WorkTime One hat nicht geantwortet; die Änderung wartet im Postausgang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending to WorkTime One…</source>
            <translation>Wird an WorkTime One gesendet…</translation>
        </message>
        <message>
            <location line="+74" />
            <source>reading WorkTime One's employees</source>
            <translation>Lesen der Mitarbeitenden aus WorkTime One</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading WorkTime One's employees…</source>
            <translation>Mitarbeitende aus WorkTime One werden gelesen…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>matching the directory</source>
            <translation>Abgleichen des Verzeichnisses</translation>
        </message>
        <message>
            <location line="+50" />
            <source>{name} will be deactivated in WorkTime One (a soft delete: they no longer count as staff, and can be restored from here). WorkTaps and WorQ are not changed.</source>
            <translation>{name} wird in WorkTime One deaktiviert (ein weiches Löschen: zählt nicht mehr zum Personal und kann von hier wiederhergestellt werden). WorkTaps und WorQ werden nicht geändert.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deactivate {name}</source>
            <translation>{name} deaktivieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deactivate in WorkTime One</source>
            <translation>In WorkTime One deaktivieren</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Employee {name} deactivated in WorkTime One</source>
            <translation>{name} in WorkTime One deaktiviert</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name} will be active in WorkTime One again.</source>
            <translation>{name} wird in WorkTime One wieder aktiv sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore {name}</source>
            <translation>{name} wiederherstellen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore in WorkTime One</source>
            <translation>In WorkTime One wiederherstellen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Employee {name} restored in WorkTime One</source>
            <translation>{name} in WorkTime One wiederhergestellt</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Editing an employee needs a connection to WorkTime One.</source>
            <translation>Zum Bearbeiten einer mitarbeitenden Person ist eine Verbindung zu WorkTime One nötig.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>reading the employee</source>
            <translation>Lesen der mitarbeitenden Person</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Employee {name} created in WorkTime One</source>
            <translation>{name} in WorkTime One angelegt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Employee {name} updated in WorkTime One</source>
            <translation>{name} in WorkTime One aktualisiert</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Sign in again to reveal the salary.</source>
            <translation>Melden Sie sich erneut an, um das Gehalt anzuzeigen.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>sending to WorkTime One</source>
            <translation>Senden an WorkTime One</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/directory/page.py" line="+38" />
            <source>✓ agrees</source>
            <translation>✓ stimmt überein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>— not there</source>
            <translation>— nicht vorhanden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>first record</source>
            <translation>erster Datensatz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>employee id</source>
            <translation>Personalnummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No WorQ records yet (import it with Console › Import from WorQ…): nobody is called missing from WorQ.</source>
            <translation>Noch keine WorQ-Datensätze (importieren Sie sie mit Konsole › Aus WorQ importieren…): Niemand gilt als in WorQ fehlend.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No WorkTaps records yet (connect WorkTaps and open Accounts): nobody is called missing from WorkTaps.</source>
            <translation>Noch keine WorkTaps-Datensätze (verbinden Sie WorkTaps und öffnen Sie Konten): Niemand gilt als in WorkTaps fehlend.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No WorkTime One records yet (connect WorkTime One): nobody is called missing from WorkTime One.</source>
            <translation>Noch keine WorkTime-One-Datensätze (verbinden Sie WorkTime One): Niemand gilt als in WorkTime One fehlend.</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+74" />
            <source>no status</source>
            <translation>kein Status</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Disagreements</source>
            <translation>Abweichungen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Matched by</source>
            <translation>Zugeordnet über</translation>
        </message>
        <message>
            <location line="+19" />
            <source>no email</source>
            <translation>keine E-Mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no phone</source>
            <translation>kein Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no department</source>
            <translation>keine Abteilung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not there</source>
            <translation>nicht vorhanden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched</source>
            <translation>Zuordnung</translation>
        </message>
        <message>
            <location line="+12" />
            <source>left {day}</source>
            <translation>ausgeschieden am {day}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>✓ The three systems agree.</source>
            <translation>✓ Die drei Systeme stimmen überein.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show it on the Locks page</source>
            <translation>Auf der Seite Schlösser zeigen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Disagreements:</source>
            <translation>Abweichungen:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>People in the three systems</source>
            <translation>Personen in den drei Systemen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search by name, email, phone, id or disagreement…</source>
            <translation>Nach Name, E-Mail, Telefon, ID oder Abweichung suchen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the directory</source>
            <translation>Verzeichnis durchsuchen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only disagreements</source>
            <translation>Nur Abweichungen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+153" />
            <source>Select a person to see them here.</source>
            <translation>Wählen Sie eine Person aus, um sie hier zu sehen.</translation>
        </message>
        <message>
            <location line="-145" />
            <source>Create WorkTaps account from WorQ…</source>
            <translation>WorkTaps-Konto aus WorQ anlegen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Terminate WorkTaps account…</source>
            <translation>WorkTaps-Konto beenden…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deactivate in WorkTime One…</source>
            <translation>In WorkTime One deaktivieren…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore in WorkTime One…</source>
            <translation>In WorkTime One wiederherstellen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit WorkTime One employee…</source>
            <translation>Person in WorkTime One bearbeiten…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New WorkTime One employee…</source>
            <translation>Neue Person in WorkTime One…</translation>
        </message>
        <message numerus="yes">
            <location line="+88" />
            <source>{shown} of %Ln people · {problems} with disagreements</source>
            <translation>
                <numerusform>{shown} von %Ln Person · {problems} mit Abweichungen</numerusform>
                <numerusform>{shown} von %Ln Personen · {problems} mit Abweichungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EmployeeForm</name>
        <message>
            <location filename="../ui/directory/employee_form.py" line="+56" />
            <source>Edit WorkTime One employee</source>
            <translation>Person in WorkTime One bearbeiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New WorkTime One employee</source>
            <translation>Neue Person in WorkTime One</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a department</source>
            <translation>Abteilung wählen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <location line="+0" />
            <source>optional, like 65000</source>
            <translation>optional, etwa 65000</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+82" />
            <source>Reveal salary</source>
            <translation>Gehalt anzeigen</translation>
        </message>
        <message>
            <location line="-77" />
            <source>{manager}'s PIN</source>
            <translation>PIN von {manager}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>YYYY-MM-DD (optional)</source>
            <translation>JJJJ-MM-TT (optional)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign in as a manager to reveal the salary.</source>
            <translation>Melden Sie sich als Leitung an, um das Gehalt anzuzeigen.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start date</source>
            <translation>Eintrittsdatum</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Salary</source>
            <translation>Gehalt</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Hide salary</source>
            <translation>Gehalt ausblenden</translation>
        </message>
    </context>
    <context>
        <name>EmployeeRules</name>
        <message>
            <location filename="../services/directory/employees.py" line="+89" />
            <source>Keep the name to {limit} characters.</source>
            <translation>Der Name darf höchstens {limit} Zeichen haben.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the position to {limit} characters.</source>
            <translation>Die Position darf höchstens {limit} Zeichen haben.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter the employee's name.</source>
            <translation>Geben Sie den Namen der mitarbeitenden Person ein.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter an email address.</source>
            <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter a valid email address, like name@example.com.</source>
            <translation>Geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.com.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+75" />
            <source>Another WorkTime One employee already has this email address.</source>
            <translation>Eine andere mitarbeitende Person in WorkTime One hat diese E-Mail-Adresse bereits.</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Choose a department.</source>
            <translation>Wählen Sie eine Abteilung.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That department is not known to WorkTime One. Pick another.</source>
            <translation>WorkTime One kennt diese Abteilung nicht. Wählen Sie eine andere.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enter the start date as a date, like 2026-02-01.</source>
            <translation>Geben Sie das Eintrittsdatum als Datum ein, etwa 2026-02-01.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enter the salary as an amount, like 65000.</source>
            <translation>Geben Sie das Gehalt als Betrag ein, etwa 65000.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The salary cannot be negative.</source>
            <translation>Das Gehalt darf nicht negativ sein.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the salary as an amount with at most two decimals, like 65000.50.</source>
            <translation>Geben Sie das Gehalt als Betrag mit höchstens zwei Nachkommastellen ein, etwa 65000.50.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>WorkTime One refused it.</source>
            <translation>WorkTime One hat es abgelehnt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Another WorkTime One employee already has this email address. That employee was deleted: restore them from the directory instead.</source>
            <translation>Eine andere mitarbeitende Person in WorkTime One hat diese E-Mail-Adresse bereits. Sie wurde gelöscht: Stellen Sie sie stattdessen im Verzeichnis wieder her.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>WorkTime One does not know that department. Pick another.</source>
            <translation>WorkTime One kennt diese Abteilung nicht. Wählen Sie eine andere.</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <location filename="../ui/widgets/banner.py" line="+31" />
            <location line="+20" />
            <source>&amp;Retry</source>
            <translation>&amp;Erneut versuchen</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Dismiss</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hides this message</source>
            <translation>Blendet diese Meldung aus</translation>
        </message>
    </context>
    <context>
        <name>FileNotice</name>
        <message>
            <location filename="../ui/file_notice.py" line="+19" />
            <source>Front Desk: {title}</source>
            <translation>Front Desk: {title}</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <location filename="../files.py" line="+103" />
            <source>The disk is full: Front Desk could not write to the folder {folder}. Free some space on that disk, then try again.</source>
            <translation>Der Datenträger ist voll: Front Desk konnte nicht in den Ordner {folder} schreiben. Geben Sie auf diesem Datenträger Speicherplatz frei und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The disk is full: Front Desk could not write its files. Free some space on that disk, then try again.</source>
            <translation>Der Datenträger ist voll: Front Desk konnte seine Dateien nicht schreiben. Geben Sie auf diesem Datenträger Speicherplatz frei und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The folder {folder} does not exist (any more): choose another one.</source>
            <translation>Den Ordner {folder} gibt es nicht (mehr): Wählen Sie einen anderen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Front Desk may not write in {folder}: choose another folder.</source>
            <translation>Front Desk darf nicht in {folder} schreiben: Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is a folder: give the file a name.</source>
            <translation>{name} ist ein Ordner: Geben Sie der Datei einen Namen.</translation>
        </message>
    </context>
    <context>
        <name>FirstFrame</name>
        <message>
            <location filename="../ui/first_frame.py" line="-76" />
            <source>Signed in as {name}. Opening the console…</source>
            <translation>Angemeldet als {name}. Die Konsole wird geöffnet…</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <location filename="../ui/widgets/format.py" line="+20" />
            <source>Fingerprint</source>
            <translation>Fingerabdruck</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Passcode</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gateway</source>
            <translation>Gateway</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Face</source>
            <translation>Gesicht</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unlock</source>
            <translation>Öffnung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forced entry</source>
            <translation>Gewaltsames Öffnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tamper alarm</source>
            <translation>Sabotagealarm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <location filename="../words.py" line="+157" />
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} Std. {minutes} Min.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{hours} h</source>
            <translation>{hours} Std.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/widgets/format.py" line="+67" />
            <source>{span} late</source>
            <translation>{span} verspätet</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown</source>
            <comment>a lock's battery</comment>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{level} ⚠ low</source>
            <comment>a lock's battery</comment>
            <translation>{level} ⚠ schwach</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message numerus="yes">
            <location filename="../store/handover.py" line="+51" />
            <source>%n unsent entr(y|ies) of the outbox</source>
            <translation>
                <numerusform>%n nicht gesendeten Eintrag des Postausgangs</numerusform>
                <numerusform>%n nicht gesendete Einträge des Postausgangs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n audit log row(s)</source>
            <translation>
                <numerusform>%n Zeile des Prüfprotokolls</numerusform>
                <numerusform>%n Zeilen des Prüfprotokolls</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>This desk handed {entries} and {rows} to the team's shared store.</source>
            <translation>Dieser Arbeitsplatz hat {entries} und {rows} an den gemeinsamen Speicher des Teams übergeben.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This desk handed {what} to the team's shared store.</source>
            <translation>Dieser Arbeitsplatz hat {what} an den gemeinsamen Speicher des Teams übergeben.</translation>
        </message>
        <message>
            <location filename="../ui/reports/handover.py" line="+36" />
            <source>Shift handover</source>
            <translation>Schichtübergabe</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Save the shift handover</source>
            <translation>Schichtübergabe speichern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Shift handover saved to {path} (%n page(s)).</source>
            <translation>
                <numerusform>Schichtübergabe unter {path} gespeichert (%n Seite).</numerusform>
                <numerusform>Schichtübergabe unter {path} gespeichert (%n Seiten).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not write the shift handover: {why}</source>
            <translation>Die Schichtübergabe konnte nicht geschrieben werden: {why}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>writing the shift handover</source>
            <translation>Schreiben der Schichtübergabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the shift handover…</source>
            <translation>Schichtübergabe wird geschrieben…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Section</source>
            <translation>Abschnitt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <location line="+4" />
            <source>None.</source>
            <translation>Keine.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit log</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <location line="+8" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Printed&lt;/b&gt; {now} ({zone}) by &lt;b&gt;{manager}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Gedruckt&lt;/b&gt; {now} ({zone}) von &lt;b&gt;{manager}&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>&lt;b&gt;Covers&lt;/b&gt; {since} to {now} (the last %n hour(s))</source>
            <translation>
                <numerusform>&lt;b&gt;Umfasst&lt;/b&gt; {since} bis {now} (die letzte %n Stunde)</numerusform>
                <numerusform>&lt;b&gt;Umfasst&lt;/b&gt; {since} bis {now} (die letzten %n Stunden)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Attendance last fetched&lt;/b&gt; {when}. All times are {zone}.</source>
            <translation>&lt;b&gt;Anwesenheit zuletzt abgerufen&lt;/b&gt; {when}. Alle Zeiten in {zone}.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+90" />
            <source>Lock</source>
            <translation>Schloss</translation>
        </message>
        <message>
            <location line="-89" />
            <location line="+90" />
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <location line="-89" />
            <location line="+92" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location line="-90" />
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forced entry and alarms</source>
            <translation>Gewaltsames Öffnen und Alarme</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Denied unlocks</source>
            <translation>Verweigerte Öffnungen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After-hours unlocks</source>
            <translation>Öffnungen außerhalb der Arbeitszeit</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Low batteries (at or below {percent} %)</source>
            <translation>Schwache Batterien (höchstens {percent} %)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Battery</source>
            <translation>Batterie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Writes not yet sent, and failed ones</source>
            <translation>Noch nicht gesendete und fehlgeschlagene Schreibvorgänge</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Queued</source>
            <translation>Eingereiht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tries</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open attendance problems</source>
            <translation>Offene Anwesenheitsprobleme</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Correction</source>
            <translation>Korrektur</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who is in now</source>
            <translation>Wer jetzt da ist</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In since</source>
            <translation>Da seit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clocked in at</source>
            <translation>Gekommen an</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last unlock</source>
            <translation>Letzte Öffnung</translation>
        </message>
        <message>
            <location line="+32" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Denied</source>
            <translation>Verweigert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <location line="+14" />
            <source>unknown</source>
            <comment>online</comment>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>nein</translation>
        </message>
    </context>
    <context>
        <name>HandoverWrites</name>
        <message>
            <location filename="../services/reports/handover_writes.py" line="+42" />
            <source>New employee</source>
            <translation>Neue mitarbeitende Person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employee change</source>
            <translation>Änderung einer mitarbeitenden Person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove employee</source>
            <translation>Mitarbeitende Person entfernen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore employee</source>
            <translation>Mitarbeitende Person wiederherstellen</translation>
        </message>
        <message>
            <location line="+35" />
            <source>account {id}</source>
            <translation>Konto {id}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>location {id}</source>
            <translation>Standort {id}</translation>
        </message>
        <message>
            <location line="+39" />
            <source>New account</source>
            <translation>Neues Konto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account change</source>
            <translation>Kontoänderung</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Terminate account from {day}</source>
            <translation>Konto beenden ab {day}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New location</source>
            <translation>Neuer Standort</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Location change</source>
            <translation>Standortänderung</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Clock-in {time}</source>
            <translation>Einstempeln {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clock-out {time}</source>
            <translation>Ausstempeln {time}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clock-in {time} on {day}</source>
            <translation>Einstempeln {time} am {day}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clock-out {time} on {day}</source>
            <translation>Ausstempeln {time} am {day}</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <location filename="../services/status.py" line="+36" />
            <source>not set up</source>
            <translation>nicht eingerichtet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not checked yet</source>
            <translation>noch nicht geprüft</translation>
        </message>
        <message>
            <location line="+1" />
            <source>connected</source>
            <translation>verbunden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>key refused</source>
            <translation>Schlüssel abgelehnt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hourly limit reached</source>
            <translation>Stundenlimit erreicht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>service failing</source>
            <translation>Dienst gestört</translation>
        </message>
    </context>
    <context>
        <name>Leaver</name>
        <message>
            <location filename="../services/leavers.py" line="+15" />
            <source>WorkTime One cannot take a TTLock eKey, card or fingerprint away: revoke them in the TTLock app (or the TTLock web admin) under that lock's users.</source>
            <translation>WorkTime One kann einen TTLock-eKey, eine Karte oder einen Fingerabdruck nicht entziehen: Widerrufen Sie sie in der TTLock-App (oder der TTLock-Webverwaltung) unter den Benutzern dieses Schlosses.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>left {day}</source>
            <translation>ausgeschieden am {day}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>left</source>
            <translation>ausgeschieden</translation>
        </message>
        <message>
            <location line="+10" />
            <source>WorQ says {name} left on {day}, yet they are still in WorkTime One. {revoke}</source>
            <translation>Laut WorQ ist {name} am {day} ausgeschieden, steht aber noch in WorkTime One. {revoke}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>WorQ says {name} left, yet they are still in WorkTime One. {revoke}</source>
            <translation>Laut WorQ ist {name} ausgeschieden, steht aber noch in WorkTime One. {revoke}</translation>
        </message>
    </context>
    <context>
        <name>LiveBoardPage</name>
        <message>
            <location filename="../ui/today/page.py" line="+42" />
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In now</source>
            <translation>Jetzt da</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not arrived</source>
            <translation>Nicht gekommen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late</source>
            <translation>Verspätet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left early</source>
            <translation>Früh gegangen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Absent</source>
            <translation>Abwesend</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{n} min</source>
            <translation>{n} Min.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+7" />
            <source>In at</source>
            <translation>Kommen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Late by</source>
            <translation>Verspätung</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Out at</source>
            <translation>Gehen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Left early by</source>
            <translation>Früher um</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Granted</source>
            <translation>Gewährt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Denied</source>
            <translation>Verweigert</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Unknown card or code</source>
            <translation>Unbekannte Karte oder unbekannter Code</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Lock</source>
            <translation>Schloss</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+130" />
            <source>Not refreshed yet.</source>
            <translation>Noch nicht aktualisiert.</translation>
        </message>
        <message>
            <location line="-128" />
            <source>&amp;Refresh now</source>
            <translation>Jetzt &amp;aktualisieren</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Name or department (Ctrl+F)</source>
            <translation>Name oder Abteilung (Strg+F)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the board</source>
            <translation>Tafel durchsuchen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shows only the people whose name or department holds these words</source>
            <translation>Zeigt nur Personen, deren Name oder Abteilung diese Wörter enthält</translation>
        </message>
        <message>
            <location line="+6" />
            <source>People on the board</source>
            <translation>Personen auf der Tafel</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>Latest lock events</source>
            <translation>Neueste Schlossereignisse</translation>
        </message>
        <message>
            <location line="+41" />
            <source>dddd d MMMM</source>
            <comment>the board's date, as QDate</comment>
            <translation>dddd, d. MMMM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today, {day}</source>
            <translation>Heute, {day}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Live: arrivals show as they happen</source>
            <translation>Live: Ankünfte erscheinen, sobald sie geschehen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reconciled {time}</source>
            <translation>Abgeglichen {time}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Updated {time}</source>
            <translation>Aktualisiert {time}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>next refresh at {time}</source>
            <translation>nächste Aktualisierung um {time}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>next refresh about {time}</source>
            <translation>nächste Aktualisierung gegen {time}</translation>
        </message>
    </context>
    <context>
        <name>LocationForm</name>
        <message>
            <location filename="../ui/accounts/location_form.py" line="+16" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>Bundesstaat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area code</source>
            <translation>Vorwahl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timezone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Edit {name}</source>
            <translation>{name} bearbeiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New location</source>
            <translation>Neuer Standort</translation>
        </message>
    </context>
    <context>
        <name>LocksController</name>
        <message>
            <location filename="../ui/locks/controller.py" line="+56" />
            <source>Loading the history back to {day}…</source>
            <translation>Verlauf wird bis {day} geladen…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Loading older history…</source>
            <translation>Älterer Verlauf wird geladen…</translation>
        </message>
    </context>
    <context>
        <name>LocksPage</name>
        <message>
            <location filename="../ui/locks/page.py" line="+68" />
            <source>Lock</source>
            <translation>Schloss</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Battery</source>
            <translation>Batterie</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>Gateway</source>
            <translation>Gateway</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No gateway</source>
            <translation>Kein Gateway</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Records upload only when a phone syncs</source>
            <translation>Einträge werden nur hochgeladen, wenn ein Telefon synchronisiert</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Last event</source>
            <translation>Letztes Ereignis</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown card or code</source>
            <translation>Unbekannte Karte oder unbekannter Code</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Granted</source>
            <translation>Gewährt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Denied</source>
            <translation>Verweigert</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Uploaded</source>
            <translation>Hochgeladen</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Locks</source>
            <translation>Schlösser</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Access history of the selected lock</source>
            <translation>Zutrittsverlauf des ausgewählten Schlosses</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Search person…</source>
            <translation>Person suchen…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search person</source>
            <translation>Person suchen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shows only the events of people whose name holds these words</source>
            <translation>Zeigt nur Ereignisse von Personen, deren Name diese Wörter enthält</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Any method</source>
            <translation>Jede Methode</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Denied only</source>
            <translation>Nur verweigerte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alerts only</source>
            <translation>Nur Alarme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load &amp;older</source>
            <translation>Ä&amp;ltere laden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export Excel…</source>
            <translation>Excel exportieren…</translation>
        </message>
        <message>
            <location line="+169" />
            <source>The history held starts {start}: loading {first} to {last}…</source>
            <translation>Der gespeicherte Verlauf beginnt am {start}: {first} bis {last} wird geladen…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The history held starts {start}: {first} to {last} is not loaded, and this table and its exports start there. Connect to WorkTime One to load it.</source>
            <translation>Der gespeicherte Verlauf beginnt am {start}: {first} bis {last} ist nicht geladen; diese Tabelle und ihre Exporte beginnen dort. Verbinden Sie sich mit WorkTime One, um ihn zu laden.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Counting events…</source>
            <translation>Ereignisse werden gezählt…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>counting the lock's history</source>
            <translation>Zählen des Schlossverlaufs</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Could not count the events</source>
            <translation>Die Ereignisse konnten nicht gezählt werden</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln Ereignis</numerusform>
                <numerusform>%Ln Ereignisse</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel files (*.xlsx)</source>
            <translation>Excel-Dateien (*.xlsx)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the history as shown</source>
            <translation>Verlauf wie angezeigt exportieren</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>Exported %Ln event(s) to {file}</source>
            <translation>
                <numerusform>%Ln Ereignis nach {file} exportiert</numerusform>
                <numerusform>%Ln Ereignisse nach {file} exportiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Exported %Ln event(s) to {file} (what it holds: {about})</source>
            <translation>
                <numerusform>%Ln Ereignis nach {file} exportiert (Inhalt: {about})</numerusform>
                <numerusform>%Ln Ereignisse nach {file} exportiert (Inhalt: {about})</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>{file} starts on {held}, not {asked}: the history before that was not loaded. The file says so in its header.</source>
            <translation>{file} beginnt am {held}, nicht am {asked}: Der Verlauf davor war nicht geladen. Die Datei sagt das in ihrem Kopf.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>exporting to {file}</source>
            <translation>Exportieren nach {file}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exporting to {file}…</source>
            <translation>Exportieren nach {file}…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Could not export to {file}: {why}</source>
            <translation>Export nach {file} nicht möglich: {why}</translation>
        </message>
    </context>
    <context>
        <name>LogViewer</name>
        <message>
            <location filename="../ui/log_viewer.py" line="+21" />
            <source>Front Desk log</source>
            <translation>Front-Desk-Protokoll</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Log lines</source>
            <translation>Protokollzeilen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+44" />
            <source>Front Desk</source>
            <translation>Front Desk</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <location line="+37" />
            <source>&amp;Console</source>
            <translation>&amp;Konsole</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Connections…</source>
            <translation>&amp;Verbindungen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lock</source>
            <translation>S&amp;perren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Log</source>
            <translation>&amp;Protokoll</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>Managers</name>
        <message>
            <location filename="../services/managers.py" line="+68" />
            <source>A PIN can contain digits (0 to 9) only.</source>
            <translation>Eine PIN darf nur Ziffern (0 bis 9) enthalten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A PIN must be 4 to 12 digits long.</source>
            <translation>Eine PIN muss 4 bis 12 Ziffern lang sein.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter a name for the manager.</source>
            <translation>Geben Sie einen Namen für die Leitung ein.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A manager's name can be at most 40 characters long.</source>
            <translation>Der Name einer Leitung darf höchstens 40 Zeichen lang sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A manager's name cannot contain control characters.</source>
            <translation>Der Name einer Leitung darf keine Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The PIN protection key in the keyring is damaged. Set up the managers again.</source>
            <translation>Der PIN-Schutzschlüssel im Schlüsselbund ist beschädigt. Richten Sie die Leitungen neu ein.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The list of managers ({name} in {folder}) is damaged ({problem}) and could not be set aside ({why}). Move it out of that folder, then start Front Desk again.</source>
            <translation>Die Liste der Leitungen ({name} in {folder}) ist beschädigt ({problem}) und konnte nicht beiseitegelegt werden ({why}). Verschieben Sie sie aus diesem Ordner und starten Sie Front Desk neu.</translation>
        </message>
        <message>
            <location line="+8" />
            <source> It named: {names}.</source>
            <translation> Sie nannte: {names}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The list of managers was damaged</source>
            <translation>Die Liste der Leitungen war beschädigt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The list of managers, {name} in {folder}, is damaged: {problem}.</source>
            <translation>Die Liste der Leitungen, {name} in {folder}, ist beschädigt: {problem}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Front Desk set it aside, not deleted, as {aside} in the same folder, and starts with no managers: each manager must be set up again (a name and a PIN; the first one is created on the sign-in screen).{who} Connections, keys, the outbox and the audit log are not affected.</source>
            <translation>Front Desk hat sie nicht gelöscht, sondern als {aside} im selben Ordner beiseitegelegt und startet ohne Leitungen: Jede Leitung muss neu eingerichtet werden (ein Name und eine PIN; die erste wird im Anmeldebildschirm angelegt).{who} Verbindungen, Schlüssel, Postausgang und Prüfprotokoll sind nicht betroffen.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The list of managers ({name}) cannot be read: {problem}.</source>
            <translation>Die Liste der Leitungen ({name}) kann nicht gelesen werden: {problem}.</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln Minute</numerusform>
                <numerusform>%Ln Minuten</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no manager named {name}.</source>
            <translation>Es gibt keine Leitung namens {name}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is already a manager named {name}.</source>
            <translation>Es gibt bereits eine Leitung namens {name}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Too many wrong PINs. Try again in {wait}.</source>
            <translation>Zu viele falsche PINs. Versuchen Sie es in {wait} erneut.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The list of managers ({name} in {folder}) cannot be read: {why}. Give your user account permission to read it (or ask whoever manages this computer), then start Front Desk again.</source>
            <translation>Die Liste der Leitungen ({name} in {folder}) kann nicht gelesen werden: {why}. Geben Sie Ihrem Benutzerkonto Leserechte (oder bitten Sie die Person, die diesen Computer verwaltet) und starten Sie Front Desk neu.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>it is not valid JSON ({why})</source>
            <translation>sie ist kein gültiges JSON ({why})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>it does not hold a list of managers</source>
            <translation>sie enthält keine Liste von Leitungen</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The PIN protection key in this computer's keyring is missing or has changed, so no PIN can be checked. Remove the managers and set them up again.</source>
            <translation>Der PIN-Schutzschlüssel im Schlüsselbund dieses Computers fehlt oder hat sich geändert, daher kann keine PIN geprüft werden. Entfernen Sie die Leitungen und richten Sie sie neu ein.</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Welcome, {name}.</source>
            <translation>Willkommen, {name}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>That PIN is not right.</source>
            <translation>Diese PIN ist nicht richtig.</translation>
        </message>
    </context>
    <context>
        <name>Match</name>
        <message>
            <location filename="../services/directory/match.py" line="+37" />
            <source>first record</source>
            <translation>erster Datensatz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>employee id</source>
            <translation>Personalnummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../services/directory/people.py" line="+161" />
            <source>one system</source>
            <translation>ein System</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{system} by {method}</source>
            <translation>{system} über {method}</translation>
        </message>
    </context>
    <context>
        <name>OutboxCheck</name>
        <message>
            <location filename="../services/outbox/kinds/account.py" line="+73" />
            <source>The account has no email or phone to look it up by.</source>
            <translation>Das Konto hat keine E-Mail und kein Telefon, über die es sich finden ließe.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No account has this email address, so it was not created.</source>
            <translation>Kein Konto hat diese E-Mail-Adresse, es wurde also nicht angelegt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No account has this phone number, so it was not created.</source>
            <translation>Kein Konto hat diese Telefonnummer, es wurde also nicht angelegt.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>An account with this email address exists, but it is {names}, not the one sent.</source>
            <translation>Es gibt ein Konto mit dieser E-Mail-Adresse, aber es ist {names}, nicht das gesendete.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An account with this phone number exists, but it is {names}, not the one sent.</source>
            <translation>Es gibt ein Konto mit dieser Telefonnummer, aber es ist {names}, nicht das gesendete.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The account with this email address was made on {day}, before this entry was queued; it may not be the one sent.</source>
            <translation>Das Konto mit dieser E-Mail-Adresse wurde am {day} angelegt, bevor dieser Eintrag in die Warteschlange kam; es ist vielleicht nicht das gesendete.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The account with this phone number was made on {day}, before this entry was queued; it may not be the one sent.</source>
            <translation>Das Konto mit dieser Telefonnummer wurde am {day} angelegt, bevor dieser Eintrag in die Warteschlange kam; es ist vielleicht nicht das gesendete.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>An account with this email address and these names exists: it was created.</source>
            <translation>Es gibt ein Konto mit dieser E-Mail-Adresse und diesen Namen: Es wurde angelegt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An account with this phone number and these names exists: it was created.</source>
            <translation>Es gibt ein Konto mit dieser Telefonnummer und diesen Namen: Es wurde angelegt.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>WorkTaps no longer has the account; sending again will say so.</source>
            <translation>WorkTaps hat das Konto nicht mehr; ein erneutes Senden wird das melden.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The account</source>
            <translation>Das Konto</translation>
        </message>
        <message>
            <location line="+23" />
            <source>WorkTaps no longer has the account, so it was removed.</source>
            <translation>WorkTaps hat das Konto nicht mehr, es wurde also entfernt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WorkTaps still has the account, so it was not removed.</source>
            <translation>WorkTaps hat das Konto noch, es wurde also nicht entfernt.</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/clock_landed.py" line="+43" />
            <source>The day has no clock-in, so the entry is not there.</source>
            <translation>Der Tag hat kein Einstempeln, die Stempelung ist also nicht da.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The day's clock-in is this entry's time.</source>
            <translation>Das Einstempeln des Tages hat die Zeit dieser Stempelung.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The day's clock-in is later than this entry, so it is not there.</source>
            <translation>Das Einstempeln des Tages liegt nach dieser Stempelung, sie ist also nicht da.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The day already has an earlier clock-in: the record cannot show whether this entry was recorded.</source>
            <translation>Der Tag hat schon ein früheres Einstempeln: Der Datensatz kann nicht zeigen, ob diese Stempelung erfasst wurde.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The day has no record, so the entry is not there.</source>
            <translation>Der Tag hat keinen Datensatz, die Stempelung ist also nicht da.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The day's clock-in is at or after this clock-out: the record cannot show whether this entry was recorded.</source>
            <translation>Das Einstempeln des Tages liegt bei oder nach diesem Ausstempeln: Der Datensatz kann nicht zeigen, ob diese Stempelung erfasst wurde.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The day's clock-out is this entry's time.</source>
            <translation>Das Ausstempeln des Tages hat die Zeit dieser Stempelung.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The day's clock-out is missing or earlier, so it is not there.</source>
            <translation>Das Ausstempeln des Tages fehlt oder liegt früher, die Stempelung ist also nicht da.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The day already has a later clock-out: the record cannot show whether this entry was recorded.</source>
            <translation>Der Tag hat schon ein späteres Ausstempeln: Der Datensatz kann nicht zeigen, ob diese Stempelung erfasst wurde.</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/employee.py" line="+113" />
            <source>No employee has this email address, so it was not created.</source>
            <translation>Keine mitarbeitende Person hat diese E-Mail-Adresse, sie wurde also nicht angelegt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An employee with this email address exists, but it is {names}, not the one sent.</source>
            <translation>Es gibt eine mitarbeitende Person mit dieser E-Mail-Adresse, aber es ist {names}, nicht die gesendete.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The employee with this email address was added on {day}, before this entry was queued; it may not be the one sent.</source>
            <translation>Die mitarbeitende Person mit dieser E-Mail-Adresse wurde am {day} hinzugefügt, bevor dieser Eintrag in die Warteschlange kam; sie ist vielleicht nicht die gesendete.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An employee with this email address and this name exists: it was created.</source>
            <translation>Es gibt eine mitarbeitende Person mit dieser E-Mail-Adresse und diesem Namen: Sie wurde angelegt.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>WorkTime One no longer has the employee; sending again will say so.</source>
            <translation>WorkTime One hat die mitarbeitende Person nicht mehr; ein erneutes Senden wird das melden.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The employee</source>
            <translation>Die mitarbeitende Person</translation>
        </message>
        <message>
            <location line="+24" />
            <source>WorkTime One has no such employee any more.</source>
            <translation>WorkTime One hat diese mitarbeitende Person nicht mehr.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The employee's status is {status}: it landed.</source>
            <translation>Der Status der mitarbeitenden Person ist {status}: Es ist angekommen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The employee's status is {status}, not {wanted}.</source>
            <translation>Der Status der mitarbeitenden Person ist {status}, nicht {wanted}.</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/location.py" line="+65" />
            <source>No new location has this name, so it was not created.</source>
            <translation>Kein neuer Standort hat diesen Namen, er wurde also nicht angelegt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A new location with this name and these details exists: it was created.</source>
            <translation>Es gibt einen neuen Standort mit diesem Namen und diesen Angaben: Er wurde angelegt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New locations with this name exist, but not exactly one with the details sent.</source>
            <translation>Es gibt neue Standorte mit diesem Namen, aber nicht genau einen mit den gesendeten Angaben.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>WorkTaps does not list the location; sending again will say so.</source>
            <translation>WorkTaps führt den Standort nicht; ein erneutes Senden wird das melden.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The location</source>
            <translation>Der Standort</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/worktaps_compare.py" line="+53" />
            <source>{what} shows every new value.</source>
            <translation>{what} zeigt alle neuen Werte.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{what} still shows every old value.</source>
            <translation>{what} zeigt noch alle alten Werte.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} shows some of the new values but not {fields}: someone may have changed it at the same time.</source>
            <translation>{what} zeigt einige der neuen Werte, aber nicht {fields}: Vielleicht hat es jemand gleichzeitig geändert.</translation>
        </message>
    </context>
    <context>
        <name>OutboxKind</name>
        <message>
            <location filename="../services/outbox/kinds/account.py" line="+25" />
            <source>Create WorkTaps account</source>
            <translation>WorkTaps-Konto anlegen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Edit WorkTaps account</source>
            <translation>WorkTaps-Konto bearbeiten</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Terminate WorkTaps account</source>
            <translation>WorkTaps-Konto beenden</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/clock.py" line="+72" />
            <source>Clock correction</source>
            <translation>Stempelkorrektur</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/employee.py" line="+28" />
            <source>Add employee</source>
            <translation>Mitarbeitende Person hinzufügen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Edit employee</source>
            <translation>Mitarbeitende Person bearbeiten</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Deactivate employee</source>
            <translation>Mitarbeitende Person deaktivieren</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Restore employee</source>
            <translation>Mitarbeitende Person wiederherstellen</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/location.py" line="+9" />
            <source>Create location</source>
            <translation>Standort anlegen</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit location</source>
            <translation>Standort bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>OutboxPage</name>
        <message>
            <location filename="../ui/outbox/page.py" line="+36" />
            <location line="+27" />
            <source>Queued</source>
            <translation>Eingereiht</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Sending</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs attention</source>
            <translation>Zu klären</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Clock in {day} {time}</source>
            <translation>Kommen {day} {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clock out {day} {time}</source>
            <translation>Gehen {day} {time}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Entry</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Tries</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Writes in the outbox</source>
            <translation>Schreibvorgänge im Postausgang</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel entry</source>
            <translation>Änderung stornieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send again</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It landed</source>
            <translation>Ist angekommen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It did not land: send it</source>
            <translation>Nicht angekommen: senden</translation>
        </message>
        <message>
            <location line="+37" />
            <source>{waiting} waiting to send · {attention} need attention · {failed} failed · {sent} sent</source>
            <translation>{waiting} warten auf Versand · {attention} zu klären · {failed} fehlgeschlagen · {sent} gesendet</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Correct it from its page and send it anew.</source>
            <translation>Korrigieren Sie es auf seiner Seite und senden Sie es neu.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Could not tell whether this entry reached {service}. What it says now: {evidence}</source>
            <translation>Es ließ sich nicht feststellen, ob diese Änderung {service} erreicht hat. Was dort jetzt steht: {evidence}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not tell whether this entry reached the service. What it says now: {evidence}</source>
            <translation>Es ließ sich nicht feststellen, ob diese Änderung den Dienst erreicht hat. Was dort jetzt steht: {evidence}</translation>
        </message>
    </context>
    <context>
        <name>OutboxSender</name>
        <message>
            <location filename="../services/outbox/sender.py" line="+210" />
            <source>Front Desk hit an error {times} times in a row with this entry ({error}); whether it reached {service} is not known.</source>
            <translation>Front Desk ist bei diesem Eintrag {times}-mal hintereinander auf einen Fehler gestoßen ({error}); ob er {service} erreicht hat, ist nicht bekannt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Front Desk hit an error {times} times in a row with this entry ({error}); whether it reached the service is not known.</source>
            <translation>Front Desk ist bei diesem Eintrag {times}-mal hintereinander auf einen Fehler gestoßen ({error}); ob er den Dienst erreicht hat, ist nicht bekannt.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Front Desk cannot send an entry of kind {kind}.</source>
            <translation>Front Desk kann keinen Eintrag der Art {kind} senden.</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Front Desk cannot check whether an entry of kind {kind} landed.</source>
            <translation>Front Desk kann nicht prüfen, ob ein Eintrag der Art {kind} angekommen ist.</translation>
        </message>
    </context>
    <context>
        <name>OutboxState</name>
        <message>
            <location filename="../services/reports/handover_writes.py" line="-140" />
            <source>Queued</source>
            <translation>In der Warteschlange</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Being sent</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs a manager</source>
            <translation>Braucht eine Leitung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>OutboxStore</name>
        <message>
            <location filename="../store/outbox.py" line="+71" />
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>marked sent</source>
            <translation>als gesendet markiert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>retried</source>
            <translation>erneut versucht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>marked failed</source>
            <translation>als fehlgeschlagen markiert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>handed to a manager</source>
            <translation>an eine Leitung übergeben</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <location line="-9" />
            <source>edited</source>
            <translation>bearbeitet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resolved</source>
            <translation>geklärt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>queued</source>
            <translation>in der Warteschlange</translation>
        </message>
        <message>
            <location line="+1" />
            <source>being sent</source>
            <translation>im Versand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already sent</source>
            <translation>bereits gesendet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>waiting for a manager</source>
            <translation>wartet auf eine Leitung</translation>
        </message>
        <message>
            <location line="+313" />
            <source>Outbox entry {id} cannot be {verb}: another console took over sending it.</source>
            <translation>Der Postausgang-Eintrag {id} kann nicht {verb} werden: Eine andere Konsole hat das Senden übernommen.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{first} or {last}</source>
            <translation>{first} oder {last}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Outbox entry {id} is {state}, so it cannot be {verb}: only an entry that is {need} can.</source>
            <translation>Der Postausgang-Eintrag {id} ist {state}, daher kann er nicht {verb} werden: Das geht nur mit einem Eintrag, der {need} ist.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>There is no outbox entry {id}.</source>
            <translation>Es gibt keinen Postausgang-Eintrag {id}.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../ui/connections/overview.py" line="+37" />
            <source>Services</source>
            <translation>Dienste</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not set up.</source>
            <translation>Nicht eingerichtet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Refresh</source>
            <translation>Akt&amp;ualisieren</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Showing what was fetched {ago}; refreshing…</source>
            <translation>Angezeigt wird, was {ago} abgerufen wurde; wird aktualisiert…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Could not reach {services}; other figures are current as of {time}.</source>
            <translation>{services} nicht erreichbar; die übrigen Angaben haben den Stand von {time}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Current as of {time}.</source>
            <translation>Stand: {time}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Offline: {reason} Showing what was fetched before.</source>
            <translation>Offline: {reason} Angezeigt wird, was zuvor abgerufen wurde.</translation>
        </message>
    </context>
    <context>
        <name>Period</name>
        <message>
            <location filename="../services/reports/periods.py" line="+23" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yesterday</source>
            <translation>Gestern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last week</source>
            <translation>Letzte Woche</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This month</source>
            <translation>Dieser Monat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last month</source>
            <translation>Letzter Monat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom range</source>
            <translation>Eigener Zeitraum</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{title}, {span}</source>
            <translation>{title}, {span}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>A custom range needs a first and a last day.</source>
            <translation>Ein eigener Zeitraum braucht einen ersten und einen letzten Tag.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The first day of the range is after the last.</source>
            <translation>Der erste Tag des Zeitraums liegt nach dem letzten.</translation>
        </message>
    </context>
    <context>
        <name>PersonDay</name>
        <message>
            <location filename="../services/attendance/board.py" line="+150" />
            <source>Entered through a lock at {time} but did not clock in.</source>
            <translation>Um {time} durch ein Schloss eingetreten, aber nicht eingestempelt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unlocked after hours at {time}.</source>
            <translation>Um {time} außerhalb der Arbeitszeit geöffnet.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Denied at {time} ({method}).</source>
            <translation>Um {time} verweigert ({method}).</translation>
        </message>
    </context>
    <context>
        <name>PersonDayDialog</name>
        <message>
            <location filename="../ui/today/person_day.py" line="+40" />
            <source>{name}: {day}</source>
            <translation>{name}: {day}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Granted</source>
            <translation>Gewährt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Denied</source>
            <translation>Verweigert</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lock</source>
            <translation>Schloss</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clock in</source>
            <translation>Kommen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clock out</source>
            <translation>Gehen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Late by</source>
            <translation>Verspätung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left early by</source>
            <translation>Früher um</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No attendance record for this day.</source>
            <translation>Kein Anwesenheitseintrag für diesen Tag.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Correct…</source>
            <translation>&amp;Korrigieren…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Lock events ({count})</source>
            <translation>Schlossereignisse ({count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} min</source>
            <translation>{n} Min.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing unusual.</source>
            <translation>Nichts Auffälliges.</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <location filename="../ui/widgets/person_picker.py" line="+31" />
            <source>Type a name…</source>
            <translation>Namen eingeben…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+9" />
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
    </context>
    <context>
        <name>PlacesPage</name>
        <message>
            <location filename="../ui/accounts/places.py" line="+24" />
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Slug</source>
            <translation>Slug</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timezone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+13" />
            <source>Departments</source>
            <translation>Abteilungen</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+14" />
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <location line="-9" />
            <source>New &amp;location…</source>
            <translation>Neuer &amp;Standort…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit location…</source>
            <translation>Standort &amp;bearbeiten…</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <location filename="../services/directory/people.py" line="-102" />
            <source>Not in WorkTime One</source>
            <translation>Nicht in WorkTime One</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No WorkTaps account</source>
            <translation>Kein WorkTaps-Konto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not in WorQ</source>
            <translation>Nicht in WorQ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone differs</source>
            <translation>Telefon weicht ab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department differs</source>
            <translation>Abteilung weicht ab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email differs</source>
            <translation>E-Mail weicht ab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status differs</source>
            <translation>Status weicht ab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leaver still active</source>
            <translation>Ausgeschieden, noch aktiv</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leaver opening doors</source>
            <translation>Ausgeschieden, öffnet Türen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched by phone only</source>
            <translation>Nur über Telefon zugeordnet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>WorkTaps has no email or employee id for them; only the phone ties the account to them.</source>
            <translation>WorkTaps hat für diese Person keine E-Mail und keine Personalnummer; nur das Telefon verbindet das Konto mit ihr.</translation>
        </message>
        <message>
            <location line="+233" />
            <source>No WorkTime One employee.</source>
            <translation>Keine mitarbeitende Person in WorkTime One.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No WorkTaps account.</source>
            <translation>Kein WorkTaps-Konto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No WorQ record (not in HR).</source>
            <translation>Kein WorQ-Datensatz (nicht in der Personalabteilung).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{status} in WorkTime One, active in {systems}.</source>
            <translation>{status} in WorkTime One, aktiv in {systems}.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{day} at {time}</source>
            <translation>{day} um {time}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Opened the {lock} after leaving: last on {when}. {revoke}</source>
            <translation>Hat nach dem Ausscheiden {lock} geöffnet: zuletzt am {when}. {revoke}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Opened a door after leaving: last on {when}. {revoke}</source>
            <translation>Hat nach dem Ausscheiden eine Tür geöffnet: zuletzt am {when}. {revoke}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>WorkTaps has {phone}, WorQ has {other}.</source>
            <translation>WorkTaps hat {phone}, WorQ hat {other}.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>{first} and {last}</source>
            <translation>{first} und {last}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Left on {day} (WorQ), but is still in WorkTime One ({status}) and has a WorkTaps account.</source>
            <translation>Am {day} ausgeschieden (WorQ), steht aber noch in WorkTime One ({status}) und hat ein WorkTaps-Konto.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Left (WorQ), but is still in WorkTime One ({status}) and has a WorkTaps account.</source>
            <translation>Ausgeschieden (WorQ), steht aber noch in WorkTime One ({status}) und hat ein WorkTaps-Konto.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Left on {day} (WorQ), but is still in WorkTime One ({status}).</source>
            <translation>Am {day} ausgeschieden (WorQ), steht aber noch in WorkTime One ({status}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left (WorQ), but is still in WorkTime One ({status}).</source>
            <translation>Ausgeschieden (WorQ), steht aber noch in WorkTime One ({status}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Left on {day} (WorQ), but has a WorkTaps account.</source>
            <translation>Am {day} ausgeschieden (WorQ), hat aber ein WorkTaps-Konto.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left (WorQ), but has a WorkTaps account.</source>
            <translation>Ausgeschieden (WorQ), hat aber ein WorkTaps-Konto.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../store/recovery.py" line="+360" />
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Front Desk started with a new, empty database. Locks, people, attendance and accounts come back from the servers with the next sync.</source>
            <translation>Front Desk wurde mit einer neuen, leeren Datenbank gestartet. Schlösser, Personen, Anwesenheit und Konten kommen mit der nächsten Synchronisierung von den Servern zurück.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database was empty</source>
            <translation>Die Datenbank war leer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database file {name} in {folder} was empty (0 bytes): it had been emptied, for example by a disk check or an interrupted copy.</source>
            <translation>Die Datenbankdatei {name} in {folder} war leer (0 Byte): Sie wurde geleert, etwa durch eine Datenträgerprüfung oder eine abgebrochene Kopie.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{fresh} There was nothing in it to recover. The empty file was kept as {aside} in the same folder.</source>
            <translation>{fresh} Darin gab es nichts wiederherzustellen. Die leere Datei wurde als {aside} im selben Ordner behalten.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing could be read back from the damaged file.</source>
            <translation>Aus der beschädigten Datei konnte nichts zurückgelesen werden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read back from the damaged file and kept: {entries} ({unsent} not yet sent: they wait in the outbox as before) and {rows}.</source>
            <translation>Aus der beschädigten Datei zurückgelesen und behalten: {entries} ({unsent} noch nicht gesendet: Sie warten wie zuvor im Postausgang) und {rows}.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n outbox entr(y|ies)</source>
            <translation>
                <numerusform>%n Postausgang-Eintrag</numerusform>
                <numerusform>%n Postausgang-Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n audit log row(s)</source>
            <translation>
                <numerusform>%n Zeile des Prüfprotokolls</numerusform>
                <numerusform>%n Zeilen des Prüfprotokolls</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>outbox entries {ids}</source>
            <translation>Postausgang-Einträge {ids}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>audit log rows {ids}</source>
            <translation>Zeilen des Prüfprotokolls {ids}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not be recovered: {lost}. A correction among the lost outbox entries was not sent: check it in WorkTime One and enter it again if needed.</source>
            <translation>Nicht wiederherstellbar: {lost}. Eine Korrektur unter den verlorenen Postausgang-Einträgen wurde nicht gesendet: Prüfen Sie sie in WorkTime One und geben Sie sie bei Bedarf erneut ein.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing of the outbox or the audit log is known to be lost.</source>
            <translation>Vom Postausgang und vom Prüfprotokoll ist nichts als verloren bekannt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The damaged file no longer says how many rows the outbox and audit log had, so more may be lost than this counts.</source>
            <translation>Die beschädigte Datei sagt nicht mehr, wie viele Zeilen Postausgang und Prüfprotokoll hatten; es kann also mehr verloren sein als hier gezählt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The damaged file no longer says how many rows the outbox had, so more may be lost than this counts.</source>
            <translation>Die beschädigte Datei sagt nicht mehr, wie viele Zeilen der Postausgang hatte; es kann also mehr verloren sein als hier gezählt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The damaged file no longer says how many rows the audit log had, so more may be lost than this counts.</source>
            <translation>Die beschädigte Datei sagt nicht mehr, wie viele Zeilen das Prüfprotokoll hatte; es kann also mehr verloren sein als hier gezählt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database was damaged</source>
            <translation>Die Datenbank war beschädigt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database file {name} in {folder} is damaged and could not be opened (SQLite says: {problem}).</source>
            <translation>Die Datenbankdatei {name} in {folder} ist beschädigt und konnte nicht geöffnet werden (SQLite meldet: {problem}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{fresh} The damaged file was set aside, not deleted, as {aside} in the same folder.</source>
            <translation>{fresh} Die beschädigte Datei wurde nicht gelöscht, sondern als {aside} im selben Ordner beiseitegelegt.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The disk is full</source>
            <translation>Der Datenträger ist voll</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The disk is full: Front Desk could not write to its database {name} in the folder {folder}.</source>
            <translation>Der Datenträger ist voll: Front Desk konnte nicht in seine Datenbank {name} im Ordner {folder} schreiben.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing was changed. Free some space on that disk, then start Front Desk again.</source>
            <translation>Es wurde nichts geändert. Geben Sie auf diesem Datenträger Speicherplatz frei und starten Sie Front Desk neu.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database cannot be written</source>
            <translation>In die Datenbank kann nicht geschrieben werden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Front Desk cannot write to its database {name} in {folder}: {detail}.</source>
            <translation>Front Desk kann nicht in seine Datenbank {name} in {folder} schreiben: {detail}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Front Desk keeps unsent corrections and the audit log in that file, so it does not start on a file it cannot write: a correction you queued would have nowhere to go. The file is not damaged and was left as it is. Give your user account permission to change the file and the folder (or ask whoever manages this computer), then start Front Desk again.</source>
            <translation>Front Desk bewahrt nicht gesendete Korrekturen und das Prüfprotokoll in dieser Datei auf und startet daher nicht mit einer Datei, in die es nicht schreiben kann: Eine eingereihte Korrektur hätte kein Ziel. Die Datei ist nicht beschädigt und blieb unverändert. Geben Sie Ihrem Benutzerkonto die Berechtigung, die Datei und den Ordner zu ändern (oder bitten Sie die Person, die diesen Computer verwaltet), und starten Sie Front Desk neu.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The database cannot be used</source>
            <translation>Die Datenbank kann nicht verwendet werden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Front Desk cannot use its database {name} in {folder}: {detail}.</source>
            <translation>Front Desk kann seine Datenbank {name} in {folder} nicht verwenden: {detail}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing was deleted. Move the file out of that folder yourself (or ask whoever manages this computer), then start Front Desk again: it will start with a new database.</source>
            <translation>Es wurde nichts gelöscht. Verschieben Sie die Datei selbst aus diesem Ordner (oder bitten Sie die Person, die diesen Computer verwaltet), und starten Sie Front Desk neu: Es startet dann mit einer neuen Datenbank.</translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <location filename="../ui/reports/charts.py" line="+37" />
            <source>Hours worked per day</source>
            <translation>Gearbeitete Stunden pro Tag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late arrivals per day</source>
            <translation>Verspätungen pro Tag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who is late most (minutes late in all)</source>
            <translation>Häufigste Verspätungen (Minuten insgesamt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime by person (hours)</source>
            <translation>Überstunden pro Person (Stunden)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hours per day</source>
            <translation>Stunden pro Tag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late per day</source>
            <translation>Verspätungen pro Tag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late most</source>
            <translation>Am häufigsten zu spät</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime</source>
            <translation>Überstunden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no hours recorded</source>
            <translation>keine Stunden erfasst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no late arrivals</source>
            <translation>keine Verspätungen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nobody was late</source>
            <translation>niemand kam zu spät</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no overtime</source>
            <translation>keine Überstunden</translation>
        </message>
        <message>
            <location line="+129" />
            <source>Hours worked</source>
            <translation>Gearbeitete Stunden</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Late arrivals</source>
            <translation>Verspätungen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Minutes late</source>
            <translation>Minuten Verspätung</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Overtime hours</source>
            <translation>Überstunden</translation>
        </message>
        <message>
            <location line="+9" />
            <source>once</source>
            <translation>einmal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count}×</source>
            <translation>{count}×</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Chart: %s</source>
            <translation>Diagramm: %s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A picture of the report's numbers; the tables above hold them</source>
            <translation>Ein Bild der Zahlen des Berichts; die Tabellen darüber enthalten sie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Charts by day</source>
            <translation>Diagramme nach Tag</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Charts by person</source>
            <translation>Diagramme nach Person</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message>
            <location filename="../ui/reports/export.py" line="+98" />
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period: {period} ({start} to {end}) · Person: {person} · Timezone: {zone} · Exported {day} {time}</source>
            <translation>Zeitraum: {period} ({start} bis {end}) · Person: {person} · Zeitzone: {zone} · Exportiert am {day} um {time}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit log: {head}</source>
            <translation>Prüfprotokoll: {head}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Payroll and attendance</source>
            <translation>Lohnabrechnung und Anwesenheit</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Payroll and attendance, {period}</source>
            <translation>Lohnabrechnung und Anwesenheit, {period}</translation>
        </message>
    </context>
    <context>
        <name>ReportTable</name>
        <message>
            <location filename="../services/reports/report.py" line="+168" />
            <location line="+66" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Employee ID</source>
            <translation>Personalnummer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular h</source>
            <translation>Reguläre Std.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime h</source>
            <translation>Überstd.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+65" />
            <location line="+47" />
            <source>Late min</source>
            <translation>Verspät. Min.</translation>
        </message>
        <message>
            <location line="-111" />
            <location line="+65" />
            <source>Early min</source>
            <translation>Früher Min.</translation>
        </message>
        <message>
            <location line="-64" />
            <source>Penalties</source>
            <translation>Abzüge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base pay</source>
            <translation>Grundlohn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime pay</source>
            <translation>Überstundenlohn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gross pay</source>
            <translation>Bruttolohn</translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>Total · %Ln (person|people)</source>
            <translation>
                <numerusform>Gesamt · %Ln Person</numerusform>
                <numerusform>Gesamt · %Ln Personen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Payroll</source>
            <translation>Lohnabrechnung</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+67" />
            <source>Absent</source>
            <translation>Abwesend</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Not in yet</source>
            <translation>Noch nicht da</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+62" />
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <location line="-61" />
            <source>No clock-out</source>
            <translation>Gehen-Buchung fehlt</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+48" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Clock in</source>
            <translation>Kommen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clock out</source>
            <translation>Gehen</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+49" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{present} present · {absent} absent</source>
            <translation>{present} anwesend · {absent} abwesend</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%Ln person-day(s)</source>
            <translation>
                <numerusform>%Ln Personentag</numerusform>
                <numerusform>%Ln Personentage</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+28" />
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Late arrivals</source>
            <translation>Verspätungen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Attendance by day</source>
            <translation>Anwesenheit pro Tag</translation>
        </message>
    </context>
    <context>
        <name>ReportTiles</name>
        <message>
            <location filename="../ui/reports/export.py" line="-63" />
            <location filename="../ui/reports/tiles.py" line="+126" />
            <source>{hours} h</source>
            <translation>{hours} Std.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../ui/reports/tiles.py" line="-58" />
            <source>Gross pay</source>
            <translation>Bruttolohn</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/reports/tiles.py" line="+1" />
            <source>Hours worked</source>
            <translation>Gearbeitete Stunden</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/reports/tiles.py" line="+1" />
            <source>Overtime</source>
            <translation>Überstunden</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/reports/tiles.py" line="+1" />
            <source>Late arrivals</source>
            <translation>Verspätungen</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/reports/tiles.py" line="+1" />
            <source>Absences</source>
            <translation>Abwesenheiten</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/reports/tiles.py" line="+1" />
            <source>Days worked</source>
            <translation>Arbeitstage</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/reports/tiles.py" line="+47" />
            <source>%Ln (person|people)</source>
            <translation>
                <numerusform>%Ln Person</numerusform>
                <numerusform>%Ln Personen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>{hours} regular</source>
            <translation>{hours} regulär</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%Ln min in all</source>
            <translation>
                <numerusform>%Ln Min. insgesamt</numerusform>
                <numerusform>%Ln Min. insgesamt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>of %Ln person-day(s)</source>
            <translation>
                <numerusform>von %Ln Personentag</numerusform>
                <numerusform>von %Ln Personentagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln left early</source>
            <translation>
                <numerusform>%Ln früher gegangen</numerusform>
                <numerusform>%Ln früher gegangen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsController</name>
        <message>
            <location filename="../ui/reports/controller.py" line="+31" />
            <source>Reports need a connection to WorkTime One.</source>
            <translation>Berichte brauchen eine Verbindung zu WorkTime One.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay is hidden: reveal it with your PIN (Reveal pay…) to export the payroll.</source>
            <translation>Löhne sind verborgen: Zeigen Sie sie mit Ihrer PIN an (Löhne anzeigen…), um die Lohnabrechnung zu exportieren.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Loading the reports for {period}…</source>
            <translation>Berichte für {period} werden geladen…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>loading the payroll and attendance reports</source>
            <translation>Laden der Lohn- und Anwesenheitsberichte</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Could not load the reports</source>
            <translation>Die Berichte konnten nicht geladen werden</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Something unexpected went wrong; it has been logged.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen; es wurde protokolliert.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sign in again to reveal pay.</source>
            <translation>Melden Sie sich erneut an, um Löhne anzuzeigen.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Load a report first: there is nothing to export yet.</source>
            <translation>Laden Sie zuerst einen Bericht: Es gibt noch nichts zu exportieren.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saving {file}…</source>
            <translation>{file} wird gespeichert…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>saving {file}</source>
            <translation>Speichern von {file}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Could not save {file}</source>
            <translation>{file} konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Saved {file}</source>
            <translation>{file} gespeichert</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/reports/page.py" line="+137" />
            <source>Your PIN</source>
            <translation>Ihre PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type your PIN, then Enter, to show pay</source>
            <translation>Geben Sie Ihre PIN ein und drücken Sie die Eingabetaste, um die Beträge anzuzeigen</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Report tables</source>
            <translation>Berichtstabellen</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+3" />
            <source>Payroll</source>
            <translation>Lohnabrechnung</translation>
        </message>
        <message>
            <location line="-120" />
            <location line="+2" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <location line="-1" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save WorkTime One's own Excel report</source>
            <translation>Den Excel-Bericht von WorkTime One speichern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the table as shown (CSV)</source>
            <translation>Tabelle wie angezeigt exportieren (CSV)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the table as shown (Excel)</source>
            <translation>Tabelle wie angezeigt exportieren (Excel)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save a printable report (PDF)</source>
            <translation>Druckbaren Bericht speichern (PDF)</translation>
        </message>
        <message>
            <location line="+54" />
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fetch the reports again (F5)</source>
            <translation>Berichte erneut abrufen (F5)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Server's Excel report…</source>
            <translation>Excel-Bericht des Servers…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WorkTime One's payroll workbook, saved exactly as sent</source>
            <translation>Die Lohnarbeitsmappe von WorkTime One, genau wie gesendet gespeichert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export &amp;Excel…</source>
            <translation>&amp;Excel exportieren…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The table on screen, as an Excel workbook (Ctrl+E)</source>
            <translation>Die angezeigte Tabelle als Excel-Arbeitsmappe (Strg+E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A printable report with the charts (Ctrl+P)</source>
            <translation>Ein druckbarer Bericht mit den Diagrammen (Strg+P)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+205" />
            <source>Reveal pay…</source>
            <translation>Löhne anzeigen…</translation>
        </message>
        <message>
            <location line="-202" />
            <source>Pay is hidden from a screen visitors can see; your PIN shows it</source>
            <translation>Löhne sind auf einem Bildschirm, den Besucher sehen, verborgen; Ihre PIN zeigt sie an</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your PIN, then Enter</source>
            <translation>Ihre PIN, dann Eingabe</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+3" />
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Totals</source>
            <translation>Summen</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Fetch the reports again</source>
            <translation>Berichte erneut abrufen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the table to Excel</source>
            <translation>Tabelle nach Excel exportieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printable PDF</source>
            <translation>Druckbares PDF</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{period}  ·  {person}  ·  times in {zone}</source>
            <translation>{period}  ·  {person}  ·  Zeiten in {zone}</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%Ln (person|people)</source>
            <translation>
                <numerusform>%Ln Person</numerusform>
                <numerusform>%Ln Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln person-day(s)</source>
            <translation>
                <numerusform>%Ln Personentag</numerusform>
                <numerusform>%Ln Personentage</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>fetched at {time}</source>
            <translation>abgerufen um {time}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Sign in to reveal pay.</source>
            <translation>Melden Sie sich an, um Löhne anzuzeigen.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Hide pay</source>
            <translation>Löhne ausblenden</translation>
        </message>
    </context>
    <context>
        <name>ReviewProblem</name>
        <message>
            <location filename="../services/attendance/review.py" line="+25" />
            <source>No clock-out</source>
            <translation>Kein Ausstempeln</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Absent</source>
            <translation>Abwesend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entered through a lock, never clocked in</source>
            <translation>Durch ein Schloss eingetreten, nie eingestempelt</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <location filename="../secrets.py" line="+48" />
            <source>WorkTime One key</source>
            <translation>WorkTime One-Schlüssel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WorkTaps key</source>
            <translation>WorkTaps-Schlüssel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WorQ partner key</source>
            <translation>WorQ-Partnerschlüssel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>webhook signing secret</source>
            <translation>Webhook-Signaturgeheimnis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN protection key</source>
            <translation>PIN-Schutzschlüssel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit log key</source>
            <translation>Prüfprotokoll-Schlüssel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shared store password</source>
            <translation>Passwort des gemeinsamen Speichers</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Windows Credential Manager</source>
            <translation>der Windows-Anmeldeinformationsverwaltung</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the macOS Keychain</source>
            <translation>dem macOS-Schlüsselbund</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the Secret Service (GNOME Keyring or KWallet)</source>
            <translation>dem Secret Service (GNOME Keyring oder KWallet)</translation>
        </message>
        <message>
            <location line="+39" />
            <source>no secure keyring was found on this computer</source>
            <translation>auf diesem Computer wurde kein sicherer Schlüsselbund gefunden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the keyring is switched off</source>
            <translation>der Schlüsselbund ist ausgeschaltet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the only keyring available keeps keys in a file</source>
            <translation>der einzige verfügbare Schlüsselbund speichert Schlüssel in einer Datei</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no secure keyring comes first among the keyrings found</source>
            <translation>unter den gefundenen Schlüsselbunden steht kein sicherer an erster Stelle</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Make sure Front Desk runs as a signed-in Windows user and that Credential Manager is not disabled by policy</source>
            <translation>Stellen Sie sicher, dass Front Desk als angemeldeter Windows-Benutzer läuft und die Anmeldeinformationsverwaltung nicht per Richtlinie deaktiviert ist</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sign in to your macOS user account so its login keychain is unlocked, and allow Front Desk when the Keychain asks</source>
            <translation>Melden Sie sich bei Ihrem macOS-Benutzerkonto an, damit sein Anmeldeschlüsselbund entsperrt ist, und erlauben Sie Front Desk den Zugriff, wenn der Schlüsselbund fragt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Install and start one, such as GNOME Keyring (gnome-keyring) or KWallet, and sign in to a desktop session that unlocks it</source>
            <translation>Installieren und starten Sie einen, etwa GNOME Keyring (gnome-keyring) oder KWallet, und melden Sie sich bei einer Desktop-Sitzung an, die ihn entsperrt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Front Desk cannot keep connection keys: {reason}. Front Desk keeps them in {expected}. {fix}; then start Front Desk again. Front Desk will not store keys in a file.</source>
            <translation>Front Desk kann keine Verbindungsschlüssel aufbewahren: {reason}. Front Desk bewahrt sie in {expected} auf. {fix}; starten Sie Front Desk danach neu. Front Desk speichert keine Schlüssel in einer Datei.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The {secret} is {length} characters long; Front Desk keeps at most {limit}. Check that only the key or password was pasted.</source>
            <translation>„{secret}“ ist {length} Zeichen lang; Front Desk bewahrt höchstens {limit} auf. Prüfen Sie, dass nur der Schlüssel oder das Passwort eingefügt wurde.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Connection keys are kept in {name}.</source>
            <translation>Die Verbindungsschlüssel werden in {name} aufbewahrt.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The {secret} for {profile} is stored incompletely. Enter it again in the connection setup.</source>
            <translation>„{secret}“ für {profile} ist unvollständig gespeichert. Geben Sie es in der Verbindungseinrichtung erneut ein.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The {secret} is empty.</source>
            <translation>„{secret}“ ist leer.</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Front Desk could not read the {secret} for {who} in {backend}</source>
            <translation>Front Desk konnte „{secret}“ für {who} in {backend} nicht lesen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Front Desk could not save the {secret} for {who} in {backend}</source>
            <translation>Front Desk konnte „{secret}“ für {who} in {backend} nicht speichern</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Front Desk could not remove the {secret} for {who} in {backend}</source>
            <translation>Front Desk konnte „{secret}“ für {who} in {backend} nicht entfernen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{what}: the keyring is locked. Unlock it and try again.</source>
            <translation>{what}: Der Schlüsselbund ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{what}: the keyring could not be opened. Sign in again and retry.</source>
            <translation>{what}: Der Schlüsselbund konnte nicht geöffnet werden. Melden Sie sich erneut an und versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what}: the keyring reported an error ({error}).</source>
            <translation>{what}: Der Schlüsselbund hat einen Fehler gemeldet ({error}).</translation>
        </message>
    </context>
    <context>
        <name>SendingForm</name>
        <message>
            <location filename="../ui/widgets/sending_form.py" line="+122" />
            <source>Required</source>
            <translation>Pflichtfeld</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Fix the field marked in red.</source>
            <translation>Korrigieren Sie das rot markierte Feld.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Fix the %n fields marked in red.</source>
            <translation>
                <numerusform>Korrigieren Sie das rot markierte Feld.</numerusform>
                <numerusform>Korrigieren Sie die %n rot markierten Felder.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>Sending to {service}…</source>
            <translation>Wird an {service} gesendet…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../services/session.py" line="+107" />
            <source>The team's shared store does not answer. What you save is kept on this desk and handed to the team's store as soon as it answers again; nothing is lost.</source>
            <translation>Der gemeinsame Speicher des Teams antwortet nicht. Was Sie speichern, bleibt an diesem Arbeitsplatz und geht an den Speicher des Teams, sobald er wieder antwortet; nichts geht verloren.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kept on this desk, as the team's shared store is out of reach; it goes there when the store answers again, and is sent from there.</source>
            <translation>An diesem Arbeitsplatz behalten, da der gemeinsame Speicher des Teams nicht erreichbar ist; es geht dorthin, sobald er wieder antwortet, und wird von dort gesendet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{what}: kept on this desk, as the team's shared store is out of reach; it goes there when the store answers again, and is sent from there.</source>
            <translation>{what}: an diesem Arbeitsplatz behalten, da der gemeinsame Speicher des Teams nicht erreichbar ist; es geht dorthin, sobald er wieder antwortet, und wird von dort gesendet.</translation>
        </message>
        <message>
            <location line="+156" />
            <source>handing what this desk kept to the team's store</source>
            <translation>Übergeben, was dieser Arbeitsplatz behalten hat, an den Speicher des Teams</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Saved: the desk that syncs for the team sends it within moments.</source>
            <translation>Gespeichert: Der Arbeitsplatz, der für das Team synchronisiert, sendet es in Kürze.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{service} is not connected: the change waits in the outbox and goes out later.</source>
            <translation>{service} ist nicht verbunden: Die Änderung wartet im Postausgang und wird später gesendet.</translation>
        </message>
        <message>
            <location line="+100" />
            <source>this key can only read.</source>
            <translation>dieser Schlüssel kann nur lesen.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>stopping the webhook receiver</source>
            <translation>Webhook-Empfänger anhalten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>closing the old connections</source>
            <translation>Alte Verbindungen schließen</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Webhooks are on, but no signing secret is set: set it in Connections. Until then the board is kept fresh by polling.</source>
            <translation>Webhooks sind eingeschaltet, aber es ist kein Signaturgeheimnis gesetzt: Legen Sie es unter Verbindungen fest. Bis dahin bleibt die Tafel durch regelmäßiges Abfragen aktuell.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Webhooks are off: the console cannot listen at {host} port {port} ({why}). Choose another port in Connections; until then the board is kept fresh by polling.</source>
            <translation>Webhooks sind aus: Die Konsole kann auf {host} Port {port} nicht lauschen ({why}). Wählen Sie unter Verbindungen einen anderen Port; bis dahin bleibt die Tafel durch regelmäßiges Abfragen aktuell.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The webhook receiver is off: turn webhooks on in Connections first.</source>
            <translation>Der Webhook-Empfänger ist aus: Schalten Sie zuerst unter Verbindungen die Webhooks ein.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The test event arrived, signed with the right secret.</source>
            <translation>Das Testereignis ist angekommen, mit dem richtigen Geheimnis signiert.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The test event did not arrive ({why}).</source>
            <translation>Das Testereignis ist nicht angekommen ({why}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <location line="+54" />
            <source>sending corrections</source>
            <translation>Korrekturen senden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>loading today's data</source>
            <translation>Daten von heute laden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loading locks and attendance…</source>
            <translation>Schlösser und Anwesenheit werden geladen…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>refreshing today</source>
            <translation>Heute aktualisieren</translation>
        </message>
        <message>
            <location line="+6" />
            <source>reading the deleted employees</source>
            <translation>Gelöschte Mitarbeitende lesen</translation>
        </message>
        <message>
            <location line="+27" />
            <source>sending WorkTaps changes</source>
            <translation>WorkTaps-Änderungen senden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>loading WorkTaps accounts</source>
            <translation>WorkTaps-Konten laden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loading WorkTaps accounts…</source>
            <translation>WorkTaps-Konten werden geladen…</translation>
        </message>
        <message>
            <location line="+94" />
            <source>finding who has left (WorQ)</source>
            <translation>Ausgeschiedene suchen (WorQ)</translation>
        </message>
        <message>
            <location line="+139" />
            <location line="+18" />
            <source>Older history needs a connection to WorkTime One.</source>
            <translation>Für ältere Verläufe ist eine Verbindung zu WorkTime One nötig.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Loading a period needs a connection to WorkTime One.</source>
            <translation>Zum Laden eines Zeitraums ist eine Verbindung zu WorkTime One nötig.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{service} is not connected.</source>
            <translation>{service} ist nicht verbunden.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The server's filters need a connection to WorkTaps.</source>
            <translation>Die Filter des Servers brauchen eine Verbindung zu WorkTaps.</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+9" />
            <source>Reading the employees needs a connection to WorkTime One.</source>
            <translation>Zum Lesen der Mitarbeitenden ist eine Verbindung zu WorkTime One nötig.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Editing an employee needs a connection to WorkTime One.</source>
            <translation>Zum Bearbeiten einer mitarbeitenden Person ist eine Verbindung zu WorkTime One nötig.</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+11" />
            <source>Reports need a connection to WorkTime One.</source>
            <translation>Berichte brauchen eine Verbindung zu WorkTime One.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>applying WorkTime One's events</source>
            <translation>Ereignisse von WorkTime One anwenden</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../config.py" line="+94" />
            <source>A connection name must be 1 to 64 characters long.</source>
            <translation>Ein Verbindungsname muss 1 bis 64 Zeichen lang sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A connection name cannot start with _ or contain / or #.</source>
            <translation>Ein Verbindungsname darf nicht mit _ beginnen und weder / noch # enthalten.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A connection name cannot contain control characters.</source>
            <translation>Ein Verbindungsname darf keine Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Listen on an address of this computer: 127.0.0.1 (this computer only, behind a reverse proxy) or 0.0.0.0 (every network it is on).</source>
            <translation>Lauschen Sie auf einer Adresse dieses Computers: 127.0.0.1 (nur dieser Computer, hinter einem Reverse-Proxy) oder 0.0.0.0 (alle Netzwerke, in denen er ist).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The {service} address is empty.</source>
            <translation>Die Adresse von {service} ist leer.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>A shared store's address starts with postgresql:// (for example postgresql://frontdesk@db.example.com:5432/frontdesk).</source>
            <translation>Die Adresse eines gemeinsamen Speichers beginnt mit postgresql:// (zum Beispiel postgresql://frontdesk@db.example.com:5432/frontdesk).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The shared store's port is not a number.</source>
            <translation>Der Port des gemeinsamen Speichers ist keine Zahl.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leave the password out of the address and type it in the password field: it is kept in this computer's keyring, never in a file.</source>
            <translation>Lassen Sie das Passwort aus der Adresse weg und geben Sie es im Passwortfeld ein: Es wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Say who this desk signs in as: postgresql://USER@host/database.</source>
            <translation>Geben Sie an, als wer sich dieser Arbeitsplatz anmeldet: postgresql://BENUTZER@host/database.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Say which database: postgresql://user@host/DATABASE.</source>
            <translation>Geben Sie die Datenbank an: postgresql://user@host/DATENBANK.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>sslmode={mode} does not check the server's certificate. Off this computer the shared store needs sslmode=verify-full, so nobody between the desks and the database can read or change what they send.</source>
            <translation>sslmode={mode} prüft das Zertifikat des Servers nicht. Außerhalb dieses Computers braucht der gemeinsame Speicher sslmode=verify-full, damit niemand zwischen den Arbeitsplätzen und der Datenbank lesen oder ändern kann, was sie senden.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>sslmode={mode} is not a mode PostgreSQL knows.</source>
            <translation>sslmode={mode} ist kein Modus, den PostgreSQL kennt.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Name this desk in 1 to 40 characters (for example: North entrance).</source>
            <translation>Benennen Sie diesen Arbeitsplatz mit 1 bis 40 Zeichen (zum Beispiel: Nordeingang).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A desk's name cannot contain control characters.</source>
            <translation>Der Name eines Arbeitsplatzes darf keine Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Front Desk could not read its settings file ({why}) and is using the default settings for now.</source>
            <translation>Front Desk konnte seine Einstellungsdatei nicht lesen ({why}) und verwendet vorerst die Standardeinstellungen.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>it is not valid JSON (line {line})</source>
            <translation>es ist kein gültiges JSON (Zeile {line})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is not readable text</source>
            <translation>es ist kein lesbarer Text</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The settings file is damaged ({reason}) and could not be set aside ({why}). Front Desk is using the default settings.</source>
            <translation>Die Einstellungsdatei ist beschädigt ({reason}) und konnte nicht beiseitegelegt werden ({why}). Front Desk verwendet die Standardeinstellungen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The settings file was damaged ({reason}), so Front Desk set it aside as {aside} and started with the default settings. Keys in the system keyring are not affected.</source>
            <translation>Die Einstellungsdatei war beschädigt ({reason}); Front Desk hat sie als {aside} beiseitegelegt und mit den Standardeinstellungen gestartet. Schlüssel im Schlüsselbund des Systems sind nicht betroffen.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The appearance {value} in the settings file is not one Front Desk knows, so it follows the system's colours. Choose Light or Dark under Console › Settings.</source>
            <translation>Das Erscheinungsbild {value} in der Einstellungsdatei kennt Front Desk nicht, daher folgt es den Farben des Systems. Wählen Sie Hell oder Dunkel unter Konsole › Einstellungen.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>These settings are not known to this version and will be dropped on the next save: {keys}.</source>
            <translation>Diese Einstellungen kennt diese Version nicht; sie werden beim nächsten Speichern verworfen: {keys}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="+53" />
            <location line="+34" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location line="-30" />
            <source> minutes</source>
            <translation> Minuten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Front Desk locks itself after this long without a key or a click</source>
            <translation>Front Desk sperrt sich nach dieser Zeit ohne Tastendruck oder Klick</translation>
        </message>
        <message>
            <location line="-22" />
            <location line="+25" />
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location line="+28" />
            <source>From the next start</source>
            <translation>Ab dem nächsten Start</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log more, and every Qt-thread stall (from the next start)</source>
            <translation>Mehr protokollieren, auch jedes Stocken des Qt-Threads (ab dem nächsten Start)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Light or dark colours, or the system's as it changes</source>
            <translation>Helle oder dunkle Farben, oder die des Systems, wie sie sich ändern</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lock after</source>
            <translation>Sperren nach</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appearance</source>
            <translation>Erscheinungsbild</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Debug log</source>
            <translation>Debug-Protokoll</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data (the store)</source>
            <translation>Daten (der Speicher)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The settings could not be saved: {why}</source>
            <translation>Die Einstellungen konnten nicht gespeichert werden: {why}</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <location filename="../ui/connections/share.py" line="+39" />
            <source>Desks that share one store see the same locks, board, outbox and audit log. One of them talks to the services for all (the organization's hourly requests are spent once); if it stops, another takes over within seconds. This desk's unsent entries and its audit log go to the shared store when Front Desk starts again.</source>
            <translation>Arbeitsplätze, die einen Speicher teilen, sehen dieselben Schlösser, dieselbe Tafel, denselben Postausgang und dasselbe Prüfprotokoll. Einer von ihnen spricht für alle mit den Diensten (die stündlichen Anfragen der Organisation werden nur einmal verbraucht); hält er an, übernimmt binnen Sekunden ein anderer. Die nicht gesendeten Einträge dieses Arbeitsplatzes und sein Prüfprotokoll gehen beim nächsten Start von Front Desk in den gemeinsamen Speicher.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Off this computer the connection is encrypted and the server's certificate checked against this computer's certificate authorities (sslmode=verify-full); add sslrootcert=PATH to the address for a certificate of your own.</source>
            <translation>Außerhalb dieses Computers ist die Verbindung verschlüsselt, und das Zertifikat des Servers wird gegen die Zertifizierungsstellen dieses Computers geprüft (sslmode=verify-full); fügen Sie der Adresse sslrootcert=PFAD hinzu, um ein eigenes Zertifikat zu verwenden.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Share with other desks</source>
            <translation>Mit anderen Arbeitsplätzen teilen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The database user's password</source>
            <translation>Das Passwort des Datenbankbenutzers</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The password is kept in the system keyring only.</source>
            <translation>Das Passwort wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Shared store</source>
            <translation>Gemeinsamer Speicher</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This desk's name</source>
            <translation>Name dieses Arbeitsplatzes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Join the team</source>
            <translation>Dem Team &amp;beitreten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Test</source>
            <translation>&amp;Testen</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Reaching the shared store…</source>
            <translation>Gemeinsamer Speicher wird erreicht…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reaching the shared store</source>
            <translation>Erreichen des gemeinsamen Speichers</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Front desk</source>
            <translation>Empfang</translation>
        </message>
    </context>
    <context>
        <name>SharedStore</name>
        <message>
            <location filename="../store/postgres.py" line="+491" />
            <source>The shared store's tables are not this version's, and this desk's database user may not change them. Start Front Desk (or frontdesk sync) once as the database's owner. ({said})</source>
            <translation>Die Tabellen des gemeinsamen Speichers gehören nicht zu dieser Version, und der Datenbankbenutzer dieses Arbeitsplatzes darf sie nicht ändern. Starten Sie Front Desk (oder frontdesk sync) einmal als Eigentümer der Datenbank. ({said})</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../ui/shortcuts.py" line="+81" />
            <source>Everywhere</source>
            <translation>Überall</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location line="+19" />
            <location line="+5" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location line="-1" />
            <source>What it does</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Everywhere else: Tab and Shift+Tab move between fields, Alt and a button's underlined letter presses it, Enter on a table's row opens or corrects it, Space ticks a box, Esc closes a dialog.</source>
            <translation>Überall sonst: Tab und Umschalt+Tab wechseln zwischen Feldern, Alt und der unterstrichene Buchstabe einer Schaltfläche drücken sie, die Eingabetaste auf einer Tabellenzeile öffnet oder korrigiert sie, die Leertaste setzt ein Häkchen, Esc schließt einen Dialog.</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <location filename="../ui/signin.py" line="+30" />
            <source>Front Desk cannot create or check a manager's PIN without the keyring. The keyring is the operating system's safe for passwords and keys; Front Desk keeps the key that protects every manager's PIN there, and never in a file.</source>
            <translation>Front Desk kann die PIN einer Leitung ohne den Schlüsselbund weder anlegen noch prüfen. Der Schlüsselbund ist der Tresor des Betriebssystems für Passwörter und Schlüssel; Front Desk bewahrt dort den Schlüssel auf, der die PIN jeder Leitung schützt, und nie in einer Datei.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>To continue: set up or unlock the keyring, then press Retry (what you typed is kept). To look around without a keyring, press Try the demo: sample data, its own manager.</source>
            <translation>So geht es weiter: Richten Sie den Schlüsselbund ein oder entsperren Sie ihn, und klicken Sie dann auf Erneut versuchen (Ihre Eingaben bleiben erhalten). Um sich ohne Schlüsselbund umzusehen, klicken Sie auf Demo ausprobieren: Beispieldaten mit eigener Leitung.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>4 to 12 digits</source>
            <translation>4 bis 12 Ziffern</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+94" />
            <source>Front Desk is locked</source>
            <translation>Front Desk ist gesperrt</translation>
        </message>
        <message>
            <location line="-79" />
            <source>Retry</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Try the demo</source>
            <translation>Demo ausprobieren</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Manager</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+14" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Your name, as colleagues know it</source>
            <translation>Ihr Name, wie das Team Sie kennt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create profile and sign in</source>
            <translation>Profil anlegen und anmelden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No manager profile exists yet. Create the first one.</source>
            <translation>Es gibt noch kein Leitungsprofil. Legen Sie das erste an.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PIN again</source>
            <translation>PIN wiederholen</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Welcome to Front Desk</source>
            <translation>Willkommen bei Front Desk</translation>
        </message>
        <message>
            <location line="+42" />
            <source>That PIN was not checked.</source>
            <translation>Diese PIN wurde nicht geprüft.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>You can try again now.</source>
            <translation>Sie können es jetzt erneut versuchen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>Die beiden PINs stimmen nicht überein. Geben Sie zweimal dieselbe PIN ein.</translation>
        </message>
    </context>
    <context>
        <name>SignedIn</name>
        <message>
            <location filename="../services/signed_in.py" line="+30" />
            <source>The console is locked: sign in again, then save this change.</source>
            <translation>Die Konsole ist gesperrt: Melden Sie sich erneut an und speichern Sie dann diese Änderung.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{manager} is no longer signed in ({signed_in} is): this change was not saved.</source>
            <translation>{manager} ist nicht mehr angemeldet (sondern {signed_in}): Diese Änderung wurde nicht gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../ui/widgets/status_bar.py" line="+34" />
            <source>under a minute</source>
            <translation>weniger als einer Minute</translation>
        </message>
        <message>
            <location line="+6" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n min ago</source>
            <translation>
                <numerusform>vor %n Min.</numerusform>
                <numerusform>vor %n Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n h ago</source>
            <translation>
                <numerusform>vor %n Std.</numerusform>
                <numerusform>vor %n Std.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+25" />
            <source>{left} left</source>
            <translation>noch {left}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resets in {span}</source>
            <translation>erneuert in {span}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{left} of {limit} requests left this hour, {resets}</source>
            <translation>noch {left} von {limit} Anfragen in dieser Stunde, {resets}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>read-only</source>
            <translation>nur lesen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Last answer: {when}</source>
            <translation>Letzte Antwort: {when}</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Refreshed {when}</source>
            <translation>Aktualisiert {when}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No pending writes</source>
            <translation>Keine ausstehenden Schreibvorgänge</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln pending write(s)</source>
            <translation>
                <numerusform>%Ln ausstehender Schreibvorgang</numerusform>
                <numerusform>%Ln ausstehende Schreibvorgänge</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Signed in: {name}</source>
            <translation>Angemeldet: {name}</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <location filename="../tasks.py" line="+76" />
            <source>Something went wrong while {what}. It has been logged.</source>
            <translation>Etwas ist schiefgegangen ({what}). Der Fehler wurde protokolliert.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>working</source>
            <translation>Arbeit läuft</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <location filename="../services/team.py" line="+65" />
            <source>On its own: the team's store is back; start again to rejoin</source>
            <translation>Eigenständig: Der Speicher des Teams ist zurück; neu starten, um wieder beizutreten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>On its own: the team's store is out of reach</source>
            <translation>Eigenständig: Der Speicher des Teams ist nicht erreichbar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Team: the shared store is out of reach</source>
            <translation>Team: Der gemeinsame Speicher ist nicht erreichbar</translation>
        </message>
        <message numerus="yes">
            <location line="-4" />
            <source>Team: the shared store is out of reach · %n entr(y|ies) kept here</source>
            <translation>
                <numerusform>Team: Der gemeinsame Speicher ist nicht erreichbar · %n Eintrag hier behalten</numerusform>
                <numerusform>Team: Der gemeinsame Speicher ist nicht erreichbar · %n Einträge hier behalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Team: handing over %n entr(y|ies) kept here…</source>
            <translation>
                <numerusform>Team: %n hier behaltener Eintrag wird übergeben…</numerusform>
                <numerusform>Team: %n hier behaltene Einträge werden übergeben…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Team: joining…</source>
            <translation>Team: tritt bei…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Team: this desk syncs</source>
            <translation>Team: Dieser Arbeitsplatz synchronisiert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: following</source>
            <translation>Team: folgt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The team's shared store answers again. This desk works on its own copy until Front Desk starts again: then its outbox and audit log go to the team's store, and it works on that one.</source>
            <translation>Der gemeinsame Speicher des Teams antwortet wieder. Dieser Arbeitsplatz arbeitet mit seiner eigenen Kopie, bis Front Desk neu startet: Dann gehen Postausgang und Prüfprotokoll an den Speicher des Teams, und er arbeitet mit diesem.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{why} This desk works on its own copy and keeps its own outbox and audit log until then; they go to the team's store at the next start that reaches it.</source>
            <translation>{why} Dieser Arbeitsplatz arbeitet mit seiner eigenen Kopie und behält bis dahin seinen eigenen Postausgang und sein Prüfprotokoll; sie gehen beim nächsten Start, der den Speicher des Teams erreicht, dorthin.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Desk {desk} on {store}.</source>
            <translation>Arbeitsplatz {desk} auf {store}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>On {store}.</source>
            <translation>Auf {store}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its own copy of it, made at {time}</source>
            <translation>seine eigene Kopie davon, erstellt um {time}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>what it held before it joined the team (no copy was made yet)</source>
            <translation>was er vor dem Beitritt zum Team hatte (noch keine Kopie erstellt)</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>The shared store does not answer: this desk shows {copy}. What is saved now is kept on this desk and handed to the team's store as soon as it answers again: %n entr(y|ies) kept here. It connects again by itself.</source>
            <translation>
                <numerusform>Der gemeinsame Speicher antwortet nicht: Dieser Arbeitsplatz zeigt {copy}. Was jetzt gespeichert wird, bleibt an diesem Arbeitsplatz und geht an den Speicher des Teams, sobald er wieder antwortet: %n Eintrag hier behalten. Er verbindet sich von selbst wieder.</numerusform>
                <numerusform>Der gemeinsame Speicher antwortet nicht: Dieser Arbeitsplatz zeigt {copy}. Was jetzt gespeichert wird, bleibt an diesem Arbeitsplatz und geht an den Speicher des Teams, sobald er wieder antwortet: %n Einträge hier behalten. Er verbindet sich von selbst wieder.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>Handing what this desk kept to the team's store: %n entr(y|ies) kept here.</source>
            <translation>
                <numerusform>Was dieser Arbeitsplatz behalten hat, wird an den Speicher des Teams übergeben: %n Eintrag hier behalten.</numerusform>
                <numerusform>Was dieser Arbeitsplatz behalten hat, wird an den Speicher des Teams übergeben: %n Einträge hier behalten.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-8" />
            <source>The shared store does not answer: this desk shows {copy}. What is saved now is kept on this desk and handed to the team's store as soon as it answers again. It connects again by itself.</source>
            <translation>Der gemeinsame Speicher antwortet nicht: Dieser Arbeitsplatz zeigt {copy}. Was jetzt gespeichert wird, bleibt an diesem Arbeitsplatz und geht an den Speicher des Teams, sobald er wieder antwortet. Er verbindet sich von selbst wieder.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Asking which desk syncs…</source>
            <translation>Es wird gefragt, welcher Arbeitsplatz synchronisiert…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This desk talks to the services for every desk of the team; the others show what it stores within a second.</source>
            <translation>Dieser Arbeitsplatz spricht für alle Arbeitsplätze des Teams mit den Diensten; die anderen zeigen innerhalb einer Sekunde, was er speichert.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Another desk talks to the services; this one shows what it stores within a second, and takes over if it stops.</source>
            <translation>Ein anderer Arbeitsplatz spricht mit den Diensten; dieser zeigt innerhalb einer Sekunde, was er speichert, und übernimmt, wenn er ausfällt.</translation>
        </message>
    </context>
    <context>
        <name>TeamBox</name>
        <message>
            <location filename="../ui/connections/team.py" line="+13" />
            <source>This desk works on its own: its own copy of the data, its own outbox and audit log. Share them with the organization's other desks so they see one board, send each correction once and keep one audit record.</source>
            <translation>Dieser Arbeitsplatz arbeitet eigenständig: mit seiner eigenen Kopie der Daten, seinem eigenen Postausgang und Prüfprotokoll. Teilen Sie sie mit den anderen Arbeitsplätzen der Organisation, damit alle eine Tafel sehen, jede Korrektur nur einmal senden und ein gemeinsames Prüfprotokoll führen.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Other desks</source>
            <translation>Andere Arbeitsplätze</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+25" />
            <source>&amp;Share with other desks…</source>
            <translation>&amp;Mit anderen Arbeitsplätzen teilen…</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Work on its &amp;own again…</source>
            <translation>Wieder &amp;eigenständig arbeiten…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This desk joins its team's shared store when Front Desk starts again.</source>
            <translation>Dieser Arbeitsplatz tritt dem gemeinsamen Speicher seines Teams beim nächsten Start von Front Desk bei.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change the &amp;shared store…</source>
            <translation>Gemeinsamen &amp;Speicher ändern…</translation>
        </message>
    </context>
    <context>
        <name>TeamController</name>
        <message>
            <location filename="../ui/connections/team_controller.py" line="+22" />
            <source>This demo desk works on its own. To see desks share one store, start the demo with frontdesk --demo --team (it uses PostgreSQL on this computer), then a second one with the command it shows.</source>
            <translation>Dieser Demo-Arbeitsplatz arbeitet eigenständig. Um Arbeitsplätze mit einem gemeinsamen Speicher zu sehen, starten Sie die Demo mit frontdesk --demo --team (sie verwendet PostgreSQL auf diesem Computer) und dann eine zweite mit dem Befehl, den sie anzeigt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The team's shared store answers again. Start Front Desk again to rejoin the team: what this desk did on its own goes to the team's store then; nothing is lost.</source>
            <translation>Der gemeinsame Speicher des Teams antwortet wieder. Starten Sie Front Desk neu, um wieder dem Team beizutreten: Was dieser Arbeitsplatz eigenständig getan hat, geht dann in den Speicher des Teams; nichts geht verloren.</translation>
        </message>
        <message>
            <location line="+51" />
            <location line="+89" />
            <source>Start again now</source>
            <translation>Jetzt neu starten</translation>
        </message>
        <message>
            <location line="-58" />
            <source>Work on its own again</source>
            <translation>Wieder eigenständig arbeiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take this desk ({desk}) out of the team?</source>
            <translation>Diesen Arbeitsplatz ({desk}) aus dem Team nehmen?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From its next start it works on its own store again and talks to the services itself. What it queued on the shared store stays there and is sent by the team; the team's audit log keeps its rows.</source>
            <translation>Ab dem nächsten Start arbeitet er wieder mit seinem eigenen Speicher und spricht selbst mit den Diensten. Was er im gemeinsamen Speicher eingereiht hat, bleibt dort und wird vom Team gesendet; das Prüfprotokoll des Teams behält seine Zeilen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Work on its own</source>
            <translation>Eigenständig arbeiten</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Not changed</source>
            <translation>Nicht geändert</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Start again to move this desk</source>
            <translation>Neu starten, um diesen Arbeitsplatz umzuziehen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This desk moves when Front Desk starts again.</source>
            <translation>Dieser Arbeitsplatz zieht beim nächsten Start von Front Desk um.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing is being sent then, so everything this desk has not sent yet, and its audit log, moves whole. Start again now?</source>
            <translation>Dann wird nichts gesendet, sodass alles, was dieser Arbeitsplatz noch nicht gesendet hat, und sein Prüfprotokoll vollständig umziehen. Jetzt neu starten?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Later</source>
            <translation>Später</translation>
        </message>
    </context>
    <context>
        <name>TeamStore</name>
        <message>
            <location filename="../services/team_store.py" line="+71" />
            <source>The team's shared store cannot be reached ({said}).</source>
            <translation>Der gemeinsame Speicher des Teams ist nicht erreichbar ({said}).</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Reached the shared store (PostgreSQL {version}). No desk has written to it yet: this one will be the first.</source>
            <translation>Gemeinsamer Speicher erreicht (PostgreSQL {version}). Noch kein Arbeitsplatz hat hineingeschrieben: Dieser wird der erste sein.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reached the shared store (PostgreSQL {version}). Desks that have written to it: {desks}.</source>
            <translation>Gemeinsamer Speicher erreicht (PostgreSQL {version}). Arbeitsplätze, die hineingeschrieben haben: {desks}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A desk named {desk} is one of them: if that is not this computer, choose another name, so the audit log tells the desks apart.</source>
            <translation>Einer davon heißt {desk}: Wenn das nicht dieser Computer ist, wählen Sie einen anderen Namen, damit das Prüfprotokoll die Arbeitsplätze unterscheidet.</translation>
        </message>
    </context>
    <context>
        <name>TerminateDialog</name>
        <message>
            <location filename="../ui/accounts/terminate.py" line="+35" />
            <source>Last day (term date)</source>
            <translation>Letzter Tag (Austrittsdatum)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}'s WorkTaps account will be closed with this term date. They will no longer appear in WorkTaps lists and can no longer sign in to WorkTaps; the console cannot undo this. Their WorkTime One record and lock access are not changed here.</source>
            <translation>Das WorkTaps-Konto von {name} wird mit diesem Austrittsdatum geschlossen. Die Person erscheint nicht mehr in WorkTaps-Listen und kann sich nicht mehr bei WorkTaps anmelden; die Konsole kann das nicht rückgängig machen. Ihr Datensatz in WorkTime One und ihr Schlosszugang werden hier nicht geändert.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Terminate {name}</source>
            <translation>Konto von {name} beenden</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sending to WorkTaps…</source>
            <translation>Wird an WorkTaps gesendet…</translation>
        </message>
    </context>
    <context>
        <name>VendorCodes</name>
        <message>
            <location filename="../api/_codes.py" line="+27" />
            <source>WorkTaps did not accept the API key, or the key may not make changes. Check the key under Console › Connections.</source>
            <translation>WorkTaps hat den API-Schlüssel nicht akzeptiert, oder der Schlüssel darf nichts ändern. Prüfen Sie ihn unter Konsole › Verbindungen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>That location no longer exists in WorkTaps. Pick another.</source>
            <translation>Diesen Standort gibt es in WorkTaps nicht mehr. Wählen Sie einen anderen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That department no longer exists in WorkTaps. Pick another.</source>
            <translation>Diese Abteilung gibt es in WorkTaps nicht mehr. Wählen Sie eine andere.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That account no longer exists in WorkTaps.</source>
            <translation>Dieses Konto gibt es in WorkTaps nicht mehr.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter a first name.</source>
            <translation>Geben Sie einen Vornamen ein.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a last name.</source>
            <translation>Geben Sie einen Nachnamen ein.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter an email address or a phone number.</source>
            <translation>Geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter a phone number or an email address.</source>
            <translation>Geben Sie eine Telefonnummer oder eine E-Mail-Adresse ein.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+26" />
            <source>Choose at least one location.</source>
            <translation>Wählen Sie mindestens einen Standort.</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Choose a department.</source>
            <translation>Wählen Sie eine Abteilung.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a role.</source>
            <translation>Wählen Sie eine Rolle.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a time zone.</source>
            <translation>Wählen Sie eine Zeitzone.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the last day of work.</source>
            <translation>Geben Sie den letzten Arbeitstag ein.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the job title and start date; extra fields hold at most 100 characters.</source>
            <translation>Geben Sie Stellenbezeichnung und Eintrittsdatum ein; zusätzliche Felder fassen höchstens 100 Zeichen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter a job title.</source>
            <translation>Geben Sie eine Stellenbezeichnung ein.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the start date.</source>
            <translation>Geben Sie das Eintrittsdatum ein.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter a valid email address, like name@example.com.</source>
            <translation>Geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.com.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the phone number with its country code, like +1 212 555 0100</source>
            <translation>Geben Sie die Telefonnummer mit Ländervorwahl ein, etwa +1 212 555 0100</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose a role: Employee, Manager or Owner.</source>
            <translation>Wählen Sie eine Rolle: Employee, Manager oder Owner.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the start date as a date, like 2024-02-01.</source>
            <translation>Geben Sie das Eintrittsdatum als Datum ein, etwa 2024-02-01.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The start date cannot be in the future.</source>
            <translation>Das Eintrittsdatum darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a time zone from the list, like America/New_York.</source>
            <translation>Wählen Sie eine Zeitzone aus der Liste, etwa America/New_York.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter the state as its two-letter code, like NY.</source>
            <translation>Geben Sie den Bundesstaat mit seinem Zwei-Buchstaben-Code ein, etwa NY.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the ZIP code as 5 digits, or 5+4 like 10001-1234.</source>
            <translation>Geben Sie die Postleitzahl mit 5 Ziffern ein, oder 5+4 wie 10001-1234.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the last day of work as a date, like 01/20/2026.</source>
            <translation>Geben Sie den letzten Arbeitstag als Datum ein, etwa 01/20/2026.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The last day of work cannot be in the future.</source>
            <translation>Der letzte Arbeitstag darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Another account already has this email address.</source>
            <translation>Ein anderes Konto hat diese E-Mail-Adresse bereits.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Another account already has this phone number.</source>
            <translation>Ein anderes Konto hat diese Telefonnummer bereits.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This person manages open jobs{jobs}; give those jobs to someone else before changing the role.</source>
            <translation>Diese Person leitet offene Aufträge{jobs}; übergeben Sie diese an jemand anderen, bevor Sie die Rolle ändern.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>WorkTaps could not create the account. Try again in a few minutes.</source>
            <translation>WorkTaps konnte das Konto nicht anlegen. Versuchen Sie es in ein paar Minuten erneut.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WorkTaps could not remove the account. Try again in a few minutes.</source>
            <translation>WorkTaps konnte das Konto nicht entfernen. Versuchen Sie es in ein paar Minuten erneut.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WorkTaps could not update the account. Try again in a few minutes.</source>
            <translation>WorkTaps konnte das Konto nicht aktualisieren. Versuchen Sie es in ein paar Minuten erneut.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WorkTaps could not update the location. Try again in a few minutes.</source>
            <translation>WorkTaps konnte den Standort nicht aktualisieren. Versuchen Sie es in ein paar Minuten erneut.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WorkTaps could not save the location. Try again in a few minutes.</source>
            <translation>WorkTaps konnte den Standort nicht speichern. Versuchen Sie es in ein paar Minuten erneut.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The WorQ session ran out.</source>
            <translation>Die WorQ-Sitzung ist abgelaufen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WorQ did not accept the session token.</source>
            <translation>WorQ hat das Sitzungstoken nicht akzeptiert.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WorQ does not know this customer code. Check it under Console › Connections.</source>
            <translation>WorQ kennt diesen Kundencode nicht. Prüfen Sie ihn unter Konsole › Verbindungen.</translation>
        </message>
    </context>
    <context>
        <name>VendorFields</name>
        <message>
            <location line="-46" />
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>email address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location line="+1" />
            <source>salary</source>
            <translation>Gehalt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>start date</source>
            <translation>Eintrittsdatum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>end date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>clock type</source>
            <translation>Stempelart</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>employee</source>
            <translation>Mitarbeitende Person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lock</source>
            <translation>Schloss</translation>
        </message>
        <message>
            <location line="+1" />
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>page number</source>
            <translation>Seitenzahl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>page size</source>
            <translation>Seitengröße</translation>
        </message>
        <message>
            <location line="+1" />
            <source>report format</source>
            <translation>Berichtsformat</translation>
        </message>
    </context>
    <context>
        <name>WebhookHealth</name>
        <message>
            <location filename="../receiver/health.py" line="+30" />
            <source>a wrong or missing signature</source>
            <translation>falsche oder fehlende Signatur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a body over 64 KB</source>
            <translation>Inhalt über 64 KB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not JSON</source>
            <translation>kein JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not a WorkTime One event</source>
            <translation>kein WorkTime One-Ereignis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>older than 5 minutes (a replay?)</source>
            <translation>älter als 5 Minuten (eine Wiederholung?)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dated more than 5 minutes ahead</source>
            <translation>mehr als 5 Minuten in die Zukunft datiert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no signing secret set here</source>
            <translation>hier ist kein Signaturgeheimnis gesetzt</translation>
        </message>
        <message>
            <location line="+18" />
            <source>none refused</source>
            <translation>keine abgelehnt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} for {cause}</source>
            <translation>{count} × {cause}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>refused {causes}</source>
            <translation>abgelehnt: {causes}</translation>
        </message>
    </context>
    <context>
        <name>WebhooksBox</name>
        <message>
            <location filename="../ui/connections/webhooks.py" line="+20" />
            <source>Off. Turn webhooks on under Console › Connections… to see arrivals within a second; until then the board is refreshed by polling, within the hourly request budget.</source>
            <translation>Aus. Schalten Sie die Webhooks unter Konsole › Verbindungen… ein, um Ankünfte in unter einer Sekunde zu sehen; bis dahin wird die Tafel durch regelmäßiges Abfragen aktualisiert, im Rahmen des stündlichen Anfragebudgets.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Live (webhooks)</source>
            <translation>Live (Webhooks)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Webhooks: none yet, polling</source>
            <translation>Webhooks: noch keiner, Abfrage läuft</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Webhooks quiet since {time}: polling</source>
            <translation>Webhooks still seit {time}: Abfrage läuft</translation>
        </message>
        <message>
            <location line="+7" />
            <source>last event {time}</source>
            <translation>letztes Ereignis {time}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no event yet</source>
            <translation>noch kein Ereignis</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>{last} · %Ln in the last hour · {refused}; test event received {time}</source>
            <translation>
                <numerusform>{last} · %Ln in der letzten Stunde · {refused}; Testereignis empfangen {time}</numerusform>
                <numerusform>{last} · %Ln in der letzten Stunde · {refused}; Testereignis empfangen {time}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>{last} · %Ln in the last hour · {refused}</source>
            <translation>
                <numerusform>{last} · %Ln in der letzten Stunde · {refused}</numerusform>
                <numerusform>{last} · %Ln in der letzten Stunde · {refused}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>WorkTime One webhooks</source>
            <translation>Webhooks von WorkTime One</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Copy address</source>
            <translation>Adresse k&amp;opieren</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Send a &amp;test event</source>
            <translation>&amp;Testereignis senden</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Address for WorkTime One</source>
            <translation>Adresse für WorkTime One</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Events to tick</source>
            <translation>Anzukreuzende Ereignisse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deliveries</source>
            <translation>Zustellungen</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Listening. In WorkTime One, Settings › Webhooks: paste this address (or your reverse proxy's public https address that forwards to it) and tick the events below. The signing secret stays in this computer's keyring.</source>
            <translation>Empfangsbereit. In WorkTime One unter Settings › Webhooks: Fügen Sie diese Adresse ein (oder die öffentliche https-Adresse Ihres Reverse-Proxys, der an sie weiterleitet) und kreuzen Sie die Ereignisse unten an. Das Signaturgeheimnis bleibt im Schlüsselbund dieses Computers.</translation>
        </message>
    </context>
    <context>
        <name>WorqController</name>
        <message>
            <location filename="../ui/worq/controller.py" line="+28" />
            <source>WorQ is not set up: add its partner name, customer code and partner key under Console › Connections, then try again.</source>
            <translation>WorQ ist nicht eingerichtet: Tragen Sie Partnername, Kundencode und Partnerschlüssel unter Konsole › Verbindungen ein und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import cancelled before it began: nothing was imported.</source>
            <translation>Import vor dem Start abgebrochen: Es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>importing from WorQ</source>
            <translation>Importieren aus WorQ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Importing from WorQ…</source>
            <translation>Wird aus WorQ importiert…</translation>
        </message>
    </context>
    <context>
        <name>WorqImport</name>
        <message>
            <location filename="../services/sync/worq.py" line="+118" />
            <source>{new} new, {known} already known ({changed} changed)</source>
            <translation>{new} neu, {known} bereits bekannt ({changed} geändert)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{new} new, {known} already known</source>
            <translation>{new} neu, {known} bereits bekannt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing to import: WorQ has nobody created or updated in these dates.</source>
            <translation>Nichts zu importieren: WorQ hat in diesem Zeitraum niemanden angelegt oder aktualisiert.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Imported %n (person|people) from WorQ: {counts}.</source>
            <translation>
                <numerusform>%n Person aus WorQ importiert: {counts}.</numerusform>
                <numerusform>%n Personen aus WorQ importiert: {counts}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import cancelled: nothing was imported.</source>
            <translation>Import abgebrochen: Nichts wurde importiert.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import cancelled, {kept} kept: {counts}.</source>
            <translation>Import abgebrochen, {kept} behalten: {counts}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown error</source>
            <translation>unbekannter Fehler</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import failed: {error} {kept} kept: {counts}.</source>
            <translation>Import fehlgeschlagen: {error} {kept} behalten: {counts}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import failed: {error} Nothing was imported.</source>
            <translation>Import fehlgeschlagen: {error} Nichts wurde importiert.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Importing… %n (person|people) so far.</source>
            <translation>
                <numerusform>Import läuft… bisher %n Person.</numerusform>
                <numerusform>Import läuft… bisher %n Personen.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>an unexpected error ({name}); it has been logged</source>
            <translation>ein unerwarteter Fehler ({name}); er wurde protokolliert</translation>
        </message>
        <message>
            <location filename="../store/worq.py" line="+26" />
            <source>The console closed before the import finished.</source>
            <translation>Die Konsole wurde geschlossen, bevor der Import fertig war.</translation>
        </message>
    </context>
    <context>
        <name>WorqImportDialog</name>
        <message>
            <location filename="../ui/worq/import_dialog.py" line="+34" />
            <source>Brings in the employees HR created or updated in WorQ between these dates, and updates the ones already imported. What arrives is kept, even if you cancel.</source>
            <translation>Holt die Mitarbeitenden, die die Personalabteilung in WorQ zwischen diesen Daten angelegt oder geändert hat, und aktualisiert die bereits importierten. Was ankommt, bleibt erhalten, auch wenn Sie abbrechen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>finished</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>did not finish</source>
            <translation>nicht beendet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Asking WorQ…</source>
            <translation>WorQ wird gefragt…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WorQ has nobody for these dates.</source>
            <translation>WorQ hat für diese Daten niemanden.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Page {page} of {pages} · {done} of %Ln people</source>
            <translation>
                <numerusform>Seite {page} von {pages} · {done} von %Ln Person</numerusform>
                <numerusform>Seite {page} von {pages} · {done} von %Ln Personen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>No import from WorQ yet.</source>
            <translation>Noch kein Import aus WorQ.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Last import {when}, for changes from {start} to {end}: {ended}, %Ln people kept.</source>
            <translation>
                <numerusform>Letzter Import {when}, für Änderungen vom {start} bis {end}: {ended}, %Ln Person behalten.</numerusform>
                <numerusform>Letzter Import {when}, für Änderungen vom {start} bis {end}: {ended}, %Ln Personen behalten.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Import from WorQ</source>
            <translation>Aus WorQ importieren</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+78" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location line="-63" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To (inclusive)</source>
            <translation>Bis (einschließlich)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The first date is after the last one.</source>
            <translation>Das erste Datum liegt nach dem letzten.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Cancel import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
    </context>
</TS>
