# Build papi-desktop for Windows: the one-folder program (PyInstaller) and its installer (Inno Setup).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#
# Needs Python 3.11 (the "py" launcher or python on PATH) and Inno Setup 6 (ISCC.exe on PATH or in
# its usual folders). Makes a virtual environment in build\venv-win (git ignores build\) with the pinned dependencies
# (constraints.txt; the "test" extra brings PyInstaller), then:
#   build\dist\papi-desktop\            papi-desktop.exe (window), papi-desktop-cli.exe (console)
#   build\installer\papi-desktop-<version>-setup.exe
# A smoke test exports the sample report with the built papi-desktop-cli.exe before the installer
# is made.
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent (Split-Path -Parent $MyInvocation.MyCommand.Path)
Set-Location $root

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed with exit code $LASTEXITCODE" }
}

# 1. Python environment
$venvPython = Join-Path $root "build\venv-win\Scripts\python.exe"
if (-not (Test-Path $venvPython)) {
    if (Get-Command py -ErrorAction SilentlyContinue) {
        Invoke-Checked "py" @("-3.11", "-m", "venv", "build\venv-win")
    } else {
        Invoke-Checked "python" @("-m", "venv", "build\venv-win")
    }
}
Invoke-Checked $venvPython @("-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade", "pip")
Invoke-Checked $venvPython @("-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-c", "constraints.txt", "-e", ".[test]")

# 2. The program folder
$version = & $venvPython -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
if ($LASTEXITCODE -ne 0) { throw "could not read the version from pyproject.toml" }
$dist = Join-Path $root "build\dist"
Invoke-Checked $venvPython @("-m", "PyInstaller", "--noconfirm", "--distpath", $dist,
    "--workpath", (Join-Path $root "build\pyinstaller"), "packaging\papi-desktop.spec")
$app = Join-Path $dist "papi-desktop"

# 3. Smoke test: the frozen command line exports the sample report
$sample = Join-Path $env:TEMP "papi-desktop-smoke.docx"
Invoke-Checked (Join-Path $app "papi-desktop-cli.exe") @("export", "--sample", "-o", $sample)
if ((Get-Item $sample).Length -lt 5000) { throw "the smoke-test export is too small" }
Remove-Item $sample

# 4. The installer
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    $iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isinfo.php" }
Invoke-Checked $iscc @("/Q", "/DAppVersion=$version", "/DAppFolder=$app",
    "/O$(Join-Path $root 'build\installer')", "packaging\papi-desktop.iss")
Write-Host "Built build\installer\papi-desktop-$version-setup.exe"
