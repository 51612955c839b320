package dev.mlgate.data;

import static dev.mlgate.data.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TablesTest {

    @TempDir
    Path dir;

    @Test
    void declaredColumnsGetTheTablesawTypeOfTheirKind() {
        Path file = write(dir, "events.csv", """
                id,score,active,name,day,at,seen
                1,0.5,yes,Ann,2024-05-01,2024-05-01T10:00,2024-05-01T10:00:00Z
                2,NA,0,NA,NA,NA,NA
                """);
        Map<String, ValueKind> declared = Map.of("id", ValueKind.INTEGER, "score", ValueKind.DECIMAL,
                "active", ValueKind.BOOLEAN, "name", ValueKind.STRING, "day", ValueKind.DATE,
                "at", ValueKind.DATE_TIME, "seen", ValueKind.INSTANT);

        Table table = Tables.load(Artifacts.open(file), declared);

        assertThat(table.name()).isEqualTo("events.csv");
        assertThat(table.columnNames()).containsExactly("id", "score", "active", "name", "day", "at", "seen");
        assertThat(table.types()).containsExactly(ColumnType.LONG, ColumnType.DOUBLE, ColumnType.BOOLEAN,
                ColumnType.STRING, ColumnType.LOCAL_DATE, ColumnType.LOCAL_DATE_TIME, ColumnType.INSTANT);
        assertThat(((LongColumn) table.column("id")).get(1)).isEqualTo(2L);
        assertThat(((DoubleColumn) table.column("score")).get(0)).isEqualTo(0.5);
        assertThat(((BooleanColumn) table.column("active")).get(0)).isTrue();
        assertThat(((StringColumn) table.column("name")).get(0)).isEqualTo("Ann");
        assertThat(((DateColumn) table.column("day")).get(0)).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(((DateTimeColumn) table.column("at")).get(0)).isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 0));
        assertThat(((InstantColumn) table.column("seen")).get(0)).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        for (String column : table.columnNames()) {
            if (!column.equals("id") && !column.equals("active")) {
                assertThat(table.column(column).isMissing(1)).as(column).isTrue();
            }
        }
    }

    @Test
    void undeclaredColumnsAreInferredAsLongDoubleOrString() {
        Path file = write(dir, "mixed.csv", """
                whole,number,text,empty
                1,1,a,
                NA,2.5,3,
                -3,1e3,x,
                """);

        Table table = Tables.load(Artifacts.open(file), Map.of());

        assertThat(table.types()).containsExactly(ColumnType.LONG, ColumnType.DOUBLE, ColumnType.STRING,
                ColumnType.STRING);
        assertThat(table.longColumn("whole").isMissing(1)).isTrue();
        assertThat(table.longColumn("whole").get(2)).isEqualTo(-3L);
        assertThat(table.doubleColumn("number").get(2)).isEqualTo(1000.0);
        assertThat(table.stringColumn("text").get(1)).isEqualTo("3");
    }

    @Test
    void aBadValueInADeclaredColumnGivesTheSameErrorAsAScan() {
        Path file = write(dir, "customers.csv", "id,age\n1,34\n2,thirty\n");

        assertThatThrownBy(() -> Tables.load(Artifacts.open(file), Map.of("age", ValueKind.INTEGER)))
                .isInstanceOf(ArtifactException.class)
                .hasMessage(file + ", line 3 (row 2), column 'age': cannot read 'thirty' as an integer");
    }

    @Test
    void aDeclaredColumnMissingFromTheHeaderIsReportedBeforeScanning() {
        Path file = write(dir, "customers.csv", "id,age\n1,34\n");
        ReadCounter reads = new ReadCounter();
        RowSource source = Artifacts.open(file, ArtifactFormat.DEFAULT, reads);

        assertThatThrownBy(() -> Tables.load(source, Map.of("income", ValueKind.DECIMAL)))
                .hasMessage(file + ": no column 'income'; the columns are: id, age");
        assertThat(reads.scans(file)).isZero();
    }

    @Test
    void tablesawsMissingLongMarkerCannotBeLoadedIntoADeclaredColumn() {
        Path file = write(dir, "ids.csv", "id\n-9223372036854775808\n");

        assertThatThrownBy(() -> Tables.load(Artifacts.open(file), Map.of("id", ValueKind.INTEGER)))
                .hasMessage(file + ", line 2 (row 1), column 'id': cannot hold -9223372036854775808 in a table:"
                        + " Tablesaw uses it to mark a missing value");
    }

    @Test
    void aJsonLinesFileLoadsTheSameWay() {
        Path file = write(dir, "preds.jsonl", "{\"id\": 1, \"p\": 0.25}\n{\"id\": 2}\n");

        Table table = Tables.load(Artifacts.open(file), Map.of("p", ValueKind.DECIMAL));

        assertThat(table.types()).containsExactly(ColumnType.LONG, ColumnType.DOUBLE);
        assertThat(table.doubleColumn("p").isMissing(1)).isTrue();
    }
}
