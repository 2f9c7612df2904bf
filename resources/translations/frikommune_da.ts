<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../frikommune_desktop/gui/backups_dialog.py" line="+78"/>
        <source>The backups cannot be listed: {0}</source>
        <translation>Sikkerhedskopierne kan ikke vises: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no backups of this file yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier af denne fil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking {0} backup(s)…</source>
        <translation>Kontrollerer {0} sikkerhedskopi(er) …</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0} backup(s), {1} damaged: a damaged backup cannot be restored.</source>
        <translation>{0} sikkerhedskopi(er), {1} beskadiget: en beskadiget sikkerhedskopi kan ikke gendannes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} backup(s), all sound.</source>
        <translation>{0} sikkerhedskopi(er), alle i orden.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Restoring the backup …</source>
        <translation>Gendanner sikkerhedskopien …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup from {0}?</source>
        <translation>Gendan sikkerhedskopien fra {0}?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is put in place of {0}. The current file is kept as a backup first, so the restore can itself be undone from this list. Changes made after {1} are not in the backup.</source>
        <translation>Sikkerhedskopien lægges i stedet for {0}. Den nuværende fil gemmes først som sikkerhedskopi, så gendannelsen selv kan fortrydes fra denne liste. Ændringer foretaget efter {1} er ikke med i sikkerhedskopien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder {0} cannot be made: {1}</source>
        <translation>Mappen {0} kan ikke oprettes: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {0} could not be opened.</source>
        <translation>Mappen {0} kunne ikke åbnes.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The network file is not open, so no backup can be restored.</source>
        <translation>Netværksfilen er ikke åben, så ingen sikkerhedskopi kan gendannes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is open read-only, so no backup can be restored.</source>
        <translation>Filen er åben skrivebeskyttet, så ingen sikkerhedskopi kan gendannes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup can be restored while {0} (on {1}) has the file open: here it is read-only. Restoring is possible once the file is free (Check again in the window).</source>
        <translation>Der kan ikke gendannes en sikkerhedskopi, mens {0} (på {1}) har filen åben: her er den skrivebeskyttet. Det kan gøres, når filen er ledig (Tjek igen i vinduet).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chosen backup is being checked; it can be restored once it is found sound.</source>
        <translation>Den valgte sikkerhedskopi bliver kontrolleret; den kan gendannes, når den er fundet i orden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen backup is damaged and cannot be restored: {0}</source>
        <translation>Den valgte sikkerhedskopi er beskadiget og kan ikke gendannes: {0}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Backups of the network file are taken automatically: when it is closed after changes, and before a merge, an upgrade of the file or a restore. Restoring a backup puts it in place of the file; the file as it is now is kept as a backup first.</source>
        <translation>Netværksfilen sikkerhedskopieres automatisk: når den lukkes efter ændringer, og før en fletning, en opgradering af filen eller en gendannelse. At gendanne en sikkerhedskopi lægger den i stedet for filen; filen, som den er nu, gemmes først som sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Show the backups folder in the file manager</source>
        <translation>Vis mappen med sikkerhedskopier i filhåndteringen</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Åbn &amp;mappe</translation>
    </message>
    <message>
        <source>Backups of the network file</source>
        <translation>Netværksfilens sikkerhedskopier</translation>
    </message>
    <message>
        <source>Put the chosen backup in place of the network file, after backing up the file as it is now</source>
        <translation>Læg den valgte sikkerhedskopi i stedet for netværksfilen, efter at filen, som den er nu, er sikkerhedskopieret</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/backups.py" line="+55"/>
        <source>Closed after changes</source>
        <translation>Lukket efter ændringer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a merge</source>
        <translation>Før fletning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Før gendannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged file, kept before a restore</source>
        <translation>Beskadiget fil, gemt før gendannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by hand</source>
        <translation>Taget manuelt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before the upgrade of file version {0}</source>
        <translation>Før opgradering af filversion {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy merged in: {0}</source>
        <translation>Flettet kopi: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking…</source>
        <translation>Kontrolleres …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation>Beskadiget</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/import_plan.py" line="+42"/>
        <source>added</source>
        <translation>tilføjes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>ændres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>fjernes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>uændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared text</source>
        <translation>fælles tekst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Række</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/charts.py" line="+18"/>
        <source>No experiments yet</source>
        <extracomment>The message of an empty chart (English source; translated when painted).</extracomment>
        <translation>Ingen forsøg endnu</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/views/overview_view.py" line="+334"/>
        <source>No legal bases yet</source>
        <translation>Ingen lovhjemler endnu</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/merge_plan.py" line="+49"/>
        <source>Keep this file&apos;s</source>
        <translation>Behold denne fils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the other copy&apos;s</source>
        <translation>Tag den anden kopis</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file</source>
        <translation>Denne fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other copy</source>
        <translation>Den anden kopi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(the whole row)</source>
        <translation>(hele rækken)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has the newest change ({0})</source>
        <translation>Denne fil har den nyeste ændring ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other copy has the newest change ({0})</source>
        <translation>Den anden kopi har den nyeste ændring ({0})</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/records.py" line="+81"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/record_views.py" line="+167"/>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} contacts</source>
        <translation>{0} kontaktpersoner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New contact</source>
        <translation>Ny kontaktperson</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../frikommune_desktop/gui/date_field.py" line="+50"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Vælg datoen i en kalender (Alt+Pil ned)</translation>
    </message>
