#!/usr/bin/env bash
# The Java direction of the serialization fixtures, in one command: TorchND writes its files
# (SerializationJavaWriterTest, into compat-tests/target/serialization-java/), then PyTorch 1.13
# loads each with weights_only=True (NumPy for .npy/.npz) and the comparison is recorded in
# fixtures/serialization.json under "java". Commit that file afterwards.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
mvn -B -ntp -q -pl compat-tests -am test -Dtest=SerializationJavaWriterTest -Dsurefire.failIfNoSpecifiedTests=false
/usr/bin/python3 -W ignore "$here/record_serialization.py" --check-java
