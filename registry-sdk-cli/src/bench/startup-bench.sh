#!/bin/sh
# Start-up benchmark: registryctl (cold: starting its daemon; warm: daemon running; off: in-process)
# against kubectl, whole processes, on one fake cluster.
# Not part of mvn verify. Build first:  mvn -B -q -DskipTests package
# Usage: registry-sdk-cli/src/bench/startup-bench.sh [--runs N] [--procedure NAME]...
set -eu
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
target="$here/../../target"
exec java -cp "$target/registryctl.jar" "$here/java/dev/registrysdk/cli/bench/StartupBench.java" \
  --registryctl "$target/registryctl" "$@"