</context>
<context>
    <name>ExperimentEditor</name>
    <message>
        <source>Experiment</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <source>The experiment&apos;s number; – means not yet numbered</source>
        <translation>Forsøgets nummer; – betyder, at forsøget endnu ikke har fået et nummer</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>The full title of the experiment as used in the application</source>
        <translation>Forsøgets fulde titel, som den står i ansøgningen</translation>
    </message>
    <message>
        <source>The short name used for the experiment in the cover letter</source>
        <translation>Det korte navn, forsøget omtales med i følgebrevet</translation>
    </message>
    <message>
        <source>The application round the experiment belongs to</source>
        <translation>Den ansøgningsrunde, forsøget indgår i</translation>
    </message>
    <message>
        <source>Where the experiment stands in the application process</source>
        <translation>Hvor langt forsøget er nået i ansøgningsprocessen</translation>
    </message>
    <message>
        <source>The person to contact about the subject of the experiment</source>
        <translation>Den person, der kan kontaktes om forsøgets faglige indhold</translation>
    </message>
    <message>
        <source>The network coordinator responsible for the experiment</source>
        <translation>Den netværkskoordinator, der er ansvarlig for forsøget</translation>
    </message>
    <message>
        <source>The experiment this one is a part of, if any</source>
        <translation>Det forsøg, som dette forsøg er en delansøgning til (hvis det er en delansøgning)</translation>
    </message>
    <message>
        <source>Participating municipalities</source>
        <translation>Deltagerkommuner</translation>
    </message>
    <message>
        <source>1 Description</source>
        <translation>1 Beskrivelse</translation>
    </message>
    <message>
        <source>Describe the experiment…</source>
        <translation>Beskriv forsøget…</translation>
    </message>
    <message>
        <source>2 Goals and expected results</source>
        <translation>2 Mål og resultater</translation>
    </message>
    <message>
        <source>What should the experiment achieve?</source>
        <translation>Hvad skal forsøget opnå?</translation>
    </message>
    <message>
        <source>3 Need for legal exemptions</source>
        <translation>3 Forsøgshjemler</translation>
    </message>
    <message>
        <source>Which rules stand in the way, and why?</source>
        <translation>Hvilke regler står i vejen, og hvorfor?</translation>
    </message>
    <message>
        <source>4 How the results are achieved</source>
        <translation>4 Realisering</translation>
    </message>
    <message>
        <source>How will the experiment be carried out?</source>
        <translation>Hvordan skal forsøget gennemføres?</translation>
    </message>
    <message>
        <source>5 Evaluation</source>
        <translation>5 Evaluering</translation>
    </message>
    <message>
        <source>How will the experiment be evaluated?</source>
        <translation>Hvordan skal forsøget evalueres?</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <source>Find the provisions the five sections name that the legal basis does not have yet, and add the ones you choose (Ctrl+L)</source>
        <translation>Find de bestemmelser, de fem afsnit nævner, som lovgrundlaget endnu ikke har, og tilføj dem, du vælger (Ctrl+L)</translation>
    </message>
    <message>
        <source>Suggest legal &amp;basis…</source>
        <translation>Foreslå &amp;lovgrundlag…</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/views/experiment_editor.py" line="+135"/>
        <source>{0} provisions in {1}</source>
        <extracomment>How many legal-basis rows the editor names in full (more are summed up by law). How long typing may pause before a section&apos;s text is stored (one undo step per pause).</extracomment>
        <translation>{0} bestemmelser i {1}</translation>
    </message>
    <message>
        <source>The date the application was sent, e.g. 1.12.2016 or 1. december 2016</source>
        <translation>Den dato, ansøgningen blev sendt, fx 1.12.2016 eller 1. december 2016</translation>
    </message>
    <message>
        <source>N&amp;o.</source>
        <translation>&amp;Nr.</translation>
    </message>
    <message>
        <source>&amp;Title of experiment</source>
        <translation>&amp;Titel på forsøg</translation>
    </message>
    <message>
        <source>Name in &amp;cover letter</source>
        <translation>Navn &amp;i følgebrev</translation>
    </message>
    <message>
        <source>Ro&amp;und</source>
        <translation>&amp;Ansøgningsrunde</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Date of a&amp;pplication</source>
        <translation>&amp;Dato for ansøgning</translation>
    </message>
    <message>
        <source>Sub&amp;ject contact</source>
        <translation>Faglig &amp;kontaktperson</translation>
    </message>
    <message>
        <source>Network coordin&amp;ator</source>
        <translation>N&amp;etværkskoordinator</translation>
    </message>
    <message>
        <source>Pa&amp;rt of</source>
        <translation>Delansø&amp;gning til</translation>
    </message>
</context>
<context>
    <name>ExperimentTableModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/experiments.py" line="+51"/>
        <source>No.</source>
        <extracomment>Statuses sort in the order an experiment moves through them, not alphabetically.</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject contact</source>
        <translation>Faglig kontaktperson</translation>
    </message>
