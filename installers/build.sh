#!/usr/bin/env bash
# Builds Stepwise as a desktop program: a self-contained application image with its own trimmed Java
# runtime (jlink, with the JDK modules jdeps finds), and on Linux a .deb (and an .rpm where rpmbuild
# exists). Output goes to installers/target/.
#
#   installers/build.sh                 app image + .deb (+ .rpm)
#   installers/build.sh --app-image     the app image only
#   installers/build.sh --skip-build    reuse app/target/stepwise.jar
#
# Windows (.msi) and macOS (.dmg): run installers/windows/build.ps1 or installers/macos/build.sh on
# those systems (jpackage makes packages only for the system it runs on).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out=$here/target
app_image_only=false
skip_build=false
for a in "$@"; do
  case $a in
    --app-image) app_image_only=true ;;
    --skip-build) skip_build=true ;;
    *) echo "usage: installers/build.sh [--app-image] [--skip-build]" >&2; exit 2 ;;
  esac
done
source "$here/common.sh"

$skip_build || (cd "$root" && ./mvnw -B -q -DskipTests package)
jar=$root/app/target/stepwise.jar
[[ -f $jar ]] || { echo "no $jar: build the project first" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out/input" "$out/image"
cp "$jar" "$out/input/"

echo "== runtime: jlink $(runtime_modules "$jar")"
jlink --add-modules "$(runtime_modules "$jar")" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$out/runtime"

echo "== application image"
jpackage --type app-image --name Stepwise --app-version "$(project_version)" \
  --vendor "Stepwise" --description "A studio for Amazon States Language workflows" \
  --input "$out/input" --main-jar stepwise.jar --main-class stepwise.app.Launcher \
  --runtime-image "$out/runtime" --icon "$icons/stepwise-256.png" \
  --java-options "$java_options" --dest "$out/image"
echo "   $out/image/Stepwise/bin/Stepwise"

$app_image_only && exit 0

common_package_options=(--app-image "$out/image/Stepwise" --name stepwise --app-version "$(project_version)"
  --vendor "Stepwise" --description "A studio for Amazon States Language workflows"
  --file-associations "$here/linux/asl-json.properties" --file-associations "$here/linux/asl-yaml.properties" --file-associations "$here/linux/asl-yml.properties"
  --linux-shortcut --linux-menu-group "Development" --linux-app-category devel
  --resource-dir "$here/linux/resources" --dest "$out")

echo "== .deb"
jpackage --type deb "${common_package_options[@]}" \
  --linux-package-name stepwise --linux-deb-maintainer "stepwise@localhost" \
  --linux-package-deps "libgtk-3-0, libgl1, libx11-6, libxtst6, libxxf86vm1, libfreetype6, libfontconfig1, libasound2"
ls "$out"/*.deb

if command -v rpmbuild >/dev/null; then
  echo "== .rpm"
  jpackage --type rpm "${common_package_options[@]}" \
    --linux-package-deps "gtk3, mesa-libGL, libX11, libXtst, libXxf86vm, freetype, fontconfig, alsa-lib"
  ls "$out"/*.rpm
else
  echo "== .rpm skipped: rpmbuild is not installed (apt-get install rpm)"
fi
