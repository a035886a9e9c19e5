package io.khabar.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real paragraphs for the hot-path benchmarks: the body paragraphs of the first articles of {@code -Dkhabar.news}
 * (default {@code ../shared/data/news/ant-2018-08-10.jsonl}), else a few synthetic ones.
 */
final class BenchText {

    private BenchText() {
    }

    static List<String> paragraphs(int articles) {
        String file = System.getProperty("khabar.news", "../shared/data/news/ant-2018-08-10.jsonl");
        List<String> out = new ArrayList<>();
        Path path = Path.of(file);
        if (Files.isRegularFile(path)) {
            ObjectMapper mapper = new ObjectMapper();
            try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                String line;
                int read = 0;
                while (read++ < articles && (line = r.readLine()) != null) {
                    for (String p : mapper.readTree(line).path("body").asText("").split("\n")) {
                        if (!p.isBlank()) {
                            out.add(p.strip());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out.isEmpty()) {
            out.add("موسكو (سبوتنيك) - أعلن الكرملين، اليوم الأحد 9 تشرين الثاني/نوفمبر 2020، أن الرئيس فلاديمير بوتين"
                    + " أجرى محادثة هاتفية مع رئيس الوزراء الأرميني نيكول باشينيان.");
            out.add("وبحسب وزارة الدفاع الأرمينية، فقد قتل جندي واحد في الاشتباكات مع القوات الأذربيجانية قرب الحدود"
                    + " يوم 27 أيلول/سبتمبر الماضي.");
            out.add("وتوصلت أرمينيا وأذربيجان، بوساطة روسية، إلى اتفاق لوقف إطلاق النار في إقليم قره باغ.");
        }
        return out;
    }
}
