; Inno Setup 6 script of StoryDesk's per-user Windows installer: no administrator rights.
;
; Build the frozen folder first (packaging\build.ps1 → dist\StoryDesk), then, from the
; checkout's top folder:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\storydesk.iss
;
; → dist\StoryDesk-<version>-windows-x64-setup.exe. build.ps1 runs this for you when iscc
; is on the PATH. UNTESTED here: written and linted by tests\packaging\test_inno.py only;
; see docs\building.md.
;
; What it does: installs dist\StoryDesk into %LOCALAPPDATA%\Programs\StoryDesk (the
; current user's programs folder, no UAC prompt); a Start menu entry and, if ticked, a
; desktop icon; opens .storybundle files with storydesk-gui.exe (registered under
; HKEY_CURRENT_USER\Software\Classes); English and Russian set-up wizard.
;
; The data folder is KEPT on uninstall: StoryDesk keeps the catalogue, photos, backups,
; search index, logs and publisher key in platformdirs' user data folder,
; %LOCALAPPDATA%\StoryDesk (src\storydesk\paths.py: user_data_dir("StoryDesk",
; appauthor=False)), or where STORYDESK_DATA_DIR / --data-dir say. It is not under {app},
; and nothing below deletes it: uninstalling removes the program only; installing again
; finds the catalogue as it was.

#ifndef AppVersion
  #error Pass StoryDesk's version: iscc /DAppVersion=<version> packaging\windows\storydesk.iss
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\StoryDesk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\storydesk.ico"
#endif
#define AppName "StoryDesk"
#define AppExe "storydesk-gui.exe"
#define ProgId "StoryDesk.Bundle"

[Setup]
; One AppId for every version: a new version installs over the old one.
AppId={{6B0E4A53-2C1F-4D8E-9A57-3E8B1F2C7D40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=StoryDesk developers
AppComments=An offline catalogue of development stories
; Per user: the user's own programs folder, no administrator rights, no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=StoryDesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
english.BundleType=StoryDesk bundle
russian.BundleType=Пакет историй StoryDesk
english.OpenWith=Open with StoryDesk
russian.OpenWith=Открыть в StoryDesk

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole frozen folder: storydesk-gui.exe, storydesk.exe and _internal\.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; .storybundle opens in storydesk-gui.exe, which imports the bundle. Only the keys and values
; written here are removed on uninstall: the extension's default value and its
; OpenWithProgids entry (uninsdeletevalue: another program may have taken them since), and
; StoryDesk's own ProgID key (uninsdeletekey).
Root: HKCU; Subkey: "Software\Classes\.storybundle"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.storybundle"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-storybundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.storybundle\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleType}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: ""; ValueData: "{cm:OpenWith}"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the uninstaller removes only what [Files] installed. The
; data folder (%LOCALAPPDATA%\StoryDesk, see the top of this file) is kept.
