<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AccountsPage</name>
        <message numerus="yes">
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln account</numerusform>
                <numerusform>%Ln accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln account(s) match the server's filters</source>
            <translation>
                <numerusform>%Ln account matches the server's filters</numerusform>
                <numerusform>%Ln accounts match the server's filters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendanceController</name>
        <message numerus="yes">
            <source>{what}: sent %Ln second(s) after it was saved.</source>
            <translation>
                <numerusform>{what}: sent %Ln second after it was saved.</numerusform>
                <numerusform>{what}: sent %Ln seconds after it was saved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendancePage</name>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s)</source>
            <translation>
                <numerusform>%Ln problem</numerusform>
                <numerusform>%Ln problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditCheck</name>
        <message numerus="yes">
            <source>All %n rows are intact.</source>
            <translation>
                <numerusform>All %n rows are intact.</numerusform>
                <numerusform>All %n rows are intact.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message numerus="yes">
            <source>%Ln entr(y|ies)</source>
            <translation>
                <numerusform>%Ln entry</numerusform>
                <numerusform>%Ln entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln entr(y|ies)</source>
            <translation>
                <numerusform>Exported %Ln entry</numerusform>
                <numerusform>Exported %Ln entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Connections</name>
        <message numerus="yes">
            <source>%Ln requests an hour</source>
            <translation>
                <numerusform>%Ln request an hour</numerusform>
                <numerusform>%Ln requests an hour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of {limit} requests left this hour (resets in {minutes} min)</source>
            <translation>
                <numerusform>%Ln of {limit} requests left this hour (resets in {minutes} min)</numerusform>
                <numerusform>%Ln of {limit} requests left this hour (resets in {minutes} min)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln department(s) · {writes}</source>
            <translation>
                <numerusform>%Ln department · {writes}</numerusform>
                <numerusform>%Ln departments · {writes}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Correction</name>
        <message numerus="yes">
            <source>%n correction(s) need changes</source>
            <translation>
                <numerusform>%n correction needs changes</numerusform>
                <numerusform>%n corrections need changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message numerus="yes">
            <source>{names} and %Ln more</source>
            <translation>
                <numerusform>{names} and %Ln more</numerusform>
                <numerusform>{names} and %Ln more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Save and send %Ln correction(s)</source>
            <translation>
                <numerusform>Save and send %Ln correction</numerusform>
                <numerusform>Save and send %Ln corrections</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message numerus="yes">
            <source>{shown} of %Ln people · {problems} with disagreements</source>
            <translation>
                <numerusform>{shown} of %Ln people · {problems} with disagreements</numerusform>
                <numerusform>{shown} of %Ln people · {problems} with disagreements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message numerus="yes">
            <source>%n unsent entr(y|ies) of the outbox</source>
            <translation>
                <numerusform>%n unsent entry of the outbox</numerusform>
                <numerusform>%n unsent entries of the outbox</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n audit log row(s)</source>
            <translation>
                <numerusform>%n audit log row</numerusform>
                <numerusform>%n audit log rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Shift handover saved to {path} (%n page(s)).</source>
            <translation>
                <numerusform>Shift handover saved to {path} (%n page).</numerusform>
                <numerusform>Shift handover saved to {path} (%n pages).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Covers&lt;/b&gt; {since} to {now} (the last %n hour(s))</source>
            <translation>
                <numerusform>&lt;b&gt;Covers&lt;/b&gt; {since} to {now} (the last %n hour)</numerusform>
                <numerusform>&lt;b&gt;Covers&lt;/b&gt; {since} to {now} (the last %n hours)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LocksPage</name>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln event(s) to {file}</source>
            <translation>
                <numerusform>Exported %Ln event to {file}</numerusform>
                <numerusform>Exported %Ln events to {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln event(s) to {file} (what it holds: {about})</source>
            <translation>
                <numerusform>Exported %Ln event to {file} (what it holds: {about})</numerusform>
                <numerusform>Exported %Ln events to {file} (what it holds: {about})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Managers</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln minute</numerusform>
                <numerusform>%Ln minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message numerus="yes">
            <source>%n outbox entr(y|ies)</source>
            <translation>
                <numerusform>%n outbox entry</numerusform>
                <numerusform>%n outbox entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n audit log row(s)</source>
            <translation>
                <numerusform>%n audit log row</numerusform>
                <numerusform>%n audit log rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportTable</name>
        <message numerus="yes">
            <source>Total · %Ln (person|people)</source>
            <translation>
                <numerusform>Total · %Ln person</numerusform>
                <numerusform>Total · %Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person-day(s)</source>
            <translation>
                <numerusform>%Ln person-day</numerusform>
                <numerusform>%Ln person-days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportTiles</name>
        <message numerus="yes">
            <source>%Ln (person|people)</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln min in all</source>
            <translation>
                <numerusform>%Ln min in all</numerusform>
                <numerusform>%Ln min in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %Ln person-day(s)</source>
            <translation>
                <numerusform>of %Ln person-day</numerusform>
                <numerusform>of %Ln person-days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln left early</source>
            <translation>
                <numerusform>%Ln left early</numerusform>
                <numerusform>%Ln left early</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <source>%Ln (person|people)</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person-day(s)</source>
            <translation>
                <numerusform>%Ln person-day</numerusform>
                <numerusform>%Ln person-days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendingForm</name>
        <message numerus="yes">
            <source>Fix the %n fields marked in red.</source>
            <translation>
                <numerusform>Fix the %n field marked in red.</numerusform>
                <numerusform>Fix the %n fields marked in red.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln pending write(s)</source>
            <translation>
                <numerusform>%Ln pending write</numerusform>
                <numerusform>%Ln pending writes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message numerus="yes">
            <source>Team: the shared store is out of reach · %n entr(y|ies) kept here</source>
            <translation>
                <numerusform>Team: the shared store is out of reach · %n entry kept here</numerusform>
                <numerusform>Team: the shared store is out of reach · %n entries kept here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Team: handing over %n entr(y|ies) kept here…</source>
            <translation>
                <numerusform>Team: handing over %n entry kept here…</numerusform>
                <numerusform>Team: handing over %n entries kept here…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The shared store does not answer: this desk shows {copy}. What is saved now is kept on this desk and handed to the team's store as soon as it answers again: %n entr(y|ies) kept here. It connects again by itself.</source>
            <translation>
                <numerusform>The shared store does not answer: this desk shows {copy}. What is saved now is kept on this desk and handed to the team's store as soon as it answers again: %n entry kept here. It connects again by itself.</numerusform>
                <numerusform>The shared store does not answer: this desk shows {copy}. What is saved now is kept on this desk and handed to the team's store as soon as it answers again: %n entries kept here. It connects again by itself.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Handing what this desk kept to the team's store: %n entr(y|ies) kept here.</source>
            <translation>
                <numerusform>Handing what this desk kept to the team's store: %n entry kept here.</numerusform>
                <numerusform>Handing what this desk kept to the team's store: %n entries kept here.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WebhooksBox</name>
        <message numerus="yes">
            <source>{last} · %Ln in the last hour · {refused}; test event received {time}</source>
            <translation>
                <numerusform>{last} · %Ln in the last hour · {refused}; test event received {time}</numerusform>
                <numerusform>{last} · %Ln in the last hour · {refused}; test event received {time}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{last} · %Ln in the last hour · {refused}</source>
            <translation>
                <numerusform>{last} · %Ln in the last hour · {refused}</numerusform>
                <numerusform>{last} · %Ln in the last hour · {refused}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorqImport</name>
        <message numerus="yes">
            <source>Imported %n (person|people) from WorQ: {counts}.</source>
            <translation>
                <numerusform>Imported %n person from WorQ: {counts}.</numerusform>
                <numerusform>Imported %n people from WorQ: {counts}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing… %n (person|people) so far.</source>
            <translation>
                <numerusform>Importing… %n person so far.</numerusform>
                <numerusform>Importing… %n people so far.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorqImportDialog</name>
        <message numerus="yes">
            <source>Page {page} of {pages} · {done} of %Ln people</source>
            <translation>
                <numerusform>Page {page} of {pages} · {done} of %Ln person</numerusform>
                <numerusform>Page {page} of {pages} · {done} of %Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last import {when}, for changes from {start} to {end}: {ended}, %Ln people kept.</source>
            <translation>
                <numerusform>Last import {when}, for changes from {start} to {end}: {ended}, %Ln person kept.</numerusform>
                <numerusform>Last import {when}, for changes from {start} to {end}: {ended}, %Ln people kept.</numerusform>
            </translation>
        </message>
    </context>
</TS>
