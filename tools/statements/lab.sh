#!/usr/bin/env bash
# Runs StatementLab on the classes built in this tree: tools/statements/lab.sh eval [SHARED_DIR] [ERRORS_FILE]
here=$(cd "$(dirname "$0")" && pwd)
exec java ${LAB_OPTS:-} -cp "$("$here/classpath.sh")${LAB_CP:+:$LAB_CP}" "$here/StatementLab.java" "$@"
