package io.khabar.model;

/** The kinds of names Khabar tags. */
public enum EntityType {
    PERSON,
    LOCATION,
    ORGANIZATION,
    MISC
}
