package io.khabar.entities;

import java.util.List;

import io.khabar.model.Entity;

/**
 * Tags people, places, organizations and other names in the paragraphs of one article, and gives every mention
 * the canonical name shared by all variants of its entity within the article.
 *
 * <p>PLACEHOLDER: returns no entities until the trained model lands (issue 4).
 */
public final class EntityTagger {

    private EntityTagger() {
    }

    /** The tagger with the model that ships on the classpath. Thread-safe; load once and share. */
    public static EntityTagger loadDefault() {
        return new EntityTagger();
    }

    /** Entities of an article's body paragraphs (index = position in the list), in paragraph and offset order. */
    public List<Entity> tagArticle(List<String> paragraphs) {
        return List.of();
    }
}
