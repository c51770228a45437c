package org.readout.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.Problem;
import org.readout.model.SourceDocument;

class InputDecoderTest {
    @Test
    void survivesSerialisationWithItsLimits() throws IOException, ClassNotFoundException {
        InputDecoder decoder = new InputDecoder(new InputLimits(10));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(decoder);
        }

        InputDecoder copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            copy = (InputDecoder) in.readObject();
        }

        assertThat(copy.limits()).isEqualTo(new InputLimits(10));
        assertThat(copy.decode("a.txt", "hello".getBytes(StandardCharsets.US_ASCII)).accepted()).isTrue();
    }

    @Test
    void refusesNonPositiveLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InputLimits(0));
    }

    @Test
    void resultWithoutDocumentMustCarryAnError() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DecodeResult(null, List.of(Problem.warning("charset", "x"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new DecodeResult(SourceDocument.of("a", "b"), List.of(Problem.error("empty", "x"))));
    }
}
