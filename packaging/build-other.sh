#!/usr/bin/env bash
# Builds Appeal's Windows (.msi) or macOS (.dmg) package with jpackage, on that system (jpackage
# builds only for the system it runs on). Same runtime recipe as build.sh (jdeps, jlink, JavaFX's
# native libraries moved into the runtime); no class-data archives yet (build.sh makes them on Linux
# by binding the image at its installed path, which these systems do not offer as simply).
# Needs JDK 17 and Maven; for .msi also WiX Toolset 3 on PATH. Run from Git Bash on Windows.
# NOT TESTED HERE: the project's machines are Linux; .github/workflows/installers.yml runs it.
# Usage: packaging/build-other.sh msi|dmg
set -euo pipefail
type="${1:?usage: build-other.sh msi|dmg}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$root/packaging"
out="$root/target/packaging"
case "$type" in
  msi) sep=';'; native='*.dll'; platform=(--win-menu --win-shortcut --win-dir-chooser --win-upgrade-uuid 0e4b6a52-5a0f-4f1b-9a53-6c0d1f3e8a11) ;;
  dmg) sep=':'; native='*.dylib'; platform=(--mac-package-identifier org.appeal.Appeal --mac-package-name Appeal) ;;
  *) echo "usage: build-other.sh msi|dmg" >&2; exit 2 ;;
esac

pom_version=$(sed -n 's:^  <version>\(.*\)</version>\r*$:\1:p' "$root/pom.xml" | head -n 1)
version="${pom_version%-SNAPSHOT}"   # .msi and .dmg take numbers only
(cd "$root" && mvn -B -q -DskipTests package)
mapfile -t jars < <(tr "$sep" '\n' < "$root/target/classpath.txt" | tr -d '\r' | grep -v '^$')
app_jars=(); fx_jars=()
for jar in "${jars[@]}"; do
  case "$(basename "$jar")" in
    javafx-*-win.jar|javafx-*-mac.jar|javafx-*-mac-aarch64.jar) fx_jars+=("$jar") ;;
    javafx-*.jar) ;;
    *) app_jars+=("$jar") ;;
  esac
done
fx_path=$(IFS="$sep"; echo "${fx_jars[*]}")

rm -rf "$out"
mkdir -p "$out/input/lib" "$out/input/seeds"
cp "$root/target/appeal.jar" "$out/input/"
cp "${app_jars[@]}" "$out/input/lib/"
cp -r "$root/templates" "$out/input/templates"
cp -r "$root/seeds/sample-campaign" "$out/input/seeds/sample-campaign"

modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --module-path "$fx_path" \
  "$out/input/appeal.jar" "$out"/input/lib/*.jar 2>/dev/null | tr -d '\r')
modules="$modules,javafx.controls,javafx.swing,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.zipfs"
jlink --module-path "$fx_path" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$out/runtime"
libdir="$out/runtime/lib"; [ "$type" = msi ] && libdir="$out/runtime/bin"   # where each system's JDK keeps them
for jar in "${fx_jars[@]}"; do
  unzip -q -o -j -d "$libdir" "$jar" "$native" 2>/dev/null || true
done

java_options() { sed -n "s/^\\(all\\|$1\\) \\+//p" "$here/java-options" | tr -d '\r' | paste -sd' ' -; }
# shellcheck disable=SC2016
app_options="-Dappeal.home=\$APPDIR $(java_options app)"
printf 'java-options=-Dappeal.home=$APPDIR %s\nwin-console=true\n' "$(java_options cli)" > "$out/appeal-cli.properties"
read -r -a option_list <<< "$app_options"
java_options_args=()
for option in "${option_list[@]}"; do java_options_args+=(--java-options "$option"); done
jpackage --type "$type" --dest "$out" --name Appeal --app-version "$version" --vendor "Appeal maintainers" \
  --runtime-image "$out/runtime" --input "$out/input" --main-jar appeal.jar --main-class org.appeal.Main \
  "${java_options_args[@]}" --add-launcher "appeal-cli=$out/appeal-cli.properties" \
  --license-file "$root/LICENSE" --description "Composes coalition letters to governments" "${platform[@]}"
ls -l "$out"/*."$type"