</context>
<context>
    <name>ExperimentsView</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/experiments_view.py" line="+100"/>
        <source>Suggest legal basis…</source>
        <translation>Foreslå lovgrundlag…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Experiments</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>All rounds</source>
        <translation>Alle runder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All laws</source>
        <translation>Alle love</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+1"/>
        <source>New experiment</source>
        <translation>Nyt forsøg</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete experiment</source>
        <translation>Slet forsøg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{0}” with its participation and legal basis? You can undo it with Ctrl+Z.</source>
        <translation>Slet »{0}« med deltagelse og lovgrundlag? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete experiment “{0}”</source>
        <translation>Slet forsøget »{0}«</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit {0}</source>
        <translation>Rediger {0}</translation>
    </message>
    <message>
        <source>Show only experiments containing this text</source>
        <translation>Vis kun forsøg, der indeholder denne tekst</translation>
    </message>
    <message>
        <source>Filter experiments…</source>
        <translation>Filtrér forsøg…</translation>
    </message>
    <message>
        <source>Filter by application round</source>
        <translation>Vis kun forsøg i én ansøgningsrunde</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Vis kun forsøg med én status</translation>
    </message>
    <message>
        <source>Filter by participating municipality</source>
        <translation>Vis kun forsøg, som én kommune deltager i</translation>
    </message>
    <message>
        <source>Filter by law that an exemption is sought from</source>
        <translation>Vis kun forsøg, der søger fritagelse fra én bestemt lov</translation>
    </message>
    <message>
        <source>Add a new experiment to the network file</source>
        <translation>Tilføj et nyt forsøg til netværksfilen</translation>
    </message>
    <message>
        <source>&amp;New experiment</source>
        <translation>N&amp;yt forsøg</translation>
    </message>
    <message>
        <source>Delete the selected experiment (can be undone)</source>
        <translation>Slet det valgte forsøg (kan fortrydes)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../frikommune_desktop/gui/export_dialog.py" line="+90"/>
        <source>Empty: one standard sentence. Write {0} where the list of the round&apos;s applications goes; without it the list follows the introduction.</source>
        <translation>Tom: én standardsætning. Skriv {0}, hvor listen over rundens ansøgninger skal stå; uden den kommer listen efter indledningen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose the folder for the export</source>
        <translation>Vælg mappen til eksporten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} – {1} ({2} experiment(s))</source>
        <translation>{0} – {1} ({2} forsøg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1} experiment(s))</source>
        <translation>{0} ({1} forsøg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submitted {0}</source>
        <translation>Indsendt {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not submitted yet</source>
        <translation>Ikke indsendt endnu</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Change the cover letter</source>
        <translation>Ret følgebrevet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The texts could not be stored.</source>
        <translation>Teksterne kunne ikke gemmes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An empty field uses the standard text shown in grey. The texts are stored in the network file.</source>
        <translation>Et tomt felt bruger standardteksten, der står med gråt. Teksterne gemmes i netværksfilen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is read-only (another coordinator has it open): the texts can be read but not changed. Exporting works as usual.</source>
        <translation>Filen er skrivebeskyttet (en anden koordinator har den åben): teksterne kan læses, men ikke ændres. Eksporten virker som sædvanlig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has no submission rounds to export.</source>
        <translation>Filen har ingen ansøgningsrunder at eksportere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder to write the files to.</source>
        <translation>Vælg den mappe, filerne skal skrives i.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the files…</source>
        <translation>Skriver filerne…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Writing {0} ({1} of {2})…</source>
        <translation>Skriver {0} ({1} af {2})…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written to {0}:</source>
        <translation>Skrevet i {0}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark round {0} as submitted</source>
        <translation>Markér runden {0} som indsendt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The round is marked as submitted (Edit ▸ Undo takes it back).</source>
        <translation>Runden er markeret som indsendt (Rediger ▸ Fortryd tager det tilbage).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The export was stopped. Files written before that are left in the folder.</source>
        <translation>Eksporten blev stoppet. Filer, der allerede var skrevet, ligger stadig i mappen.</translation>
    </message>
    <message>
        <source>Export round</source>
        <translation>Eksportér runde</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>The submission round whose applications are exported</source>
        <translation>Ansøgningsrunden, hvis ansøgninger eksporteres</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>Ma&amp;ppe:</translation>
    </message>
    <message>
        <source>The folder the files are written to; it is created if it does not exist</source>
        <translation>Mappen, filerne skrives i; den oprettes, hvis den ikke findes</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Hvad skal eksporteres</translation>
    </message>
    <message>
        <source>The cover letter (PDF and Word), the participation table (PDF and Excel) and all applications in one PDF</source>
        <translation>Følgebrevet (PDF og Word), deltagertabellen (PDF og Excel) og alle ansøgninger i én PDF</translation>
    </message>
    <message>
        <source>Submission &amp;bundle: cover letter, participation table and applications</source>
        <translation>&amp;Ansøgningspakke: følgebrev, deltagertabel og ansøgninger</translation>
    </message>
    <message>
        <source>A letter telling the ministry which municipalities joined or left the round&apos;s experiments after it was submitted</source>
        <translation>Et brev, der orienterer ministeriet om, hvilke kommuner der er kommet med i eller er gået ud af rundens forsøg, efter at den blev indsendt</translation>
    </message>
    <message>
        <source>&amp;Orientation letter (participation changed since submission)</source>
        <translation>&amp;Orienteringsbrev om ændret deltagelse siden indsendelsen</translation>
    </message>
    <message>
        <source>Records today as the day the round was sent and turns its draft experiments into submitted ones (Ctrl+Z undoes it)</source>
        <translation>Noterer i dag som dagen, runden blev sendt, og gør rundens forsøg under udarbejdelse til indsendte (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <source>&amp;Mark the round as submitted when done</source>
        <translation>&amp;Markér runden som indsendt, når eksporten er færdig</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Følgebrev</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Brevets tekst</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Emne:</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>Indledning:</translation>
    </message>
    <message>
        <source>Reservation:</source>
        <translation>Forbehold:</translation>
    </message>
    <message>
        <source>Shown only when a municipality takes part with a reservation</source>
        <translation>Kommer kun med, når en kommune deltager med forbehold</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Afslutning:</translation>
    </message>
    <message>
        <source>Sender and recipient</source>
        <translation>Afsender og modtager</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Afsender:</translation>
    </message>
    <message>
        <source>Sender&apos;s address:</source>
        <translation>Afsenders adresse:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Case no.:</source>
        <translation>Sagsnr.:</translation>
    </message>
    <message>
        <source>Document no.:</source>
        <translation>Dokumentnr.:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Modtager:</translation>
    </message>
    <message>
        <source>Recipient&apos;s address:</source>
        <translation>Modtagers adresse:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Underskrives af:</translation>
    </message>
    <message>
        <source>The person who signs the letter; without one it is signed on behalf of the network</source>
        <translation>Den, der underskriver brevet; uden en underskriver skrives der under på vegne af netværket</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Kontaktperson:</translation>
    </message>
    <message>
        <source>The network&apos;s coordinator, named in the letter as the ministry&apos;s contact</source>
        <translation>Netværkets koordinator, som brevet nævner som ministeriets kontaktperson</translation>
    </message>
    <message>
        <source>Store the changed texts in the network file (Ctrl+Z undoes it)</source>
        <translation>Gem de ændrede tekster i netværksfilen (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <source>Sa&amp;ve texts</source>
        <translation>&amp;Gem tekster</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>Stop the export after the file being written</source>
        <translation>Stop eksporten efter den fil, der skrives nu</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>Brevets &amp;dato:</translation>
    </message>
    <message>
        <source>The date the letter carries: the round&apos;s deadline, or today for an orientation letter, unless you write another</source>
        <translation>Brevets dato: rundens frist, eller dags dato for et orienteringsbrev, medmindre du skriver en anden</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/first_steps.py" line="+63"/>
        <source>Getting started</source>
        <translation>Kom godt i gang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take the steps in order; each one is ticked off by itself when it is done.</source>
        <translation>Tag trinene i rækkefølge; hvert trin får selv et flueben, når det er gjort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read about the first steps in the user guide (F1)</source>
        <translation>Læs om de første trin i brugervejledningen (F1)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the checklist for this file (Help → Getting started shows it again)</source>
        <translation>Skjul tjeklisten for denne fil (Hjælp → Kom godt i gang viser den igen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the network&apos;s member municipalities</source>
        <translation>Vælg netværkets medlemskommuner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the contact persons</source>
        <translation>Tilføj kontaktpersonerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the experiments, or import the applications (Word)</source>
        <translation>Opret forsøgene, eller indlæs ansøgningerne (Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the legal basis: the laws and § of each experiment</source>
        <translation>Udfyld lovgrundlaget: love og § for hvert forsøg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set which municipalities take part in which experiment</source>
        <translation>Angiv, hvilke kommuner der deltager i hvilke forsøg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the experiments in a round and export it as submitted</source>
        <translation>Læg forsøgene i en runde, og eksportér den som indsendt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Deltagelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export round…</source>
        <translation>Eksportér runde…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Go where this step is done</source>
        <translation>Gå derhen, hvor trinnet gøres</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>All the first steps are done.</source>
        <translation>Alle de første trin er gjort.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../frikommune_desktop/gui/guide_window.py" line="+32"/>
        <source>User guide — Frikommune Desktop</source>
        <translation>Brugervejledning — Frikommune Desktop</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Contents</source>
        <translation>&amp;Indhold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the table of contents</source>
        <translation>Gå til indholdsfortegnelsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were before the last link</source>
        <translation>Gå tilbage til, hvor du var før det sidste link</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the guide…</source>
        <translation>Søg i vejledningen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a word; Enter finds the next place, Shift+Enter the one before</source>
        <translation>Skriv et ord; Enter finder det næste sted, Shift+Enter det forrige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous</source>
        <translation>&amp;Forrige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
</context>
<context>
    <name>HeatMapChart</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/overview_view.py" line="-208"/>
        <location line="+109"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>not taking part</source>
        <translation>deltager ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with reservation</source>
        <translation>med forbehold</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{0} does not take part in {1}</source>
        <translation>{0} deltager ikke i {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reservation: {0}</source>
        <translation>Forbehold: {0}</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../frikommune_desktop/gui/help_menu.py" line="+65"/>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the user guide (at the part about the view shown)</source>
        <translation>Læs brugervejledningen (ved afsnittet om den viste visning)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom godt i gang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the checklist of the first steps in a network file</source>
        <translation>Vis tjeklisten med de første trin i en netværksfil</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../frikommune_desktop/gui/import_wizard.py" line="+58"/>
        <source>&amp;Import</source>
        <translation>&amp;Indlæs</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose spreadsheets</source>
        <translation>Vælg regneark</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose at least one spreadsheet first.</source>
        <translation>Vælg mindst ét regneark først.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the spreadsheets…</source>
        <translation>Læser regnearkene …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading {0} ({1} of {2})…</source>
        <translation>Læser {0} ({1} af {2}) …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} Next shows each change to the network&apos;s shared text, the old text beside the new, to accept or reject.</source>
        <translation>{0} Næste viser hver ændring af netværkets fælles tekst, den gamle tekst ved siden af den nye, så du kan godkende eller afvise den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} Press Import to store it all in one step (Ctrl+Z undoes it).</source>
        <translation>{0} Tryk Indlæs for at gemme det hele i ét trin (Ctrl+Z fortryder).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} The network file already holds all of it: nothing to import.</source>
        <translation>{0} Netværksfilen indeholder allerede det hele: der er intet at indlæse.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing can be imported: {0} problem(s) in the spreadsheets. Correct them and try again; Copy table gives the list to send to the municipality.</source>
        <translation>Intet kan indlæses: {0} fejl i regnearkene. Ret dem og prøv igen; Kopiér tabel giver listen, der kan sendes til kommunen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading was stopped. Nothing was imported.</source>
        <translation>Læsningen blev stoppet. Intet er indlæst.</translation>
    </message>
    <message>
        <source>Import spreadsheets</source>
        <translation>Indlæs regneark</translation>
    </message>
    <message>
        <source>Choose the municipalities&apos; spreadsheets</source>
        <translation>Vælg kommunernes regneark</translation>
    </message>
    <message>
        <source>Every file is read and checked first. Nothing is stored until you have seen what will change.</source>
        <translation>Hver fil læses og kontrolleres først. Intet gemmes, før du har set, hvad der ændres.</translation>
    </message>
    <message>
        <source>Chosen spreadsheets</source>
        <translation>Valgte regneark</translation>
    </message>
    <message>
        <source>&amp;Add spreadsheets…</source>
        <translation>Tilføj &amp;regneark …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Det vil indlæsningen gøre</translation>
    </message>
    <message>
        <source>Show &amp;unchanged rows</source>
        <translation>Vis &amp;uændrede rækker</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Stop læsningen</translation>
    </message>
    <message>
        <source>Copy the table, to paste into an e-mail or a spreadsheet</source>
        <translation>Kopiér tabellen for at indsætte den i en e-mail eller et regneark</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Kopiér tabel</translation>
    </message>
    <message>
        <source>Rows of the import</source>
        <translation>Indlæsningens rækker</translation>
    </message>
    <message>
        <source>Changes to the network&apos;s shared text</source>
        <translation>Ændringer af netværkets fælles tekst</translation>
    </message>
    <message>
        <source>These rows belong to the whole network and go to the ministry. The network&apos;s text is kept unless you tick a change; the rest of the import is stored either way.</source>
        <translation>Disse rækker tilhører hele netværket og sendes til ministeriet. Netværkets tekst beholdes, medmindre du sætter flueben ved en ændring; resten af indlæsningen gemmes under alle omstændigheder.</translation>
    </message>
    <message>
        <source>Tick every change: the spreadsheets&apos; text is stored</source>
        <translation>Sæt flueben ved alle ændringer: regnearkenes tekst gemmes</translation>
    </message>
    <message>
        <source>&amp;Accept all</source>
        <translation>&amp;Godkend alle</translation>
    </message>
    <message>
        <source>Untick every change: the network&apos;s text is kept</source>
        <translation>Fjern alle flueben: netværkets tekst beholdes</translation>
    </message>
    <message>
        <source>&amp;Reject all</source>
        <translation>&amp;Afvis alle</translation>
    </message>
    <message>
        <source>The selected change in full</source>
        <translation>Den valgte ændring i sin helhed</translation>
    </message>
</context>
<context>
    <name>KeyboardMapDialog</name>
    <message>
        <location filename="../../frikommune_desktop/gui/keyboard_map.py" line="+70"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does</source>
        <translation>Gør</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Menu keys work everywhere in the window; list keys while the list has focus.</source>
        <translation>Menuernes taster virker overalt i vinduet; listernes taster, mens markøren er i listen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next / previous field, list or button</source>
        <translation>Næste / forrige felt, liste eller knap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+understreget bogstav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the field or button with that letter</source>
        <translation>Gå til feltet eller knappen med det bogstav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys</source>
        <translation>Piletaster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move in a list; the editor shows the chosen row</source>
        <translation>Flyt i en liste; redigeringen viser den valgte række</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter / F2</source>
        <translation>Enter / F2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the chosen row of a list</source>
        <translation>Redigér den valgte række i en liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a row to the list</source>
        <translation>Tilføj en række til listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen row of the list (Ctrl+Z undoes it)</source>
        <translation>Slet den valgte række i listen (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close a dialog without saving</source>
        <translation>Luk en dialog uden at gemme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
</context>
<context>
    <name>LawGroupModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/legal.py" line="+206"/>
        <source>Law</source>
        <translation>Lov</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(whole law)</source>
        <translation>(hele loven)</translation>
    </message>
</context>
<context>
    <name>LawUsageChart</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/overview_view.py" line="+72"/>
        <source>{0} in {1}</source>
        <comment>&apos;3 provisions&apos; in &apos;2 experiments&apos;</comment>
        <translation>{0} i {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Others</source>
        <translation>Øvrige</translation>
    </message>
</context>
<context>
    <name>LegalTableModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/legal.py" line="-155"/>
        <source>Experiment</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Law</source>
        <translation>Lov</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provision</source>
        <translation>Bestemmelse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purpose of the provision</source>
        <translation>Paragraffens formål</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Justification</source>
        <translation>Begrundelse for fritagelse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>LegalView</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/legal_view.py" line="+98"/>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All laws</source>
        <translation>Alle love</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} provisions in {1} laws</source>
        <translation>{0} bestemmelser i {1} love</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Experiment</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law</source>
        <translation>Lov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>§ (number)</source>
        <translation>§ (nummer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Litra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsection (stk.)</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item (nr.)</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of the provision</source>
        <translation>Paragraffens formål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification for the exemption</source>
        <translation>Begrundelse for fritagelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an experiment first.</source>
        <translation>Tilføj først et forsøg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New provision</source>
        <translation>Ny bestemmelse</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit provision</source>
        <translation>Rediger bestemmelse</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete provision</source>
        <translation>Slet bestemmelse</translation>
    </message>
    <message>
        <source>Legal exemptions</source>
        <translation>Forsøgshjemler</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>All exemptions as one table</source>
        <translation>Alle forsøgshjemler i én tabel</translation>
    </message>
    <message>
        <source>By law</source>
        <translation>Efter lov</translation>
    </message>
    <message>
        <source>Exemptions grouped by the law they concern</source>
        <translation>Forsøgshjemlerne grupperet efter den lov, de vedrører</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../frikommune_desktop/gui/file_controller.py" line="+272"/>
        <source>Changes from the last time this file was open had not all reached the network file (the program ended first). They are kept in {0}; bring them in with File → Merge another copy….</source>
        <translation>Ændringer fra sidste gang, filen var åben, nåede ikke alle frem til netværksfilen (programmet sluttede først). De er gemt i {0}; hent dem ind med Filer → Flet en anden kopi….</translation>
    </message>
    <message>
        <location line="-59"/>
        <location filename="../../frikommune_desktop/gui/main_window.py" line="+169"/>
        <location line="+37"/>
        <source>Opening {0} …</source>
        <extracomment>A job waiting for the window&apos;s first paint (a class default: events come during setup). Whether the shortcuts are set (after the first paint: see gui/startup.py). The open file&apos;s network name, as the title shows it (read again after every change). What the file controller&apos;s job said it does (in the status bar while it runs).</extracomment>
        <translation>Åbner {0} …</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/main_window.py" line="+154"/>
        <source>not saved on the drive</source>
        <translation>ikke gemt på drevet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving to the drive…</source>
        <translation>gemmer på drevet…</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/file_controller.py" line="-26"/>
        <source>No network file is open.</source>
        <extracomment>Opening a file has started (its path). A file is open (its Session). A file could not be opened (why). A file could not be opened because it is damaged (its path, why): restoring may help. The open file is about to close: stop using its session and store now. The file is closed (its store closed, the lock released). The open file became writable (True) or is still read-only (False) after a re-check. What the running job does now (shown in the status bar). Whether a job runs. Every job has finished and none is waiting. Something went wrong the user must be told about. Something the user may want to know (the status bar shows it for a while). A backup is restored and the file opened again (where the file as it was is kept). A backup could not be restored (why); the file is open again as it was.</extracomment>
        <translation>Ingen netværksfil er åben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is read-only here ({0}); no backup can be restored.</source>
        <translation>Filen er skrivebeskyttet her ({0}); ingen sikkerhedskopi kan gendannes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Closing {0} …</source>
        <translation>Lukker {0} …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring the backup …</source>
        <translation>Gendanner sikkerhedskopien …</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/file_safety.py" line="+112"/>
        <source>The backup is restored.</source>
        <translation>Sikkerhedskopien er gendannet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file as it was is kept among the backups as {0}.</source>
        <translation>Filen, som den var, er gemt blandt sikkerhedskopierne som {0}.</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/file_controller.py" line="+134"/>
        <source>You can now edit the file.</source>
        <translation>Du kan nu redigere filen.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Saving the last changes on the network drive …</source>
        <translation>Gemmer de sidste ændringer på netværksdrevet …</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/file_safety.py" line="+150"/>
        <source>The lock of {0} (on {1}) is broken; you can now edit the file.</source>
        <translation>Låsen, som {0} (på {1}) havde, er brudt; du kan nu ændre i filen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a long time</source>
        <translation>lang tid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} minutes</source>
        <translation>{0} minutter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} hours</source>
        <translation>{0} timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} days</source>
        <translation>{0} dage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Break lock</source>
        <translation>Bryd lås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break the lock that {0} (on {1}) holds on the file?</source>
        <translation>Bryd låsen, som {0} (på {1}) har på filen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} on {1} has shown no sign of life for {2}. Break the lock only if the program there no longer runs (the computer was switched off, crashed or lost its connection); if it still runs, it can no longer save its changes to the file. Breaking the lock is recorded in the lock log beside the file.</source>
        <translation>{0} på {1} har ikke vist tegn på liv i {2}. Bryd kun låsen, hvis programmet dér ikke kører længere (computeren blev slukket, gik ned eller mistede forbindelsen); kører det stadig, kan det ikke længere gemme sine ændringer i filen. At låsen er brudt, noteres i låseloggen ved siden af filen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Break lock</source>
        <translation>&amp;Bryd lås</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+51"/>
        <location filename="../../frikommune_desktop/gui/main_window.py" line="-67"/>
        <source>Frikommune Desktop</source>
        <translation>Frikommune Desktop</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Restore the backup from {0}?</source>
        <translation>Gendan sikkerhedskopi fra {0}?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring puts the backup in place of the damaged file, which is kept among the backups. Changes made after the backup was taken are not in it.</source>
        <translation>Gendannelsen lægger sikkerhedskopien i stedet for den beskadigede fil, som gemmes blandt sikkerhedskopierne. Ændringer fra efter sikkerhedskopien blev taget, er ikke med i den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do&amp;n&apos;t restore</source>
        <translation>Gendan &amp;ikke</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A sync client has left copies of {0} beside it after a conflict:</source>
        <translation>Et synkroniseringsprogram har efter en konflikt lagt kopier af {0} ved siden af den:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes saved in a copy are not in this file until the copy is merged into it. Merge shows every change first and changes nothing until you confirm.</source>
        <translation>Ændringer gemt i en kopi er ikke i denne fil, før kopien er flettet ind i den. Flet viser først alle ændringer og ændrer intet, før du bekræfter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Flet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ikke nu</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/main_window.py" line="+69"/>
        <source>saved</source>
        <translation>gemt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>read-only</source>
        <translation>skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/file_safety.py" line="+120"/>
        <source>someone</source>
        <translation>en anden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is free now: {0} (on {1}) has closed it. You still see it read-only; open it for editing to make changes.</source>
        <translation>Filen er fri nu: {0} (på {1}) har lukket den. Du ser den stadig skrivebeskyttet; åbn den for redigering for at ændre i den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {0} (on {1}) has had the file open since {2}. You can read everything, but changes are not possible until the file is free.</source>
        <translation>Skrivebeskyttet: {0} (på {1}) har haft filen åben siden {2}. Du kan læse alt, men ikke ændre noget, før filen er ledig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The program on {0} has shown no sign of life for {1}: if it no longer runs, you can break its lock.</source>
        <translation>Programmet på {0} har ikke vist tegn på liv i {1}: kører det ikke længere, kan du bryde dets lås.</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/main_window.py" line="+12"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Frikommune Desktop</source>
        <translation>Om Frikommune Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The coordinator&apos;s tool for a frikommune network.</source>
        <translation>Netværkskoordinatorens værktøj i et frikommunenetværk.</translation>
    </message>
    <message>
        <source>Check the network file again</source>
        <translation>Tjek netværksfilen igen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Tjek igen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>Seneste &amp;filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;New network file…</source>
        <translation>&amp;Ny netværksfil…</translation>
    </message>
    <message>
        <source>Create a new, empty network file</source>
        <translation>Opret en ny, tom netværksfil</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Open an existing network file</source>
        <translation>Åbn en eksisterende netværksfil</translation>
    </message>
    <message>
        <source>Open the &amp;demo network</source>
        <translation>Åbn &amp;demonetværket</translation>
    </message>
    <message>
        <source>Open the built-in demo network to try the program</source>
        <translation>Åbn det indbyggede demonetværk for at prøve programmet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Søg…</translation>
    </message>
    <message>
        <source>Search all texts in the network file</source>
        <translation>Søg i alle tekster i netværksfilen</translation>
    </message>
    <message>
        <source>&amp;About Frikommune Desktop</source>
        <translation>&amp;Om Frikommune Desktop</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheets…</source>
        <translation>&amp;Indlæs regneark …</translation>
    </message>
    <message>
        <source>Import the municipalities&apos; filled-in spreadsheets into the network file</source>
        <translation>Indlæs kommunernes udfyldte regneark i netværksfilen</translation>
    </message>
    <message>
        <source>Save spreadsheet &amp;template…</source>
        <translation>Gem regnearks&amp;skabelon …</translation>
    </message>
    <message>
        <source>Save the spreadsheet the municipalities fill in, with this network&apos;s experiments in its lists</source>
        <translation>Gem regnearket, som kommunerne udfylder, med netværkets forsøg i rullelisterne</translation>
    </message>
    <message>
        <source>&amp;Export round…</source>
        <translation>&amp;Eksportér runde…</translation>
    </message>
    <message>
        <source>Write a round&apos;s cover letter, participation table and application bundle as files</source>
        <translation>Skriv en rundes følgebrev, deltagertabel og ansøgningspakke som filer</translation>
    </message>
    <message>
        <source>&amp;Merge another copy…</source>
        <translation>&amp;Flet en anden kopi…</translation>
    </message>
    <message>
        <source>Bring the changes made in another copy of the network file into this one</source>
        <translation>Hent ændringerne fra en anden kopi af netværksfilen ind i denne</translation>
    </message>
    <message>
        <source>Remove the lock of a program that no longer runs, so that you can edit the file</source>
        <translation>Fjern låsen fra et program, der ikke kører længere, så du kan ændre i filen</translation>
    </message>
    <message>
        <source>Break lock…</source>
        <translation>Bryd lås …</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sikkerheds&amp;kopier …</translation>
    </message>
    <message>
        <source>See the network file&apos;s backups, check them and restore one</source>
        <translation>Se netværksfilens sikkerhedskopier, kontrollér dem og gendan en af dem</translation>
    </message>
    <message>
        <source>Import application (&amp;Word)…</source>
        <translation>Indlæs ansøgning (&amp;Word)…</translation>
    </message>
    <message>
        <source>Import a filled-in application in the ministry&apos;s Word template: the experiment, its contacts, participants and legal-basis tables</source>
        <translation>Indlæs en udfyldt ansøgning i ministeriets Word-skabelon: forsøget, dets kontaktpersoner, deltagere og lovgrundlagstabeller</translation>
    </message>
    <message>
        <source>My &amp;profile…</source>
        <translation>Min &amp;profil…</translation>
    </message>
    <message>
        <source>Your name, written beside your changes and in the lock file, and your municipality</source>
        <translation>Dit navn, som står ved dine ændringer og i låsefilen, og din kommune</translation>
    </message>
    <message>
        <source>Search &amp;panel</source>
        <translation>Søge&amp;panel</translation>
    </message>
    <message>
        <source>Show or hide the search panel</source>
        <translation>Vis eller skjul søgepanelet</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/search_dock.py" line="+59"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/file_actions.py" line="+72"/>
        <source>Import application (Word)</source>
        <translation>Indlæs ansøgning (Word)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save spreadsheet template</source>
        <translation>Gem regnearksskabelon</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Template saved: {0}</source>
        <translation>Skabelon gemt: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your profile is saved.</source>
        <translation>Dine oplysninger er gemt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile is saved; the new name is used from the next time you open a file.</source>
        <translation>Dine oplysninger er gemt; det nye navn bruges, næste gang du åbner en fil.</translation>
    </message>
    <message>
        <source>Take the file for editing now that it is free</source>
        <translation>Tag filen til redigering, nu hvor den er fri</translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation>Åbn for redigering</translation>
    </message>
    <message>
        <location filename="../../frikommune_desktop/gui/file_choice.py" line="+17"/>
        <source>Network files (*.fkdb);;All files (*)</source>
        <translation>Netværksfiler (*.fkdb);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open network file</source>
        <translation>Åbn netværksfil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New network file</source>
        <translation>Ny netværksfil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New network</source>
        <translation>Nyt netværk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the network:</source>
        <translation>Netværkets navn:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../frikommune_desktop/gui/merge_dialog.py" line="+136"/>
        <source>Choose the copy to merge…</source>
        <translation>Vælg den kopi, der skal flettes…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the copy to merge</source>
        <translation>Vælg den kopi, der skal flettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network files (*.fkdb);;All files (*)</source>
        <translation>Netværksfiler (*.fkdb);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading {0}…</source>
        <translation>Læser {0}…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Nothing to merge: this file already holds everything the other copy can give ({0} row(s) cannot be taken over).</source>
        <translation>Intet at flette: denne fil har allerede alt, hvad den anden kopi kan give ({0} række(r) kan ikke overtages).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to merge: this file already holds everything in the other copy.</source>
        <translation>Intet at flette: denne fil har allerede alt fra den anden kopi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} to add, {1} to change, {2} to delete, {3} not taken over, {4} conflict(s).</source>
        <translation>{0} tilføjes, {1} ændres, {2} slettes, {3} kan ikke overtages, {4} konflikt(er).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Merged: {0}</source>
        <translation>Flettet: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not taken over after all (their experiment stays deleted):</source>
        <translation>Alligevel ikke overtaget (deres forsøg forbliver slettet):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was backed up first; the other copy is kept among the backups as {0}.</source>
        <translation>Filen blev sikkerhedskopieret først; den anden kopi er gemt blandt sikkerhedskopierne som {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged {0}: {1}</source>
        <translation>Flettet {0}: {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The merge cannot be undone with Undo, but the file is backed up first. Changes made before the merge can no longer be undone either.</source>
        <translation>Fletningen kan ikke fortrydes med Fortryd, men filen sikkerhedskopieres først. Ændringer fra før fletningen kan heller ikke fortrydes bagefter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is read-only (another coordinator has it open): the merge can be previewed but not carried out.</source>
        <translation>Filen er skrivebeskyttet (en anden koordinator har den åben): fletningen kan ses, men ikke udføres.</translation>
    </message>
    <message>
        <source>Merge another copy</source>
        <translation>Flet en anden kopi</translation>
    </message>
    <message>
        <source>Brings the changes made in another copy of this network file (for example one a sync client left beside it) into the open file. Every change is listed below; where both copies changed the same thing, choose which version to keep.</source>
        <translation>Henter ændringerne fra en anden kopi af denne netværksfil (fx en, som et synkroniseringsprogram har lagt ved siden af den) ind i den åbne fil. Alle ændringer står nedenfor; hvor begge kopier har ændret det samme, vælger du, hvilken udgave der beholdes.</translation>
    </message>
    <message>
        <source>Other &amp;copy:</source>
        <translation>Anden &amp;kopi:</translation>
    </message>
    <message>
        <source>The copy whose changes are merged into the open file; it is left as it is</source>
        <translation>Kopien, hvis ændringer flettes ind i den åbne fil; selve kopien ændres ikke</translation>
    </message>
    <message>
        <source>Choose another copy of the network file</source>
        <translation>Vælg en anden kopi af netværksfilen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <source>Changes the merge makes</source>
        <translation>Ændringer, som fletningen foretager</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Both copies changed these. Choose for each which version to keep; the newest change is chosen beforehand.</source>
        <translation>Begge kopier har ændret disse. Vælg for hver, hvilken udgave der beholdes; den nyeste ændring er valgt på forhånd.</translation>
    </message>
    <message>
        <source>Conflicts between the copies</source>
        <translation>Konflikter mellem kopierne</translation>
    </message>
    <message>
        <source>Merge the changes into the open file in one step, after a backup</source>
        <translation>Flet ændringerne ind i den åbne fil i ét trin, efter en sikkerhedskopi</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>MergePlanModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/merge_plan.py" line="-113"/>
        <location line="+1"/>
        <source>added</source>
        <translation>tilføjes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>ændres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>slettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not taken over</source>
        <translation>overtages ikke</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesView</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/record_views.py" line="+22"/>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members: {0}</source>
        <translation>Medlemmer: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add {0} to the network</source>
        <translation>Optag {0} i netværket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove {0}</source>
        <translation>Fjern {0} fra netværket</translation>
    </message>
</context>
<context>
    <name>MunicipalityTableModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/records.py" line="+17"/>
        <source>Code</source>
        <extracomment>(code, member): the user ticked or unticked membership; nothing is written here.</extracomment>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/registry.py" line="+35"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/overview_view.py" line="-30"/>
        <source>1 experiment</source>
        <translation>1 forsøg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} experiments</source>
        <translation>{0} forsøg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 provision</source>
        <translation>1 bestemmelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} provisions</source>
        <translation>{0} bestemmelser</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Participation</source>
        <translation>Deltagelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments per status and round</source>
        <translation>Forsøg efter status og ansøgningsrunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisions per law</source>
        <translation>Bestemmelser pr. lov</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <source>Participation</source>
        <translation>Deltagelse</translation>
    </message>
    <message>
        <source>Tick if the municipality takes part in this experiment</source>
        <translation>Sæt flueben, hvis kommunen deltager i forsøget</translation>
    </message>
    <message>
        <source>Takes part in the experiment</source>
        <translation>Deltager i forsøget</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Forbehold</translation>
    </message>
    <message>
        <source>Any reservation the municipality has made about taking part</source>
        <translation>Et eventuelt forbehold, kommunen har taget for sin deltagelse</translation>
    </message>
    <message>
        <source>No reservation</source>
        <translation>Intet forbehold</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Udvalg</translation>
    </message>
    <message>
        <source>The political committee that handles the participation</source>
        <translation>Det politiske udvalg, der behandler deltagelsen</translation>
    </message>
    <message>
        <source>e.g. Økonomiudvalget</source>
        <translation>fx Økonomiudvalget</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Mødedato</translation>
    </message>
    <message>
        <source>Political approval</source>
        <translation>Politisk godkendelse</translation>
    </message>
    <message>
        <source>Where the political approval of the participation stands</source>
        <translation>Hvor langt den politiske godkendelse af deltagelsen er nået</translation>
    </message>
    <message>
        <source>The date of the committee meeting, e.g. 15.12.2016 or 15. december 2016</source>
        <translation>Datoen for udvalgets møde, fx 15.12.2016 eller 15. december 2016</translation>
    </message>
</context>
<context>
    <name>ParticipationMatrixModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/participation.py" line="+44"/>
        <source>taking part — politically approved</source>
        <extracomment>The mark of each approval status; a taking-part cell without a status counts as pending. Appended to the mark when the municipality takes part with a reservation. (background, text) colours. Their greyscale values (luma) lie far apart, light amber ≈ 222, light green ≈ 170, dark red ≈ 87, so they read without colour too (a dark green would match the red&apos;s grey); each text colour contrasts strongly with its background. The context of this module&apos;s texts in the translation. What each mark means (English sources; `legend()` translates them). The marker returns its text, typed `object` by PySide6, hence the str() where it is read.</extracomment>
        <translation>deltager — politisk godkendt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>taking part — awaiting a political decision</source>
        <translation>deltager — afventer politisk behandling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>taking part — politically rejected</source>
        <translation>deltager — politisk afvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking part with a reservation</source>
        <translation>deltager med forbehold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not taking part</source>
        <translation>deltager ikke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>politically approved</source>
        <translation>politisk godkendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting a political decision</source>
        <translation>afventer politisk behandling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>politically rejected</source>
        <translation>politisk afvist</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0} does not take part.</source>
        <translation>{0} deltager ikke.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} takes part — {1}</source>
        <translation>{0} deltager — {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reservation: {0}</source>
        <translation>Forbehold: {0}</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/participation_view.py" line="+103"/>
        <source>Participation</source>
        <extracomment>Changed participations put in place one by one; more (an import) reload the matrix.</extracomment>
        <translation>Deltagelse</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+32"/>
        <source>Remove participation</source>
        <translation>Fjern deltagelse</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+36"/>
        <source>Add participation</source>
        <translation>Tilføj deltagelse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit participation</source>
        <translation>Rediger deltagelse</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/import_plan.py" line="+92"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../frikommune_desktop/gui/profile_dialog.py" line="+54"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your IT department has set the name “{0}” on this computer; it is used instead of the name here.</source>
        <translation>Din it-afdeling har sat navnet »{0}« på denne computer; det bruges i stedet for navnet her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new name is used from the next time you open a file: “{0}” stays open under the name “{1}” until then.</source>
        <translation>Et nyt navn bruges fra næste gang, du åbner en fil: »{0}« er åben under navnet »{1}« indtil da.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can change it at any time under Edit → My profile…</source>
        <translation>Du kan altid ændre det under Rediger → Min profil…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>“{0}” is not one of the 98 municipalities; choose one from the list, or (none).</source>
        <translation>»{0}« er ikke en af de 98 kommuner; vælg en på listen, eller (ingen).</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Om dig</translation>
    </message>
    <message>
        <source>Your name is written beside every change you make in a network file, and in the lock file the other coordinators see while you have the file open.</source>
        <translation>Dit navn står ved hver ændring, du laver i en netværksfil, og i den låsefil, som de andre koordinatorer ser, mens du har filen åben.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>Your name as the other coordinators should see it</source>
        <translation>Dit navn, som de andre koordinatorer skal se det</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Dit fulde navn</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>The municipality you work for; type to search</source>
        <translation>Den kommune, du arbejder for; skriv for at søge</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../frikommune_desktop/gui/app.py" line="+19"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;type:</translation>
    </message>
</context>
<context>
    <name>RoundTableModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/records.py" line="-85"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in 1 day</source>
        <translation>om 1 dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day ago</source>
        <translation>for 1 dag siden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in {0} days</source>
        <translation>om {0} dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} days ago</source>
        <translation>for {0} dage siden</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days left</source>
        <translation>Dage tilbage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Experiments</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/record_views.py" line="+19"/>
        <source>Rounds</source>
        <translation>Ansøgningsrunder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/search_panel.py" line="+17"/>
        <source>Experiment</source>
        <extracomment>What each kind of hit is called (English sources, translated in the &quot;SearchPanel&quot; context).</extracomment>
        <translation>Forsøg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Deltagelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{0} hits</source>
        <extracomment>Escape: the panel is to close.</extracomment>
        <translation>{0} træf</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search all texts in the network file</source>
        <translation>Søg i alle tekster i netværksfilen</translation>
    </message>
    <message>
        <source>Search all texts…</source>
        <translation>Søg i alle tekster…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../frikommune_desktop/gui/session.py" line="+46"/>
        <source>{0}
