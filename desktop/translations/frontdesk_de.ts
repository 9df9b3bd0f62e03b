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
        <name>AttendancePage</name>
        <message>
            <location filename="../ui/attendance/page.py" line="+113" />
            <source>Attendance of the period</source>
            <translation>Anwesenheit im Zeitraum</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Search person</source>
            <translation>Person suchen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shows only the days of people whose name holds these words</source>
            <translation>Zeigt nur die Tage von Personen, deren Name diese Wörter enthält</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Next problem</source>
            <translation>Nächstes Problem</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../ui/audit/page.py" line="+137" />
            <source>Audit log</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Manager</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Shows only the records that hold these words</source>
            <translation>Zeigt nur die Einträge, die diese Wörter enthalten</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The selected record as it is stored</source>
            <translation>Der ausgewählte Eintrag, wie er gespeichert ist</translation>
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
        <name>Console</name>
        <message>
            <location filename="../ui/console.py" line="+120" />
            <source>Front Desk (demo)</source>
            <translation>Front Desk (Demo)</translation>
        </message>
        <message>
            <location line="+23" />
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
        <name>CorrectionDialog</name>
        <message>
            <location filename="../ui/attendance/correction.py" line="+155" />
            <source>The day as it will be after the entry</source>
            <translation>Der Tag, wie er nach dem Eintrag aussieht</translation>
        </message>
    </context>
    <context>
        <name>DateRange</name>
        <message>
            <location filename="../ui/widgets/date_range.py" line="+37" />
            <source>Period</source>
            <translation>Zeitraum</translation>
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
        <name>ErrorBanner</name>
        <message>
            <location filename="../ui/widgets/banner.py" line="+35" />
            <source>Hides this message</source>
            <translation>Blendet diese Meldung aus</translation>
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
            <location line="+53" />
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
            <location line="+17" />
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
        <name>LocksPage</name>
        <message>
            <location filename="../ui/locks/page.py" line="+140" />
            <source>Locks</source>
            <translation>Schlösser</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Access history of the selected lock</source>
            <translation>Zutrittsverlauf des ausgewählten Schlosses</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Search person</source>
            <translation>Person suchen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shows only the events of people whose name holds these words</source>
            <translation>Zeigt nur Ereignisse von Personen, deren Name diese Wörter enthält</translation>
        </message>
    </context>
    <context>
        <name>LogViewer</name>
        <message>
            <location filename="../ui/log_viewer.py" line="+25" />
            <source>Log lines</source>
            <translation>Protokollzeilen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+41" />
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
        <name>OutboxPage</name>
        <message>
            <location filename="../ui/outbox/page.py" line="+92" />
            <source>Writes in the outbox</source>
            <translation>Schreibvorgänge im Postausgang</translation>
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
        <name>ReportCharts</name>
        <message>
            <location filename="../ui/reports/charts.py" line="+242" />
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
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/reports/page.py" line="+135" />
            <source>Your PIN</source>
            <translation>Ihre PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type your PIN, then Enter, to show pay</source>
            <translation>Geben Sie Ihre PIN ein und drücken Sie die Eingabetaste, um die Beträge anzuzeigen</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Report tables</source>
            <translation>Berichtstabellen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payroll</source>
            <translation>Lohnabrechnung</translation>
        </message>
        <message>
            <location line="+1" />
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
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <location filename="../secrets.py" line="+74" />
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
            <location line="+85" />
            <source>Connection keys are kept in {name}.</source>
            <translation>Die Verbindungsschlüssel werden in {name} aufbewahrt.</translation>
        </message>
    </context>
    <context>
        <name>SendingForm</name>
        <message>
            <location filename="../ui/widgets/sending_form.py" line="+122" />
            <source>Required</source>
            <translation>Pflichtfeld</translation>
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
            <location line="+205" />
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
            <location line="+97" />
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
            <location line="+59" />
            <source>Loading locks and attendance…</source>
            <translation>Schlösser und Anwesenheit werden geladen…</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Loading WorkTaps accounts…</source>
            <translation>WorkTaps-Konten werden geladen…</translation>
        </message>
        <message>
            <location line="+231" />
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
