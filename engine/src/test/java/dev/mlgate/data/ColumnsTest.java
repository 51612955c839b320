package dev.mlgate.data;

import static dev.mlgate.data.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnsTest {

    @TempDir
    Path dir;

    @Test
    void readsOnlyTheRequestedColumnsInOneScan() {
        Path file = write(dir, "preds.csv", "id,segment,label,p_churn,ignored\n7,a,1,0.9,x\n8,b,0,0.2,y\n9,a,NA,0.5,z\n");
        ReadCounter reads = new ReadCounter();

        ColumnData data = Columns.read(Artifacts.open(file, ArtifactFormat.DEFAULT, reads), List.of(
                ColumnRequest.integers("id"), ColumnRequest.texts("label"), ColumnRequest.decimals("p_churn"),
                ColumnRequest.texts("segment")));

        assertThat(data.size()).isEqualTo(3);
        assertThat(data.integers("id")).containsExactly(7, 8, 9);
        assertThat(data.texts("label")).containsExactly("1", "0", null);
        assertThat(data.decimals("p_churn")).containsExactly(0.9, 0.2, 0.5);
        assertThat(data.texts("segment")[2]).isSameAs(data.texts("segment")[0]);
        assertThat(reads.scans(file)).isEqualTo(1);
    }

    @Test
    void arraysGrowPastTheirFirstCapacity() {
        StringBuilder content = new StringBuilder("score\n");
        for (int i = 0; i < 5000; i++) {
            content.append(i / 5000.0).append('\n');
        }
        ColumnData data = Columns.read(Artifacts.open(write(dir, "scores.csv", content.toString())),
                List.of(ColumnRequest.decimals("score")));

        assertThat(data.size()).isEqualTo(5000);
        assertThat(data.decimals("score")).hasSize(5000);
        assertThat(data.decimals("score")[4999]).isEqualTo(4999 / 5000.0);
    }

    @Test
    void aRequestedColumnThatIsAbsentListsTheColumnsThatExist() {
        Path file = write(dir, "preds.csv", "id,label,score\n1,0,0.5\n");

        assertThatThrownBy(() -> Columns.read(Artifacts.open(file), List.of(ColumnRequest.decimals("p_churn"))))
                .isInstanceOf(ArtifactException.class)
                .hasMessage(file + ": no column 'p_churn'; the columns are: id, label, score");
    }

    @Test
    void aNanScoreIsAnErrorNamingItsRowUnlessAllowed() {
        Path file = write(dir, "preds.csv", "id,score\n1,0.5\n2,NaN\n");

        assertThatThrownBy(() -> Columns.read(Artifacts.open(file), List.of(ColumnRequest.decimals("score"))))
                .hasMessage(file + ", line 3 (row 2), column 'score': 'NaN' is not a finite number, and non-finite"
                        + " values are not allowed in this column");
        double[] allowed = Columns.read(Artifacts.open(file),
                List.of(ColumnRequest.decimals("score").allowingNonFinite())).decimals("score");
        assertThat(allowed[1]).isNaN();
    }

    @Test
    void anInfiniteScoreIsAnErrorToo() {
        Path file = write(dir, "preds.jsonl", "{\"score\": 0.1}\n{\"score\": Infinity}\n");

        assertThatThrownBy(() -> Columns.read(Artifacts.open(file), List.of(ColumnRequest.decimals("score"))))
                .hasMessage(file + ", line 2 (row 2), column 'score': 'Infinity' is not a finite number, and"
                        + " non-finite values are not allowed in this column");
    }

    @Test
    void aMissingScoreIsAnErrorUnlessAllowedAsNan() {
        Path file = write(dir, "preds.csv", "id,score\n1,\n");

        assertThatThrownBy(() -> Columns.read(Artifacts.open(file), List.of(ColumnRequest.decimals("score"))))
                .hasMessage(file + ", line 2 (row 1), column 'score': missing value where a decimal number is"
                        + " required");
        double[] allowed = Columns.read(Artifacts.open(file),
                List.of(ColumnRequest.decimals("score").allowingMissing())).decimals("score");
        assertThat(allowed).hasSize(1);
        assertThat(allowed[0]).isNaN();
    }

    @Test
    void aColumnRequestedTwiceIsADeclarationMistake() {
        Path file = write(dir, "preds.csv", "id,score\n1,0.5\n");

        assertThatThrownBy(() -> Columns.read(Artifacts.open(file),
                List.of(ColumnRequest.texts("id"), ColumnRequest.integers("id"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'id' is requested twice");
    }

    @Test
    void askingForAColumnAsAnotherKindThanRequestedFails() {
        Path file = write(dir, "preds.csv", "id,score\n1,0.5\n");
        ColumnData data = Columns.read(Artifacts.open(file), List.of(ColumnRequest.texts("id")));

        assertThatThrownBy(() -> data.integers("id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'id' was not requested as integers; requested: [id]");
    }
}
