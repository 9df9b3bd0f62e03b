; Front Desk's Windows installer (Inno Setup 6). tools/package.py compiles it after
; tools/build.sh, with:
;
;   iscc /DAppVersion=<version> /DSourceDir=<repo>\dist\frontdesk
;        /DOutputDir=<repo>\dist\release /DOutputName=FrontDesk-<version>-windows-x64-setup
;        installer\windows\frontdesk.iss
;
; Per-user: no administrator rights, installed under %LOCALAPPDATA%\Programs\Front Desk.
; Uninstalling keeps the user's data (%LOCALAPPDATA%\FrontDesk) and keys (Credential
; Manager, "Front Desk") unless the person asks for them to go: then it runs
; `frontdesk.exe remove-data --yes` before the program's files are removed.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=... (tools/package.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\frontdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\release"
#endif
#ifndef OutputName
  #define OutputName "FrontDesk-" + AppVersion + "-windows-x64-setup"
#endif

[Setup]
; Never change AppId: Windows knows an installed Front Desk (upgrades, uninstall) by it.
AppId={{3F118CB1-C002-4E90-B3EF-BEDB19ED751E}
AppName=Front Desk
AppVersion={#AppVersion}
AppVerName=Front Desk {#AppVersion}
AppPublisher=Front Desk
; What {autopf} gives a per-user install (Windows' UserProgramFiles folder), named outright:
; Wine, where tools/release/installer_check.sh runs the setup, lacks that known folder.
DefaultDirName={localappdata}\Programs\Front Desk
DefaultGroupName=Front Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
SetupIconFile=..\..\resources\frontdesk.ico
UninstallDisplayIcon={app}\frontdesk.ico
UninstallDisplayName=Front Desk
CloseApplications=yes
RestartApplications=no
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\resources\frontdesk.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Front Desk"; Filename: "{app}\frontdesk.exe"
Name: "{autodesktop}\Front Desk"; Filename: "{app}\frontdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\frontdesk.exe"; Description: "{cm:LaunchProgram,Front Desk}"; Flags: nowait postinstall skipifsilent

[Code]
const
  { A blank line between two sentences. (A line of code may not start with #13#10:
    the preprocessor would read it as one of its directives.) }
  Paragraph = #13#10#13#10;
  RemoveDataQuestion = 'Also remove Front Desk''s data and saved keys from this computer?';

procedure RemoveData();
var
  ResultCode: Integer;
begin
  if not Exec(ExpandConstant('{app}\frontdesk.exe'), 'remove-data --yes', '', SW_HIDE,
    ewWaitUntilTerminated, ResultCode) then
    MsgBox('Front Desk''s data could not be removed: ' + SysErrorMessage(ResultCode) +
      Paragraph + 'It is kept in ' + ExpandConstant('{localappdata}\FrontDesk') +
      ' and its keys in Credential Manager (Windows Credentials, "Front Desk").',
      mbError, MB_OK)
  else if ResultCode <> 0 then
    MsgBox('Some of Front Desk''s data could not be removed (exit code ' +
      IntToStr(ResultCode) + '). Front Desk may still be running, or the keys could not ' +
      'be reached.' + Paragraph + 'What is left is in ' +
      ExpandConstant('{localappdata}\FrontDesk') +
      ' and in Credential Manager (Windows Credentials, "Front Desk"): remove it there.',
      mbError, MB_OK);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { usUninstall comes before the program's files are removed: frontdesk.exe is still there. }
  if (CurUninstallStep = usUninstall) and not UninstallSilent then
    if MsgBox(RemoveDataQuestion + Paragraph + 'Choose No to keep them for a later ' +
      'installation.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      RemoveData();
end;
