#!/usr/bin/env bash
# Builds the macOS disk image (.dmg) of Stepwise: Stepwise.app with its own trimmed Java runtime,
# file associations for *.asl.json / *.asl.yaml, and a `stepwise` command for the command line.
#
#   installers/macos/build.sh            (on macOS, with a JDK 17+)
#
# After installing, link the command line once:  ln -s /Applications/Stepwise.app/Contents/MacOS/Stepwise /usr/local/bin/stepwise
# Signing and notarisation: add --mac-sign --mac-signing-key-user-name "..." to the jpackage call.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$here/../target
source "$here/../common.sh"
(cd "$root" && ./mvnw -B -q -DskipTests package)
rm -rf "$out" && mkdir -p "$out/input"
cp "$root/app/target/stepwise.jar" "$out/input/"
jlink --add-modules "$(runtime_modules "$root/app/target/stepwise.jar")" --strip-debug --no-header-files \
  --no-man-pages --compress=2 --output "$out/runtime"
jpackage --type dmg --name Stepwise --app-version "$(project_version)" --vendor Stepwise \
  --description "A studio for Amazon States Language workflows" \
  --input "$out/input" --main-jar stepwise.jar --main-class stepwise.app.Launcher \
  --runtime-image "$out/runtime" --icon "$icons/stepwise.icns" --java-options "$java_options" \
  --file-associations "$here/asl-json.properties" --file-associations "$here/asl-yaml.properties" \
  --mac-package-identifier dev.stepwise.app --mac-app-category public.app-category.developer-tools \
  --dest "$out"
ls "$out"/*.dmg
