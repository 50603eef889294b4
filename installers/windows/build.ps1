# Builds the Windows installer (.msi) of Stepwise: an application image with its own trimmed Java
# runtime, a Start menu entry, file associations for *.asl.json / *.asl.yaml, and `stepwise.exe` (a console
# launcher for the command line) beside it.
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
#
# Needs a JDK 17+ (jpackage, jlink, jdeps) and the WiX Toolset 3 (candle.exe, light.exe) on the PATH.
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$root = Resolve-Path "$here\..\.."
$out = "$here\..\target"
Push-Location $root
try {
    & .\mvnw.cmd -B -q -DskipTests package
    if ($LASTEXITCODE -ne 0) { throw "build failed" }
    $version = (Select-Xml -Path pom.xml -Namespace @{m="http://maven.apache.org/POM/4.0.0"} -XPath "/m:project/m:version").Node.InnerText
    Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Force "$out\input" | Out-Null
    Copy-Item app\target\stepwise.jar "$out\input\"
    $found = (& jdeps --multi-release 17 --ignore-missing-deps --print-module-deps app\target\stepwise.jar | Select-Object -Last 1)
    $modules = "$found,jdk.crypto.ec,jdk.unsupported,jdk.localedata,java.net.http,jdk.zipfs"
    & jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out\runtime"
    $icons = "assets\src\main\resources\stepwise\assets\icons\app"
    & jpackage --type msi --name Stepwise --app-version $version --vendor Stepwise `
        --description "A studio for Amazon States Language workflows" `
        --input "$out\input" --main-jar stepwise.jar --main-class stepwise.app.Launcher `
        --runtime-image "$out\runtime" --icon "$icons\stepwise.ico" --java-options "-Xmx2g" `
        --file-associations "$here\asl-json.properties" --file-associations "$here\asl-yaml.properties" `
        --add-launcher "stepwise=$here\console-launcher.properties" `
        --win-menu --win-menu-group Stepwise --win-shortcut --win-dir-chooser --win-per-user-install `
        --win-upgrade-uuid "6f1d8f7c-3c1e-4b8e-9a55-2f6a3d1f9b20" --dest $out
    Write-Host "Built $(Get-ChildItem $out\*.msi)"
    Write-Host "The console launcher stepwise.exe is installed beside Stepwise.exe; add that folder to PATH to use the command line."
} finally {
    Pop-Location
}
