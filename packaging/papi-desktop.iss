; Inno Setup script: the papi-desktop installer for Windows (Inno Setup 6).
; Built by packaging/build-windows.ps1, which passes the version read from pyproject.toml:
;   ISCC.exe /DAppVersion=0.1.0 /DAppFolder=<dist>\papi-desktop /O<output folder> packaging\papi-desktop.iss
;
; - Installs for the current user only, without administrator rights (PrivilegesRequired=lowest):
;   into %LOCALAPPDATA%\Programs\papi-desktop, shortcuts in the user's Start menu and desktop,
;   registry entries under HKEY_CURRENT_USER.
; - A double-click on a .papi file opens it in papi-desktop ("papi-desktop.exe" "FILE.papi"
;   means "papi-desktop --db FILE.papi").
; - Uninstalling removes the program only. The clerk's data are not in the program folder and
;   are kept: the database %LOCALAPPDATA%\papi-desktop\bao-cao-papi.papi (and any .papi saved
;   elsewhere), the settings in %APPDATA%\papi-desktop and the log in %LOCALAPPDATA%\papi-desktop\Logs.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppFolder
  #define AppFolder "..\build\dist\papi-desktop"
#endif
#define AppName "papi-desktop"
#define AppExe "papi-desktop.exe"
#define FileClass "papi-desktop.database"

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{62D30504-3860-4F81-9DD0-21836C0976A1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=papi-desktop
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=papi-desktop.ico
OutputBaseFilename=papi-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; a running papi-desktop holds its files: ask the clerk to close it first
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Unofficial\Vietnamese.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#AppFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Soạn, lưu và in báo cáo quý về Chỉ số PAPI"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .papi → papi-desktop (HKA is HKEY_CURRENT_USER\Software\Classes in a per-user install)
Root: HKA; Subkey: "Software\Classes\.papi\OpenWithProgids"; ValueType: string; ValueName: "{#FileClass}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.papi"; ValueType: string; ValueName: ""; ValueData: "{#FileClass}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#FileClass}"; ValueType: string; ValueName: ""; ValueData: "Cơ sở dữ liệu báo cáo PAPI"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#FileClass}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#FileClass}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".papi"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No UninstallDelete section: only the files installed above are removed; the data folders are kept.
