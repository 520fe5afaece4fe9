package netmarket.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text for the terminal and the log shows every control character and invisible mark instead of obeying it. */
class VisibleTextTest {

    @Test
    void newlinesTabsAndControlCharactersAreShownNotObeyed() {
        assertThat(SafeText.visible("a\nb\rc\td\u0007e")).isEqualTo("a\\nb\\rc\\td\\u0007e");
    }

    @Test
    void bidiOverridesAndZeroWidthMarksAreShown() {
        assertThat(SafeText.visible("invoice\u202Excod.exe")).isEqualTo("invoice\\u202Excod.exe");
        assertThat(SafeText.visible("a\u200Bb\uFEFFc\u2066d")).isEqualTo("a\\u200Bb\\uFEFFc\\u2066d");
    }

    @Test
    void ordinaryTextIncludingChineseAndEmojiIsUnchanged() {
        String s = "统计局/三明市 网上零售额_2024年（1-12月）.xlsx 📈";
        assertThat(SafeText.visible(s)).isSameAs(s);
    }
}
