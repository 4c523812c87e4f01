<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CloudProtocol</name>
    <message>
        <location filename="../../model/cloud/protocol.cpp" line="+86"/>
        <source>the frame is not valid JSON (%1 at offset %2)</source>
        <translation>der Frame ist kein gültiges JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a frame must be a JSON object</source>
        <translation>ein Frame muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a frame&apos;s &apos;kind&apos; must be &quot;req&quot;</source>
        <translation>„kind“ eines Frames muss „req“ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a request needs an &apos;id&apos;</source>
        <translation>eine Anfrage braucht eine „id“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a request needs a &apos;type&apos;</source>
        <translation>eine Anfrage braucht einen „type“</translation>
    </message>
</context>
<context>
    <name>CodeSlot</name>
    <message>
        <location filename="../../model/document/interaction.cpp" line="+94"/>
        <source>Pre-process code</source>
        <translation>Vorverarbeitungscode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process user response</source>
        <translation>Benutzerantwort verarbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-process code</source>
        <translation>Nachverarbeitungscode</translation>
    </message>
</context>
<context>
    <name>DialogCanvas</name>
    <message>
        <location filename="../../ui/canvas/canvasgraph.cpp" line="+85"/>
        <source>goes to “%1”</source>
        <translation>führt zu „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ends and waits for the user</source>
        <translation>endet und wartet auf den Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends here</source>
        <translation>endet hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closes the dialog</source>
        <translation>schließt den Dialog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closes the conversation</source>
        <translation>beendet die Konversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“next”: this is the last interaction, the dialog ends</source>
        <translation>„Nächste Interaktion“: Dies ist die letzte Interaktion, der Dialog endet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an action this version does not know (kept as it is)</source>
        <translation>eine Aktion, die diese Version nicht kennt (bleibt unverändert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no next action: the answer is matched against the whole bot</source>
        <translation>keine nächste Aktion: Die Antwort wird mit dem ganzen Bot abgeglichen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable conditions</source>
        <translation>Variablenbedingungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pattern %1</source>
        <translation>Muster %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regular expression /%1/</source>
        <translation>regulärer Ausdruck /%1/</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>the API call succeeded</source>
        <translation>API-Aufruf erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the API call failed</source>
        <translation>API-Aufruf fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no other rule matched</source>
        <translation>keine andere Regel trifft zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no other rule matched (says “%1”)</source>
        <translation>keine andere Regel trifft zu (antwortet „%1“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown condition %1</source>
        <translation>unbekannte Bedingung %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>if %1</source>
        <translation>wenn %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>intent %1</source>
        <translation>Intent %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No integration chosen</source>
        <translation>Keine Integration ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls %1</source>
        <translation>Ruft %1 auf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfer to skill %1</source>
        <translation>Übergabe an Skill %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../ui/canvas/nodeitem.cpp" line="+329"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patterns:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude:</source>
        <translation>Ausschließen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intent:</source>
        <translation>Intent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User says:</source>
        <translation>Benutzer sagt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choices:</source>
        <translation>Antwortoptionen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick replies:</source>
        <translation>Schnellantworten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buttons:</source>
        <translation>Schaltflächen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay:</source>
        <translation>Verzögerung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Next action&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nächste Aktion&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Rule %1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Regel %1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When %1</source>
        <translation>Bedingung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag to another interaction to change where it goes.</source>
        <translation>Auf eine andere Interaktion ziehen, um das Ziel zu ändern.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Missing target %1</source>
        <translation>Fehlendes Ziel %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/canvasscene.cpp" line="+135"/>
        <source>pre</source>
        <translation>vor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>post</source>
        <translation>nach</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/edgeitem.cpp" line="+26"/>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close dialog</source>
        <translation>Dialog schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close conversation</source>
        <translation>Konversation beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end of dialog</source>
        <translation>Dialogende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown action</source>
        <translation>unbekannte Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/nodeitem.cpp" line="-114"/>
        <source>not covered</source>
        <translation>nicht abgedeckt</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No content</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>1 rule</source>
        <translation>1 Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rules</source>
        <translation>%1 Regeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delay %1 s</source>
        <translation>Verzögerung %1 s</translation>
    </message>
</context>
<context>
    <name>InteractionType</name>
    <message>
        <location filename="../../model/document/interaction.cpp" line="-77"/>
        <source>Dialog starter</source>
        <translation>Dialogstarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text question</source>
        <translation>Textfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple choice</source>
        <translation>Multiple Choice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick replies</source>
        <translation>Schnellantworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Button question</source>
        <translation>Schaltflächenfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structured content</source>
        <translation>Strukturierter Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Universal content</source>
        <translation>Universeller Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent transfer</source>
        <translation>Agentenübergabe</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+78"/>
        <source>Bot projects (*.json);;All files (*)</source>
        <translation>Bot-Projekte (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SecretHostPolicy</name>
    <message>
        <location filename="../../model/network/secrethosts.cpp" line="+62"/>
        <source>the secret &quot;%1&quot; may not be sent to %2: allow it for this run with --allow-secret-host %2, or for good with &apos;dialogsmith-cli secret allow %1 %2&apos;</source>
        <translation>das Secret &quot;%1&quot; darf nicht an %2 gesendet werden: für diesen Lauf mit --allow-secret-host %2 erlauben, oder dauerhaft mit &apos;dialogsmith-cli secret allow %1 %2&apos;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the secret &quot;%1&quot; was not sent to %2: you denied it</source>
        <translation>das Secret &quot;%1&quot; wurde nicht an %2 gesendet: Sie haben es abgelehnt</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../model/network/secretstore.cpp" line="+126"/>
        <source>letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter or &apos;_&apos;</source>
        <translation>Buchstaben, Ziffern, „_“, „-“ und „.“, beginnend mit einem Buchstaben oder „_“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid secret name: use %2</source>
        <translation>„%1“ ist kein gültiger Secret-Name: verwenden Sie %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+223"/>
        <source>the secret &quot;%1&quot; is in the keychain, which does not answer</source>
        <translation>das Secret „%1“ liegt im Schlüsselbund, der nicht antwortet</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>the keychain could not read the secret &quot;%1&quot;: %2</source>
        <translation>der Schlüsselbund konnte das Secret „%1“ nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keychain did not answer in time for the secret &quot;%1&quot;</source>
        <translation>der Schlüsselbund hat für das Secret „%1“ nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the keychain could not store the secret: %1</source>
        <translation>der Schlüsselbund konnte das Secret nicht speichern: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>the keychain did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the keychain could not delete the secret: %1</source>
        <translation>der Schlüsselbund konnte das Secret nicht löschen: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the secret file %1: %2</source>
        <translation>die Secret-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the secret file %1 is damaged (%2 at byte %3): delete it and set the secrets again</source>
        <translation>die Secret-Datei %1 ist beschädigt (%2 bei Byte %3): löschen Sie sie und setzen Sie die Secrets neu</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write the secret file in %1: %2</source>
        <translation>die Secret-Datei in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>cannot write the secret file %1: %2</source>
        <translation>die Secret-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+116"/>
        <source>&quot;%1&quot; is not a valid secret name</source>
        <translation>„%1“ ist kein gültiger Secret-Name</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>there is no stored secret &quot;%1&quot;</source>
        <translation>es ist kein Secret „%1“ gespeichert</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&quot;%1&quot; is not a host name (write it as api.example.com or 127.0.0.1:8750)</source>
        <translation>&quot;%1&quot; ist kein Hostname (schreiben Sie ihn als api.example.com oder 127.0.0.1:8750)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the secret &quot;%1&quot; may not go to %2 anyway</source>
        <translation>das Secret &quot;%1&quot; darf ohnehin nicht an %2 gehen</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::Account</name>
    <message>
        <location filename="../../model/cloud/account.cpp" line="+160"/>
        <source>user &quot;%1&quot;</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>campaign &quot;%1&quot;</source>
        <translation>Kampagne „%1“</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the account number must be digits, found &quot;%1&quot;</source>
        <translation>die Kontonummer muss aus Ziffern bestehen, gefunden wurde „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid secret name</source>
        <translation>„%1“ ist kein gültiger Secret-Name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a skill id must be a positive number</source>
        <translation>eine Skill-ID muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the skill id %1 is taken by skills[%2]</source>
        <translation>die Skill-ID %1 ist bereits von skills[%2] belegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the skill has no name</source>
        <translation>der Skill hat keinen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the skill name &quot;%1&quot; is taken by skills[%2]</source>
        <translation>der Skill-Name „%1“ ist bereits von skills[%2] belegt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a user id must be digits, found &quot;%1&quot;</source>
        <translation>eine Benutzer-ID muss aus Ziffern bestehen, gefunden wurde „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the user id %1 is taken by users[%2]</source>
        <translation>die Benutzer-ID %1 ist bereits von users[%2] belegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the PId must be a UUID, found &quot;%1&quot;</source>
        <translation>die PId muss eine UUID sein, gefunden wurde „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the user has no login name</source>
        <translation>der Benutzer hat keinen Anmeldenamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the login name &quot;%1&quot; is taken by users[%2]</source>
        <translation>der Anmeldename „%1“ ist bereits von users[%2] belegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a Bot user logs in with its OAuth keys, not a password</source>
        <translation>ein Bot-Benutzer meldet sich mit seinen OAuth-Schlüsseln an, nicht mit einem Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Human user &quot;%1&quot; has no password</source>
        <translation>der menschliche Benutzer „%1“ hat kein Passwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the password hash is not a pbkdf2-sha256 hash with iterations, salt and hash</source>
        <translation>der Passwort-Hash ist kein pbkdf2-sha256-Hash mit Iterationen, Salt und Hash</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max chats must be at least 1 (or &quot;unlimited&quot;), found %1</source>
        <translation>max chats muss mindestens 1 sein (oder „unlimited“), gefunden wurde %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the login name is too long for the names of its keys in the secret store</source>
        <translation>der Anmeldename ist zu lang für die Namen seiner Schlüssel im Secret-Speicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keys of &quot;%1&quot; would share their secret names (%2) with users[%3]: change one login name</source>
        <translation>die Schlüssel von „%1“ hätten dieselben Secret-Namen (%2) wie users[%3]: ändern Sie einen der Anmeldenamen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+48"/>
        <source>there is no skill with the id %1</source>
        <translation>es gibt keinen Skill mit der ID %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>the skill &quot;%1&quot; is listed twice</source>
        <translation>der Skill „%1“ ist zweimal aufgeführt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the Bot user &quot;%1&quot; has the routing skill &quot;%2&quot;, which no campaign enters on: transfers to it would ring the bot</source>
        <translation>der Bot-Benutzer „%1“ hat den Routing-Skill „%2“, über den keine Kampagne einsteigt: Übergaben an ihn würden beim Bot klingeln</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be above every user id (the highest is %1)</source>
        <translation>muss über jeder Benutzer-ID liegen (die höchste ist %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the campaign has no id</source>
        <translation>die Kampagne hat keine ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the campaign id %1 is taken by campaigns[%2]</source>
        <translation>die Kampagnen-ID %1 ist bereits von campaigns[%2] belegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the campaign has no name</source>
        <translation>die Kampagne hat keinen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the campaign name &quot;%1&quot; is taken by campaigns[%2]</source>
        <translation>der Kampagnenname „%1“ ist bereits von campaigns[%2] belegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the campaign has no engagement id</source>
        <translation>die Kampagne hat keine Engagement-ID</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::AccountFile</name>
    <message>
        <location filename="../../model/cloud/accountfile.cpp" line="+117"/>
        <source>expected %1, found %2</source>
        <translation>erwartet wurde %1, gefunden wurde %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+12"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a string of digits</source>
        <translation>eine Zeichenkette aus Ziffern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a whole number, found %1</source>
        <translation>erwartet wurde eine ganze Zahl, gefunden wurde %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an account file (a JSON object), found %1</source>
        <translation>erwartet wurde eine Kontodatei (ein JSON-Objekt), gefunden wurde %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &quot;%1&quot;: this is not a Dialogsmith account file</source>
        <translation>erwartet wurde „%1“: dies ist keine Kontodatei von Dialogsmith</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file was written by a newer Dialogsmith (format version %1); this build reads version %2</source>
        <translation>die Datei wurde von einem neueren Dialogsmith geschrieben (Formatversion %1); diese Version liest Version %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+11"/>
        <location line="+44"/>
        <location line="+33"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>unknown user type &quot;%1&quot; (use &quot;bot&quot; or &quot;human&quot;)</source>
        <translation>unbekannter Benutzertyp „%1“ (verwenden Sie „bot“ oder „human“)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a whole number or &quot;unlimited&quot;</source>
        <translation>eine ganze Zahl oder „unlimited“</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected a positive number of iterations</source>
        <translation>erwartet wurde eine positive Anzahl von Iterationen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected base64 text</source>
        <translation>erwartet wurde Base64-Text</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>the file does not exist</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 MB; account files are limited to %3 MB</source>
        <translation>%1 ist %2 MB groß; Kontodateien dürfen höchstens %3 MB groß sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::AgentClient</name>
    <message>
        <location filename="../../model/cloud/agentclient.cpp" line="+15"/>
        <source>the cloud refused the login: %1</source>
        <translation>die Cloud hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cloud closed the connection (%1 %2)</source>
        <translation>die Cloud hat die Verbindung geschlossen (%1 %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the domain look-up answered HTTP %1</source>
        <translation>die Domänenabfrage hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the domain look-up named no agentVep or asyncMessagingEnt</source>
        <translation>die Domänenabfrage hat weder agentVep noch asyncMessagingEnt genannt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the login answered HTTP %1</source>
        <translation>die Anmeldung hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the login answer has no user id or bearer</source>
        <translation>die Antwort auf die Anmeldung enthält keine Benutzer-ID oder kein Bearer-Token</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>not logged in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the skills answered HTTP %1</source>
        <translation>die Skills antworteten mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::AgentSession</name>
    <message>
        <location filename="../../model/cloud/agentsession.cpp" line="+45"/>
        <location line="+17"/>
        <location line="+1"/>
        <source>the login expired: log in again</source>
        <translation>die Anmeldung ist abgelaufen: melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;availability&apos; must be ONLINE, AWAY or OFFLINE</source>
        <translation>„availability“ muss ONLINE, AWAY oder OFFLINE sein</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no subscription with id %1</source>
        <translation>kein Abonnement mit der ID %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not supported by the local cloud</source>
        <translation>%1 wird von der lokalen Cloud nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown request type &apos;%1&apos;</source>
        <translation>unbekannter Anfragetyp „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>UpdateRingState needs a &apos;ringId&apos;</source>
        <translation>UpdateRingState braucht eine „ringId“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;ringState&apos; must be ACCEPTED or REJECTED</source>
        <translation>„ringState“ muss ACCEPTED oder REJECTED sein</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the body must be an object of filters</source>
        <translation>der Body muss ein Objekt mit Filtern sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;convState&apos; may hold OPEN and CLOSE</source>
        <translation>„convState“ darf OPEN und CLOSE enthalten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the request needs a &apos;dialogId&apos;</source>
        <translation>die Anfrage braucht eine „dialogId“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no conversation with id %1</source>
        <translation>keine Konversation mit der ID %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only participants may read a conversation</source>
        <translation>nur Teilnehmer dürfen eine Konversation lesen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PublishEvent needs a &apos;dialogId&apos; and an &apos;event&apos; object</source>
        <translation>PublishEvent braucht eine „dialogId“ und ein „event“-Objekt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>UpdateConversationField needs a &apos;conversationId&apos; and a &apos;conversationField&apos;</source>
        <translation>UpdateConversationField braucht eine „conversationId“ und ein „conversationField“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no consumer or agent with id %1</source>
        <translation>kein Konsument oder Agent mit der ID %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::BotAgent</name>
    <message>
        <location filename="../../model/cloud/botagent.cpp" line="+293"/>
        <source>the cloud ended the login (%1)</source>
        <translation>die Cloud hat die Anmeldung beendet (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection to the cloud closed (%1)</source>
        <translation>die Verbindung zur Cloud wurde geschlossen (%1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not a Bot user: a bot agent logs in as a Bot user with its API key</source>
        <translation>%1 ist kein Bot-Benutzer: ein Bot-Agent meldet sich als Bot-Benutzer mit seinem API-Schlüssel an</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the cloud refused %1: %2</source>
        <translation>die Cloud hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>going online</source>
        <translation>das Online-Gehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the conversation subscription</source>
        <translation>das Konversationsabonnement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the routing subscription</source>
        <translation>das Routing-Abonnement</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>the cloud refused a bot message: %1</source>
        <translation>die Cloud hat eine Bot-Nachricht abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::Brand</name>
    <message>
        <location filename="../../model/cloud/brand.cpp" line="+275"/>
        <source>unknown consumer: sign up first</source>
        <translation>unbekannter Konsument: registrieren Sie sich zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the consumer already has an open conversation (%1)</source>
        <translation>der Konsument hat bereits eine offene Konversation (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+603"/>
        <source>too many open conversations (%1): close some first</source>
        <translation>zu viele offene Konversationen (%1): schließen Sie zuerst einige</translation>
    </message>
    <message>
        <location line="-595"/>
        <location line="+450"/>
        <location line="+93"/>
        <location line="+50"/>
        <source>the account has no skill with id %1</source>
        <translation>das Konto hat keinen Skill mit der ID %1</translation>
    </message>
    <message>
        <location line="-581"/>
        <source>the account has no campaign to route the conversation: add one with an entry skill</source>
        <translation>das Konto hat keine Kampagne, die die Konversation weiterleitet: fügen Sie eine mit einem Einstiegs-Skill hinzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the account has no campaign %1</source>
        <translation>das Konto hat keine Kampagne %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a ContentEvent needs a text &apos;message&apos;</source>
        <translation>ein ContentEvent braucht eine Text-„message“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the message is longer than %1 characters</source>
        <translation>die Nachricht ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;contentType&apos; must be text</source>
        <translation>„contentType“ muss text sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a RichContentEvent needs a &apos;content&apos; object</source>
        <translation>ein RichContentEvent braucht ein „content“-Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rich content is larger than %1 KB</source>
        <translation>der Rich Content ist größer als %1 KB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;chatState&apos; must be one of %1</source>
        <translation>„chatState“ muss eines von %1 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;status&apos; must be one of %1</source>
        <translation>„status“ muss eines von %1 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an AcceptStatusEvent needs a &apos;sequenceList&apos; of numbers</source>
        <translation>ein AcceptStatusEvent braucht eine „sequenceList“ aus Zahlen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;sequenceList&apos; must hold numbers</source>
        <translation>„sequenceList“ muss Zahlen enthalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the event has no &apos;type&apos;</source>
        <translation>das Ereignis hat keinen „type“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown event type &apos;%1&apos; (ContentEvent, RichContentEvent, ChatStateEvent and AcceptStatusEvent are known)</source>
        <translation>unbekannter Ereignistyp „%1“ (bekannt sind ContentEvent, RichContentEvent, ChatStateEvent und AcceptStatusEvent)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+276"/>
        <location line="+136"/>
        <location line="+11"/>
        <source>no conversation with id %1</source>
        <translation>keine Konversation mit der ID %1</translation>
    </message>
    <message>
        <location line="-421"/>
        <location line="+244"/>
        <location line="+34"/>
        <location line="+145"/>
        <source>the conversation is closed</source>
        <translation>die Konversation ist beendet</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>only participants may publish in a conversation</source>
        <translation>nur Teilnehmer dürfen in einer Konversation veröffentlichen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the conversation holds %1 events, the most it may</source>
        <translation>die Konversation enthält %1 Ereignisse, das Maximum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no event with sequence %1</source>
        <translation>kein Ereignis mit der Sequenz %1</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>no user with id %1</source>
        <translation>kein Benutzer mit der ID %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no waiting ring with id %1 (it may have expired or been taken)</source>
        <translation>kein wartender Ruf mit der ID %1 (er ist vielleicht abgelaufen oder wurde schon angenommen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ring %1 was offered to another agent</source>
        <translation>der Ruf %1 wurde einem anderen Agenten angeboten</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&apos;conversationField&apos; lists no change</source>
        <translation>„conversationField“ nennt keine Änderung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ParticipantsChange names a user this account does not have</source>
        <translation>ParticipantsChange nennt einen Benutzer, den dieses Konto nicht hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ParticipantsChange needs an agent &apos;role&apos; (ASSIGNED_AGENT, AGENT, MANAGER or READER)</source>
        <translation>ParticipantsChange braucht eine Agenten-„role“ (ASSIGNED_AGENT, AGENT, MANAGER oder READER)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>that user is not a participant with role %1</source>
        <translation>dieser Benutzer ist kein Teilnehmer mit der Rolle %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>that user is already a participant</source>
        <translation>dieser Benutzer ist bereits Teilnehmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the conversation already has an assigned agent</source>
        <translation>die Konversation hat bereits einen zugewiesenen Agenten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transfer to a particular agent (SUGGEST) is not supported: transfer to a skill</source>
        <translation>die Übergabe an einen bestimmten Agenten (SUGGEST) wird nicht unterstützt: übergeben Sie an einen Skill</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ParticipantsChange &apos;type&apos; must be ADD, REMOVE or SUGGEST</source>
        <translation>„type“ von ParticipantsChange muss ADD, REMOVE oder SUGGEST sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skill needs a &apos;skill&apos; id</source>
        <translation>Skill braucht eine „skill“-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ConversationStateField supports &apos;conversationState&apos;: &apos;CLOSE&apos; only</source>
        <translation>ConversationStateField unterstützt nur „conversationState“: „CLOSE“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a conversation field has no &apos;field&apos; name</source>
        <translation>ein Konversationsfeld hat keinen „field“-Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown conversation field &apos;%1&apos; (ParticipantsChange, Skill and ConversationStateField are known)</source>
        <translation>unbekanntes Konversationsfeld „%1“ (bekannt sind ParticipantsChange, Skill und ConversationStateField)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only participants may change a conversation</source>
        <translation>nur Teilnehmer dürfen eine Konversation ändern</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the conversation is closed already</source>
        <translation>die Konversation ist bereits beendet</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Studio preview</source>
        <translation>Studio-Vorschau</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>All agents for %1 are busy or offline. You are number %2 in the queue; an agent will be with you as soon as one is free.</source>
        <translation>Alle Agenten für %1 sind beschäftigt oder offline. Sie sind Nummer %2 in der Warteschlange; ein Agent ist für Sie da, sobald einer frei ist.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::CloudServer</name>
    <message>
        <location filename="../../model/cloud/cloudserver.cpp" line="+161"/>
        <source>TLS needs both a certificate file and a key file</source>
        <translation>TLS braucht sowohl eine Zertifikatsdatei als auch eine Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not read the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no unencrypted PEM private key</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the cloud</source>
        <translation>die Cloud</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>could not listen on 127.0.0.1:%1: %2</source>
        <translation>auf 127.0.0.1:%1 konnte nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>the Authorization header is not the API access key of an account of this cloud</source>
        <translation>der Authorization-Header ist nicht der API-Zugriffsschlüssel eines Kontos dieser Cloud</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>use POST</source>
        <translation>verwenden Sie POST</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <location line="+423"/>
        <source>use GET</source>
        <translation>verwenden Sie GET</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>no such route: %1</source>
        <translation>keine solche Route: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an account id is a number</source>
        <translation>eine Konto-ID ist eine Zahl</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no such account: %1 is not an account of this cloud</source>
        <translation>kein solches Konto: %1 ist kein Konto dieser Cloud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the login needs a &apos;username&apos;</source>
        <translation>die Anmeldung braucht einen „username“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown login name &apos;%1&apos; in account %2</source>
        <translation>unbekannter Anmeldename „%1“ im Konto %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a Bot user: log in with its API key (the four OAuth keys)</source>
        <translation>%1 ist ein Bot-Benutzer: melden Sie sich mit seinem API-Schlüssel an (den vier OAuth-Schlüsseln)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrong password for %1</source>
        <translation>falsches Passwort für %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no API key was generated for %1: generate one with &apos;dialogsmith-cli account key generate %1&apos;</source>
        <translation>für %1 wurde kein API-Schlüssel erzeugt: erzeugen Sie einen mit „dialogsmith-cli account key generate %1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the OAuth keys for %1 were refused: they are not the keys generated for this user</source>
        <translation>die OAuth-Schlüssel für %1 wurden abgelehnt: es sind nicht die für diesen Benutzer erzeugten Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>send a &apos;password&apos;, or the four OAuth keys (appKey, secret, accessToken, accessTokenSecret)</source>
        <translation>senden Sie ein „password“ oder die vier OAuth-Schlüssel (appKey, secret, accessToken, accessTokenSecret)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many logins; log out some first</source>
        <translation>zu viele Anmeldungen; melden Sie zuerst einige ab</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>session unauthorized: log in again</source>
        <translation>Sitzung nicht autorisiert: melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>not logged in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>logged out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <source>no such account: %1</source>
        <translation>kein solches Konto: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many consumers</source>
        <translation>zu viele Konsumenten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;agentSkillId&apos; must be a skill id</source>
        <translation>„agentSkillId“ muss eine Skill-ID sein</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the Authorization header is not the desk&apos;s key</source>
        <translation>der Authorization-Header ist nicht der Schlüssel des Desks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the cloud no longer keeps this conversation</source>
        <translation>die Cloud hat diese Konversation nicht mehr</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no such route</source>
        <translation>keine solche Route</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the management routes need the cloud&apos;s admin token</source>
        <translation>die Verwaltungsrouten brauchen das Admin-Token der Cloud</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is no page at this address.</source>
        <translation>Unter dieser Adresse gibt es keine Seite.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Which account?</source>
        <translation>Welches Konto?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account %1 here</source>
        <translation>Kein Konto %1 hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cloud serves no account yet: start it with an account file.</source>
        <translation>Diese Cloud bedient noch kein Konto: Starten Sie sie mit einer Kontodatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visitor page needs the account number: /visitor/?siteid=ACCOUNT. This cloud serves %1.</source>
        <translation>Die Besucherseite braucht die Kontonummer: /visitor/?siteid=KONTO. Diese Cloud bedient %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the visitor page of %1</source>
        <translation>Die Besucherseite von %1 öffnen</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+25"/>
        <source>no such WebSocket endpoint</source>
        <translation>kein solcher WebSocket-Endpunkt</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>no such account</source>
        <translation>kein solches Konto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the login is not valid: log in again</source>
        <translation>die Anmeldung ist nicht gültig: melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the consumer JWT is not valid</source>
        <translation>das Konsumenten-JWT ist nicht gültig</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::ConsumerClient</name>
    <message>
        <location filename="../../model/cloud/consumerclient.cpp" line="+30"/>
        <source>signup answered HTTP %1</source>
        <translation>die Registrierung hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>InitConnection answered %1</source>
        <translation>InitConnection hat mit %1 geantwortet</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::ConsumerSession</name>
    <message>
        <location filename="../../model/cloud/consumersession.cpp" line="+31"/>
        <source>no InitConnection with the consumer&apos;s JWT</source>
        <translation>kein InitConnection mit dem JWT des Konsumenten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>send InitConnection with the consumer&apos;s JWT first</source>
        <translation>senden Sie zuerst InitConnection mit dem JWT des Konsumenten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no subscription with id %1</source>
        <translation>kein Abonnement mit der ID %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SetUserProfile needs a profile object</source>
        <translation>SetUserProfile braucht ein Profilobjekt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown request type &apos;%1&apos;</source>
        <translation>unbekannter Anfragetyp „%1“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the consumer JWT is not valid: sign up again</source>
        <translation>das Konsumenten-JWT ist nicht gültig: registrieren Sie sich erneut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the consumer JWT is not valid</source>
        <translation>das Konsumenten-JWT ist nicht gültig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection belongs to another consumer</source>
        <translation>die Verbindung gehört einem anderen Konsumenten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the request needs a &apos;conversationId&apos; or &apos;dialogId&apos;</source>
        <translation>die Anfrage braucht eine „conversationId“ oder „dialogId“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no conversation with id %1</source>
        <translation>keine Konversation mit der ID %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;skillId&apos; must be a number</source>
        <translation>„skillId“ muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;brandId&apos; %1 is not this connection&apos;s account %2</source>
        <translation>„brandId“ %1 ist nicht das Konto %2 dieser Verbindung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>PublishEvent needs an &apos;event&apos; object</source>
        <translation>PublishEvent braucht ein „event“-Objekt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&apos;convState&apos; may hold OPEN and CLOSE</source>
        <translation>„convState“ darf OPEN und CLOSE enthalten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>UpdateConversationField needs a &apos;conversationField&apos;</source>
        <translation>UpdateConversationField braucht ein „conversationField“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a consumer may only close its conversation (ConversationStateField CLOSE)</source>
        <translation>ein Konsument darf seine Konversation nur schließen (ConversationStateField CLOSE)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no agent with id %1</source>
        <translation>kein Agent mit der ID %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::Deployments</name>
    <message>
        <location filename="../../model/cloud/deployments.cpp" line="+93"/>
        <source>an agent needs an account number and the bot user&apos;s login name</source>
        <translation>ein Agent braucht eine Kontonummer und den Anmeldenamen des Bot-Benutzers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cloud is not running</source>
        <translation>die Cloud läuft nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the agent %1 is running: stop it before deploying again</source>
        <translation>der Agent %1 läuft: halten Sie ihn an, bevor Sie erneut bereitstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the bot has no environment named &quot;%1&quot;</source>
        <translation>der Bot hat keine Umgebung namens „%1“</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>no agent %1 is deployed in account %2: deploy it first</source>
        <translation>im Konto %2 ist kein Agent %1 bereitgestellt: stellen Sie ihn zuerst bereit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the bot user&apos;s API key is not in the secret store (%1): generate it with &apos;dialogsmith-cli account key generate %2&apos;</source>
        <translation>der API-Schlüssel des Bot-Benutzers ist nicht im Secret-Speicher (%1): erzeugen Sie ihn mit „dialogsmith-cli account key generate %2“</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+100"/>
        <source>no agent %1 is deployed in account %2</source>
        <translation>im Konto %2 ist kein Agent %1 bereitgestellt</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+45"/>
        <location line="+11"/>
        <location line="+7"/>
        <source>no such route</source>
        <translation>keine solche Route</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&apos;keyNames&apos; must name the four OAuth keys&apos; secrets (letters, digits and &apos;_&apos;)</source>
        <translation>„keyNames“ muss die Secrets der vier OAuth-Schlüssel nennen (Buchstaben, Ziffern und „_“)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;target&apos; must be demo or production</source>
        <translation>„target“ muss demo oder production sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deploying to Production must be confirmed</source>
        <translation>die Bereitstellung in Production muss bestätigt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;botFile&apos; must be the absolute path of the bot file</source>
        <translation>„botFile“ muss der absolute Pfad der Bot-Datei sein</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::EmbeddedCloud</name>
    <message>
        <location filename="../../model/cloud/embeddedcloud.cpp" line="+37"/>
        <source>there is no account file %1: create one with &apos;dialogsmith-cli account init --account-id N&apos;</source>
        <translation>es gibt keine Kontodatei %1: legen Sie eine mit &apos;dialogsmith-cli account init --account-id N&apos; an</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+41"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::MessagingClient</name>
    <message>
        <location filename="../../model/cloud/messagingclient.cpp" line="+36"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+32"/>
        <source>the cloud is not running at %1 (the connection was refused)</source>
        <translation>unter %1 läuft keine Cloud (die Verbindung wurde abgelehnt)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>could not reach the cloud at %1: %2</source>
        <translation>die Cloud unter %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>not connected to the cloud</source>
        <translation>nicht mit der Cloud verbunden</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the connection to the cloud closed</source>
        <translation>die Verbindung zur Cloud wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::MessagingSession</name>
    <message>
        <location filename="../../model/cloud/messagingsession.cpp" line="+81"/>
        <source>too many requests: at most %1 per second</source>
        <translation>zu viele Anfragen: höchstens %1 pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too many bad frames</source>
        <translation>zu viele fehlerhafte Frames</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the client does not read what it is sent</source>
        <translation>der Client liest nicht, was ihm gesendet wird</translation>
    </message>
</context>
<context>
    <name>dialogsmith::cloud::OAuthKeys</name>
    <message>
        <location filename="../../model/cloud/oauthkeys.cpp" line="+74"/>
        <source>cannot store the key &quot;%1&quot;: %2</source>
        <translation>der Schlüssel „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot delete the key &quot;%1&quot;: %2</source>
        <translation>der Schlüssel „%1“ kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The secret store could not be read: %1.</source>
        <translation>Der Secret-Speicher konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keys have been generated for this user.</source>
        <translation>Für diesen Benutzer wurden keine Schlüssel erzeugt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keys of this user are incomplete in the secret store: generate them again.</source>
        <translation>Die Schlüssel dieses Benutzers sind im Secret-Speicher unvollständig: erzeugen Sie sie neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keys were refused.</source>
        <translation>Die Schlüssel wurden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::document::Action</name>
    <message>
        <location filename="../../model/document/rule.cpp" line="+19"/>
        <source>next</source>
        <translation>weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close dialog</source>
        <translation>Dialog schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close conversation</source>
        <translation>Konversation beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>go to interaction %1</source>
        <translation>zur Interaktion %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>go to dialog %1</source>
        <translation>zum Dialog %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown action</source>
        <translation>unbekannte Aktion</translation>
    </message>
</context>
<context>
    <name>dialogsmith::document::DocumentCommand</name>
    <message>
        <location filename="../../model/document/botcommands.cpp" line="+37"/>
        <location line="+67"/>
        <source>the bot needs a name</source>
        <translation>der Bot braucht einen Namen</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>an environment needs a name</source>
        <translation>eine Umgebung braucht einen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there are two environments named &quot;%1&quot;</source>
        <translation>es gibt zwei Umgebungen namens „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the default environment &quot;%1&quot; does not exist</source>
        <translation>die Standardumgebung „%1“ gibt es nicht</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit global functions</source>
        <translation>Globale Funktionen bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit environments</source>
        <translation>Umgebungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../../model/document/dialogcommands.cpp" line="+9"/>
        <location filename="../../model/document/interactioncommands.cpp" line="+42"/>
        <source>there is no dialog with id &quot;%1&quot;</source>
        <translation>es gibt keinen Dialog mit der ID „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a dialog needs a name</source>
        <translation>ein Dialog braucht einen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a dialog named &quot;%1&quot; already exists</source>
        <translation>es gibt bereits einen Dialog namens „%1“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add dialog &quot;%1&quot;</source>
        <translation>Dialog „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the dialog id &quot;%1&quot; is already used</source>
        <translation>die Dialog-ID „%1“ ist bereits vergeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../model/document/interactioncommands.cpp" line="+3"/>
        <source>the interaction id &quot;%1&quot; is already used</source>
        <translation>die Interaktions-ID „%1“ ist bereits vergeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../model/document/interactioncommands.cpp" line="-28"/>
        <source>an interaction named &quot;%1&quot; already exists</source>
        <translation>es gibt bereits eine Interaktion namens „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>position %1 is past the last dialog</source>
        <translation>Position %1 liegt hinter dem letzten Dialog</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove dialog</source>
        <translation>Dialog entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove dialog &quot;%1&quot;</source>
        <translation>Dialog „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rename dialog to &quot;%1&quot;</source>
        <translation>Dialog in „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move dialog</source>
        <translation>Dialog verschieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>position %1 is outside the dialog list</source>
        <translation>Position %1 liegt außerhalb der Dialogliste</translation>
    </message>
    <message>
        <location filename="../../model/document/integrationcommands.cpp" line="+17"/>
        <source>an integration needs a name</source>
        <translation>eine Integration braucht einen Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an integration named &quot;%1&quot; already exists</source>
        <translation>es gibt bereits eine Integration namens „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add integration &quot;%1&quot;</source>
        <translation>Integration „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the integration id &quot;%1&quot; is already used</source>
        <translation>die Integrations-ID „%1“ ist bereits vergeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>position %1 is past the last integration</source>
        <translation>Position %1 liegt hinter der letzten Integration</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove integration</source>
        <translation>Integration entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove integration &quot;%1&quot;</source>
        <translation>Integration „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>there is no integration with id &quot;%1&quot;</source>
        <translation>es gibt keine Integration mit der ID „%1“</translation>
    </message>
    <message>
        <location filename="../../model/document/interactioncommands.cpp" line="-8"/>
        <source>there is no interaction with id &quot;%1&quot;</source>
        <translation>es gibt keine Interaktion mit der ID „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an interaction needs a name</source>
        <translation>eine Interaktion braucht einen Namen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ hinzufügen</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+56"/>
        <source>position %1 is outside the dialog</source>
        <translation>Position %1 liegt außerhalb des Dialogs</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Remove interaction</source>
        <translation>Interaktion entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+139"/>
        <source>Move interaction</source>
        <translation>Interaktion verschieben</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Change type to %1</source>
        <translation>Typ in %1 ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot change an interaction to an unknown type</source>
        <translation>eine Interaktion kann nicht in einen unbekannten Typ geändert werden</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set next action to %1</source>
        <translation>Nächste Aktion auf %1 setzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move %1 interactions</source>
        <translation>%1 Interaktionen verschieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing to move</source>
        <translation>nichts zu verschieben</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit rules</source>
        <translation>Regeln bearbeiten</translation>
    </message>
</context>
<context>
    <name>dialogsmith::document::Json</name>
    <message>
        <location filename="../../model/document/json.cpp" line="+95"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>the file is not valid UTF-8 text</source>
        <translation>die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected text after the end of the JSON value</source>
        <translation>unerwarteter Text nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>character 0x%1</source>
        <translation>das Zeichen 0x%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected end of file, expected a value</source>
        <translation>unerwartetes Dateiende, erwartet wurde ein Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 values: too many for a bot</source>
        <translation>mehr als %1 Werte: zu viele für einen Bot</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>expected a value but found %1</source>
        <translation>erwartet wurde ein Wert, gefunden wurde %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid number: expected a digit after &apos;.&apos;</source>
        <translation>ungültige Zahl: nach „.“ wurde eine Ziffer erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid number: expected a digit in the exponent</source>
        <translation>ungültige Zahl: im Exponenten wurde eine Ziffer erwartet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>incomplete \u escape in a string</source>
        <translation>unvollständige \u-Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid \u escape in a string</source>
        <translation>ungültige \u-Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+16"/>
        <source>control character inside a string (line breaks must be written as \n)</source>
        <translation>Steuerzeichen in einer Zeichenkette (Zeilenumbrüche müssen als \n geschrieben werden)</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+72"/>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>invalid escape sequence in a string</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>nesting deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unterminated array (missing &apos;]&apos;)</source>
        <translation>nicht abgeschlossenes Array (es fehlt „]“)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array but found %1</source>
        <translation>in einem Array wurde „,“ oder „]“ erwartet, gefunden wurde %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>unterminated object (missing &apos;}&apos;)</source>
        <translation>nicht abgeschlossenes Objekt (es fehlt „}“)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>expected a member name in quotes but found %1</source>
        <translation>erwartet wurde ein Membername in Anführungszeichen, gefunden wurde %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &apos;:&apos; after the member name &quot;%1&quot;</source>
        <translation>nach dem Membernamen „%1“ wurde „:“ erwartet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object but found %1</source>
        <translation>in einem Objekt wurde „,“ oder „}“ erwartet, gefunden wurde %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::document::Search</name>
    <message>
        <location filename="../../model/document/search.cpp" line="+69"/>
        <source>Global functions</source>
        <translation>Globale Funktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialog name</source>
        <translation>Dialogname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interaction name</source>
        <translation>Interaktionsname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick reply</source>
        <translation>Schnellantwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Universal content</source>
        <translation>Universeller Inhalt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclude keyword</source>
        <translation>Ausschlusswort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-process code</source>
        <translation>Vorverarbeitungscode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process user response</source>
        <translation>Benutzerantwort verarbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-process code</source>
        <translation>Nachverarbeitungscode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule pattern</source>
        <translation>Regelmuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule regular expression</source>
        <translation>Regulärer Ausdruck der Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule option</source>
        <translation>Regeloption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-match message</source>
        <translation>Nachricht ohne Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable to set</source>
        <translation>Zu setzende Variable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Integration name</source>
        <translation>Integrationsname</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Query parameter</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transform script</source>
        <translation>Transformationsskript</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom data field</source>
        <translation>Benutzerdefiniertes Datenfeld</translation>
    </message>
</context>
<context>
    <name>dialogsmith::document::Validation</name>
    <message>
        <location filename="../../model/document/validation.cpp" line="+41"/>
        <source>the URL is empty</source>
        <translation>die URL ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL has spaces at its start or end</source>
        <translation>die URL hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL must start with http:// or https://</source>
        <translation>die URL muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL has no host</source>
        <translation>die URL nennt keinen Host</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>the name &quot;%1&quot; is used by %2 interactions; names must be unique</source>
        <translation>der Name „%1“ wird von %2 Interaktionen verwendet; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the dialog has no dialog starter, so only a &quot;go to dialog&quot; action can start it</source>
        <translation>der Dialog hat keinen Dialogstarter, nur eine Aktion „zum Dialog“ kann ihn starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the dialog starter has no patterns and no intent, so only a &quot;go to dialog&quot; action can start this dialog</source>
        <translation>der Dialogstarter hat weder Muster noch Intent, nur eine Aktion „zum Dialog“ kann diesen Dialog starten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown interaction type &quot;%1&quot;: it is kept as it is but the preview skips it</source>
        <translation>unbekannter Interaktionstyp „%1“: er bleibt erhalten, aber die Vorschau überspringt ihn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pattern %1 is empty</source>
        <translation>Muster %1 ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>pattern %1</source>
        <translation>Muster %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>the interaction does not name an integration</source>
        <translation>die Interaktion nennt keine Integration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the integration &quot;%1&quot; does not exist</source>
        <translation>die Integration „%1“ gibt es nicht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is %2 characters long: a pattern longer than %3 characters may be too large to match, and then it never matches</source>
        <translation>%1 ist %2 Zeichen lang: ein Muster mit mehr als %3 Zeichen kann zu groß zum Vergleichen sein und passt dann nie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 nests its groups more than %2 deep: the deeper groups are matched as plain text</source>
        <translation>%1 verschachtelt seine Gruppen mehr als %2 Ebenen tief: die tieferen Gruppen gelten als gewöhnlicher Text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>next action</source>
        <translation>nächste Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the rule has an empty pattern</source>
        <translation>die Regel hat ein leeres Muster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the rule&apos;s regular expression is empty</source>
        <translation>der reguläre Ausdruck der Regel ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown rule kind &quot;%1&quot;: it is kept as it is but never matches in the preview</source>
        <translation>unbekannte Regelart „%1“: sie bleibt erhalten, trifft in der Vorschau aber nie zu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>goes to an interaction that does not exist (%1)</source>
        <translation>führt zu einer Interaktion, die es nicht gibt (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>goes to a dialog that does not exist (%1)</source>
        <translation>führt zu einem Dialog, den es nicht gibt (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown action; it is kept as it is</source>
        <translation>unbekannte Aktion; sie bleibt erhalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not an HTTP method (use one of %2)</source>
        <translation>„%1“ ist keine HTTP-Methode (verwenden Sie eine von %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no response data variable: the result cannot be used</source>
        <translation>keine Antwortdatenvariable: das Ergebnis kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>dialog &quot;%1&quot;</source>
        <translation>Dialog „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interaction &quot;%1&quot;</source>
        <translation>Interaktion „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>integration &quot;%1&quot;</source>
        <translation>Integration „%1“</translation>
    </message>
</context>
<context>
    <name>dialogsmith::format::ProjectFile</name>
    <message>
        <location filename="../../model/format/projectfile.cpp" line="+38"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the file is %1 MB; project files are limited to %2 MB</source>
        <translation>die Datei ist %1 MB groß; Projektdateien dürfen höchstens %2 MB groß sein</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>cannot open the file: the file does not exist</source>
        <translation>die Datei kann nicht geöffnet werden: die Datei gibt es nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open the file: it is not a regular file (a folder, a device or a pipe)</source>
        <translation>die Datei kann nicht geöffnet werden: sie ist keine normale Datei (ein Ordner, ein Gerät oder eine Pipe)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>dialogsmith::format::Reader</name>
    <message>
        <location filename="../../model/format/cbreader.cpp" line="+24"/>
        <source>expected a bot export (a JSON object), found %1</source>
        <translation>erwartet wurde ein Bot-Export (ein JSON-Objekt), gefunden wurde %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>expected %1, found %2</source>
        <translation>erwartet wurde %1, gefunden wurde %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+57"/>
        <location line="+50"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>the id is missing</source>
        <translation>die ID fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the id is empty</source>
        <translation>die ID ist leer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <location line="+118"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation>erwartet wurde eine ganze Zahl, gefunden wurde „%1“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+30"/>
        <location line="+21"/>
        <location line="+54"/>
        <location line="+43"/>
        <location line="+35"/>
        <location line="+32"/>
        <location line="+34"/>
        <location line="+32"/>
        <location line="+11"/>
        <location line="+55"/>
        <location line="+20"/>
        <location line="+64"/>
        <location line="+14"/>
        <location line="+36"/>
        <location line="+26"/>
        <location line="+183"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-681"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>missing: this is not a Conversation Builder bot export</source>
        <translation>fehlt: dies ist kein Bot-Export von Conversation Builder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported bot format version &quot;%1&quot; (this build reads version 2 exports)</source>
        <translation>nicht unterstützte Bot-Formatversion „%1“ (diese Version liest Exporte der Version 2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected &quot;dialogsmith&quot;, found &quot;%1&quot;</source>
        <translation>erwartet wurde „dialogsmith“, gefunden wurde „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file was written by a newer Dialogsmith (format version %1); this build reads version %2</source>
        <translation>die Datei wurde von einem neueren Dialogsmith geschrieben (Formatversion %1); diese Version liest Version %2</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>duplicate dialog id &quot;%1&quot; (also used by %2)</source>
        <translation>doppelte Dialog-ID „%1“ (auch von %2 verwendet)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>duplicate integration id &quot;%1&quot; (also used by %2)</source>
        <translation>doppelte Integrations-ID „%1“ (auch von %2 verwendet)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: unknown rule kind &quot;%2&quot;, kept as it is</source>
        <translation>%1: unbekannte Regelart „%2“, unverändert beibehalten</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>%1: unknown interaction type &quot;%2&quot;, kept as it is</source>
        <translation>%1: unbekannter Interaktionstyp „%2“, unverändert beibehalten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>missing: the interaction belongs to no dialog</source>
        <translation>fehlt: die Interaktion gehört zu keinem Dialog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refers to a dialog that does not exist (&quot;%1&quot;)</source>
        <translation>verweist auf einen Dialog, den es nicht gibt („%1“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate interaction id &quot;%1&quot; (also used by %2)</source>
        <translation>doppelte Interaktions-ID „%1“ (auch von %2 verwendet)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refers to an interaction that does not exist (&quot;%1&quot;)</source>
        <translation>verweist auf eine Interaktion, die es nicht gibt („%1“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refers to an interaction of another dialog (%1)</source>
        <translation>verweist auf eine Interaktion eines anderen Dialogs (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>broken link: %1 follows this interaction but its prevMessageId does not point back</source>
        <translation>defekte Verknüpfung: %1 folgt auf diese Interaktion, aber seine prevMessageId zeigt nicht zurück</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>broken links: dialog &quot;%1&quot; has two first interactions (%2 and this one have no prevMessageId)</source>
        <translation>defekte Verknüpfungen: Dialog „%1“ hat zwei erste Interaktionen (%2 und diese haben keine prevMessageId)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>broken links: the interactions of dialog &quot;%1&quot; form a loop</source>
        <translation>defekte Verknüpfungen: die Interaktionen von Dialog „%1“ bilden eine Schleife</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>broken links: the interaction cannot be reached from the start of dialog &quot;%1&quot;</source>
        <translation>defekte Verknüpfungen: die Interaktion ist vom Anfang des Dialogs „%1“ aus nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>dialogsmith::format::Recovery</name>
    <message>
        <location filename="../../model/format/recovery.cpp" line="+95"/>
        <source>cannot create the recovery folder %1</source>
        <translation>der Wiederherstellungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot lock the recovery copy %1</source>
        <translation>die Wiederherstellungskopie %1 kann nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>dialogsmith::format::SnapshotStore</name>
    <message>
        <location filename="../../model/format/snapshotstore.cpp" line="+98"/>
        <source>a snapshot needs a name</source>
        <translation>ein Snapshot braucht einen Namen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot make the snapshot folder %1</source>
        <translation>der Snapshot-Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>dialogsmith::network::AgentDesk</name>
    <message>
        <location filename="../../model/network/agentdesk.cpp" line="+228"/>
        <source>the agent desk needs a key: every request must send it as its Authorization header</source>
        <translation>der Agent Desk braucht einen Schlüssel: jede Anfrage muss ihn als Authorization-Header senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the desk</source>
        <translation>der Desk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not listen on 127.0.0.1:%1: %2</source>
        <translation>auf 127.0.0.1:%1 konnte nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>the request has no Authorization header: send the desk key in it</source>
        <translation>die Anfrage hat keinen Authorization-Header: senden Sie den Desk-Schlüssel darin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Authorization header does not match the desk key</source>
        <translation>der Authorization-Header passt nicht zum Desk-Schlüssel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not allowed here; use %2</source>
        <translation>%1 ist hier nicht erlaubt; verwenden Sie %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there is no route %1 %2</source>
        <translation>es gibt keine Route %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the body is empty: send a JSON object with the fields %1</source>
        <translation>der Body ist leer: senden Sie ein JSON-Objekt mit den Feldern %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+144"/>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>der Body ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+144"/>
        <source>the body must be a JSON object</source>
        <translation>der Body muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>the field &quot;%1&quot; must be a string</source>
        <translation>das Feld „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the field &quot;%1&quot; is longer than %2 characters</source>
        <translation>das Feld „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;message&quot; is longer than %1 characters</source>
        <translation>das Feld „message“ ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the field &quot;%1&quot; is missing or empty</source>
        <translation>das Feld „%1“ fehlt oder ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;agentSkillId&quot; is missing or empty</source>
        <translation>das Feld „agentSkillId“ fehlt oder ist leer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no skill named &quot;%1&quot; on this desk (skills: %2)</source>
        <translation>an diesem Desk gibt es keinen Skill namens „%1“ (Skills: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no skill with the id &quot;%1&quot; on this desk (skills: %2)</source>
        <translation>an diesem Desk gibt es keinen Skill mit der ID „%1“ (Skills: %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the desk holds %1 open transfers, its limit: close some first</source>
        <translation>der Desk hält %1 offene Übergaben, seine Grenze: schließen Sie zuerst einige</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the queue of skill %1 is full (%2 transfers wait)</source>
        <translation>die Warteschlange von Skill %1 ist voll (%2 Übergaben warten)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the state &quot;%1&quot; is not one of queued, accepted, closed</source>
        <translation>der Zustand „%1“ ist keiner von queued, accepted, closed</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the body is empty: send {&quot;text&quot;: &quot;...&quot;}</source>
        <translation>der Body ist leer: senden Sie {&quot;text&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the field &quot;text&quot; must be a string</source>
        <translation>das Feld „text“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+19"/>
        <location line="+34"/>
        <source>there is no transfer %1</source>
        <translation>es gibt keine Übergabe %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>transfer %1 is accepted already</source>
        <translation>Übergabe %1 ist bereits angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>transfer %1 is closed</source>
        <translation>Übergabe %1 ist geschlossen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the field &quot;text&quot; is empty</source>
        <translation>das Feld „text“ ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the field &quot;text&quot; is longer than %1 characters</source>
        <translation>das Feld „text“ ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>transfer %1 is queued: accept it before writing</source>
        <translation>Übergabe %1 wartet: nehmen Sie sie an, bevor Sie schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>transfer %1 has %2 messages, its limit</source>
        <translation>Übergabe %1 hat %2 Nachrichten, ihre Grenze</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>transfer %1 is closed already</source>
        <translation>Übergabe %1 ist bereits geschlossen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;after&quot; must be a whole number of 0 or more</source>
        <translation>„after“ muss eine ganze Zahl von 0 oder mehr sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;wait&quot; must be a whole number of seconds, 0 or more</source>
        <translation>„wait“ muss eine ganze Zahl von Sekunden sein, 0 oder mehr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no transfer for conversation %1</source>
        <translation>es gibt keine Übergabe für die Konversation %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::network::AgentMessagePoller</name>
    <message>
        <location filename="../../model/network/agentmessagepoller.cpp" line="+86"/>
        <source>agent messages</source>
        <translation>Agentennachrichten</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 has no agent messages for this conversation: it is not an agent desk, or it forgot the transfer</source>
        <translation>%1 hat keine Agentennachrichten für diese Konversation: es ist kein Agent Desk, oder er hat die Übergabe vergessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agent desk refused the key: %1</source>
        <translation>der Agent Desk hat den Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the agent desk answered with invalid JSON: %1</source>
        <translation>der Agent Desk hat mit ungültigem JSON geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::network::ConnectionGuard</name>
    <message>
        <location filename="../../model/network/connectionguard.cpp" line="+102"/>
        <source>%1 has too many open connections; try again later</source>
        <translation>%1 hat zu viele offene Verbindungen; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the request is larger than %1 bytes</source>
        <translation>die Anfrage ist größer als %1 Byte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the request is not valid HTTP: it must start with a line like &quot;GET /path HTTP/1.1&quot;</source>
        <translation>die Anfrage ist kein gültiges HTTP: sie muss mit einer Zeile wie „GET /path HTTP/1.1“ beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request&apos;s headers are larger than %1 bytes</source>
        <translation>die Header der Anfrage sind größer als %1 Byte</translation>
    </message>
</context>
<context>
    <name>dialogsmith::network::EscalationClient</name>
    <message>
        <location filename="../../model/network/escalationclient.cpp" line="+45"/>
        <source>agent transfer</source>
        <translation>Agentenübergabe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no escalation endpoint is set: give the environment an %1 value (the agent desk&apos;s address)</source>
        <translation>kein Eskalationsendpunkt gesetzt: geben Sie der Umgebung einen Wert %1 (die Adresse des Agent Desks)</translation>
    </message>
</context>
<context>
    <name>dialogsmith::network::EscalationPresets</name>
    <message>
        <location filename="../../model/network/escalationpresets.cpp" line="+38"/>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>APAC</source>
        <translation>APAC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local agent desk</source>
        <translation>Lokaler Agent Desk</translation>
    </message>
</context>
<context>
    <name>dialogsmith::network::HttpClient</name>
    <message>
        <location filename="../../model/network/httpclient.cpp" line="+210"/>
        <source>the URL is empty</source>
        <translation>die URL ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL &quot;%1&quot; is not valid: %2</source>
        <translation>die URL „%1“ ist nicht gültig: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL &quot;%1&quot; does not start with http:// or https://</source>
        <translation>die URL „%1“ beginnt nicht mit http:// oder https://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL &quot;%1&quot; names no host</source>
        <translation>die URL „%1“ nennt keinen Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an HTTP method</source>
        <translation>„%1“ ist keine HTTP-Methode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>„%1“ ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the value of the header &quot;%1&quot; contains a line break</source>
        <translation>der Wert des Headers „%1“ enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 did not answer within %2</source>
        <translation>%1 hat nicht innerhalb von %2 geantwortet</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1 redirected more than %2 times (a redirect loop?)</source>
        <translation>%1 hat mehr als %2-mal umgeleitet (eine Umleitungsschleife?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 redirected to &quot;%2&quot;, which is not an http:// or https:// URL</source>
        <translation>%1 hat auf „%2“ umgeleitet, keine http://- oder https://-URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 redirected from HTTPS to plain HTTP (%2): not followed</source>
        <translation>%1 hat von HTTPS auf unverschlüsseltes HTTP umgeleitet (%2): nicht gefolgt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 redirected to another host (%2); the request carries credentials, so the redirect was not followed</source>
        <translation>%1 hat auf einen anderen Host umgeleitet (%2); die Anfrage enthält Zugangsdaten, deshalb wurde der Umleitung nicht gefolgt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 redirected to another host (%2) asking to send the body there too: not followed</source>
        <translation>%1 leitete auf einen anderen Host (%2) um und verlangte, den Inhalt auch dorthin zu senden: nicht gefolgt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 redirected from a public address to %2, which is on this machine or in a private network: not followed</source>
        <translation>%1 leitete von einer öffentlichen Adresse auf %2 um, das auf diesem Rechner oder in einem privaten Netz liegt: nicht gefolgt</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+10"/>
        <source>the answer from %1 is larger than %2: the request was stopped</source>
        <translation>die Antwort von %1 ist größer als %2: die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not connect to %1: the connection was refused (is the server running?)</source>
        <translation>keine Verbindung zu %1: die Verbindung wurde abgelehnt (läuft der Server?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not find the host &quot;%1&quot;: the DNS lookup failed</source>
        <translation>der Host „%1“ wurde nicht gefunden: die DNS-Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 closed the connection before its answer was complete</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 closed the connection without answering</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection to %1 timed out</source>
        <translation>die Verbindung zu %1 hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request to %1 was cancelled</source>
        <translation>die Anfrage an %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS connection to %1 failed: %2</source>
        <translation>die TLS-Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the network is not available: %1</source>
        <translation>das Netzwerk ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the proxy for %1 failed: %2</source>
        <translation>der Proxy für %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scheme of %1 is not supported</source>
        <translation>das Schema von %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an answer that is not valid HTTP</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges HTTP ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request to %1 failed: %2</source>
        <translation>die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 answered HTTP %2 with a body that is not valid JSON: %3 at byte %4</source>
        <translation>%1 hat mit HTTP %2 und einem Body geantwortet, der kein gültiges JSON ist: %3 bei Byte %4</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>dialogsmith::runtime::BotContextApi</name>
    <message>
        <location filename="../../model/runtime/botcontextapi.cpp" line="+245"/>
        <source>custom event &quot;%1&quot; (user message &quot;%2&quot;)</source>
        <translation>benutzerdefiniertes Ereignis „%1“ (Benutzernachricht „%2“)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>escalation event &quot;%1&quot; (user message &quot;%2&quot;)</source>
        <translation>Eskalationsereignis „%1“ (Benutzernachricht „%2“)</translation>
    </message>
</context>
<context>
    <name>dialogsmith::runtime::BotRuntime</name>
    <message>
        <location filename="../../model/runtime/botruntime.cpp" line="+75"/>
        <source>%1 code, line %2: %3</source>
        <translation>%1-Code, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>transform script, line %1: %2</source>
        <translation>Transformationsskript, Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>rule %1: invalid regular expression: %2</source>
        <translation>Regel %1: ungültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>there is no environment &quot;%1&quot;</source>
        <translation>es gibt keine Umgebung „%1“</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>global functions, line %1: %2</source>
        <translation>globale Funktionen, Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>dialogsmith::runtime::Conversation</name>
    <message>
        <location filename="../../model/runtime/conversation.cpp" line="+195"/>
        <source>started here</source>
        <translation>hier gestartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>conversation restarted</source>
        <translation>Konversation neu gestartet</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>picked %1 %2 (payload %3)</source>
        <translation>%1 %2 gewählt (Payload %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quick reply</source>
        <translation>Schnellantwort</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no rule of %1 matches: matching the message globally</source>
        <translation>keine Regel von %1 trifft zu: die Nachricht wird global abgeglichen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+458"/>
        <source>rule %1 fired: %2</source>
        <translation>Regel %1 hat ausgelöst: %2</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>%1 matches pattern %2 of %3</source>
        <translation>%1 passt auf Muster %2 von %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>intent %1 scores %2 (threshold %3)%4</source>
        <translation>Intent %1 erreicht %2 (Schwelle %3)%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: matched</source>
        <translation>: erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: too low</source>
        <translation>: zu niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no intent scores above 0</source>
        <translation>kein Intent erreicht mehr als 0</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>unknown variable condition %1 on %2: it never holds</source>
        <translation>unbekannte Variablenbedingung %1 auf %2: sie trifft nie zu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>loop guard: more than %1 dialog hops in one turn; the turn stops at dialog %2</source>
        <translation>Schleifenschutz: mehr als %1 Dialogsprünge in einem Zug; der Zug endet bei Dialog %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is disabled: skipped</source>
        <translation>%1 ist deaktiviert: übersprungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loop guard: more than %1 interactions in a row without a question in dialog %2; the turn stops at %3</source>
        <translation>Schleifenschutz: mehr als %1 Interaktionen hintereinander ohne Frage in Dialog %2; der Zug endet bei %3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>setTriggerNextMessage: going to %1</source>
        <translation>setTriggerNextMessage: weiter zu %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>setTriggerNextMessage: there is no interaction named %1; taking the next action</source>
        <translation>setTriggerNextMessage: es gibt keine Interaktion namens %1; die nächste Aktion wird ausgeführt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>go to dialog</source>
        <translation>zum Dialog</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the next action (%1) leads nowhere: the dialog ends</source>
        <translation>die nächste Aktion (%1) führt nirgendwohin: der Dialog endet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>go to interaction</source>
        <translation>zur Interaktion</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>skipPreviousDialog is &apos;true&apos;: dialog %1 is not resumed</source>
        <translation>skipPreviousDialog ist „true“: Dialog %1 wird nicht fortgesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>loop guard: more than %1 dialog hops in one turn</source>
        <translation>Schleifenschutz: mehr als %1 Dialogsprünge in einem Zug</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>back to dialog %1: sending %2 again</source>
        <translation>zurück zu Dialog %1: %2 wird erneut gesendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>conversation closed: the next message starts a new one</source>
        <translation>Konversation beendet: die nächste Nachricht beginnt eine neue</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>script error in %1%2: %3</source>
        <translation>Skriptfehler in %1%2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 has no value: it expands to nothing</source>
        <translation>%1 hat keinen Wert: wird zu nichts ersetzt</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>interaction type %1 is not supported: nothing sent</source>
        <translation>Interaktionstyp %1 wird nicht unterstützt: nichts gesendet</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>integration %1 does not exist: counted as failed</source>
        <translation>Integration %1 gibt es nicht: als fehlgeschlagen gewertet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 posts to the legacy agent-escalation endpoint: not sent in the web channel, as in Conversation Builder&apos;s preview</source>
        <translation>%1 sendet an den alten Agenten-Eskalationsendpunkt: im Web-Kanal nicht gesendet, wie in der Vorschau von Conversation Builder</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+23"/>
        <source>integration %1 failed: %2</source>
        <translation>Integration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 answered HTTP %2</source>
        <translation>%1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>custom data field %1: cannot read the path %2</source>
        <translation>benutzerdefiniertes Datenfeld %1: der Pfad %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>transfer to skill %1: not sent in the web channel, as in Conversation Builder&apos;s preview</source>
        <translation>Übergabe an Skill %1: im Web-Kanal nicht gesendet, wie in der Vorschau von Conversation Builder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>transfer to skill %1 requested</source>
        <translation>Übergabe an Skill %1 angefordert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>transfer accepted</source>
        <translation>Übergabe angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent transfer failed: </source>
        <translation>Agentenübergabe fehlgeschlagen: </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the agent transfer failed: the bot receives %1</source>
        <translation>die Agentenübergabe ist fehlgeschlagen: der Bot erhält %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>failed agent transfer</source>
        <translation>fehlgeschlagene Agentenübergabe</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
</context>
<context>
    <name>dialogsmith::runtime::IntegrationTrial</name>
    <message>
        <location filename="../../model/runtime/integrationtrial.cpp" line="+56"/>
        <source>script error in %1%2: %3</source>
        <translation>Skriptfehler in %1%2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>the transform script sends a message: %1</source>
        <translation>das Transformationsskript sendet eine Nachricht: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the integration does not exist any more</source>
        <translation>die Integration gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has no value: give it a sample value</source>
        <translation>%1 hat keinen Wert: geben Sie einen Beispielwert ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 have no value: give them sample values</source>
        <translation>%1 haben keinen Wert: geben Sie Beispielwerte ein</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>custom data field %1: cannot read the path %2</source>
        <translation>benutzerdefiniertes Datenfeld %1: der Pfad %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../model/runtime/integrationrequest.cpp" line="+258"/>
        <source>the URL is empty</source>
        <translation>die URL ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL &quot;%1&quot; is not valid: %2</source>
        <translation>die URL „%1“ ist nicht gültig: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the URL &quot;%1&quot; does not start with http:// or https://</source>
        <translation>die URL „%1“ beginnt nicht mit http:// oder https://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL &quot;%1&quot; names no host</source>
        <translation>die URL „%1“ nennt keinen Host</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the body is not valid JSON once its templates are filled in: %1 at byte %2</source>
        <translation>der Body ist nach dem Einsetzen der Platzhalter kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>dialogsmith::runtime::ScriptHost</name>
    <message>
        <location filename="../../model/runtime/scripthost.cpp" line="+448"/>
        <source>script stopped while compiling: it used more than %1</source>
        <translation>Skript beim Kompilieren gestoppt: es belegte mehr als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>script timed out while compiling</source>
        <translation>Zeitüberschreitung des Skripts beim Kompilieren</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>an exception that could not be read in time</source>
        <translation>eine Ausnahme, die nicht rechtzeitig gelesen werden konnte</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>script timed out in %1</source>
        <translation>Zeitüberschreitung des Skripts in %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::runtime::Transcript</name>
    <message>
        <location filename="../../model/runtime/transcript.cpp" line="+38"/>
        <source>&apos;%1&apos; must come before the first &apos;user:&apos; line</source>
        <translation>„%1“ muss vor der ersten Zeile „user:“ stehen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected &apos;var NAME = VALUE&apos;</source>
        <translation>erwartet wurde „var NAME = WERT“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown channel &apos;%1&apos; (use web or messaging)</source>
        <translation>unbekannter Kanal „%1“ (verwenden Sie web oder messaging)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &apos;start: DIALOG NAME&apos;</source>
        <translation>erwartet wurde „start: DIALOGNAME“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &apos;env: KEY=VALUE&apos;</source>
        <translation>erwartet wurde „env: SCHLÜSSEL=WERT“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &apos;user:&apos;, &apos;bot:&apos;, &apos;bot~&apos;, &apos;var&apos;, &apos;channel:&apos;, &apos;env:&apos;, &apos;start:&apos; or a &apos;#&apos; comment</source>
        <translation>erwartet wurde „user:“, „bot:“, „bot~“, „var“, „channel:“, „env:“, „start:“ oder ein Kommentar mit „#“</translation>
    </message>
</context>
<context>
    <name>dialogsmith::runtime::TranscriptRunner</name>
    <message>
        <location filename="../../model/runtime/transcriptrunner.cpp" line="+30"/>
        <source>the bot has no dialog named &apos;%1&apos;</source>
        <translation>der Bot hat keinen Dialog namens „%1“</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a message matching %1</source>
        <translation>eine Nachricht, die auf %1 passt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no more bot messages)</source>
        <translation>(keine weiteren Bot-Nachrichten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: expected “%2”, got “%3”</source>
        <translation>Zeile %1: erwartet „%2“, erhalten „%3“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: expected %2, got %3</source>
        <translation>Zeile %1: erwartet %2, erhalten %3</translation>
    </message>
</context>
<context>
    <name>dialogsmith::runtime::Transport</name>
    <message>
        <location filename="../../model/runtime/transport.cpp" line="+30"/>
        <source>... (%1 bytes)</source>
        <translation>... (%1 Byte)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>the network is off here: the integration &quot;%1&quot; was not sent</source>
        <translation>das Netzwerk ist hier abgeschaltet: die Integration „%1“ wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the network is off here: the transfer to skill &quot;%1&quot; was not sent</source>
        <translation>das Netzwerk ist hier abgeschaltet: die Übergabe an Skill „%1“ wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the server answered HTTP %1</source>
        <translation>der Server hat mit HTTP %1 geantwortet</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::AccountEditor</name>
    <message>
        <location filename="../../ui/cloud/accounteditor.cpp" line="+114"/>
        <location line="+518"/>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <location line="-509"/>
        <source>The password %1 logs in to the agent console with (only a salted hash is kept).</source>
        <translation>Das Passwort, mit dem sich %1 an der Agentenkonsole anmeldet (nur ein gesalzener Hash wird gespeichert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+564"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="-559"/>
        <source>The LiveEngage account number (digits): the visitor test page&apos;s siteid</source>
        <translation>Die LiveEngage-Kontonummer (Ziffern): die siteid der Besucher-Testseite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company name the account shows</source>
        <translation>Der Firmenname, den das Konto zeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;number:</source>
        <translation>Konto&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Skills: where conversations queue and which agents they ring</source>
        <translation>Skills: wo Gespräche warten und welche Agenten sie anklingeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max chats</source>
        <translation>Max. Chats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password / API key</source>
        <translation>Passwort / API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users: human agents log in with a password, Bot users with their API key. Skills are names separated by commas; max chats empty for unlimited</source>
        <translation>Benutzer: menschliche Agenten melden sich mit einem Passwort an, Bot-Benutzer mit ihrem API-Schlüssel. Skills sind durch Kommas getrennte Namen; max. Chats leer für unbegrenzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry skill</source>
        <translation>Einstiegs-Skill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns: a visitor&apos;s new conversation enters on the campaign&apos;s skill</source>
        <translation>Kampagnen: das neue Gespräch eines Besuchers beginnt beim Skill der Kampagne</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add &amp;Skill</source>
        <translation>&amp;Skill hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a skill with the next free id</source>
        <translation>Einen Skill mit der nächsten freien ID hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Remove the selected skill (when nothing uses it)</source>
        <translation>Den ausgewählten Skill entfernen (wenn nichts ihn verwendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;kills</source>
        <translation>S&amp;kills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate API Key...</source>
        <translation>API-Schlüssel &amp;erzeugen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate the selected Bot user&apos;s four OAuth keys: stored in the secret store and shown once</source>
        <translation>Die vier OAuth-Schlüssel des ausgewählten Bot-Benutzers erzeugen: im Geheimnisspeicher abgelegt und einmal angezeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;Password...</source>
        <translation>&amp;Passwort festlegen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the selected human agent&apos;s password</source>
        <translation>Das Passwort des ausgewählten menschlichen Agenten festlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Human Agent</source>
        <translation>&amp;Menschlichen Agenten hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a human agent (it needs a password)</source>
        <translation>Einen menschlichen Agenten hinzufügen (er braucht ein Passwort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Bot User</source>
        <translation>&amp;Bot-Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a Bot user (a bot agent logs in as it with its API key)</source>
        <translation>Einen Bot-Benutzer hinzufügen (ein Bot-Agent meldet sich mit dessen API-Schlüssel als er an)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected user</source>
        <translation>Den ausgewählten Benutzer entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add C&amp;ampaign</source>
        <translation>K&amp;ampagne hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a campaign entering on the first skill</source>
        <translation>Eine Kampagne hinzufügen, die beim ersten Skill beginnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected campaign</source>
        <translation>Die ausgewählte Kampagne entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;mpaigns</source>
        <translation>Ka&amp;mpagnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is wrong with the account, where</source>
        <translation>Was am Konto falsch ist, und wo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the account file (the local cloud follows it at once)</source>
        <translation>Die Kontodatei schreiben (die lokale Cloud folgt ihr sofort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change Account Number</source>
        <translation>Kontonummer ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change Company</source>
        <translation>Firma ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>Account %1[*]</source>
        <translation>Konto %1[*]</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The account file cannot be read: %1</source>
        <translation>Die Kontodatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no account file yet: fill in the account and save it.</source>
        <translation>Es gibt noch keine Kontodatei: füllen Sie das Konto aus und speichern Sie es.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>API key generated</source>
        <translation>API-Schlüssel erzeugt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no API key yet</source>
        <translation>noch kein API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password set</source>
        <translation>Passwort festgelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no password yet</source>
        <translation>noch kein Passwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename Skill</source>
        <translation>Skill umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Login Name</source>
        <translation>Anmeldenamen ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change Nickname</source>
        <translation>Spitznamen ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>There is no skill “%1”: add it on the Skills page first.</source>
        <translation>Es gibt keinen Skill „%1“: fügen Sie ihn zuerst auf der Seite Skills hinzu.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Change Skills</source>
        <translation>Skills ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Max chats is a number (empty for unlimited).</source>
        <translation>Max. Chats ist eine Zahl (leer für unbegrenzt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Max Chats</source>
        <translation>Max. Chats ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename Campaign</source>
        <translation>Kampagne umbenennen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Entry Skill</source>
        <translation>Einstiegs-Skill ändern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>skill-%1</source>
        <translation>skill-%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Skill</source>
        <translation>Skill hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add Bot User</source>
        <translation>Bot-Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Human Agent</source>
        <translation>Menschlichen Agenten hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Campaign</source>
        <translation>Kampagne hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The skill %1 is used by %2: take it from them first.</source>
        <translation>Der Skill %1 wird von %2 verwendet: nehmen Sie ihn dort zuerst heraus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove Skill</source>
        <translation>Skill entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove User</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove Campaign</source>
        <translation>Kampagne entfernen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Setting the password of %1…</source>
        <translation>Das Passwort von %1 wird gesetzt…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password was not set: %1 is no longer a human agent of the account.</source>
        <translation>Das Passwort wurde nicht gesetzt: %1 ist kein menschlicher Agent des Kontos mehr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password of %1 is set.</source>
        <translation>Das Passwort von %1 ist gesetzt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Generate API Key</source>
        <translation>API-Schlüssel erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has an API key. A new one replaces it: agents that log in with the old keys are refused.</source>
        <translation>%1 hat einen API-Schlüssel. Ein neuer ersetzt ihn: Agenten, die sich mit den alten Schlüsseln anmelden, werden abgewiesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keys could not be stored: %1</source>
        <translation>Die Schlüssel konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API Key of %1</source>
        <translation>API-Schlüssel von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The four keys of %1 are in the secret store now. They are shown only this once: copy them if a client other than the studio needs them.</source>
        <translation>Die vier Schlüssel von %1 liegen jetzt im Geheimnisspeicher. Sie werden nur dieses eine Mal angezeigt: kopieren Sie sie, wenn ein anderer Client als das Studio sie braucht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>App key</source>
        <translation>App-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token secret</source>
        <translation>Zugriffstoken-Geheimnis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The account was not saved: %1</source>
        <translation>Das Konto wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the changes to the account?</source>
        <translation>Die Änderungen am Konto speichern?</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::ActionPicker</name>
    <message>
        <location filename="../../ui/inspector/actionpicker.cpp" line="+28"/>
        <source>Next interaction</source>
        <translation>Nächste Interaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with the interaction that follows in the dialog</source>
        <translation>Mit der Interaktion fortfahren, die im Dialog folgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End interaction</source>
        <translation>Interaktion beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop here and wait for the user&apos;s next message</source>
        <translation>Hier anhalten und auf die nächste Nachricht des Benutzers warten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close dialog</source>
        <translation>Dialog schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this dialog; the dialog below it resumes</source>
        <translation>Diesen Dialog verlassen; der Dialog darunter wird fortgesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close conversation</source>
        <translation>Konversation beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the whole conversation</source>
        <translation>Die gesamte Konversation beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to interaction</source>
        <translation>Zu Interaktion springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to an interaction of any dialog</source>
        <translation>Zu einer Interaktion eines beliebigen Dialogs springen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to dialog</source>
        <translation>Zu Dialog springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start another dialog</source>
        <translation>Einen anderen Dialog starten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What happens next</source>
        <translation>Was als Nächstes geschieht</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Unknown (kept as it is)</source>
        <translation>Unbekannt (bleibt unverändert)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (this dialog)</source>
        <translation>%1 (dieser Dialog)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(choose a target)</source>
        <translation>(Ziel auswählen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target no longer exists; choose another one</source>
        <translation>Das Ziel existiert nicht mehr; wählen Sie ein anderes</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::AgentDeskPanel</name>
    <message>
        <location filename="../../ui/preview/agentdeskpanel.cpp" line="+37"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+28"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy curl</source>
        <translation>curl kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Desk</source>
        <translation>Desk starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local environments hand over here</source>
        <translation>Lokale Umgebungen übergeben hierher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every request to the desk carries this key as its Authorization header. A new one each time the desk starts.</source>
        <translation>Jede Anfrage an den Desk trägt diesen Schlüssel als Authorization-Header. Bei jedem Start des Desks gibt es einen neuen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show or hide the desk&apos;s key</source>
        <translation>Den Schlüssel des Desks anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the desk&apos;s address (the value for lpPlatformHost)</source>
        <translation>Die Adresse des Desks kopieren (der Wert für lpPlatformHost)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the desk&apos;s key (the value for the secret %1)</source>
        <translation>Den Schlüssel des Desks kopieren (der Wert für das Secret %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy a curl command that lists the desk&apos;s transfers</source>
        <translation>Einen curl-Befehl kopieren, der die Übergaben des Desks auflistet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the messaging channel, an environment whose lpPlatformHost is on this machine (127.0.0.1, localhost) sends its transfers to this desk, with its key as the secret %1. The project does not change.</source>
        <translation>Im Messaging-Kanal sendet eine Umgebung, deren lpPlatformHost auf diesem Rechner liegt (127.0.0.1, localhost), ihre Übergaben an diesen Desk, mit seinem Schlüssel als Secret %1. Das Projekt ändert sich nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the desk on a free port of 127.0.0.1</source>
        <translation>Den Desk auf einem freien Port von 127.0.0.1 starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfers</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer messages</source>
        <translation>Nachrichten der Übergabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply as the agent…</source>
        <translation>Als Agent antworten…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The agent desk did not start: %1</source>
        <translation>Der Agent Desk wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Desk: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Desk: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk is not running.</source>
        <translation>Der Desk läuft nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfers from the preview arrive here in the messaging channel; accept one to reply as the agent.</source>
        <translation>Übergaben aus der Vorschau kommen im Messaging-Kanal hier an; nehmen Sie eine an, um als Agent zu antworten.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select a transfer to see its conversation.</source>
        <translation>Wählen Sie eine Übergabe, um ihre Konversation zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skill:</source>
        <translation>Skill:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation %1, user %2</source>
        <translation>Konversation %1, Benutzer %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bot:</source>
        <translation>Bot:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed.</source>
        <translation>Geschlossen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You are the agent in conversation %1.</source>
        <translation>Sie sind der Agent in Konversation %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Closed the conversation %1.</source>
        <translation>Konversation %1 geschlossen.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::BotForm</name>
    <message>
        <location filename="../../ui/inspector/botform.cpp" line="+20"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bot&apos;s name</source>
        <translation>Der Name des Bots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the bot does, for the people who maintain it</source>
        <translation>Was der Bot tut, für die Menschen, die ihn pflegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the bot&apos;s messages and intents (a BCP 47 tag)</source>
        <translation>Die Sprache der Nachrichten und Intents des Bots (ein BCP-47-Tag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bot ID</source>
        <translation>Bot-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename bot</source>
        <translation>Bot umbenennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit bot description</source>
        <translation>Bot-Beschreibung bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change bot language</source>
        <translation>Bot-Sprache ändern</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialogs: %1 · Interactions: %2 · Integrations: %3</source>
        <translation>Dialoge: %1 · Interaktionen: %2 · Integrationen: %3</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::CanvasScene</name>
    <message>
        <location filename="../../ui/canvas/canvasscene.cpp" line="+705"/>
        <source>Drop the connection on an interaction or on a dialog exit.</source>
        <translation>Legen Sie die Verbindung auf einer Interaktion oder einem Dialogausgang ab.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That target does not exist any more.</source>
        <translation>Dieses Ziel existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&lt;br&gt;&lt;i&gt;Not covered: no transcript of the last test run reached it.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Nicht abgedeckt: kein Transkript des letzten Testlaufs hat sie erreicht.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;br&gt;&lt;i&gt;Not covered: no transcript of the last test run took this rule.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Nicht abgedeckt: kein Transkript des letzten Testlaufs hat diese Regel genommen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goes to the dialog &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;&lt;i&gt;Double-click to open it.&lt;/i&gt;</source>
        <translation>Führt zum Dialog &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;&lt;i&gt;Zum Öffnen doppelklicken.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goes to &lt;b&gt;%1&lt;/b&gt; in another dialog.&lt;br&gt;&lt;i&gt;Double-click to open it.&lt;/i&gt;</source>
        <translation>Führt zu &lt;b&gt;%1&lt;/b&gt; in einem anderen Dialog.&lt;br&gt;&lt;i&gt;Zum Öffnen doppelklicken.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goes to &lt;b&gt;%1&lt;/b&gt;, which does not exist: the bot stops here.</source>
        <translation>Führt zu &lt;b&gt;%1&lt;/b&gt;, das nicht existiert: Der Bot hält hier an.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::CanvasView</name>
    <message>
        <location filename="../../ui/canvas/canvasaccessible.cpp" line="+45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not covered by the tests)</source>
        <translation>%1 (von den Tests nicht abgedeckt)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Dialog canvas</source>
        <translation>Dialog-Arbeitsfläche</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::ChatModel</name>
    <message>
        <location filename="../../ui/preview/chatmodel.cpp" line="+122"/>
        <source>The bot is typing…</source>
        <translation>Der Bot schreibt…</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::ChatView</name>
    <message>
        <location filename="../../ui/preview/chatview.cpp" line="+384"/>
        <location line="+388"/>
        <source>Transcript expected: %1</source>
        <translation>Transkript erwartete: %1</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Image unavailable</source>
        <translation>Bild nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading image…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>As in the transcript</source>
        <translation>Wie im Transkript</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Opens %1</source>
        <translation>Öffnet %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Sends “%1”</source>
        <translation>Sendet „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy Message</source>
        <translation>Nachricht &amp;kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Interaction</source>
        <translation>&amp;Interaktion anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Conversation</source>
        <translation>K&amp;onversation kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>user: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <location filename="../../ui/preview/chataccessible.cpp" line="+70"/>
        <source>Already answered</source>
        <translation>Bereits beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends this answer</source>
        <translation>Sendet diese Antwort</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The bot is typing</source>
        <translation>Der Bot schreibt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bot&apos;s message</source>
        <translation>Nachricht des Bots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s message</source>
        <translation>Nachricht des Agenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::CloudDeskPanel</name>
    <message>
        <location filename="../../ui/cloud/clouddeskpanel.cpp" line="+47"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The agent&apos;s login name</source>
        <translation>Der Anmeldename des Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A human agent of the account (Account editor ▸ Users)</source>
        <translation>Ein menschlicher Agent des Kontos (Konto-Editor ▸ Benutzer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s password; it is sent to the local cloud only and never stored</source>
        <translation>Das Passwort des Agenten; es geht nur an die lokale Cloud und wird nie gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the local cloud if needed and sign in as this agent</source>
        <translation>Die lokale Cloud bei Bedarf starten und als dieser Agent anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lo&amp;gin name:</source>
        <translation>Anmelde&amp;name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online agents are rung for waiting conversations of their skills; Away and Offline agents are not</source>
        <translation>Online-Agenten werden für wartende Konversationen ihrer Skills angeklingelt; abwesende und Offline-Agenten nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the login; open conversations stay with the cloud</source>
        <translation>Die Anmeldung beenden; offene Konversationen bleiben in der Cloud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;vailability:</source>
        <translation>&amp;Verfügbarkeit:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Waiting conversations</source>
        <translation>Wartende Konversationen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Conversations ringing for you: accept one to take it</source>
        <translation>Konversationen, die bei Ihnen klingeln: nehmen Sie eine an, um sie zu übernehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take the selected waiting conversation</source>
        <translation>Die gewählte wartende Konversation übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My conversations</source>
        <translation>Meine Konversationen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The conversations you are the agent of</source>
        <translation>Die Konversationen, in denen Sie der Agent sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Waiting:</source>
        <translation>&amp;Wartend:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;My conversations:</source>
        <translation>Meine &amp;Konversationen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply as the agent…</source>
        <translation>Als Agent antworten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply to the visitor (Enter)</source>
        <translation>Die Antwort an den Besucher senden (Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The skill to transfer the conversation to</source>
        <translation>Der Skill, an den die Konversation weitergeleitet wird</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer to skill</source>
        <translation>An Skill weiterleiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the conversation and send it to the skill&apos;s queue</source>
        <translation>Die Konversation verlassen und in die Warteschlange des Skills geben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the conversation for the visitor too</source>
        <translation>Die Konversation auch für den Besucher beenden</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The availability did not change: %1</source>
        <translation>Die Verfügbarkeit hat sich nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+599"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+16"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="-620"/>
        <source>The local cloud stopped.</source>
        <translation>Die lokale Cloud wurde beendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sign in to account %1 of the local cloud as a human agent.</source>
        <translation>Melden Sie sich bei Konto %1 der lokalen Cloud als menschlicher Agent an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in as a human agent of the account; the local cloud starts when you do.</source>
        <translation>Melden Sie sich als menschlicher Agent des Kontos an; die lokale Cloud startet dabei.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the agent&apos;s login name and password.</source>
        <translation>Geben Sie Anmeldename und Passwort des Agenten ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no local cloud to sign in to.</source>
        <translation>Es gibt keine lokale Cloud für die Anmeldung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local cloud cannot start: %1</source>
        <translation>Die lokale Cloud kann nicht starten: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The cloud refused the sign-in: %1.</source>
        <translation>Die Cloud hat die Anmeldung abgelehnt: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the cloud ended: sign in again.</source>
        <translation>Die Verbindung zur Cloud ist beendet: melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the cloud ended (%1): sign in again.</source>
        <translation>Die Verbindung zur Cloud ist beendet (%1): melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a Bot user: sign in as a human agent.</source>
        <translation>%1 ist ein Bot-Benutzer: melden Sie sich als menschlicher Agent an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · account %2</source>
        <translation>%1 · Konto %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The account&apos;s skills could not be read: %1</source>
        <translation>Die Skills des Kontos konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in as %1. Conversations of your skills ring here.</source>
        <translation>Angemeldet als %1. Konversationen Ihrer Skills klingeln hier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>skill %1</source>
        <translation>Skill %1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The conversation with %1 was closed.</source>
        <translation>Die Konversation mit %1 wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conversation with %1 left this desk.</source>
        <translation>Die Konversation mit %1 hat diesen Desk verlassen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The history could not be read.</source>
        <translation>Der bisherige Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>[structured content]</source>
        <translation>[strukturierter Inhalt]</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (bot)</source>
        <translation>%1 (Bot)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Accept a waiting conversation, or pick one of yours.</source>
        <translation>Nehmen Sie eine wartende Konversation an oder wählen Sie eine Ihrer Konversationen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · skill %2</source>
        <translation>%1 · Skill %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The conversation could not be accepted: %1</source>
        <translation>Die Konversation konnte nicht angenommen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accepted: you are the agent in this conversation now.</source>
        <translation>Angenommen: Sie sind jetzt der Agent dieser Konversation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The reply was not sent: %1</source>
        <translation>Die Antwort wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The transfer failed: %1</source>
        <translation>Die Weiterleitung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transferred to %1.</source>
        <translation>An %1 weitergeleitet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The conversation could not be closed: %1</source>
        <translation>Die Konversation konnte nicht geschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::CodePage</name>
    <message>
        <location filename="../../ui/engine/codepage.cpp" line="+114"/>
        <source>Pre-process code</source>
        <translation>Vorverarbeitungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>// Runs before the message is built and sent.
// Type botContext. for the functions a script can call.</source>
        <translation>// Läuft vor dem Erstellen und Senden der Nachricht.
// botContext. tippen zeigt die Skriptfunktionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process user response</source>
        <translation>Benutzerantwort verarbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>// Runs when the user has answered, before the rule&apos;s action.</source>
        <translation>// Läuft, wenn der Benutzer geantwortet hat, vor der Aktion der Regel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-process code</source>
        <translation>Nachverarbeitungscode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>// Runs after the message is sent.</source>
        <translation>// Läuft, nachdem die Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global functions</source>
        <translation>Globale Funktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>// Functions every interaction&apos;s code can call.
// __initConversation() runs when a conversation starts.</source>
        <translation>// Funktionen, die der Code jeder Interaktion aufrufen kann.
// __initConversation() läuft, wenn eine Konversation beginnt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::CodeSlotPane</name>
    <message>
        <location line="-68"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::CompareDialog</name>
    <message>
        <location filename="../../ui/diff/comparedialog.cpp" line="+18"/>
        <source>&amp;Another file:</source>
        <translation>&amp;Andere Datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;saved version of this project</source>
        <translation>Die ge&amp;speicherte Fassung dieses Projekts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;git revision of this project&apos;s file:</source>
        <translation>Eine &amp;Git-Revision der Projektdatei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bot file (.json)</source>
        <translation>Eine Bot-Datei (.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the bot file to compare the project with</source>
        <translation>Die Bot-Datei wählen, mit der das Projekt verglichen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what differs between another bot file and this project</source>
        <translation>Zeigen, was eine andere Bot-Datei von diesem Projekt unterscheidet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project has not been saved to a file yet.</source>
        <translation>Das Projekt wurde noch nicht in einer Datei gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what changed since the project was last saved</source>
        <translation>Zeigen, was sich seit dem letzten Speichern geändert hat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Git has no committed version of the project&apos;s file yet.</source>
        <translation>Git hat noch keine eingecheckte Fassung der Projektdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show what changed since a commit of the project&apos;s file</source>
        <translation>Zeigen, was sich seit einem Commit der Projektdatei geändert hat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Compare the project with:</source>
        <translation>Das Projekt vergleichen mit:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bot files (*.json);;All files (*)</source>
        <translation>Bot-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::DebuggerPanel</name>
    <message>
        <location filename="../../ui/preview/debuggerpanel.cpp" line="+51"/>
        <source>Bot variables</source>
        <translation>Bot-Variablen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter variables</source>
        <translation>Variablen filtern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter the log</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching and rules</source>
        <translation>Abgleich und Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions and dialogs</source>
        <translation>Interaktionen und Dialoge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests and transfers</source>
        <translation>Anfragen und Übergaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug output</source>
        <translation>Debug-Ausgabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select an event to see it whole: requests, responses, long values.</source>
        <translation>Wählen Sie ein Ereignis, um es vollständig zu sehen: Anfragen, Antworten, lange Werte.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The preview has not started. Send a message in the preview.</source>
        <translation>Die Vorschau ist nicht gestartet. Senden Sie eine Nachricht in der Vorschau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dialog is running.</source>
        <translation>Kein Dialog läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialogs: %1</source>
        <translation>Dialoge: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for an answer to “%1”.</source>
        <translation>Wartet auf eine Antwort auf „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>user: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::DebuggerRecord</name>
    <message>
        <location filename="../../ui/preview/debuggermodels.cpp" line="+531"/>
        <source>Preview started: %1</source>
        <translation>Vorschau gestartet: %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::DeployPanel</name>
    <message>
        <location filename="../../ui/cloud/deploypanel.cpp" line="+42"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deploy to Production</source>
        <translation>In Produktion bereitstellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bot user</source>
        <translation>Bot-Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bot agents of the bot&apos;s enterprise integrations: each logs in to LiveEngage as one Bot user</source>
        <translation>Die Bot-Agenten der Enterprise-Integrationen des Bots: jeder meldet sich als ein Bot-Benutzer bei LiveEngage an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a bot agent (and a LivePerson enterprise integration when the bot has none)</source>
        <translation>Einen Bot-Agenten hinzufügen (und eine LivePerson-Enterprise-Integration, wenn der Bot keine hat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Agent</source>
        <translation>Agent hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected bot agent</source>
        <translation>Den ausgewählten Bot-Agenten entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Agent</source>
        <translation>Agent entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of conversations the agent takes</source>
        <translation>Die Art Gespräche, die der Agent annimmt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 12345678</source>
        <translation>z. B. 12345678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LiveEngage account number (digits)</source>
        <translation>Die LiveEngage-Kontonummer (Ziffern)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Conversation type:</source>
        <translation>&amp;Gesprächstyp:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account n&amp;umber:</source>
        <translation>Konton&amp;ummer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login name of the account&apos;s Bot user the agent logs in as</source>
        <translation>Der Anmeldename des Bot-Benutzers des Kontos, als der sich der Agent anmeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role the agent joins conversations in</source>
        <translation>Die Rolle, in der der Agent Gesprächen beitritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret-store name of the Bot user&apos;s %1 (the key itself never goes into the project)</source>
        <translation>Der Name im Geheimnisspeicher für %1 des Bot-Benutzers (der Schlüssel selbst kommt nie ins Projekt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app key</source>
        <translation>den App-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret</source>
        <translation>das Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access token</source>
        <translation>das Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access token secret</source>
        <translation>das Zugriffstoken-Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;App key:</source>
        <translation>A&amp;pp-Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to&amp;ken:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token s&amp;ecret:</source>
        <translation>Zugriffstoken-G&amp;eheimnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the Account&apos;s Key &amp;Names</source>
        <translation>Schlüssel&amp;namen des Kontos verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the four keys as the Account editor and &apos;dialogsmith-cli account key generate&apos; store them</source>
        <translation>Die vier Schlüssel so benennen, wie der Konto-Editor und &apos;dialogsmith-cli account key generate&apos; sie speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;mo</source>
        <translation>De&amp;mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy for testing</source>
        <translation>Zum Testen bereitstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Production</source>
        <translation>Pr&amp;oduktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy for the account&apos;s visitors (asks first)</source>
        <translation>Für die Besucher des Kontos bereitstellen (fragt vorher)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deploy to:</source>
        <translation>Bereitstellen für:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy the bot as it is now to the local cloud (started when it is not running)</source>
        <translation>Den Bot, wie er jetzt ist, in der lokalen Cloud bereitstellen (sie startet, wenn sie nicht läuft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the deployed agent in and take conversations</source>
        <translation>Den bereitgestellten Agenten anmelden und Gespräche annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the agent out; its conversations wait for it</source>
        <translation>Den Agenten abmelden; seine Gespräche warten auf ihn</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>(no login name)</source>
        <translation>(kein Anmeldename)</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>The local cloud runs at %1 for account %2.</source>
        <translation>Die lokale Cloud läuft unter %1 für Konto %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local cloud is not running: Deploy starts it.</source>
        <translation>Die lokale Cloud läuft nicht: Bereitstellen startet sie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not deployed</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bot has no bot agent: add one to deploy the bot.</source>
        <translation>Der Bot hat keinen Bot-Agenten: fügen Sie einen hinzu, um den Bot bereitzustellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: not deployed</source>
        <translation>Status: nicht bereitgestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>1 conversation</source>
        <translation>1 Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 conversations</source>
        <translation>%1 Gespräche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: %1 (%2, %3)</source>
        <translation>Status: %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deploy “%1” to Production? Every visitor of account %2 who reaches the skills of %3 talks to this version of the bot.</source>
        <translation>„%1“ in Produktion bereitstellen? Jeder Besucher von Konto %2, der die Skills von %3 erreicht, spricht mit dieser Version des Bots.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deployed.</source>
        <translation>Nichts wurde bereitgestellt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 deployed to %2: start it to take conversations.</source>
        <translation>%1 bereitgestellt für %2: starten Sie ihn, damit er Gespräche annimmt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the local cloud is not running: deploy the agent first</source>
        <translation>die lokale Cloud läuft nicht: stellen Sie den Agenten zuerst bereit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the local cloud is not running</source>
        <translation>die lokale Cloud läuft nicht</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::DialogCanvas</name>
    <message>
        <location filename="../../ui/canvas/dialogcanvas.cpp" line="+107"/>
        <source>Dialog canvas</source>
        <translation>Dialog-Arbeitsfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions of the dialog and where each one leads. Arrow keys and Tab move between interactions, Enter opens one, Delete removes the selection.</source>
        <translation>Die Interaktionen des Dialogs und wohin jede führt. Pfeiltasten und Tab wechseln zwischen Interaktionen, Enter öffnet eine, Delete entfernt die Auswahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a dialog in the project explorer to see its flow here.</source>
        <translation>Wählen Sie einen Dialog im Projektbaum, um hier seinen Ablauf zu sehen.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Arrange nodes automatically</source>
        <translation>Knoten automatisch anordnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to 100 %</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to fit (Ctrl+0)</source>
        <translation>Einpassen (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>“%1” already has a dialog starter; a dialog starts at one place.</source>
        <translation>„%1“ hat bereits einen Dialogstarter; ein Dialog beginnt an genau einer Stelle.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not add the interaction: %1</source>
        <translation>Die Interaktion konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 interactions</source>
        <translation>%1 Interaktionen löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some interactions were not deleted: %1</source>
        <translation>Einige Interaktionen wurden nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The nodes are already arranged.</source>
        <translation>Die Knoten sind bereits angeordnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not arrange the nodes: %1</source>
        <translation>Die Knoten konnten nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not move: %1</source>
        <translation>Verschieben nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” cannot continue with itself: it would repeat forever without waiting for the user.</source>
        <translation>„%1“ kann nicht mit sich selbst fortfahren: Die Interaktion würde sich endlos wiederholen, ohne auf den Benutzer zu warten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That rule does not exist any more.</source>
        <translation>Diese Regel existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot connect: %1</source>
        <translation>Verbinden nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Next Interaction</source>
        <translation>Nächste Interaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End (Wait for the User)</source>
        <translation>Ende (auf Benutzer warten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Dialog</source>
        <translation>Dialog schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Conversation</source>
        <translation>Konversation beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Dialog</source>
        <translation>Zu Dialog springen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to Interaction</source>
        <translation>Zu Interaktion springen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>Next Action</source>
        <translation>Nächste Aktion</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Rule “%1”</source>
        <translation>Regel „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in Inspector</source>
        <translation>Im Inspektor öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert After</source>
        <translation>Danach einfügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete %1 Interactions</source>
        <translation>%1 Interaktionen löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open “%1”</source>
        <translation>„%1“ öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target does not exist</source>
        <translation>Das Ziel existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Interaction Here</source>
        <translation>Interaktion hier hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrange Nodes</source>
        <translation>Knoten anordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to Fit</source>
        <translation>Einpassen</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::DiffView</name>
    <message>
        <location filename="../../ui/diff/diffview.cpp" line="+170"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enterprise integration</source>
        <translation>Enterprise-Integration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enterprise agent</source>
        <translation>Enterprise-Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Back to the Canvas</source>
        <translation>Zurück zur Arbeitsfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Project</source>
        <translation>Im Projekt zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close the comparison and show the dialog&apos;s canvas again (Esc)</source>
        <translation>Den Vergleich schließen und wieder die Arbeitsfläche des Dialogs zeigen (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the comparison and show the selected item in the project (double-click a change does the same)</source>
        <translation>Den Vergleich verlassen und das gewählte Element im Projekt zeigen (ebenso ein Doppelklick auf eine Änderung)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Added: solid frame, round badge. Removed: dotted, hatched frame over a faded node, square badge. Changed: dashed frame, diamond badge.</source>
        <translation>Hinzugefügt: durchgezogener Rahmen, rundes Abzeichen. Entfernt: gepunkteter, schraffierter Rahmen über einem blassen Knoten, eckiges Abzeichen. Geändert: gestrichelter Rahmen, Rauten-Abzeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change; select one to see it, double-click to show it in the project</source>
        <translation>Alle Änderungen; eine wählen, um sie zu sehen, Doppelklick zeigt sie im Projekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These changes are not in a dialog.</source>
        <translation>Diese Änderungen liegen in keinem Dialog.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Changes from %1 to %2</source>
        <translation>Änderungen von %1 zu %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The two versions are the same.</source>
        <translation>Die beiden Fassungen sind gleich.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>Added %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1</source>
        <translation>Entfernt: %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::EnvironmentsEditor</name>
    <message>
        <location filename="../../ui/environmentseditor.cpp" line="+26"/>
        <source>&lt;b&gt;Environments&lt;/b&gt; — values for &lt;code&gt;{$env.key}&lt;/code&gt; in texts, URLs, headers and bodies</source>
        <translation>&lt;b&gt;Umgebungen&lt;/b&gt; — Werte für &lt;code&gt;{$env.key}&lt;/code&gt; in Texten, URLs, Headern und Bodys</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Add environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+177"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>Rename environment</source>
        <translation>Umgebung umbenennen</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Remove environment</source>
        <translation>Umgebung entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Add key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The environment the preview and exports use unless told otherwise</source>
        <translation>Die Umgebung, die Vorschau und Exporte verwenden, wenn nichts anderes angegeben ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default environment:</source>
        <translation>&amp;Standardumgebung:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Add an environment first.</source>
        <translation>Fügen Sie zuerst eine Umgebung hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key &quot;%1&quot; already exists.</source>
        <translation>Der Schlüssel „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::EscalationPresets</name>
    <message>
        <location filename="../../ui/integrations/presetmenu.cpp" line="+23"/>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LivePerson&apos;s US platform</source>
        <translation>LivePerson-Plattform USA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LivePerson&apos;s EU platform</source>
        <translation>LivePerson-Plattform EU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>APAC</source>
        <translation>APAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LivePerson&apos;s Asia-Pacific platform</source>
        <translation>LivePerson-Plattform Asien-Pazifik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local Agent Desk</source>
        <translation>Lokaler Agent Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host of the bound environment (lpPlatformHost): the agent desk on this computer with the &quot;Local&quot; environment</source>
        <translation>Der Host der verwendeten Umgebung (lpPlatformHost): der Agent Desk auf diesem Computer mit der Umgebung „Local“</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::EventLogModel</name>
    <message>
        <location filename="../../ui/preview/debuggermodels.cpp" line="-259"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter</source>
        <translation>Eintritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dialog end</source>
        <translation>Dialogende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Double-click to show “%1”.</source>
        <translation>Doppelklicken, um „%1“ anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::ExplorerModel</name>
    <message>
        <location filename="../../ui/explorermodel.cpp" line="+286"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bot: its global functions and settings</source>
        <translation>Der Bot: seine globalen Funktionen und Einstellungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dialogs (%1)</source>
        <translation>Dialoge (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrations (%1)</source>
        <translation>Integrationen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environments (%1)</source>
        <translation>Umgebungen (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fallback dialog</source>
        <translation>Fallback-Dialog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n interaction(s)</source>
        <translation>
            <numerusform>%1 — %n Interaktion</numerusform>
            <numerusform>%1 — %n Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coverage: %1 of %2 items reached by the last run of all tests (interactions entered, rules taken, starters matched, integration outcomes, fallback)</source>
        <translation>Abdeckung: %1 von %2 Punkten vom letzten Lauf aller Tests erreicht (betretene Interaktionen, genommene Regeln, getroffene Dialogstarter, Ergebnisse von Integrationen, Fallback)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown type %1</source>
        <translation>Unbekannter Typ %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+9"/>
        <source>Rename to &quot;%1&quot;</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot rename: %1</source>
        <translation>Umbenennen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::FindBar</name>
    <message>
        <location filename="../../ui/code/findbar.cpp" line="+56"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words only</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular expression (\1 in the replacement inserts a captured group)</source>
        <translation>Regulärer Ausdruck (\1 in der Ersetzung fügt eine erfasste Gruppe ein)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Escape)</source>
        <translation>Schließen (Escape)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace every match</source>
        <translation>Alle Treffer ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this match and find the next one (Enter)</source>
        <translation>Diesen Treffer ersetzen und den nächsten suchen (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>999 of 999</source>
        <translation>999 von 999</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>%1 replaced</source>
        <translation>%1 ersetzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The regular expression is not valid</source>
        <translation>Der reguläre Ausdruck ist ungültig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No results</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::FormSection</name>
    <message>
        <location filename="../../ui/inspector/formwidgets.cpp" line="+116"/>
        <source>Show or hide %1</source>
        <translation>%1 ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::GitFile</name>
    <message>
        <location filename="../../ui/diff/gitfile.cpp" line="+21"/>
        <location line="+22"/>
        <source>Git is not installed.</source>
        <translation>Git ist nicht installiert.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Git could not be started: %1</source>
        <translation>Git konnte nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Git did not answer within %n second(s).</source>
        <translation>
            <numerusform>Git hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Git hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Git failed: %1</source>
        <translation>Git ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The project has not been saved to a file yet.</source>
        <translation>Das Projekt wurde noch nicht in einer Datei gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project&apos;s folder is not in a git repository.</source>
        <translation>Der Ordner des Projekts liegt in keinem Git-Repository.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Git does not track the project&apos;s file.</source>
        <translation>Git verfolgt die Projektdatei nicht.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::ImageLoader</name>
    <message>
        <location filename="../../ui/preview/imageloader.cpp" line="+107"/>
        <source>Only http, https and data images load.</source>
        <translation>Nur http-, https- und data-Bilder werden geladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remote images are off (Preview ▸ More ▸ Load Remote Images).</source>
        <translation>Bilder aus dem Netz sind aus (Vorschau ▸ Mehr ▸ Bilder aus dem Netz laden).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Images from this machine or a private network do not load (Preview ▸ More ▸ Load Images from This Machine).</source>
        <translation>Bilder von diesem Rechner oder aus einem privaten Netz werden nicht geladen (Vorschau ▸ Mehr ▸ Bilder von diesem Rechner laden).</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+40"/>
        <source>The image is larger than %1 MB.</source>
        <translation>Das Bild ist größer als %1 MB.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The image redirected to %1, which is not an allowed address.</source>
        <translation>Das Bild leitete auf %1 um, keine erlaubte Adresse.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The image redirected to %1, on this machine or in a private network: not followed.</source>
        <translation>Das Bild leitete auf %1 um, auf diesen Rechner oder in ein privates Netz: nicht gefolgt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image did not arrive within %1 s.</source>
        <translation>Das Bild kam nicht innerhalb von %1 s an.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The image is too large to show.</source>
        <translation>Das Bild ist zu groß für die Anzeige.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The URL did not return an image (%1).</source>
        <translation>Die URL lieferte kein Bild (%1).</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::Inspector</name>
    <message>
        <location filename="../../ui/inspector/inspector.cpp" line="+44"/>
        <source>Select an interaction on the canvas or in the project tree to edit its settings and code here.</source>
        <translation>Wählen Sie eine Interaktion auf der Arbeitsfläche oder im Projektbaum, um hier ihre Einstellungen und ihren Code zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+132"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Open in Large Editor</source>
        <translation>Im großen Editor öffnen</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Global Functions</source>
        <translation>Globale Funktionen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The code editors cannot be loaded: reinstall Dialogsmith. The settings can be edited as usual.</source>
        <translation>Die Code-Editoren können nicht geladen werden: Installieren Sie Dialogsmith neu. Die Einstellungen lassen sich wie gewohnt bearbeiten.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Bot · %1</source>
        <translation>Bot · %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no language</source>
        <translation>keine Sprache</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::IntegrationEditor</name>
    <message>
        <location filename="../../ui/integrations/integrationeditor.cpp" line="+75"/>
        <source>Select an integration in the project tree to edit it here.</source>
        <translation>Wählen Sie eine Integration im Projektbaum, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Escalation Preset</source>
        <translation>Eskalationsvorgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set this integration up as a transfer to a human agent through Conversation Builder&apos;s escalation endpoint: method, URL, Authorization header and body in one step</source>
        <translation>Diese Integration als Übergabe an einen menschlichen Agenten über den Eskalationsendpunkt von Conversation Builder einrichten: Methode, URL, Authorization-Header und Body in einem Schritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send Test Request…</source>
        <translation>Testanfrage senden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send this request with sample values and see the status, headers, body and the variables it would set (Ctrl+Return)</source>
        <translation>Diese Anfrage mit Beispielwerten senden und Status, Header, Body und die Variablen sehen, die sie setzen würde (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name unique among the integrations</source>
        <translation>Ein unter den Integrationen eindeutiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <location line="+18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Interactions pick the integration by this name</source>
        <translation>Interaktionen wählen die Integration über diesen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. orders</source>
        <translation>z. B. orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response variable</source>
        <translation>Antwortvariable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The response is stored as api_&lt;name&gt;: {$.api_orders.jsonData...} in custom data fields, botContext.getBotVariable(&apos;api_orders&apos;) in code</source>
        <translation>Die Antwort wird als api_&lt;name&gt; gespeichert: {$.api_orders.jsonData...} in benutzerdefinierten Datenfeldern, botContext.getBotVariable(&apos;api_orders&apos;) im Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http(s) address; it may start with a template such as {$env.host}</source>
        <translation>http(s)-Adresse; sie darf mit einem Platzhalter wie {$env.host} beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (10 s)</source>
        <translation>Standard (10 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long the request may take</source>
        <translation>Wie lange die Anfrage dauern darf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+115"/>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+12"/>
        <location line="+28"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+12"/>
        <source>value or {$...}</source>
        <translation>Wert oder {$...}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Add Header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No headers</source>
        <translation>Keine Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a secret: the value is read from the system keychain when the request is sent and never saved in the project</source>
        <translation>Ein Secret verwenden: Der Wert wird beim Senden der Anfrage aus dem Schlüsselbund des Systems gelesen und nie im Projekt gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Query Parameters</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No query parameters</source>
        <translation>Keine Abfrageparameter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request body, usually JSON. Templates such as {$botContext.name} are highlighted where they are filled in.</source>
        <translation>Der Body der Anfrage, meist JSON. Platzhalter wie {$botContext.name} werden dort hervorgehoben, wo sie eingesetzt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transform script: JavaScript that runs on the response before the custom data fields are read</source>
        <translation>Transformationsskript: JavaScript, das auf der Antwort läuft, bevor die benutzerdefinierten Datenfelder gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>// Optional: reshape the response here</source>
        <translation>// Optional: die Antwort hier umformen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom data fields: values read from the response, used in messages as {RDV.field}</source>
        <translation>Benutzerdefinierte Datenfelder: Werte aus der Antwort, in Nachrichten als {RDV.field} verwendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No custom data fields</source>
        <translation>Keine benutzerdefinierten Datenfelder</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rename integration</source>
        <translation>Integration umbenennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit response variable</source>
        <translation>Antwortvariable bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change integration type</source>
        <translation>Integrationstyp ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change method to %1</source>
        <translation>Methode auf %1 ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit URL</source>
        <translation>URL bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change timeout</source>
        <translation>Zeitlimit ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>query parameter</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom data field</source>
        <translation>Benutzerdefiniertes Datenfeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit request body</source>
        <translation>Body der Anfrage bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit transform script</source>
        <translation>Transformationsskript bearbeiten</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Name of the secret (%1). Only the name is saved in the project; the value stays in the system keychain.</source>
        <translation>Name des Secrets (%1). Nur der Name wird im Projekt gespeichert; der Wert bleibt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not an HTTP method)</source>
        <translation>%1 (keine HTTP-Methode)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 integration · %2 · response in %3</source>
        <translation>%1-Integration · %2 · Antwort in %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the address the request goes to.</source>
        <translation>Geben Sie die Adresse ein, an die die Anfrage geht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The body is not valid JSON once its templates are filled in: %1 (line %2, column %3).</source>
        <translation>Der Body ist nach dem Einsetzen der Platzhalter kein gültiges JSON: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+9"/>
        <source>Apply %1 escalation preset</source>
        <translation>Eskalationsvorgabe %1 anwenden</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+43"/>
        <source>Add secret name</source>
        <translation>Secret-Namen hinzufügen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 escalation preset applied; the API key is read from the secret &quot;%2&quot;</source>
        <translation>Eskalationsvorgabe %1 angewendet; der API-Schlüssel wird aus dem Secret „%2“ gelesen</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+8"/>
        <source>Use secret &quot;%1&quot;</source>
        <translation>Secret „%1“ verwenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No secrets yet</source>
        <translation>Noch keine Secrets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use Secret</source>
        <translation>Secret verwenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New Secret Name…</source>
        <translation>Neuer Secret-Name…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a name to the bot; its value is entered in the preview settings and kept in the system keychain</source>
        <translation>Fügt dem Bot einen Namen hinzu; sein Wert wird in den Vorschaueinstellungen eingegeben und im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Secret Name</source>
        <translation>Neuer Secret-Name</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::InteractionForm</name>
    <message>
        <location filename="../../ui/inspector/interactionform.cpp" line="+256"/>
        <location line="+251"/>
        <location line="+289"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location line="-658"/>
        <source>Change discarded</source>
        <translation>Änderung verworfen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{$botContext.name}, {$env.name} and other templates are filled in when the message is sent</source>
        <translation>{$botContext.name}, {$env.name} und andere Platzhalter werden beim Senden der Nachricht eingesetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename interaction</source>
        <translation>Interaktion umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name unique in the bot</source>
        <translation>Ein im Bot eindeutiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique in the bot: rules, code (setTriggerNextMessage) and the canvas refer to the interaction by it</source>
        <translation>Eindeutig im Bot: Regeln, Code (setTriggerNextMessage) und die Arbeitsfläche verweisen darüber auf die Interaktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+327"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Changing the type keeps the name, message, code and rules; content the new type has no place for is dropped (undo brings it back)</source>
        <translation>Beim Ändern des Typs bleiben Name, Nachricht, Code und Regeln erhalten; Inhalt, für den der neue Typ keinen Platz hat, entfällt (Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changed the type to %1</source>
        <translation>Typ in %1 geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disabled interaction is skipped when the bot runs</source>
        <translation>Eine deaktivierte Interaktion wird übersprungen, wenn der Bot läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the user&apos;s reply</source>
        <translation>Auf Antwort des Benutzers warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After sending, wait for the user&apos;s answer and evaluate the rules</source>
        <translation>Nach dem Senden auf die Antwort des Benutzers warten und die Regeln auswerten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable interaction</source>
        <translation>Interaktion aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable interaction</source>
        <translation>Interaktion deaktivieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change waiting for the user</source>
        <translation>Warten auf den Benutzer ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No delay</source>
        <translation>Keine Verzögerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time the bot waits before sending this message</source>
        <translation>Zeit, die der Bot vor dem Senden dieser Nachricht wartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change delay</source>
        <translation>Verzögerung ändern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dialog Starter</source>
        <translation>Dialogstarter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <location line="+6"/>
        <location line="+400"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="-421"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Structured Content</source>
        <translation>Strukturierter Inhalt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Universal Content</source>
        <translation>Universeller Inhalt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent Transfer</source>
        <translation>Agentenübergabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This interaction&apos;s type is not known to Dialogsmith. It is kept exactly as it was read and written back unchanged; the preview skips it.</source>
        <translation>Dialogsmith kennt den Typ dieser Interaktion nicht. Sie bleibt genau so, wie sie gelesen wurde, und wird unverändert zurückgeschrieben; die Vorschau überspringt sie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the bot says</source>
        <translation>Was der Bot sagt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. (hi|hello)*</source>
        <translation>z. B. (hallo|hi)*</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Pattern</source>
        <translation>Muster hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No patterns</source>
        <translation>Keine Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dialog starts when a message matches one of them: * is any text, (a|b) either word, (|s) an optional part; case does not matter</source>
        <translation>Der Dialog beginnt, wenn eine Nachricht auf eines davon passt: * steht für beliebigen Text, (a|b) für eines der beiden Wörter, (|s) für einen optionalen Teil; Groß-/Kleinschreibung spielt keine Rolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>comma-separated words</source>
        <translation>kommagetrennte Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message containing one of these words (whole words) never starts the dialog</source>
        <translation>Eine Nachricht mit einem dieser Wörter (ganze Wörter) startet den Dialog nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit exclude keywords</source>
        <translation>Ausschlusswörter bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also start the dialog when the message means this intent</source>
        <translation>Den Dialog auch starten, wenn die Nachricht diesen Intent meint</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change intent</source>
        <translation>Intent ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>something a user would say</source>
        <translation>etwas, das ein Benutzer sagen würde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Sample</source>
        <translation>Beispiel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No samples</source>
        <translation>Keine Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training phrases of the intent (shared by every starter using it)</source>
        <translation>Trainingssätze des Intents (gemeinsam für alle Dialogstarter, die ihn verwenden)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>User says</source>
        <translation>Benutzer sagt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit sample message</source>
        <translation>Beispielnachricht bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an example message</source>
        <translation>eine Beispielnachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sample of what a user says to start the dialog</source>
        <translation>Ein Beispiel dafür, was ein Benutzer sagt, um den Dialog zu starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+210"/>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Edit samples of intent &quot;%1&quot;</source>
        <translation>Beispiele des Intents „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Choice</source>
        <translation>Antwortoption hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No choices</source>
        <translation>Keine Antwortoptionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices</source>
        <translation>Antwortoptionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users answer with the text, the number or the letter of a choice</source>
        <translation>Benutzer antworten mit dem Text, der Nummer oder dem Buchstaben einer Antwortoption</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choice</source>
        <translation>Antwortoption</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <location line="+49"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>shown to the user</source>
        <translation>wird dem Benutzer angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sent back</source>
        <translation>wird zurückgesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Quick Reply</source>
        <translation>Schnellantwort hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No quick replies</source>
        <translation>Keine Schnellantworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick replies</source>
        <translation>Schnellantworten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quick reply</source>
        <translation>Schnellantwort</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postback</source>
        <translation>Postback</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web link</source>
        <translation>Weblink</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postback sends the payload back; a web link opens the URL</source>
        <translation>Postback sendet die Payload zurück; ein Weblink öffnet die URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload or URL</source>
        <translation>Payload oder URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Button</source>
        <translation>Schaltfläche hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No buttons</source>
        <translation>Keine Schaltflächen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buttons</source>
        <translation>Schaltflächen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>payload sent back</source>
        <translation>zurückgesendete Payload</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit subtitle</source>
        <translation>Untertitel bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Edit image URL</source>
        <translation>Bild-URL bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An https address of a JPEG or PNG image</source>
        <translation>Eine https-Adresse eines JPEG- oder PNG-Bildes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional text under the image</source>
        <translation>Optionaler Text unter dem Bild</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code editor cannot be loaded: reinstall Dialogsmith.</source>
        <translation>Der Code-Editor kann nicht geladen werden: Installieren Sie Dialogsmith neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message as LivePerson&apos;s structured content JSON</source>
        <translation>Die Nachricht als JSON für strukturierte Inhalte von LivePerson</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not valid JSON: %1 (line %2, column %3)</source>
        <translation>Kein gültiges JSON: %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit universal content</source>
        <translation>Universellen Inhalt bearbeiten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose an integration</source>
        <translation>Integration auswählen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the integration in the integrations editor</source>
        <translation>Die Integration im Integrationseditor öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls</source>
        <translation>Ruft auf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The API integration this interaction runs</source>
        <translation>Die API-Integration, die diese Interaktion ausführt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose integration &quot;%1&quot;</source>
        <translation>Integration „%1“ auswählen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+19"/>
        <source>Sent to the user before the transfer</source>
        <translation>Wird vor der Übergabe an den Benutzer gesendet</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Send no message</source>
        <translation>Keine Nachricht senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer without a message (stored as BLANK_MESSAGE)</source>
        <translation>Ohne Nachricht übergeben (als BLANK_MESSAGE gespeichert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send no transfer message</source>
        <translation>Keine Übergabenachricht senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send a transfer message</source>
        <translation>Eine Übergabenachricht senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No message is sent before the transfer</source>
        <translation>Vor der Übergabe wird keine Nachricht gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skill ID</source>
        <translation>Skill-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit skill ID</source>
        <translation>Skill-ID bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1234567890</source>
        <translation>z. B. 1234567890</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LivePerson skill the conversation is transferred to</source>
        <translation>Der LivePerson-Skill, an den die Konversation übergeben wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill name</source>
        <translation>Skill-Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit skill name</source>
        <translation>Skill-Namen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. human</source>
        <translation>z. B. human</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next action</source>
        <translation>Nächste Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the conversation goes after this interaction</source>
        <translation>Wohin die Konversation nach dieser Interaktion geht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No rules yet: add one for each answer you expect.</source>
        <translation>Noch keine Regeln: Fügen Sie eine für jede erwartete Antwort hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rules: the next action always applies. Add one to branch, for example on the API result.</source>
        <translation>Keine Regeln: Die nächste Aktion gilt immer. Fügen Sie eine hinzu, um zu verzweigen, zum Beispiel nach dem API-Ergebnis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For the bot&apos;s designers only</source>
        <translation>Nur für die Entwickler des Bots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::LargeCodeEditor</name>
    <message>
        <location filename="../../ui/engine/largecodeeditor.cpp" line="+19"/>
        <source>Back to the Canvas</source>
        <translation>Zurück zur Arbeitsfläche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the dialog&apos;s canvas again; the code stays in the inspector</source>
        <translation>Die Arbeitsfläche des Dialogs wieder anzeigen; der Code bleibt im Inspektor</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Global functions of %1</source>
        <translation>Globale Funktionen von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code of “%1”</source>
        <translation>Code von „%1“</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+640"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <location line="-373"/>
        <source>Select a dialog in the project tree, or add one with Bot › Add Dialog.</source>
        <translation>Wählen Sie einen Dialog im Projektbaum oder legen Sie mit Bot › Dialog hinzufügen einen neuen an.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Start Preview from This Dialog</source>
        <translation>Vorschau ab diesem Dialog starten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Search Results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/engine/studioengineimpl.cpp" line="+211"/>
        <location filename="../../ui/mainwindow.cpp" line="+8"/>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tests (%1)</source>
        <translation>Tests (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+23"/>
        <source>Problems found by validation (F8 shows them)</source>
        <translation>Bei der Prüfung gefundene Probleme (F8 zeigt sie an)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/engine/studioengineimpl.cpp" line="+72"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to the local cloud as a human agent: the conversations of your skills ring here</source>
        <translation>Bei der lokalen Cloud als menschlicher Agent anmelden: die Konversationen Ihrer Skills klingeln hier</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+27"/>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location filename="../../ui/engine/studioengineimpl.cpp" line="+37"/>
        <source>Local Cloud</source>
        <translation>Lokale Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local cloud cannot start: %1</source>
        <translation>Die lokale Cloud kann nicht starten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No browser opened %1.</source>
        <translation>Kein Browser hat %1 geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 in the browser.</source>
        <translation>%1 im Browser geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="-15"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debugger</source>
        <translation>Debugger</translation>
    </message>
    <message>
        <location filename="../../ui/engine/studioengineimpl.cpp" line="-42"/>
        <source>Local Desk</source>
        <translation>Lokaler Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk that takes the preview&apos;s transfers when the local cloud does not run or lacks the skill</source>
        <translation>Der Desk, der die Weiterleitungen der Vorschau annimmt, wenn die lokale Cloud nicht läuft oder den Skill nicht hat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+5"/>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no engine module was given</source>
        <translation>kein Engine-Modul angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no engine</source>
        <translation>%1 enthält keine Engine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview, tests and local cloud are unavailable.</source>
        <translation>Vorschau, Tests und lokale Cloud sind nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialogsmith</source>
        <translation>Dialogsmith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview, the tests and the local cloud cannot be loaded: %1.

Editing and saving work as usual; reinstalling Dialogsmith brings the rest back.</source>
        <translation>Vorschau, Tests und lokale Cloud können nicht geladen werden: %1.

Bearbeiten und Speichern funktionieren wie gewohnt; eine Neuinstallation von Dialogsmith bringt den Rest zurück.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New...</source>
        <translation>&amp;Neu...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new bot</source>
        <translation>Einen neuen Bot beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+461"/>
        <source>New Bot</source>
        <translation>Neuer Bot</translation>
    </message>
    <message>
        <location line="-460"/>
        <source>Start from the routing sample bot or from an empty bot?</source>
        <translation>Mit dem Routing-Beispielbot oder mit einem leeren Bot beginnen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From &amp;Sample</source>
        <translation>Aus &amp;Beispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Bot</source>
        <translation>&amp;Leerer Bot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a bot project or CB export</source>
        <translation>Ein Bot-Projekt oder einen CB-Export öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+403"/>
        <source>Open Bot</source>
        <translation>Bot öffnen</translation>
    </message>
    <message>
        <location line="-399"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export for Conversation Builder...</source>
        <translation>Für Conversation Builder &amp;exportieren...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a file Conversation Builder imports (without Dialogsmith data or secrets)</source>
        <translation>Eine Datei schreiben, die Conversation Builder importiert (ohne Dialogsmith-Daten und Secrets)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export for Conversation Builder</source>
        <translation>Für Conversation Builder exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare &amp;With...</source>
        <translation>Vergleichen &amp;mit...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+D</source>
        <translation>Ctrl+Alt+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what differs from another file, the saved version, a git revision or a snapshot</source>
        <translation>Zeigen, was sich von einer anderen Datei, der gespeicherten Fassung, einer Git-Revision oder einem Snapshot unterscheidet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Sna&amp;pshot...</source>
        <translation>Sna&amp;pshot speichern...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a named, timestamped copy of the project to compare with or restore later</source>
        <translation>Eine benannte Kopie des Projekts mit Zeitstempel behalten, um später damit zu vergleichen oder sie wiederherzustellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;napshots...</source>
        <translation>S&amp;napshots...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the project with a snapshot, or restore one</source>
        <translation>Das Projekt mit einem Snapshot vergleichen oder einen wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the project</source>
        <translation>Das Projekt schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Dialogsmith</source>
        <translation>Dialogsmith beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the selected interactions or dialogs</source>
        <translation>Die ausgewählten Interaktionen oder Dialoge ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected interactions or dialogs</source>
        <translation>Die ausgewählten Interaktionen oder Dialoge kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste interactions into the current dialog, or dialogs into the bot</source>
        <translation>Interaktionen in den aktuellen Dialog oder Dialoge in den Bot einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate the selected interactions or dialogs</source>
        <translation>Die ausgewählten Interaktionen oder Dialoge duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selection</source>
        <translation>Die Auswahl löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the selected item</source>
        <translation>Das ausgewählte Element umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in Project...</source>
        <translation>Im Projekt &amp;suchen...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names, texts, patterns, code and URLs</source>
        <translation>Namen, Texte, Muster, Code und URLs durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected dialog or interaction up</source>
        <translation>Den ausgewählten Dialog oder die ausgewählte Interaktion nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach u&amp;nten verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected dialog or interaction down</source>
        <translation>Den ausgewählten Dialog oder die ausgewählte Interaktion nach unten verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Dialog</source>
        <translation>Dialog &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a dialog with a dialog starter</source>
        <translation>Einen Dialog mit Dialogstarter hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Fallback Dialog</source>
        <translation>&amp;Fallback-Dialog hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the dialog that answers when nothing else matches</source>
        <translation>Den Dialog hinzufügen, der antwortet, wenn nichts anderes zutrifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Integration</source>
        <translation>&amp;Integration hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an API integration</source>
        <translation>Eine API-Integration hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environments</source>
        <translation>U&amp;mgebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the environments ({$env.key} values)</source>
        <translation>Die Umgebungen bearbeiten ({$env.key}-Werte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Global Functions</source>
        <translation>&amp;Globale Funktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the bot&apos;s global functions</source>
        <translation>Die globalen Funktionen des Bots bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Code in &amp;Large Editor</source>
        <translation>Code im &amp;großen Editor öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the code of the interaction (or the global functions) beside the canvas, where long lines fit</source>
        <translation>Den Code der Interaktion (oder die globalen Funktionen) neben der Arbeitsfläche bearbeiten, wo lange Zeilen Platz haben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the problems</source>
        <translation>Die Probleme anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tests</source>
        <translation>&amp;Tests</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the bot&apos;s tests: the transcripts in its tests folder</source>
        <translation>Die Tests des Bots zeigen: die Transkripte in seinem Testordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &amp;All Tests</source>
        <translation>&amp;Alle Tests ausführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+F5</source>
        <translation>Ctrl+Shift+F5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every transcript of the bot&apos;s tests folder in the background</source>
        <translation>Alle Transkripte im Testordner des Bots im Hintergrund ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Coverage</source>
        <translation>&amp;Abdeckung anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom into the canvas</source>
        <translation>Die Arbeitsfläche vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out of the canvas</source>
        <translation>Die Arbeitsfläche verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit Dialog</source>
        <translation>Dialog &amp;einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole dialog</source>
        <translation>Den ganzen Dialog anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Talk to the Bot</source>
        <translation>&amp;Mit dem Bot sprechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the preview and type to the bot</source>
        <translation>Die Vorschau anzeigen und dem Bot schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restart Preview</source>
        <translation>Vorschau &amp;neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the bot as it is now in a new conversation</source>
        <translation>Den Bot im aktuellen Stand in einer neuen Konversation ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Preview from This &amp;Dialog</source>
        <translation>Vorschau ab diesem &amp;Dialog starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the preview in the selected dialog (or the dialog on the canvas)</source>
        <translation>Die Vorschau im ausgewählten Dialog (oder im Dialog auf der Arbeitsfläche) neu starten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset &amp;Conversation</source>
        <translation>&amp;Konversation zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the preview&apos;s conversation over, like typing “reset”</source>
        <translation>Die Konversation der Vorschau neu beginnen, wie mit der Eingabe „reset“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction De&amp;lays</source>
        <translation>Interaktions&amp;verzögerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show bot messages after their interaction&apos;s delay</source>
        <translation>Bot-Nachrichten erst nach der Verzögerung ihrer Interaktion anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Follow the Conversation on the Canvas</source>
        <translation>Konversation auf der Arbeitsfläche &amp;folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the dialog the preview runs and highlight its path</source>
        <translation>Den Dialog anzeigen, den die Vorschau ausführt, und ihren Pfad hervorheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Visitor Test Page</source>
        <translation>&amp;Besucher-Testseite öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the local cloud and open its visitor test page in the browser</source>
        <translation>Die lokale Cloud starten und ihre Besucher-Testseite im Browser öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Agent Console</source>
        <translation>&amp;Agentenkonsole öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the local cloud and open its agent console in the browser</source>
        <translation>Die lokale Cloud starten und ihre Agentenkonsole im Browser öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acco&amp;unt...</source>
        <translation>Ko&amp;nto...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the LiveEngage account the local cloud plays: skills, users, keys, campaigns</source>
        <translation>Das LiveEngage-Konto bearbeiten, das die lokale Cloud spielt: Skills, Benutzer, Schlüssel, Kampagnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deplo&amp;y...</source>
        <translation>Bereitste&amp;llen...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy the bot&apos;s agents to the local cloud and start them</source>
        <translation>Die Agenten des Bots in der lokalen Cloud bereitstellen und starten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;About Dialogsmith</source>
        <translation>&amp;Über Dialogsmith</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>About Dialogsmith</source>
        <translation>Über Dialogsmith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Dialogsmith %1&lt;/b&gt;&lt;p&gt;A desktop studio for Conversation Builder bots: design dialogs, write their code, preview them and hand conversations to an agent.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Dialogsmith %1&lt;/b&gt;&lt;p&gt;Ein Desktop-Studio für Conversation-Builder-Bots: Dialoge entwerfen, ihren Code schreiben, sie in der Vorschau ausprobieren und Konversationen an einen Agenten übergeben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bot</source>
        <translation>B&amp;ot</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1[*] — Dialogsmith</source>
        <translation>%1[*] — Dialogsmith</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot Open Bot</source>
        <translation>Bot kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened:

%2

The current project stays open.</source>
        <translation>%1 konnte nicht geöffnet werden:

%2

Das aktuelle Projekt bleibt geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Opened with %n warning(s); see Problems.</source>
        <translation>
            <numerusform>Mit %n Warnung geöffnet; siehe Probleme.</numerusform>
            <numerusform>Mit %n Warnungen geöffnet; siehe Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project was not saved:

%1

Nothing on disk changed.</source>
        <translation>Das Projekt wurde nicht gespeichert:

%1

Auf dem Datenträger wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save Bot As</source>
        <translation>Bot speichern unter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 for Conversation Builder</source>
        <translation>%1 für Conversation Builder exportiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this new bot</source>
        <translation>diesem neuen Bot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to save the changes to %1?</source>
        <translation>Möchten Sie die Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write the recovery copy: %1</source>
        <translation>Die Wiederherstellungskopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Dialogsmith found unsaved changes to %1 from %2.</source>
        <translation>Dialogsmith hat ungespeicherte Änderungen an %1 vom %2 gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new bot</source>
        <translation>einem neuen Bot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore them? Discarding deletes the recovery copy.</source>
        <translation>Wiederherstellen? Beim Verwerfen wird die Wiederherstellungskopie gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The recovery copy cannot be read: %1</source>
        <translation>Die Wiederherstellungskopie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored unsaved changes; save to keep them.</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt; speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../../ui/engine/studioengineimpl.cpp" line="+107"/>
        <source>Select an interaction, or the bot for its global functions, to edit its code.</source>
        <translation>Wählen Sie eine Interaktion oder, für die globalen Funktionen, den Bot, um den Code zu bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="+215"/>
        <source>%1 %n item(s)</source>
        <translation>
            <numerusform>%n Element %1</numerusform>
            <numerusform>%n Elemente %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut</source>
        <translation>ausgeschnitten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The clipboard holds no Dialogsmith interactions or dialogs.</source>
        <translation>Die Zwischenablage enthält keine Dialogsmith-Interaktionen oder -Dialoge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Select a dialog to paste interactions into.</source>
        <translation>Wählen Sie einen Dialog, in den die Interaktionen eingefügt werden sollen.</translation>
    </message>
    <message>
        <location line="-769"/>
        <source>Show what the last run of all tests did not reach: marks on the canvas, a percentage per dialog in the project tree</source>
        <translation>Zeigen, was der letzte Lauf aller Tests nicht erreicht hat: Markierungen auf der Arbeitsfläche, ein Prozentsatz je Dialog im Projektbaum</translation>
    </message>
    <message numerus="yes">
        <location line="+803"/>
        <source>Delete %n dialog(s)</source>
        <translation>
            <numerusform>%n Dialog löschen</numerusform>
            <numerusform>%n Dialoge löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n interaction(s)</source>
        <translation>
            <numerusform>%n Interaktion löschen</numerusform>
            <numerusform>%n Interaktionen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New dialog</source>
        <translation>Neuer Dialog</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fallback text</source>
        <translation>Fallback-Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dialog starter</source>
        <translation>Dialogstarter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, I did not get that.</source>
        <translation>Entschuldigung, das habe ich nicht verstanden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New integration</source>
        <translation>Neue Integration</translation>
    </message>
    <message>
        <location line="-1417"/>
        <location line="+866"/>
        <source>New bot</source>
        <translation>Neuer Bot</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::Minimap</name>
    <message>
        <location filename="../../ui/canvas/minimap.cpp" line="+31"/>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::PaletteButton</name>
    <message>
        <location filename="../../ui/canvas/palettebutton.cpp" line="+22"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Click to add after the selected interaction, or drag onto the canvas.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Klicken, um nach der ausgewählten Interaktion einzufügen, oder auf die Arbeitsfläche ziehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::PreviewController</name>
    <message>
        <location filename="../../ui/preview/previewcontroller.cpp" line="+279"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · environment %3</source>
        <translation>%1 · %2 · Umgebung %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · starts in “%1”</source>
        <translation> · beginnt in „%1“</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>(start in dialog “%1”)</source>
        <translation>(Start im Dialog „%1“)</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>New conversation: %1</source>
        <translation>Neue Konversation: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type a message to start the preview.</source>
        <translation>Geben Sie eine Nachricht ein, um die Vorschau zu starten.</translation>
    </message>
    <message>
        <location line="+266"/>
        <location line="+69"/>
        <source>The conversation was reset.</source>
        <translation>Die Konversation wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::PreviewNetwork</name>
    <message>
        <location filename="../../ui/preview/previewnetwork.cpp" line="+155"/>
        <source>%1 %2 goes to the studio&apos;s agent desk at %3 (key: the secret %4).</source>
        <translation>%1 %2 geht an den Agent Desk des Studios unter %3 (Schlüssel: das Secret %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent desk did not start: %1</source>
        <translation>Der Agent Desk wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The agent desk has no open transfer to answer.</source>
        <translation>Der Agent Desk hat keine offene Übergabe zum Beantworten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The conversation was handed over to an agent.</source>
        <translation>Die Konversation wurde an einen Agenten übergeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation was handed over to an agent (skill %1).</source>
        <translation>Die Konversation wurde an einen Agenten übergeben (Skill %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An agent accepted the transfer.</source>
        <translation>Ein Agent hat die Übergabe angenommen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agent closed the conversation.</source>
        <translation>Der Agent hat die Konversation geschlossen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent replies stopped: %1</source>
        <translation>Antworten des Agenten gestoppt: %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::PreviewPanel</name>
    <message>
        <location filename="../../ui/preview/previewpanel.cpp" line="+43"/>
        <source>Transcripts (*.txt *.transcript);;All files (*)</source>
        <translation>Transkripte (*.txt *.transcript);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../ui/common/transcriptactions.cpp" line="+21"/>
        <source>&amp;Save Transcript...</source>
        <translation>Transkript &amp;speichern...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open Transcript and Replay...</source>
        <translation>Transkript &amp;öffnen und abspielen...</translation>
    </message>
    <message>
        <location filename="../../ui/preview/previewpanel.cpp" line="+3"/>
        <source>Start from &amp;Dialog</source>
        <translation>Ab &amp;Dialog starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a message below to talk to the bot as it is now.

F5 restarts the conversation; Shift+F5 starts it in the selected dialog.</source>
        <translation>Schreiben Sie unten eine Nachricht, um mit dem Bot in seinem jetzigen Stand zu sprechen.

F5 startet die Konversation neu; Umschalt+F5 startet sie im ausgewählten Dialog.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation Builder&apos;s preview: nothing is handed to an agent</source>
        <translation>Vorschau wie in Conversation Builder: Nichts wird an einen Agenten übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messaging</source>
        <translation>messaging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Like a deployed bot: integrations and agent transfers go over the network</source>
        <translation>Wie ein bereitgestellter Bot: Integrationen und Agentenübergaben laufen über das Netzwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel (restarts the preview)</source>
        <translation>Kanal (startet die Vorschau neu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment for {$env.…} (restarts the preview)</source>
        <translation>Umgebung für {$env.…} (startet die Vorschau neu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delays</source>
        <translation>Verzögerungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for each interaction&apos;s delay, with a typing indicator. Off: answers come at once.</source>
        <translation>Die Verzögerung jeder Interaktion abwarten, mit Tippanzeige. Aus: Antworten kommen sofort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the conversation over, like typing “reset”</source>
        <translation>Die Konversation neu beginnen, wie mit der Eingabe „reset“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Load &amp;Remote Images</source>
        <translation>Bilder aus dem &amp;Netz laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load Images from This &amp;Machine and Private Networks</source>
        <translation>Bilder von diesem &amp;Rechner und aus privaten Netzen laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear Chat</source>
        <translation>Chat &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../ui/common/transcriptactions.cpp" line="-8"/>
        <source>Save this conversation as a test transcript (the bot&apos;s replies become the expectations)</source>
        <translation>Diese Konversation als Testtranskript speichern (die Antworten des Bots werden zu den Erwartungen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replay a transcript and mark where the bot now answers differently</source>
        <translation>Ein Transkript abspielen und markieren, wo der Bot jetzt anders antwortet</translation>
    </message>
    <message>
        <location filename="../../ui/preview/previewpanel.cpp" line="+17"/>
        <source>The bot changed — restart the preview to run the edited bot.</source>
        <translation>Der Bot wurde geändert – starten Sie die Vorschau neu, um den bearbeiteten Bot auszuführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart the preview with the edited bot (F5)</source>
        <translation>Die Vorschau mit dem bearbeiteten Bot neu starten (F5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message the bot (Enter sends, Up recalls)</source>
        <translation>Nachricht an den Bot (Enter sendet, Up holt zurück)</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+147"/>
        <source>Save Transcript</source>
        <translation>Transkript speichern</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>conversation.txt</source>
        <translation>konversation.txt</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+151"/>
        <location line="+7"/>
        <source>Open Transcript</source>
        <translation>Transkript öffnen</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Default environment</source>
        <translation>Standardumgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bot has no dialogs</source>
        <translation>Der Bot hat keine Dialoge</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Not opened: %1 is not an http, https, tel or mailto link.</source>
        <translation>Nicht geöffnet: %1 ist kein http-, https-, tel- oder mailto-Link.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link says %1 but goes to %2.</source>
        <translation>Der Link nennt %1, führt aber zu %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole address: %1
Open it only if you trust %2.</source>
        <translation>Die ganze Adresse: %1
Öffnen Sie ihn nur, wenn Sie %2 vertrauen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The transcript was not saved: %1</source>
        <translation>Das Transkript wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the transcript %1</source>
        <translation>Transkript %1 gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a transcript: %2</source>
        <translation>%1 ist kein Transkript: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1: the transcript expected another message: %2</source>
        <translation>Zeile %1: Das Transkript erwartete eine andere Nachricht: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: %2 is “%3”; the transcript expected “%4”.</source>
        <translation>Zeile %1: %2 ist „%3“; das Transkript erwartete „%4“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replaying %1…</source>
        <translation>%1 wird abgespielt…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: all %n check(s) passed.</source>
        <translation>
            <numerusform>%1: %n Prüfung bestanden.</numerusform>
            <numerusform>%1: alle %n Prüfungen bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 passed, %3 failed — the differences are marked in the chat.</source>
        <translation>%1: %2 bestanden, %3 fehlgeschlagen – die Unterschiede sind im Chat markiert.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::PreviewScript</name>
    <message>
        <location filename="../../ui/preview/previewscript.cpp" line="+15"/>
        <source>The agent&apos;s reply did not reach the preview within %1 s.</source>
        <translation>Die Antwort des Agenten hat die Vorschau nicht innerhalb von %1 s erreicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bot did not answer “%1” within %2 s.</source>
        <translation>Der Bot hat auf „%1“ nicht innerhalb von %2 s geantwortet.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::ProblemsPanel</name>
    <message>
        <location filename="../../ui/problemspanel.cpp" line="+21"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click or press Enter to go to the problem</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um zum Problem zu springen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::RowListEditor</name>
    <message>
        <location filename="../../ui/inspector/formwidgets.cpp" line="+85"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Remove this row (Alt+Delete)</source>
        <translation>Diese Zeile entfernen (Alt+Delete)</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Move Row Up</source>
        <translation>Zeile nach oben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move Row Down</source>
        <translation>Zeile nach unten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Row</source>
        <translation>Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::RulesEditor</name>
    <message>
        <location filename="../../ui/inspector/ruleseditor.cpp" line="+94"/>
        <location line="+392"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location line="-390"/>
        <source>Message matches a pattern</source>
        <translation>Nachricht passt auf ein Muster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message matches a regular expression</source>
        <translation>Nachricht passt auf einen regulären Ausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User chooses an option</source>
        <translation>Benutzer wählt eine Option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API call result</source>
        <translation>Ergebnis des API-Aufrufs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+402"/>
        <source>No other rule matched</source>
        <translation>Keine andere Regel trifft zu</translation>
    </message>
    <message>
        <location line="-375"/>
        <source>e.g. *(agent|human)*</source>
        <translation>z. B. *(agent|mensch)*</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name or {$...}</source>
        <translation>Name oder {$...}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>greater than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>less than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+97"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{$userMessage}</source>
        <translation>{$userMessage}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rules are checked in this order; the first that matches wins</source>
        <translation>Regeln werden in dieser Reihenfolge geprüft; die erste zutreffende gewinnt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a rule (the arrow chooses its condition)</source>
        <translation>Eine Regel hinzufügen (der Pfeil wählt ihre Bedingung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate the selected rule</source>
        <translation>Die ausgewählte Regel duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected rule up (it is checked earlier)</source>
        <translation>Die ausgewählte Regel nach oben verschieben (sie wird früher geprüft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected rule down (it is checked later)</source>
        <translation>Die ausgewählte Regel nach unten verschieben (sie wird später geprüft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rule</source>
        <translation>Die ausgewählte Regel entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No rules. Add one to decide where each answer leads.</source>
        <translation>Keine Regeln. Fügen Sie eine hinzu, um festzulegen, wohin jede Antwort führt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option text, number or letter</source>
        <translation>Text, Nummer oder Buchstabe der Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any condition is true</source>
        <translation>Mindestens eine Bedingung ist wahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All conditions are true</source>
        <translation>Alle Bedingungen sind wahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated words that veto a match</source>
        <translation>kommagetrennte Ausschlusswörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ^[0-9]{5}$</source>
        <translation>z. B. ^[0-9]{5}$</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent before the action (optional)</source>
        <translation>Wird vor der Aktion gesendet (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Pattern</source>
        <translation>Muster hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* matches any text, (a|b) either word; the whole message must match</source>
        <translation>* passt auf beliebigen Text, (a|b) auf eines der beiden Wörter; die ganze Nachricht muss passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The option&apos;s text, its number (1, 2...) or letter (a, b...)</source>
        <translation>Der Text der Option, ihre Nummer (1, 2...) oder ihr Buchstabe (a, b...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions on variables, checked with the condition above</source>
        <translation>Bedingungen an Variablen, zusammen mit der Bedingung oben geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variables set when the rule fires</source>
        <translation>Variablen, die gesetzt werden, wenn die Regel greift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Pattern (none yet)</source>
        <translation>Muster (noch keines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches %1</source>
        <translation>Passt auf %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matches /%1/</source>
        <translation>Passt auf /%1/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chooses %1</source>
        <translation>Wählt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API call succeeded</source>
        <translation>API-Aufruf erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API call failed</source>
        <translation>API-Aufruf fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown condition %1</source>
        <translation>Unbekannte Bedingung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> + a variable condition</source>
        <translation> + eine Variablenbedingung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> + %1 variable conditions</source>
        <translation> + %1 Variablenbedingungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next interaction</source>
        <translation>nächste Interaktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close dialog</source>
        <translation>Dialog schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close conversation</source>
        <translation>Konversation beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing interaction</source>
        <translation>fehlende Interaktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dialog %1</source>
        <translation>Dialog %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing dialog</source>
        <translation>fehlender Dialog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown action</source>
        <translation>unbekannte Aktion</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The rules were not changed: %1</source>
        <translation>Die Regeln wurden nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit rule %1</source>
        <translation>Regel %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate rule %1</source>
        <translation>Regel %1 duplizieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move rule %1</source>
        <translation>Regel %1 verschieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove rule %1</source>
        <translation>Regel %1 entfernen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not a valid regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/searchpanel.cpp" line="+21"/>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find in names, texts, patterns, code, URLs...</source>
        <translation>Suchen in Namen, Texten, Mustern, Code, URLs...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Enter to go there</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um dorthin zu springen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialog &quot;%1&quot;</source>
        <translation>Dialog „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integration &quot;%1&quot;</source>
        <translation>Integration „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::SecretHostPrompt</name>
    <message>
        <location filename="../../ui/secrets/secrethostprompt.cpp" line="+26"/>
        <source>Send a Secret?</source>
        <translation>Ein Secret senden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bot wants to send the secret &quot;%1&quot; to %2.</source>
        <translation>Der Bot möchte das Secret &quot;%1&quot; an %2 senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bot files come from anywhere: send it only if %1 is meant to have it. &quot;Always Allow&quot; keeps %1 in the secret&apos;s list of hosts.</source>
        <translation>Bot-Dateien können von überall stammen: Senden Sie es nur, wenn %1 es bekommen soll. &quot;Immer erlauben&quot; nimmt %1 in die Liste der Hosts des Secrets auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow &amp;Once</source>
        <translation>&amp;Einmal erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Always Allow</source>
        <translation>&amp;Immer erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::SnapshotsDialog</name>
    <message>
        <location filename="../../ui/diff/snapshotsdialog.cpp" line="+18"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what changed between the snapshot and the project</source>
        <translation>Zeigen, was sich zwischen dem Snapshot und dem Projekt geändert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the project with the snapshot (Edit › Undo brings the project back)</source>
        <translation>Das Projekt durch den Snapshot ersetzen (Bearbeiten › Rückgängig holt das Projekt zurück)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No snapshots yet: File › Save Snapshot… takes one.</source>
        <translation>Noch keine Snapshots: Datei › Snapshot speichern… legt einen an.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::SyntaxCheck</name>
    <message>
        <location filename="../../ui/engine/scriptsyntax.cpp" line="+34"/>
        <source>unexpected end of code: a bracket, brace, string or comment is not closed</source>
        <translation>unerwartetes Ende des Codes: Eine Klammer, geschweifte Klammer, Zeichenkette oder ein Kommentar ist nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::TemplateHighlighter</name>
    <message>
        <location filename="../../ui/code/templatetextedit.cpp" line="+28"/>
        <source>This template is not closed with &quot;}&quot;</source>
        <translation>Dieser Platzhalter ist nicht mit „}“ geschlossen</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::TemplateSyntax</name>
    <message>
        <location filename="../../ui/code/templatesyntax.cpp" line="+134"/>
        <source>the template is not closed with &quot;}&quot;</source>
        <translation>der Platzhalter ist nicht mit „}“ geschlossen</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::TestRequestDialog</name>
    <message>
        <location filename="../../ui/integrations/testrequestdialog.cpp" line="+123"/>
        <source>… (cut here: the body has %1 bytes)</source>
        <translation>… (hier abgeschnitten: der Body hat %1 Bytes)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This request uses no templates.</source>
        <translation>Diese Anfrage verwendet keine Vorlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The environment {$env.…} values are filled in from</source>
        <translation>Die Umgebung, aus der die {$env.…}-Werte übernommen werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send the request with these values (Ctrl+Return)</source>
        <translation>Die Anfrage mit diesen Werten senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>Nicht länger auf die Antwort warten (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fill in the sample values and send the request.</source>
        <translation>Beispielwerte eintragen und die Anfrage senden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request Sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the answer would set in a conversation: api_&lt;RDV&gt;, its status, what the transform script sets and the custom data fields.</source>
        <translation>Was die Antwort in einer Unterhaltung setzen würde: api_&lt;RDV&gt;, seinen Status, was das Transformationsskript setzt, und die benutzerdefinierten Datenfelder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The response body appears here.</source>
        <translation>Hier erscheint der Body der Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request as sent appears here, secrets as ***.</source>
        <translation>Hier erscheint die Anfrage, wie sie gesendet wurde, Secrets als ***.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 ms…</source>
        <translation>%1 ms…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Test Request: %1</source>
        <translation>Testanfrage: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test request: %1</source>
        <translation>Testanfrage: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A bot variable: what a script or a rule would have set</source>
        <translation>Eine Bot-Variable: was ein Skript oder eine Regel gesetzt hätte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the environment chosen above; edit it to try another value</source>
        <translation>Aus der oben gewählten Umgebung; ändern, um einen anderen Wert auszuprobieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the secret store, masked. Never saved in the project and shown as *** in the results</source>
        <translation>Aus dem Secret-Speicher, verdeckt. Wird nie im Projekt gespeichert und in den Ergebnissen als *** angezeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set: enter a value to try</source>
        <translation>nicht gesetzt: einen Wert zum Ausprobieren eingeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A value of the conversation: a made-up one is filled in</source>
        <translation>Ein Wert der Unterhaltung: ein ausgedachter wird eingetragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A custom data field another integration sets</source>
        <translation>Ein benutzerdefiniertes Datenfeld, das eine andere Integration setzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a template Dialogsmith knows: it would expand to nothing, so the request is not sent</source>
        <translation>Keine Vorlage, die Dialogsmith kennt: sie würde zu nichts erweitert, daher wird die Anfrage nicht gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown template</source>
        <translation>unbekannte Vorlage</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>not in this environment</source>
        <translation>nicht in dieser Umgebung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The integration does not exist any more.</source>
        <translation>Die Integration gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>0 ms…</source>
        <translation>0 ms…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: the answer is not waited for.</source>
        <translation>Abgebrochen: auf die Antwort wird nicht gewartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after %1 ms</source>
        <translation>nach %1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only api_&lt;RDV&gt; and its status: the transform script and the custom data fields run after a 2xx answer</source>
        <translation>Nur api_&lt;RDV&gt; und sein Status: Transformationsskript und benutzerdefinierte Datenfelder laufen nur nach einer 2xx-Antwort</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::TestsPanel</name>
    <message>
        <location filename="../../ui/engine/testspanel.cpp" line="+50"/>
        <source>Run All</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every transcript of the bot&apos;s tests folder</source>
        <translation>Alle Transkripte im Testordner des Bots ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run Selected</source>
        <translation>Auswahl ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the selected transcripts</source>
        <translation>Die ausgewählten Transkripte ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run: no further transcript starts</source>
        <translation>Den Lauf anhalten: Kein weiteres Transkript startet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the transcripts in the tests folder again</source>
        <translation>Die Transkripte im Testordner neu auflisten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts run so far</source>
        <translation>Bisher ausgeführte Transkripte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First difference</source>
        <translation>Erster Unterschied</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Not covered</source>
        <translation>Nicht abgedeckt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Double-click or press Enter to show it on the canvas</source>
        <translation>Doppelklick oder Eingabetaste zeigt es auf der Arbeitsfläche</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Save the bot to give it tests: transcripts in a folder &lt;name&gt;.tests beside the project file.</source>
        <translation>Speichern Sie den Bot, um ihm Tests zu geben: Transkripte in einem Ordner &lt;Name&gt;.tests neben der Projektdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No transcripts in %1. Save a conversation from the preview (Preview ▸ Save Transcript) to add one.</source>
        <translation>Keine Transkripte in %1. Speichern Sie ein Gespräch aus der Vorschau (Vorschau ▸ Transkript speichern), um eines hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transcripts in %1. Double-click or press Enter to replay one in the preview.</source>
        <translation>Transkripte in %1. Doppelklick oder Eingabetaste spielt eines in der Vorschau erneut ab.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+204"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Coverage: run all tests to see what they do not reach.</source>
        <translation>Abdeckung: alle Tests ausführen, um zu sehen, was sie nicht erreichen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>next action</source>
        <translation>nächste Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 › rule %2</source>
        <translation>%1 › Regel %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dialog starter</source>
        <translation>Dialogstarter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integration success</source>
        <translation>Integration erfolgreich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integration failure</source>
        <translation>Integration fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Coverage: the tests reach all %1 items.</source>
        <translation>Abdeckung: die Tests erreichen alle %1 Punkte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage: %1 of %2 items reached; not covered:</source>
        <translation>Abdeckung: %1 von %2 Punkten erreicht; nicht abgedeckt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interactions entered, rules taken, dialog starters matched, integration outcomes and the fallback dialog, counted over the last run of all tests</source>
        <translation>Betretene Interaktionen, genommene Regeln, getroffene Dialogstarter, Ergebnisse von Integrationen und der Fallback-Dialog, gezählt über den letzten Lauf aller Tests</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No tests</source>
        <translation>Keine Tests</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not run</source>
        <translation>
            <numerusform>%n nicht ausgeführt</numerusform>
            <numerusform>%n nicht ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Failed (%n check(s))</source>
        <translation>
            <numerusform>Fehlgeschlagen (%n Prüfung)</numerusform>
            <numerusform>Fehlgeschlagen (%n Prüfungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not run</source>
        <translation>Nicht ausführbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::TranscriptReplay</name>
    <message>
        <location filename="../../ui/preview/transcriptreplay.cpp" line="+17"/>
        <source>The bot did not answer within %1 s; the replay stopped.</source>
        <translation>Der Bot hat nicht innerhalb von %1 s geantwortet; das Abspielen wurde angehalten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The transcript starts in dialog “%1”, which the bot does not have.</source>
        <translation>Das Transkript beginnt im Dialog „%1“, den der Bot nicht hat.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::VariablesModel</name>
    <message>
        <location filename="../../ui/preview/debuggermodels.cpp" line="-298"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (ended)</source>
        <translation>%1 (beendet)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set in the last turn</source>
        <translation>In der letzten Runde gesetzt</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>session</source>
        <translation>session</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::VersionsController</name>
    <message>
        <location filename="../../ui/diff/versionscontroller.cpp" line="+69"/>
        <source>the project</source>
        <translation>dem Projekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (unsaved)</source>
        <translation>%1 (ungespeichert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No differences from %1.</source>
        <translation>Keine Unterschiede zu %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n difference(s) from %1.</source>
        <translation>
            <numerusform>%n Unterschied zu %1.</numerusform>
            <numerusform>%n Unterschiede zu %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+10"/>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+11"/>
        <source>Cannot Compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 cannot be compared: %2.</source>
        <translation>%1 kann nicht verglichen werden: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project has not been saved to a file yet.</source>
        <translation>Das Projekt wurde noch nicht in einer Datei gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved version cannot be read: %1.</source>
        <translation>Die gespeicherte Fassung kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the saved version</source>
        <translation>der gespeicherten Fassung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revision %1 of the project cannot be read: %2.</source>
        <translation>Revision %1 des Projekts kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+54"/>
        <source>The snapshot &quot;%1&quot; cannot be read: %2.</source>
        <translation>Der Snapshot „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>snapshot &quot;%1&quot;</source>
        <translation>Snapshot „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save Snapshot</source>
        <translation>Snapshot speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for this version of the project (the date and time are added):</source>
        <translation>Ein Name für diese Fassung des Projekts (Datum und Uhrzeit werden ergänzt):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot Save Snapshot</source>
        <translation>Snapshot kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot was not saved: %1.</source>
        <translation>Der Snapshot wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved snapshot &quot;%1&quot; in %2.</source>
        <translation>Snapshot „%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Restore Snapshot &quot;%1&quot;</source>
        <translation>Snapshot „%1“ wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot &quot;%1&quot; cannot be restored: %2.</source>
        <translation>Der Snapshot „%1“ kann nicht wiederhergestellt werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored snapshot &quot;%1&quot;; Edit › Undo brings the project back.</source>
        <translation>Snapshot „%1“ wiederhergestellt; Bearbeiten › Rückgängig holt das Projekt zurück.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+99"/>
        <source>Build, preview and export Conversation Builder bots.</source>
        <translation>Conversation-Builder-Bots erstellen, testen und exportieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bot project to open.</source>
        <translation>Zu öffnendes Bot-Projekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation>Ein Bild des Fensters als &lt;png&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the dialog named &lt;name&gt; first.</source>
        <translation>Zuerst den Dialog namens &lt;name&gt; anzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the interaction named &lt;name&gt; and show it in the inspector.</source>
        <translation>Die Interaktion namens &lt;name&gt; auswählen und im Inspektor anzeigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send &lt;text&gt; to the bot in the preview (and the arguments after it, one message each), each once the bot has answered the one before.</source>
        <translation>&lt;text&gt; in der Vorschau an den Bot senden (und die folgenden Argumente, je eine Nachricht), jeweils sobald der Bot auf die vorige geantwortet hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run the preview in &lt;channel&gt;: web (default) or messaging.</source>
        <translation>Die Vorschau im Kanal &lt;channel&gt; ausführen: web (Standard) oder messaging.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run the preview with the environment named &lt;name&gt;.</source>
        <translation>Die Vorschau mit der Umgebung namens &lt;name&gt; ausführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the --say messages, take the newest transfer on the studio&apos;s agent desk and answer it with &lt;text&gt;.</source>
        <translation>Nach den --say-Nachrichten die neueste Übergabe am Agent Desk des Studios annehmen und mit &lt;text&gt; beantworten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The preview cannot be loaded: %1.</source>
        <translation>Die Vorschau kann nicht geladen werden: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown channel &quot;%1&quot; (use web or messaging).</source>
        <translation>Unbekannter Kanal „%1“ (web oder messaging verwenden).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no dialog named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Dialog namens „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no interaction named &quot;%1&quot;.</source>
        <translation>Es gibt keine Interaktion namens „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no environment named &quot;%1&quot;.</source>
        <translation>Es gibt keine Umgebung namens „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
</TS>
