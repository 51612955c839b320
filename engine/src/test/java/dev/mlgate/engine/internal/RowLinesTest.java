package dev.mlgate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A 0-based view position is named by the file's 1-based row and physical line. */
class RowLinesTest {

    @Test
    void names_row_and_line_across_blank_lines_and_multi_line_fields() {
        RowLines lines = new RowLines();
        // header on line 1; rows on lines 2 and 3; a blank line 4; a row on 5-6 (a two-line field); rows on 7, 8
        for (long line : new long[] {2, 3, 5, 7, 8}) {
            lines.add(line);
        }

        assertThat(lines.describe(0)).isEqualTo("line 2 (row 1)");
        assertThat(lines.describe(1)).isEqualTo("line 3 (row 2)");
        assertThat(lines.describe(2)).isEqualTo("line 5 (row 3)");
        assertThat(lines.describe(3)).isEqualTo("line 7 (row 4)");
        assertThat(lines.describe(4)).isEqualTo("line 8 (row 5)");
    }
}
