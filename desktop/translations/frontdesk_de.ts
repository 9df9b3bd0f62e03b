<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../ui/accounts/account_form.py" line="+96" />
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
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
    <name>AttendancePage</name>
    <message>
        <location filename="../ui/attendance/page.py" line="+111" />
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
        <location filename="../ui/audit/page.py" line="+136" />
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Manager</source>
        <translation>Manager</translation>
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
        <location line="+21" />
        <source>The selected record as it is stored</source>
        <translation>Der ausgewählte Eintrag, wie er gespeichert ist</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../ui/console.py" line="+275" />
        <source>Search on this page</source>
        <translation>Auf dieser Seite suchen</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../ui/attendance/correction.py" line="+156" />
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
    <name>DirectoryPage</name>
    <message>
        <location filename="../ui/directory/page.py" line="+138" />
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
        <location filename="../ui/widgets/banner.py" line="+31" />
        <source>Hides this message</source>
        <translation>Blendet diese Meldung aus</translation>
    </message>
</context>
<context>
    <name>LiveBoardPage</name>
    <message>
        <location filename="../ui/today/page.py" line="+156" />
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
        <source>Latest lock events</source>
        <translation>Neueste Schlossereignisse</translation>
    </message>
</context>
<context>
    <name>LocksPage</name>
    <message>
        <location filename="../ui/locks/page.py" line="+138" />
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
        <location filename="../ui/main_window.py" line="+46" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+49" />
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
    <name>OutboxPage</name>
    <message>
        <location filename="../ui/outbox/page.py" line="+91" />
        <source>Writes in the outbox</source>
        <translation>Schreibvorgänge im Postausgang</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../ui/accounts/places.py" line="+40" />
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
        <location filename="../ui/reports/charts.py" line="+225" />
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
    <name>SendingForm</name>
    <message>
        <location filename="../ui/widgets/sending_form.py" line="+122" />
        <source>Required</source>
        <translation>Pflichtfeld</translation>
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
</TS>
