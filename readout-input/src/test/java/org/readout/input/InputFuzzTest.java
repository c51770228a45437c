package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Any bytes, as a file or a stream, give a document or a rejection and never an exception. A plain {@code mvn test}
 * runs only the inputs kept in {@code InputFuzzTestInputs/<method>/}; to fuzz one method for its {@code maxDuration}
 * (raise it to fuzz longer): <pre>JAZZER_FUZZ=1 mvn -pl readout-input -am test \
 *     -Dtest='InputFuzzTest#anyBytesDecodeToADocumentOrARejection' -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class InputFuzzTest {
    private static final InputLimits LIMITS = InputLimits.defaults();
    private final InputDecoder decoder = new InputDecoder(LIMITS);
    private final InputReader reader = new InputReader(LIMITS);

    // A DecodeResult holds a document or an error by construction, so returning at all is the property.
    @FuzzTest(maxDuration = "2m")
    void anyBytesDecodeToADocumentOrARejection(byte[] bytes) {
        assertThat(decoder.decode("fuzz.txt", bytes)).isNotNull();
    }

    @FuzzTest(maxDuration = "2m")
    void anyStreamGivesTheSinkOneDocumentOrRejection(byte[] bytes) {
        List<InputDocument> got = new ArrayList<>();
        reader.read("fuzz", "fuzz.txt", new ByteArrayInputStream(bytes), got::add);
        assertThat(got).hasSize(1);
    }
}
