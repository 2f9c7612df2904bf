; Frikommune Desktop: Windows installer script for Inno Setup 6 (6.3 or newer: x64compatible).
;
; Build on Windows, from the repository root, after the PyInstaller bundle exists:
;     py -3.11 -m venv build\package-venv
;     build\package-venv\Scripts\pip install -e .[package]
;     build\package-venv\Scripts\pyinstaller --noconfirm --distpath build\dist ^
;         --workpath build\pyinstaller packaging\frikommune.spec
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\frikommune.iss
; gives build\installer\FrikommuneDesktop-<version>-setup.exe. The version is read from the
; bundle's frikommune.exe (its version resource, written by the spec); /DAppVersion=x.y.z
; on the ISCC command line overrides it.
;
; What it installs, for the user who runs it, without administrator rights (no UAC prompt):
;   %LOCALAPPDATA%\Programs\Frikommune Desktop\  ({autopf}, which is {userpf} per user)
;       FrikommuneDesktop.exe   windowed: Start menu, double-clicked .fkdb files
;       frikommune.exe          console: the command line (frikommune.exe check X.fkdb)
;       _internal\              Python, Qt and the program's data files
;   a Start-menu entry, optionally a desktop shortcut, and the .fkdb file type under
;   HKEY_CURRENT_USER\Software\Classes (HKA = HKCU in non administrative install mode):
;   double-clicking a network file on the shared drive runs
;       "...\FrikommuneDesktop.exe" open "\\server\share\net.fkdb"
;   (Not "Frikommune.exe": Windows file names ignore case, so that name would be the same file
;   as frikommune.exe, the console program.)
;
; What the uninstaller removes: only what this script installed (the program folder's files,
; the shortcuts, the registry entries below). It never touches
;   - the network files (*.fkdb) and their .lock/.lock-log files, wherever they are: they are
;     the coordinators' data on the shared drive and are never installed by this script;
;   - the user's data folder %LOCALAPPDATA%\Frikommune\Frikommune Desktop\ with backups\,
;     recovery\ and logs\ (platformdirs.user_data_dir("Frikommune Desktop", "Frikommune"),
;     see frikommune_desktop/backups.py data_dir()), nor the settings in
;     HKCU\Software\Frikommune\Frikommune Desktop (QSettings);
; hence there is deliberately no [UninstallDelete] section. IT can remove those two by hand
; when a coordinator leaves.
;
; Silent installation for IT (Setup Command Line Parameters):
;   FrikommuneDesktop-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;       [/DIR="%LOCALAPPDATA%\Programs\Frikommune Desktop"] [/MERGETASKS="desktopicon"]
;       [/MERGETASKS="!fileassoc"] [/LANG=english] [/LOG="%TEMP%\frikommune-setup.log"]
;   /CURRENTUSER: the default here already (per-user); accepted because
;       PrivilegesRequiredOverridesAllowed=commandline, so scripts may pass it explicitly.
;   /ALLUSERS (from an elevated prompt): installs for all users instead, into
;       {commonpf}\Frikommune Desktop with the file type under HKLM\Software\Classes (the
;       "auto" constants and HKA follow the install mode).
;   Exit code 0 = installed (Setup Exit Codes).
; Silent uninstallation:
;   "%LOCALAPPDATA%\Programs\Frikommune Desktop\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; Reviewed directive by directive against the Inno Setup 6 help (jrsoftware.org/ishelp; its
; source ISHelp/isetup.xml in the issrc repository, Inno Setup 6.5), topics:
;   setup_privilegesrequired, setup_privilegesrequiredoverridesallowed, admininstallmode
;     (non administrative mode: auto constants -> user form, HKA -> HKCU, {group} per user),
;   consts (Auto Constants: autopf -> userpf, "the current user's Program Files folder",
;     i.e. %LOCALAPPDATA%\Programs; autoprograms -> userprograms; autodesktop -> userdesktop),
;   registrysection (Root HKA; "Using HKCR is not recommended, use HKA with the Subkey
;     parameter set to Software\Classes instead"; flags uninsdeletekey, uninsdeletevalue,
;     uninsdeletekeyifempty: "registry keys and values created by Setup are not deleted at
;     uninstall time" unless flagged), setup_changesassociations, setup_useduserareaswarning,
;   setupcmdline (/VERYSILENT, /SUPPRESSMSGBOXES, /NORESTART, /DIR=, /MERGETASKS=, /LANG=,
;     /LOG=; /ALLUSERS and /CURRENTUSER "only have an effect when PrivilegesRequiredOverrides-
;     Allowed allows the commandline override"), uninstcmdline, setupexitcodes,
;   setup_appid, setup_defaultdirname, setup_disableprogramgrouppage, setup_setupiconfile
;     (16, 32, 48, 64, 256 px recommended; the .ico has 16-256), setup_uninstalldisplayicon,
;   setup_versioninfoversion,
;   setup_closeapplications, setup_architecturesallowed, setup_architecturesinstallin64bitmode
;     and archidentifiers (x64compatible), setup_minversion, setup_outputbasefilename (not
;     "setup"), installorder ([InstallDelete] runs before [Files]), languagessection and the
;     [CustomMessages] of Default.isl/Danish.isl (CreateDesktopIcon, AdditionalIcons,
;     LaunchProgram, AssocFileExtension), filessection, iconssection, taskssection, runsection.
; It has not been compiled here (no Windows, no ISCC on the build machine).

#define AppName "Frikommune Desktop"
#define AppPublisher "Frikommune"
#define GuiExe "FrikommuneDesktop.exe"
#define CliExe "frikommune.exe"
; The file type's ProgID: never change it, or old registrations are left behind.
#define ProgId "Frikommune.Network.1"
#define RepoDir AddBackslash(SourcePath) + "..\.."
#define BundleDir RepoDir + "\build\dist\frikommune"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + CliExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version: build the bundle first (packaging\frikommune.spec) or pass /DAppVersion=x.y.z"
#endif

[Setup]
; A fixed GUID: it names the uninstall entry and lets a new version update the old one.
; ("{{" is an escaped "{".) Never change it.
AppId={{04626569-2C05-4BA4-BE7C-252B7E6DE163}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=MIT-licens
; Per user, no administrator rights, no UAC prompt.
PrivilegesRequired=lowest
; Only /ALLUSERS or /CURRENTUSER on the command line may change that; never a dialog.
PrivilegesRequiredOverridesAllowed=commandline
; Keep the compiler's warning on: this script uses no "user" constants or HKCU directly, only
; the "auto" ones and HKA, so it is correct in both install modes.
UsedUserAreasWarning=yes
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; Explorer refreshes its file type information at the end of (un)installation.
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or newer.
MinVersion=10.0.17763
CloseApplications=yes
RestartApplications=no
SetupIconFile={#RepoDir}\resources\icons\frikommune.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
VersionInfoProductName={#AppName}
; Numbers only (up to four, missing ones are zeros): a version like 1.0rc1 would not compile.
VersionInfoVersion={#AppVersion}
WizardStyle=modern
ShowLanguageDialog=auto
OutputDir={#RepoDir}\build\installer
OutputBaseFilename=FrikommuneDesktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.FileTypeName=Frikommune-netværksfil
english.FileTypeName=Frikommune network file
danish.StartMenuComment=Netværkskoordinatorens værktøj til frikommunenetværket
english.StartMenuComment=The network coordinator's tool for the free municipality network

[Tasks]
Name: "fileassoc"; Description: "{cm:AssocFileExtension,{#AppName},.fkdb}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's runtime: a file it had and this one has not must not linger
; (a stale Qt plugin or extension module can break the new version). Only our own folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "{cm:StartMenuComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "{cm:StartMenuComment}"; Tasks: desktopicon

[Registry]
; The .fkdb file type, under HKA\Software\Classes = HKCU\Software\Classes here. The ProgID
; key is ours alone: removed whole on uninstall. The extension key may be shared (another
; program's OpenWithProgids entry): only our values go, the key only if nothing else is left.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" open ""%1"""; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\.fkdb"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\.fkdb\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: fileassoc
; "Open with" knows the program and the types it opens.
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".fkdb"; ValueData: ""; Tasks: fileassoc

; No [UninstallDelete] section: see the top. The uninstaller removes what [Files], [Icons]
; and the flagged [Registry] entries created, and {app} when it is empty; nothing else.

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
