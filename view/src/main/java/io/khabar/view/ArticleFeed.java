package io.khabar.view;

/**
 * A source of enriched articles for the view. {@link #start} begins delivering articles (on the feed's own
 * thread) to the window; {@link #close} stops and waits for that thread.
 */
public interface ArticleFeed extends AutoCloseable {

    /** Starts delivering articles to {@code window}; returns at once. */
    void start(ArticleWindow window);

    /** A short description of the source for the page header, e.g. {@code news.enriched @ localhost:9092}. */
    String describe();

    @Override
    void close();
}
