# Shared by the installer scripts (sourced).
icons=$root/assets/src/main/resources/stepwise/assets/icons/app
java_options="-Xmx2g"

# The project version, from the parent pom.
project_version() {
  sed -n '/<artifactId>stepwise-parent<\/artifactId>/,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1
}

# The JDK modules the application needs: what jdeps finds in the jar, plus what is loaded by name
# (TLS for HTTP tasks, JavaFX's use of jdk.unsupported, locale data for formatting).
runtime_modules() {
  local found
  found=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$1" 2>/dev/null | tail -n 1)
  echo "${found},jdk.crypto.ec,jdk.unsupported,jdk.localedata,java.net.http,jdk.zipfs"
}