The change is kept in {1}.</source>
        <extracomment>How often the file is checked for changes saved by another coordinator.</extracomment>
        <translation>{0}
Ændringen er gemt i {1}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The file is read-only. Held by: {0}</source>
        <extracomment>A change stored in the file, with what it touched (a Changes). Polled: the working copy&apos;s changes may have reached the network file (title state).</extracomment>
        <translation>Filen er skrivebeskyttet. Den er åben hos: {0}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The network file cannot be read right now.</source>
        <translation>Netværksfilen kan ikke læses lige nu.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Another coordinator has taken over the file&apos;s lock; changes cannot be saved until you reopen it.</source>
        <translation>En anden koordinator har overtaget filens lås; ændringer kan ikke gemmes, før du åbner filen igen.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Your latest changes cannot be written to the network file ({0}). Nothing new is saved; close the file, and what did not arrive is kept for merging.</source>
        <translation>Dine seneste ændringer kan ikke skrives til netværksfilen ({0}). Intet nyt gemmes; luk filen, så gemmes det, der ikke nåede frem, til fletning.</translation>
    </message>
</context>
<context>
    <name>SharedChangeTableModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/import_plan.py" line="-76"/>
        <source>Store</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick to store the spreadsheet&apos;s text</source>
        <translation>Sæt flueben for at gemme regnearkets tekst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network&apos;s text (now)</source>
        <translation>Netværkets tekst (nu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet&apos;s text</source>
        <translation>Regnearkets tekst</translation>
    </message>
</context>
<context>
    <name>SharedChangesPage</name>
    <message>
        <location filename="../../frikommune_desktop/gui/import_shared.py" line="+70"/>
        <source>{0} of {1} changes will be stored; the rest keep the network&apos;s text.</source>
        <translation>{0} af {1} ændringer gemmes; resten beholder netværkets tekst.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} — field: {1}</source>
        <translation>{0} — felt: {1}</translation>
    </message>
