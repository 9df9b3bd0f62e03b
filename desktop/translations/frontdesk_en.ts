<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
