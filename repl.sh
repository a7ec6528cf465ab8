#!/usr/bin/env bash
# TorchND's REPL: JShell with TorchND on the class path and `import static dev.torchnd.Torch.*`.
#   ./repl.sh
# Builds what it needs with Maven first (JDK 17 and Maven only).
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -ntp -pl examples -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
cp="examples/target/classes:d2l/target/classes:api/target/classes:backend-nd4j/target/classes"
cp="$cp:$(cat examples/target/classpath.txt)"
exec jshell --class-path "$cp" --startup DEFAULT --startup examples/src/main/jshell/torchnd.jsh "$@"
