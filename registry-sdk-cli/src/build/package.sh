#!/bin/sh
# Run by the build after registryctl.jar is made (phase package):
#   1. puts the launcher script next to the jar;
#   2. records the class-data archive: one run of every command, in-process, against an embedded fake
#      cluster reached through a kubeconfig (registryctl __train), with -XX:ArchiveClassesAtExit.
# Usage: package.sh <target folder> <java executable>
set -eu
target=$1
java=$2
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
cp "$here/../main/launcher/registryctl" "$target/registryctl"
chmod +x "$target/registryctl"
rm -rf "$target/cds-training" "$target/registryctl.jsa"
"$java" "-XX:ArchiveClassesAtExit=$target/registryctl.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData \
  -jar "$target/registryctl.jar" __train --dir "$target/cds-training"
rm -rf "$target/cds-training"
