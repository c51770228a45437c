package org.readout.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExtractionSlotsTest {
    @Test
    void anExtractionBeyondTheSlotsIsRefusedAsUnavailableAndTheSlotIsFreedAfter() {
        ExtractionSlots slots = new ExtractionSlots(1);
        assertThatThrownBy(() -> slots.run(() -> slots.run(() -> "second"))).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(503));
        assertThat(slots.run(() -> "after")).isEqualTo("after");
    }
}
