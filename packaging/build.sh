#!/usr/bin/env bash
# Builds Appeal's Linux app image and .deb, each with its own trimmed Java runtime (JavaFX and its
# native libraries inside), from a clean checkout:
#   target/packaging/image/Appeal/          the app image (bin/Appeal, bin/appeal-cli, bin/appeal, lib/)
#   target/packaging/appeal_VERSION_ARCH.deb
# Needs JDK 17 (jdeps, jlink, jpackage), Maven, fakeroot and dpkg-deb (dpkg-dev), Xvfb, and the
# right to make a private mount namespace (root, or user namespaces: see make_archives below).
# Usage: packaging/build.sh [--skip-maven]   (--skip-maven: use target/ as the last build left it)
# MAVEN_ARGS (e.g. "-o") is passed to Maven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$root/packaging"
out="$root/target/packaging"
install_dir=/opt/appeal          # where jpackage's .deb puts the app image (/opt/PACKAGE); the archives are made there
name=Appeal                      # the window's launcher and the desktop entry's name
package=appeal

step() { printf '== %s\n' "$*"; }
die() { echo "packaging: $*" >&2; exit 1; }
for tool in jdeps jlink jpackage fakeroot dpkg-deb Xvfb unshare; do
  command -v "$tool" >/dev/null || die "needs $tool (JDK 17, fakeroot, dpkg-dev, xvfb, util-linux)"
done
java_major=$(jpackage --version | cut -d. -f1)
[ "$java_major" = 17 ] || die "needs JDK 17's jpackage (found $(jpackage --version)): the runtime is jlinked from that JDK"

# Version from the pom (the project's own <version>, indented two spaces). A -SNAPSHOT build gets a
# Debian version that sorts before the release (0.1.0~snapshot < 0.1.0).
pom_version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)
[ -n "$pom_version" ] || die "no <version> in pom.xml"
deb_version="${pom_version/-SNAPSHOT/~snapshot}"

if [ "${1:-}" != --skip-maven ]; then
  step "Maven: the jar and its runtime classpath (tests are the CI's job: mvn -B verify)"
  # shellcheck disable=SC2086
  (cd "$root" && mvn -B -q ${MAVEN_ARGS:-} -DskipTests package)
fi
[ -f "$root/target/appeal.jar" ] && [ -f "$root/target/classpath.txt" ] || die "no target/appeal.jar: run without --skip-maven"
mapfile -t jars < <(tr ':' '\n' < "$root/target/classpath.txt" | grep -v '^$')
app_jars=(); fx_jars=()
for jar in "${jars[@]}"; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) fx_jars+=("$jar") ;;   # the modules, with their native libraries inside
    javafx-*.jar) ;;                           # empty placeholders that only pull in the -linux jars
    *) app_jars+=("$jar") ;;
  esac
done
[ "${#fx_jars[@]}" -gt 0 ] || die "no javafx-*-linux.jar on target/classpath.txt"
fx_path=$(IFS=:; echo "${fx_jars[*]}")

rm -rf "$out"
mkdir -p "$out"

step "the app's files: jars, templates, the sample campaign"
input="$out/input"
mkdir -p "$input/lib" "$input/seeds" "$input/native"
cp "$root/target/appeal.jar" "$input/"
cp "${app_jars[@]}" "$input/lib/"
cp -r "$root/templates" "$input/templates"
cp -r "$root/seeds/sample-campaign" "$input/seeds/sample-campaign"
cp "$root/LICENSE" "$input/LICENSE"
# SQLite's native library, unpacked once here: otherwise sqlite-jdbc writes it to /tmp at every start.
sqlite_jar=$(printf '%s\n' "${app_jars[@]}" | grep '/sqlite-jdbc-' | head -n 1)
(cd "$input/native" && unzip -q -j "$sqlite_jar" 'org/sqlite/native/Linux/x86_64/libsqlitejdbc.so')

