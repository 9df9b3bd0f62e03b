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