</context>
<context>
    <name>StatusByRoundChart</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/overview_view.py" line="-103"/>
        <source>No round</source>
        <translation>Uden runde</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <location filename="../../frikommune_desktop/gui/models/suggestions.py" line="+178"/>
        <source>Include</source>
        <extracomment>How much of the sentence the table shows before the provision (the rest is in the tooltip). The cells shown greyed out while a row has no law. The number of ticked rows, whenever it may have changed.</extracomment>
        <translation>Medtag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law</source>
        <translation>Lov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provision</source>
        <translation>Bestemmelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in</source>
        <translation>Fundet i</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(law not given)</source>
        <translation>(lov ikke angivet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose law</source>
        <translation>vælg lov</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>The text does not say which law: choose the law first.</source>
        <translation>Teksten siger ikke, hvilken lov det er: vælg først loven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text does not say which law. Double-click (or F2) to choose it.</source>
        <translation>Teksten siger ikke, hvilken lov det er. Dobbeltklik (eller tryk F2) for at vælge den.</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../frikommune_desktop/gui/suggestions_dialog.py" line="+99"/>
        <source>Choose a law…</source>
        <translation>Vælg en lov…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The experiment is no longer in the file.</source>
        <translation>Forsøget findes ikke længere i filen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The texts of “{0}” have been read.</source>
        <translation>Teksterne i “{0}” er gennemlæst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provisions the texts of “{0}” name that its legal basis does not have yet. Tick the ones to add; where the text does not say which law, choose the law first.</source>
        <translation>Bestemmelser, som teksterne i “{0}” nævner, men som forsøgets lovgrundlag endnu ikke har. Sæt flueben ved dem, der skal tilføjes; hvor teksten ikke siger, hvilken lov det er, vælges loven først.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0} suggestion(s) need a law chosen before they can be ticked.</source>
        <translation>{0} forslag mangler en lov, før de kan vælges.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} provision(s) added to the legal basis (Ctrl+Z undoes it).</source>
        <translation>{0} bestemmelse(r) tilføjet lovgrundlaget (Ctrl+Z fortryder).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} of {1} suggestion(s) ticked.</source>
        <translation>{0} af {1} forslag valgt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is open read-only: nothing can be added.</source>
        <translation>Filen er åbnet skrivebeskyttet: intet kan tilføjes.</translation>
    </message>
    <message>
        <source>Suggest legal basis</source>
        <translation>Foreslå lovgrundlag</translation>
    </message>
    <message>
        <source>The text names no provisions that are not already in the legal basis.</source>
        <translation>Teksten nævner ingen bestemmelser, der ikke allerede er i lovgrundlaget.</translation>
    </message>
    <message>
        <source>Suggested provisions</source>
        <translation>Foreslåede bestemmelser</translation>
    </message>
    <message>
        <source>Selected suggestion</source>
        <translation>Valgt forslag</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Afsnit:</translation>
    </message>
    <message>
        <source>Found in:</source>
        <translation>Fundet i:</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>Lo&amp;v:</translation>
    </message>
    <message>
        <source>The law the provision belongs to; choose it where the text does not say</source>
        <translation>Den lov, bestemmelsen hører til; vælg den, hvor teksten ikke siger det</translation>
    </message>
    <message>
        <source>Tick every suggestion that has a law</source>
        <translation>Sæt flueben ved alle forslag, der har en lov</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Vælg &amp;alle</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Vælg &amp;ingen</translation>
    </message>
    <message>
        <source>Add the ticked provisions to the experiment&apos;s legal basis in one step (Ctrl+Z undoes it)</source>
        <translation>Tilføj de valgte bestemmelser til forsøgets lovgrundlag i ét trin (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <source>A&amp;dd selected</source>
        <translation>&amp;Tilføj valgte</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Show only rows containing this text</source>
        <translation>Vis kun rækker, der indeholder denne tekst</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrér…</translation>
    </message>
    <message>
        <source>Add a new row</source>
        <translation>Tilføj en ny række</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Delete the selected row (can be undone)</source>
        <translation>Slet den valgte række (kan fortrydes)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../../frikommune_desktop/gui/views/record_views.py" line="-159"/>
        <source>Add</source>
        <extracomment>The column that takes the spare width (the one with the details; -1: the last).</extracomment>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../frikommune_desktop/gui/vocabulary.py" line="+19"/>
        <source>draft</source>
        <extracomment>The English source text of every member (marked for lupdate, translated in `label`); the marker returns its text, typed `object` by PySide6, hence the str() where it is read.</extracomment>
        <translation>udkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>indsendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granted</source>
        <translation>imødekommet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>afslået</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authority adopted</source>
        <translation>hjemmel vedtaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>i gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>trukket tilbage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>afventer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exemption</source>
        <translation>fritagelse/undtagelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amended legal basis</source>
        <translation>ændret regelgrundlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new authority</source>
        <translation>ny hjemmel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject contact</source>
        <translation>faglig kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network coordinator</source>
        <translation>netværkskoordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory</source>
        <translation>underskriver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>anden</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>Frikommune Desktop</source>
        <translation>Frikommune Desktop</translation>
    </message>
    <message>
        <source>The coordinator&apos;s tool for a frikommune network</source>
        <translation>Netværkskoordinatorens værktøj i et frikommunenetværk</translation>
    </message>
    <message>
        <source>Create a new, empty network file</source>
        <translation>Opret en ny, tom netværksfil</translation>
    </message>
    <message>
        <source>New network file…</source>
        <translation>Ny netværksfil…</translation>
    </message>
    <message>
        <source>Open an existing network file</source>
        <translation>Åbn en eksisterende netværksfil</translation>
    </message>
    <message>
        <source>Open network file…</source>
        <translation>Åbn netværksfil…</translation>
    </message>
    <message>
        <source>Open the built-in demo network to try the program</source>
        <translation>Åbn det indbyggede demonetværk for at prøve programmet</translation>
    </message>
    <message>
        <source>Open the demo network</source>
        <translation>Åbn demonetværket</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Seneste filer</translation>
    </message>
    <message>
        <source>Double-click a file or press Enter to open it</source>
        <translation>Dobbeltklik på en fil, eller tryk på Enter for at åbne den</translation>
    </message>
</context>
<context>
    <name>WordImportDialog</name>
    <message>
        <location filename="../../frikommune_desktop/gui/word_import.py" line="+84"/>
        <source>Reading {0}…</source>
        <translation>Læser {0} …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was imported.</source>
        <translation>Intet er indlæst.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Added or changed ({0})</source>
        <translation>Tilføjes eller ændres ({0})</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Could not be read ({0})</source>
        <translation>Kunne ikke læses ({0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Legal references in the text, not imported ({0})</source>
        <translation>Lovhenvisninger i teksten, ikke indlæst ({0})</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>{0} application(s) read. The network file already holds all of it: nothing to import.</source>
        <translation>{0} ansøgning(er) læst. Netværksfilen indeholder allerede det hele: intet at indlæse.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Documents:</source>
        <extracomment>The colour problems are written in (as the other dialogs&apos; error lines). The ids of the experiments the import created or filled in, once it is stored.</extracomment>
        <translation>Dokumenter:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Nothing can be imported: {0} of the {1} documents cannot be imported (marked below). Choose the documents again without them, or correct them first.</source>
        <translation>Intet kan indlæses: {0} af de {1} dokumenter kan ikke indlæses (markeret nedenfor). Vælg dokumenterne igen uden dem, eller ret dem først.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} application(s) read. Press Import to store it all in one step (Ctrl+Z undoes it).</source>
        <translation>{0} ansøgning(er) læst. Tryk Indlæs for at gemme det hele i ét trin (Ctrl+Z fortryder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts that could not be read are marked; they are left out.</source>
        <translation>Det, der ikke kunne læses, er markeret og bliver ikke indlæst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot be imported</source>
        <translation>kan ikke indlæses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} application(s)</source>
        <translation>{0} ansøgning(er)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Imported: {0} (Ctrl+Z undoes it).</source>
        <translation>Indlæst: {0} (Ctrl+Z fortryder).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The texts name {0} provision(s) not in a table: Suggest legal basis offers them.</source>
        <translation>Teksterne nævner {0} bestemmelse(r), der ikke står i en tabel: Foreslå lovgrundlag tilbyder dem.</translation>
    </message>
    <message>
        <source>Import application (Word)</source>
        <translation>Indlæs ansøgning (Word)</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Hvad indlæsningen gør</translation>
    </message>
    <message>
        <source>Put the report on the clipboard, one line per change or problem</source>
        <translation>Læg rapporten på udklipsholderen, én linje pr. ændring eller problem</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopiér rapport</translation>
    </message>
    <message>
        <source>Offer the provisions the imported texts name as legal-basis rows</source>
        <translation>Tilbyd de bestemmelser, de indlæste tekster nævner, som rækker i lovgrundlaget</translation>
    </message>
    <message>
        <source>&amp;Suggest legal basis…</source>
        <translation>&amp;Foreslå lovgrundlag…</translation>
    </message>
    <message>
        <source>Store everything listed in one step (Ctrl+Z undoes it)</source>
        <translation>Gem alt det viste i ét trin (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Indlæs</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
</context>
</TS>
