package io.khabar.enrich;

import java.util.List;

import io.khabar.model.RawArticle;

/** Synthetic agency-style Arabic articles (written for these tests) that share background paragraphs with edits. */
final class Fixtures {

    static final String TRUCE_BACKGROUND = "ووقعت أذربيجان وأرمينيا، برعاية روسية، في 9 نوفمبر 2020، على بيان ثلاثي"
            + " أنهى القتال، ونص على انسحاب القوات الأرمينية من مناطق حول الإقليم وعودتها إلى السيطرة الأذربيجانية.";
    /** The truce background with a month-system change, a synonym swap and a dropped phrase. */
    static final String TRUCE_BACKGROUND_EDITED = "ووقعت أذربيجان وأرمينيا، برعاية روسية، في 9 تشرين الأول/نوفمبر"
            + " 2020، على بيان ثلاثي أنهى القتال، ونص على انسحاب القوات الأرمينية وعودتها إلى السيطرة الأذرية.";
    static final String PEACEKEEPERS_BACKGROUND = "وانتشرت بموجب البيان قوة روسية لحفظ السلام قوامها نحو ألفي جندي"
            + " على طول خط التماس وفي ممر لاتشين الذي يربط الإقليم بالأراضي الأرمينية، لمدة خمس سنوات قابلة للتمديد.";
    static final String WAR_BACKGROUND = "ودخل الاتفاق حيز التنفيذ في العاشر من الشهر نفسه بعد ستة أسابيع من المعارك"
            + " العنيفة التي أودت بحياة آلاف الجنود من الطرفين.";

    static final String AZERI_CLAIM = "وقالت وزارة الدفاع الأذربيجانية، في بيان اليوم الأحد، إن قواتها ردت على قصف"
            + " أرميني استهدف مواقعها في منطقة كلبجار الحدودية، دون أن تسجل خسائر في صفوفها.";
    static final String ARMENIAN_CLAIM = "وقالت وزارة الدفاع الأرمينية، في بيان اليوم الاثنين، إن القوات الأذربيجانية"
            + " قصفت مواقعها في منطقة سيونيك الحدودية، ما أدى إلى إصابة ثلاثة جنود بجروح متوسطة.";

    private Fixtures() {
    }

    static RawArticle article(String id, String source, String title, String... paragraphs) {
        return new RawArticle(id, id + ".txt", source, title, "باكو", "2022-09-13", null,
                String.join("\n\n", paragraphs), List.of(), "2022-09-13T10:00:00Z");
    }

    /** The first report: news plus three background paragraphs. */
    static RawArticle first() {
        return article("a-first", "وكالة الأنباء الآسيوية", "باكو تتهم يريفان بخرق وقف إطلاق النار",
                "أعلنت أذربيجان، اليوم الأحد، أن وحدات من جيشها تعرضت لإطلاق نار من الجانب الأرميني قرب الحدود"
                        + " الشمالية، في حادث هو الثالث من نوعه خلال أسبوع.",
                AZERI_CLAIM,
                TRUCE_BACKGROUND,
                PEACEKEEPERS_BACKGROUND,
                WAR_BACKGROUND);
    }

    /** A later report from another agency: other news, the same background, one paragraph edited. */
    static RawArticle second() {
        return article("b-second", "وكالة الشرق للأنباء", "يريفان تنفي وتتهم باكو بالتصعيد",
                "نفت أرمينيا، اليوم الاثنين، اتهامات أذربيجان لها بخرق الهدنة، وقالت إن قواتها لم تطلق النار على"
                        + " أي موقع أذربيجاني خلال الأيام الماضية.",
                ARMENIAN_CLAIM,
                TRUCE_BACKGROUND_EDITED,
                PEACEKEEPERS_BACKGROUND,
                "وأكد المتحدث باسم الخارجية الأرمينية، في مؤتمر صحفي عقده في يريفان، أن اجتماعا لوزراء خارجية"
                        + " البلدين سيعقد في موسكو الأسبوع المقبل لبحث ترسيم الحدود وتبادل الأسرى وفتح طرق النقل."
                        + " " + WAR_BACKGROUND.substring(1));
    }

    /** A third report that repeats the peacekeepers background once more. */
    static RawArticle third() {
        return article("c-third", "صحيفة الخليج اليوم", "موسكو تدعو إلى ضبط النفس",
                "دعت روسيا، اليوم الثلاثاء، أرمينيا وأذربيجان إلى ضبط النفس واحترام البيان الثلاثي، محذرة من أن"
                        + " التصعيد يهدد الاستقرار في جنوب القوقاز.",
                PEACEKEEPERS_BACKGROUND);
    }
}
