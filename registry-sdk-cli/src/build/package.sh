#!/bin/sh
# Run by the build after registryctl.jar is made (phase package):
#   1. puts the launcher script next to the jar;
#   2. makes registryctl-client.jar: the client's classes alone (JDK classes only), which the launcher
#      runs to hand a run to the daemon;
#   3. records the CLI's class-data archive: one run of every command, in-process, against an embedded
#      fake cluster reached through a kubeconfig (registryctl __train), with -XX:ArchiveClassesAtExit;
#   4. records the client's class-data archive: a client run that starts a daemon in a scratch socket
#      folder and is served by it; the daemon is stopped afterwards.
# Usage: package.sh <target folder> <java executable>
set -eu
target=$1
java=$2
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
fast="-Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData"
client=dev.registrysdk.cli.client.RegistryctlClient

cp "$here/../main/launcher/registryctl" "$target/registryctl"
chmod +x "$target/registryctl"

rm -f "$target/registryctl-client.jar"
"$(dirname -- "$java")/jar" --create --file "$target/registryctl-client.jar" --main-class "$client" \
  -C "$target/classes" dev/registrysdk/cli/client

rm -rf "$target/cds-training" "$target/registryctl.jsa"
# shellcheck disable=SC2086
"$java" "-XX:ArchiveClassesAtExit=$target/registryctl.jsa" $fast \
  -jar "$target/registryctl.jar" __train --dir "$target/cds-training"
rm -rf "$target/cds-training"

sockets="$target/cds-daemon"
stop_daemon() {
  # shellcheck disable=SC2086
  REGISTRYCTL_DAEMON_DIR="$sockets" "$java" $fast "-Dregistryctl.home=$target" -cp "$target/registryctl-client.jar" \
    "$client" daemon stop >/dev/null 2>&1 || true
  rm -rf "$sockets"
}
rm -rf "$sockets" "$target/registryctl-client.jsa"
trap stop_daemon EXIT
# shellcheck disable=SC2086
REGISTRYCTL_DAEMON_DIR="$sockets" REGISTRYCTL_DAEMON_IDLE=2m "$java" "-XX:ArchiveClassesAtExit=$target/registryctl-client.jsa" \
  $fast "-Dregistryctl.home=$target" -cp "$target/registryctl-client.jar" "$client" --version >/dev/null
