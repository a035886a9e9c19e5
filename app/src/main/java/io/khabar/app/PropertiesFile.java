package io.khabar.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** A {@code --config}-style properties file (UTF-8) as a mutable map of its entries. */
public final class PropertiesFile {

    private PropertiesFile() {
    }

    /**
     * The entries of {@code file}, empty when it is null.
     *
     * @param option the command-line option that named the file, for the error message
     */
    public static Map<String, Object> read(Path file, String option) {
        Map<String, Object> props = new HashMap<>();
        if (file == null) {
            return props;
        }
        Properties entries = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            entries.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + option + " " + file + ": " + e.getMessage(), e);
        }
        entries.stringPropertyNames().forEach(name -> props.put(name, entries.getProperty(name)));
        return props;
    }
}
