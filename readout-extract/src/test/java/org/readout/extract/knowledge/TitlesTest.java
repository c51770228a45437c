package org.readout.extract.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {
    private final Titles titles = KnowledgeFixtures.titles();

    @Test
    void honorificsOfSeveralWordsComeOffOneAfterAnother() {
        assertThat(titles.withoutHonorifics("H.E. Dr S. Jaishankar", false)).isEqualTo("S. Jaishankar");
        assertThat(titles.withoutHonorifics("His Excellency Datuk Seri Anwar Ibrahim", false)).isEqualTo("Anwar Ibrahim");
        assertThat(titles.honorificWords(List.of("His", "Excellency", "Dr", "Ali"), 0, false)).isEqualTo(3);
    }

    @Test
    void aCourtesyTitleComesOffOnlyWhenAsked() {
        assertThat(titles.withoutHonorifics("Sheikh Hasina", false)).isEqualTo("Sheikh Hasina");
        assertThat(titles.withoutHonorifics("Sheikh Tamim bin Hamad", true)).isEqualTo("Tamim bin Hamad");
        assertThat(titles.isCourtesy("Sheikh")).isTrue();
        assertThat(titles.isHonorific("Sheikh")).isFalse();
        assertThat(titles.roleOf("Sheikh")).isEmpty();
    }

    @Test
    void aPhraseHonorificIsNoRoleOfItsWords() {
        assertThat(titles.isHonorific("His Excellency")).isTrue();
        assertThat(titles.isHonorific("Dr.")).isTrue();
        assertThat(titles.roleOf("Dr")).contains(Titles.Role.HONORIFIC);
        assertThat(titles.roleOf("His")).isEmpty();
        assertThat(titles.withoutHonorifics("Dr", false)).isEqualTo("Dr");
    }
}
