package io.khabar.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaleMembersTest {

    @Test
    void shouldTellTheClientIdFromAStreamThreadsName() {
        assertThat(StaleMembers.clientIdOf(new Thread(() -> { }, "khabar-enrich-1f2e-StreamThread-2")))
                .isEqualTo("khabar-enrich-1f2e");
        assertThat(StaleMembers.clientIdOf(new Thread(() -> { }, "main"))).isNull();
    }

    @Test
    void shouldCountOnlyTheClientsOwnStreamThreadsAsItsMembers() {
        assertThat(StaleMembers.belongsTo("khabar-enrich-1f2e-StreamThread-1-consumer", "khabar-enrich-1f2e"))
                .isTrue();
        assertThat(StaleMembers.belongsTo("khabar-enrich-9abc-StreamThread-1-consumer", "khabar-enrich-1f2e"))
                .isFalse();
        assertThat(StaleMembers.belongsTo("khabar-enrich-1f2e-other", "khabar-enrich-1f2e")).isFalse();
    }
}
