# Builds the frozen StoryDesk and its per-user installer on Windows. UNTESTED (not built where
# StoryDesk is developed): the Windows half of packaging/build.sh; see docs/building.md.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
#
# Steps: a clean venv in build\venv; StoryDesk installed into it from this checkout (not
# editable) with PyInstaller; the icons rendered from the SVG (packaging\icons.py ->
# build\icons, storydesk.ico among them); PyInstaller runs packaging\storydesk.spec ->
# dist\StoryDesk\ (storydesk-gui.exe, storydesk.exe, _internal\); the folder zipped to
# dist\StoryDesk-<version>-windows-x64.zip; a short smoke test of the frozen programs; then,
# when Inno Setup's iscc is found, packaging\windows\storydesk.iss ->
# dist\StoryDesk-<version>-windows-x64-setup.exe.
#
# Environment: PYTHON (default "py -3.11"), PYINSTALLER (pip requirement), ISCC (path of
# ISCC.exe; default: on the PATH or in Inno Setup 6's usual folders).

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

# PyInstaller comes from the "freeze" extra in pyproject.toml (pinned there); $env:PYINSTALLER
# names another requirement to try instead.
$PyInstaller = $env:PYINSTALLER
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
Set-Location $Root
$Venv = Join-Path $Root "build\venv"
$Icons = Join-Path $Root "build\icons"
$VenvPython = Join-Path $Venv "Scripts\python.exe"

function Step($Text) { Write-Host "`n== $Text" }
function Check($What) { if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" } }

Step "clean build venv: $Venv"
if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
if ($env:PYTHON) { & $env:PYTHON -m venv $Venv } else { & py -3.11 -m venv $Venv }
Check "python -m venv"
& $VenvPython -m pip install --quiet --upgrade pip; Check "pip upgrade"

Step "install StoryDesk (not editable) with its freeze extra"
if ($PyInstaller) { & $VenvPython -m pip install --quiet $Root $PyInstaller }
else { & $VenvPython -m pip install --quiet "$Root[freeze]" }
Check "pip install"
$Version = (& $VenvPython -c "from importlib.metadata import version; print(version('storydesk'))").Trim()
Write-Host "StoryDesk $Version"

Step "icons -> $Icons"
if (Test-Path $Icons) { Remove-Item -Recurse -Force $Icons }
$env:QT_QPA_PLATFORM = "offscreen"
& $VenvPython packaging\icons.py $Icons | Out-Null; Check "packaging\icons.py"
Remove-Item Env:QT_QPA_PLATFORM

Step "PyInstaller"
foreach ($Old in @("dist\StoryDesk", "build\pyinstaller")) {
    if (Test-Path $Old) { Remove-Item -Recurse -Force $Old }
}
$env:STORYDESK_ICONS = $Icons
& (Join-Path $Venv "Scripts\pyinstaller.exe") --noconfirm --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\storydesk.spec
Check "PyInstaller"

$Zip = Join-Path $Root "dist\StoryDesk-$Version-windows-x64.zip"
Step "zip -> $Zip"
if (Test-Path $Zip) { Remove-Item -Force $Zip }
Compress-Archive -Path dist\StoryDesk -DestinationPath $Zip -CompressionLevel Optimal

Step "sizes"
$Bytes = (Get-ChildItem -Recurse -File dist\StoryDesk | Measure-Object -Sum Length).Sum
Write-Host ("folder dist\StoryDesk: {0:N0} MiB" -f ($Bytes / 1MB))
Write-Host ("zip {0}: {1:N0} MiB" -f (Split-Path $Zip -Leaf), ((Get-Item $Zip).Length / 1MB))

Step "smoke test"
# No Python on the PATH for the frozen programs, a data folder of their own.
$Smoke = Join-Path $env:TEMP ("storydesk-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $Smoke | Out-Null
$SavedPath = $env:PATH
$env:PATH = "$env:SystemRoot\System32;$env:SystemRoot"
$env:STORYDESK_DATA_DIR = Join-Path $Smoke "data"
$env:QT_QPA_PLATFORM = "offscreen"
$Failed = 0
try {
    $Out = (& dist\StoryDesk\storydesk.exe --version) -join ""
    if ($Out -eq "StoryDesk $Version") { Write-Host "PASS storydesk --version: $Out" }
    else { Write-Host "FAIL storydesk --version: $Out"; $Failed++ }
    $Sample = "dist\StoryDesk\_internal\storydesk\resources\sample\seeds.storybundle"
    & dist\StoryDesk\storydesk.exe import $Sample --json | Out-Null
    if ($LASTEXITCODE -eq 0) { Write-Host "PASS storydesk import <sample bundle>" }
    else { Write-Host "FAIL storydesk import <sample bundle>"; $Failed++ }
    # The spawn start method is Windows' own: this rebuild starts its writers only above
    # 2,000 stories; packaging/smoke.sh (Linux) tries them with spawn too.
    & dist\StoryDesk\storydesk.exe reindex | Out-Null
    if ($LASTEXITCODE -eq 0) { Write-Host "PASS storydesk reindex" }
    else { Write-Host "FAIL storydesk reindex"; $Failed++ }
    & dist\StoryDesk\storydesk.exe export --format pdf -o (Join-Path $Smoke "pack.pdf") --query "молодежь" | Out-Null
    if ($LASTEXITCODE -eq 0) { Write-Host "PASS storydesk export --format pdf" }
    else { Write-Host "FAIL storydesk export --format pdf"; $Failed++ }
    # A windowed program: PowerShell does not wait for it unless asked to.
    $Gui = Start-Process -FilePath dist\StoryDesk\storydesk-gui.exe -ArgumentList "--quit-when-ready" `
        -Wait -PassThru
    if ($Gui.ExitCode -eq 0) { Write-Host "PASS storydesk-gui --quit-when-ready" }
    else { Write-Host "FAIL storydesk-gui --quit-when-ready: exit $($Gui.ExitCode)"; $Failed++ }
}
finally {
    $env:PATH = $SavedPath
    Remove-Item Env:STORYDESK_DATA_DIR, Env:QT_QPA_PLATFORM -ErrorAction SilentlyContinue
    Remove-Item -Recurse -Force $Smoke -ErrorAction SilentlyContinue
}
if ($Failed -gt 0) { throw "smoke test: $Failed failed" }

Step "installer"
$Iscc = $env:ISCC
if (-not $Iscc) {
    $Found = Get-Command iscc -ErrorAction SilentlyContinue
    if ($Found) { $Iscc = $Found.Source }
}
if (-not $Iscc) {
    foreach ($Candidate in @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
        if (Test-Path $Candidate) { $Iscc = $Candidate; break }
    }
}
if ($Iscc) {
    & $Iscc "/DAppVersion=$Version" packaging\windows\storydesk.iss; Check "iscc"
    Write-Host "dist\StoryDesk-$Version-windows-x64-setup.exe"
}
else {
    Write-Host "Inno Setup's iscc not found: no installer (install Inno Setup 6, or set ISCC)."
}
