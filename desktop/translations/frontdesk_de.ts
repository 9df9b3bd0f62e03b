<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AccountForm</name>
        <message>
            <location filename="../ui/accounts/account_form.py" line="+98" />
            <source>Custom fields</source>
            <translation>Benutzerdefinierte Felder</translation>
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
        <name>AccountsPage</name>
        <message>
            <location filename="../ui/accounts/page.py" line="+110" />
            <source>WorkTaps accounts</source>
            <translation>WorkTaps-Konten</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Search accounts</source>
            <translation>Konten durchsuchen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exact email</source>
            <translation>Genaue E-Mail-Adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location line="+1" />
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
        <name>DateRange</name>
        <message>
            <location filename="../ui/widgets/date_range.py" line="+37" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/directory/page.py" line="+139" />
            <source>People in the three systems</source>
            <translation>Personen in den drei Systemen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search the directory</source>
            <translation>Verzeichnis durchsuchen</translation>
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
        <name>PlacesPage</name>
        <message>
            <location filename="../ui/accounts/places.py" line="+41" />
            <source>Departments</source>
            <translation>Abteilungen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locations</source>
            <translation>Standorte</translation>
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
</TS>
