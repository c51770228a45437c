#!/usr/bin/env bash
# Prints the class path the statement tools run on: the built readout-model and readout-extract
# classes (mvn -q -B -o -pl readout-extract -am compile) and their jars from the local Maven repository.
root=$(cd "$(dirname "$0")/../.." && pwd)
m2=${M2_REPO:-$HOME/.m2/repository}
jars=(
  org/apache/opennlp/opennlp-tools/2.5.6/opennlp-tools-2.5.6.jar
  org/apache/opennlp/opennlp-models-sentdetect-en/1.3.0/opennlp-models-sentdetect-en-1.3.0.jar
  org/apache/opennlp/opennlp-models-langdetect/1.3.0/opennlp-models-langdetect-1.3.0.jar
  org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar
  com/fasterxml/jackson/core/jackson-databind/2.19.2/jackson-databind-2.19.2.jar
  com/fasterxml/jackson/core/jackson-core/2.19.2/jackson-core-2.19.2.jar
  com/fasterxml/jackson/core/jackson-annotations/2.19.2/jackson-annotations-2.19.2.jar
)
cp="$root/readout-model/target/classes:$root/readout-extract/target/classes"
for j in "${jars[@]}"; do cp="$cp:$m2/$j"; done
echo "$cp"
