package uk.openband.finance.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void quotesTextThatCouldStartAFormula() {
        assertThat(SpreadsheetText.neutralise("=HYPERLINK(\"http://evil.example\",\"Click\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\")");
        assertThat(SpreadsheetText.neutralise("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetText.neutralise("-12.50")).isEqualTo("'-12.50");
        assertThat(SpreadsheetText.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetText.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void leavesOtherTextAlone() {
        assertThat(SpreadsheetText.neutralise("O'Brien")).isEqualTo("O'Brien");
        assertThat(SpreadsheetText.neutralise("Anne-Marie")).isEqualTo("Anne-Marie");
        assertThat(SpreadsheetText.neutralise(" =1")).isEqualTo(" =1");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise(null)).isNull();
    }
}
