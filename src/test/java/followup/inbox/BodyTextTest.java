package followup.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What of a body is the sender's own words in this message. */
class BodyTextTest {

    @Test
    void stopsAtAQuoteAttributionEvenOnTwoLines() {
        assertThat(BodyText.written("Sounds good.\n\nOn Mon, Nov 23, 2026 at 4:00 PM Jane Doe <jane@acme.example> wrote:\n> old"))
                .isEqualTo("Sounds good.");
        assertThat(BodyText.written("Sounds good.\n\nOn Mon, Nov 23, 2026 at 4:00 PM Jane Doe <\njane@acme.example> wrote:\n> old"))
                .isEqualTo("Sounds good.");
        assertThat(BodyText.written("Parfait.\n\nLe lun. 23 nov. 2026 à 16:00, Jane Doe a écrit :\n> old"))
                .isEqualTo("Parfait.");
    }

    @Test
    void aLineThatOnlyStartsWithOnIsText() {
        assertThat(BodyText.written("On Monday we will decide.\nBest regards\nJane"))
                .isEqualTo("On Monday we will decide.");
    }

    @Test
    void dropsQuotedLinesAnywhere() {
        assertThat(BodyText.written("> We regret to inform you\nYes, Tuesday works.\n>> older\n"))
                .isEqualTo("Yes, Tuesday works.");
    }

    @Test
    void stopsAtOutlookHeadersAndForwards() {
        assertThat(BodyText.written("Thanks!\n\n-----Original Message-----\nFrom: x\nrejected")).isEqualTo("Thanks!");
        assertThat(BodyText.written("Thanks!\n________________________________\nFrom: Jane Doe\nSent: Monday\nTo: me\n\nold"))
                .isEqualTo("Thanks!");
        assertThat(BodyText.written("Thanks!\n\nFrom: Jane Doe <jane@acme.example>\nSent: Monday, November 23, 2026\n"
                + "Subject: x\n\nold")).isEqualTo("Thanks!");
        assertThat(BodyText.written("FYI\n\n---------- Forwarded message ---------\nFrom: a\n\nold")).isEqualTo("FYI");
        assertThat(BodyText.written("FYI\n\nBegin forwarded message:\n\nold")).isEqualTo("FYI");
    }

    @Test
    void stopsAtTheSignature() {
        assertThat(BodyText.written("See you then.\n-- \nJane Doe\nAcme Corp")).isEqualTo("See you then.");
        assertThat(BodyText.written("See you then.\n\nBest,\nJane Doe\nAcme Corp | Recruiting")).isEqualTo("See you then.");
        assertThat(BodyText.written("See you then.\n\nSent from my iPhone")).isEqualTo("See you then.");
    }

    @Test
    void aThankYouLineInTheMiddleIsNotTheSignOff() {
        String text = "Hi Alex,\n\nThank you!\n\nWe will get back to you by Friday.\n\nBest,\nJane";
        assertThat(BodyText.written(text)).contains("Thank you!", "by Friday").doesNotContain("Jane");
    }

    @Test
    void aLongLetterAfterAThanksLineIsNotASignature() {
        StringBuilder text = new StringBuilder("Hi Alex,\n\nThanks!\n\n");
        for (int i = 0; i < 12; i++) {
            text.append("Line ").append(i).append(" of the letter.\n");
        }
        assertThat(BodyText.written(text.toString())).contains("Line 11");
    }

    @Test
    void htmlBecomesTextWithoutStylesScriptsOrQuotes() {
        String html = "<html><head><style>p{color:red}</style><title>t</title></head><body>"
                + "<p>Hi&nbsp;Alex,</p><p>We&#8217;ll be in touch &amp; soon.<br>Jane</p>"
                + "<blockquote type=\"cite\">We regret to inform you</blockquote><script>x()</script></body></html>";
        String text = BodyText.fromHtml(html);
        assertThat(text).isEqualTo("Hi Alex,\n\nWe\u2019ll be in touch & soon.\nJane");
    }

    @Test
    void nestedQuotesGoWholeAndAnUnclosedElementDropsTheRest() {
        assertThat(BodyText.fromHtml("<p>Yes.</p><blockquote>a<blockquote>b</blockquote>c</blockquote><p>Tuesday works.</p>"))
                .isEqualTo("Yes.\n\nTuesday works.");
        assertThat(BodyText.fromHtml("<p>Yes.</p><style>p {}<p>hidden")).isEqualTo("Yes.");
        assertThat(BodyText.fromHtml("<p>a &lt;b&gt; &#x263A; &unknown; 3 < 4</p>")).isEqualTo("a <b> \u263A &unknown; 3 < 4");
    }

    @Test
    void aHugeOrHostileBodyIsReadInLinearTime() {
        String hostile = "<p>x</p><style>".repeat(200_000) + "<!--".repeat(1000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            assertThat(BodyText.fromHtml(hostile)).isEqualTo("x");
            assertThat(BodyText.sentences("We will. ".repeat(100_000))).hasSize(100_000);
        });
    }

    @Test
    void sentencesJoinWrappedLinesAndSplitAtSentenceEnds() {
        assertThat(BodyText.sentences("We will get back\nto you by Friday. Thanks\nagain!\n\nNext paragraph"))
                .containsExactly("We will get back to you by Friday.", "Thanks again!", "Next paragraph");
        assertThat(BodyText.sentences("By Dec. 4 we decide. e.g. soon")).containsExactly("By Dec. 4 we decide. e.g. soon");
        assertThat(BodyText.sentences("It\u2019s done")).containsExactly("It's done");
    }
}
