package io.khabar.model;

/** Names an earlier paragraph: the article that holds it and its index there. */
public record DuplicateRef(String articleId, int paragraph) {
}