step "jdeps: the Java modules the jars use"
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --module-path "$fx_path" \
  "$input/appeal.jar" "$input"/lib/*.jar 2>/dev/null)
[ -n "$modules" ] || die "jdeps found no modules"
# What jdeps cannot see: CP949 sign-on sheets (jdk.charsets), Korean dates (jdk.localedata), TLS
# with elliptic curves for mail and timestamps (jdk.crypto.ec), zip file systems (jdk.zipfs).
modules="$modules,javafx.controls,javafx.swing,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.zipfs"
echo "$modules" | tr ',' '\n' | sort -u | paste -sd, > "$out/modules.txt"
echo "modules: $(cat "$out/modules.txt")"

step "jlink: the runtime"
runtime="$out/runtime"
jlink --module-path "$fx_path" --add-modules "$(cat "$out/modules.txt")" \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$runtime" >/dev/null
# Only used with heaps of 32 GB and more.
rm -f "$runtime/lib/server/classes_nocoops.jsa"
# JavaFX finds its native libraries in the runtime's lib/ before it would unpack them from the jar
# into ~/.openjfx at first start.
for jar in "${fx_jars[@]}"; do
  unzip -q -o -j -d "$runtime/lib" "$jar" '*.so' 2>/dev/null || true   # base, controls, swing have none
done
ls "$runtime/lib/libglassgtk3.so" >/dev/null || die "JavaFX's GTK library is missing from the runtime"

# The launchers' options: packaging/java-options (shared with ./appeal), plus the installation's paths.
java_options() { sed -n "s/^\\(all\\|$1\\) \\+//p" "$here/java-options" | paste -sd' '; }
# shellcheck disable=SC2016  # $APPDIR is the launcher's own token, expanded at start
paths='-Dappeal.home=$APPDIR -Dorg.sqlite.lib.path=$APPDIR/native -Dorg.sqlite.lib.name=libsqlitejdbc.so'
app_options="$paths $(java_options app) -XX:SharedArchiveFile=\$APPDIR/appeal-app.jsa"
cli_options="$paths $(java_options cli) -XX:SharedArchiveFile=\$APPDIR/appeal-cli.jsa"
cat > "$out/appeal-cli.properties" <<EOF
java-options=$cli_options
linux-shortcut=false
EOF

step "jpackage: the app image"
images="$out/image"
read -r -a app_option_list <<< "$app_options"
jpackage_java_options=()
for option in "${app_option_list[@]}"; do jpackage_java_options+=(--java-options "$option"); done
jpackage --type app-image --dest "$images" --name "$name" --app-version "${pom_version%-SNAPSHOT}" \
  --runtime-image "$runtime" --input "$input" --main-jar appeal.jar --main-class org.appeal.Main \
  "${jpackage_java_options[@]}" --add-launcher "appeal-cli=$out/appeal-cli.properties" \
  --icon "$here/icons/appeal-256.png" \
  --description "Composes coalition letters to governments and the PDFs that are sent"
image="$images/$name"
# `appeal` on the PATH: the window with no arguments, a command otherwise.
install -m 755 "$here/appeal-command" "$image/bin/appeal"
mkdir -p "$image/lib/icons"
cp "$here"/icons/appeal-*.png "$here/icons/appeal.svg" "$image/lib/icons/"

make_archives() {
  # Class-data archives are only used at the paths they were made at (jars, runtime), so the image
  # is bound at $install_dir in a private mount namespace (nobody else sees it, an installed copy
  # stays untouched) and each launcher runs once there, writing its archive at exit.
  local ns=(unshare --mount --propagation private)
  [ "$(id -u)" = 0 ] || ns=(unshare --map-root-user --mount --propagation private)
  "${ns[@]}" bash "$here/make-archives" "$image" "$install_dir" "$name"
}
step "class-data archives, made at $install_dir"
make_archives
for jsa in appeal-app.jsa appeal-cli.jsa; do
  [ -s "$image/lib/app/$jsa" ] || die "no $jsa was written"
done

step "jpackage: the .deb"
resources="$out/deb-resources"
mkdir -p "$resources"
sed "s|@INSTALL_DIR@|$install_dir|g" "$here/deb/postinst" > "$resources/postinst"
sed "s|@INSTALL_DIR@|$install_dir|g" "$here/deb/prerm" > "$resources/prerm"
# jpackage copies the image into the package (and resets file times there): the archives would then
# not match the jars. The .deb is built from the image, uncompressed, then its tree is given back
# the image's times and packed again, compressed (xz, dpkg-deb's default).
DPKG_DEB_COMPRESSOR_TYPE=none jpackage --type deb --dest "$out" --app-image "$image" --name "$name" \
  --linux-package-name "$package" --app-version "$deb_version" --linux-app-release 1 \
  --resource-dir "$resources" \
  --linux-deb-maintainer "Appeal maintainers <appeal@users.noreply.github.com>" \
  --linux-menu-group "Office" --linux-app-category "text" --linux-shortcut \
  --license-file "$root/LICENSE" --about-url "https://github.com/appeal-letters/appeal" \
  --description "Composes coalition letters to governments: resolution history, cited evidence and signatory lists merged into letters and the PDFs that are sent (English and Korean)" \
  --icon "$here/icons/appeal-256.png"
deb=$(ls "$out"/${package}_*.deb)
bash "$here/restore-times" "$deb" "$image" "$install_dir"

echo "app image: $image ($(du -sh "$image" | cut -f1))"
echo "package:   $deb ($(du -h "$deb" | cut -f1))"
