; VeiligBestuur Desktop — the Windows installer (NSIS 3, Unicode).
;
;   makensis /DBUNDLE_DIR=dist\veiligbestuur /DVERSION=0.1.0 /DOUT_FILE=dist\VeiligBestuur-0.1.0-setup.exe ^
;            installer\veiligbestuur.nsi
;
; BUNDLE_DIR is the one-folder PyInstaller bundle (installer/veiligbestuur.spec). The installer offers a
; per-user install (no administrator rights: %LOCALAPPDATA%\Programs\VeiligBestuur) or a per-machine install
; (Program Files), puts an entry in the Start menu and registers an uninstaller. The uninstaller removes the
; program files only: the vault, its key file, backups and logs (%LOCALAPPDATA%\VeiligBestuur and wherever the
; coordinator chose) are never touched, not even when someone installed the program inside the data directory.

Unicode true
!ifdef NO_COMPRESSION ; a quick compile to check the script (tests/ship/test_bundle.py)
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
RequestExecutionLevel user ; MultiUser.nsh asks for elevation only for a per-machine install

!ifndef BUNDLE_DIR
  !error "Geef de bundelmap op: makensis /DBUNDLE_DIR=dist\veiligbestuur installer\veiligbestuur.nsi"
!endif
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "VeiligBestuur-${VERSION}-setup.exe"
!endif
; the windowed program in the bundle (Windows: VeiligBestuur.exe; a Linux bundle used to test the script has
; `veiligbestuur`)
!ifndef MAIN_EXE
  !define MAIN_EXE "VeiligBestuur.exe"
!endif

!define APP_NAME "VeiligBestuur"
!define APP_FULL_NAME "VeiligBestuur Desktop"
!define PUBLISHER "VeiligBestuur"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\VeiligBestuurDesktop"
!define SETTINGS_KEY "Software\VeiligBestuur\Installer"

Name "${APP_FULL_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
BrandingText "${APP_FULL_NAME} ${VERSION}"

; --- per-user or per-machine --------------------------------------------------------------------------------
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE ; /AllUsers or /CurrentUser for a silent (/S) deployment
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh

!define MUI_ABORTWARNING
!define MUI_ICON "${NSISDIR}\Contrib\Graphics\Icons\modern-install.ico"
!define MUI_UNICON "${NSISDIR}\Contrib\Graphics\Icons\modern-uninstall.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${MAIN_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "VeiligBestuur nu starten"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductName" "${APP_FULL_NAME}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileDescription" "Installatie van ${APP_FULL_NAME}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_DUTCH} "LegalCopyright" "EUPL-1.2"

Function .onInit
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

; A directory that holds a vault is never an installation directory (the uninstaller would share it).
Function .onVerifyInstDir
  ${If} ${FileExists} "$INSTDIR\veiligbestuur.keys"
  ${OrIf} ${FileExists} "$INSTDIR\veiligbestuur.db"
    Abort
  ${EndIf}
FunctionEnd

Section "VeiligBestuur" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; an update replaces the program files (old libraries must not linger); nothing else in $INSTDIR is removed
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${MAIN_EXE}" "" "$INSTDIR\${MAIN_EXE}" 0 \
    SW_SHOWNORMAL "" "Registratie en opvolging van agressie en bedreiging tegen ambtsdragers"

  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_FULL_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${MAIN_EXE}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; The program files only, by name. No RMDir /r of $INSTDIR itself and nothing under $APPDATA or
; $LOCALAPPDATA\VeiligBestuur: the vault (database, key file, backups) and the logs stay where they are.
Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\VeiligBestuur.exe"
  Delete "$INSTDIR\veiligbestuur-cli.exe"
  Delete "$INSTDIR\veiligbestuur"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only when empty
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
SectionEnd
