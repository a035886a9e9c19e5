package io.khabar.entities;

import io.khabar.model.EntityType;

/** The ANERcorp name classes, in the order used by the model's label ids. */
enum NameType {
    PERS(EntityType.PERSON),
    LOC(EntityType.LOCATION),
    ORG(EntityType.ORGANIZATION),
    MISC(EntityType.MISC);

    private final EntityType entityType;

    NameType(EntityType entityType) {
        this.entityType = entityType;
    }

    EntityType entityType() {
        return entityType;
    }

    static NameType of(EntityType type) {
        for (NameType t : values()) {
            if (t.entityType == type) {
                return t;
            }
        }
        throw new IllegalArgumentException(String.valueOf(type));
    }
}
