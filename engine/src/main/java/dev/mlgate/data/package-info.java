/**
 * Reading artifacts: data files and prediction files, streamed once with exact error locations.
 *
 * <p>{@link dev.mlgate.data.Artifacts#open} gives a {@link dev.mlgate.data.RowSource} for a CSV, TSV or JSON
 * Lines file (optionally gzip-compressed); its {@code scan} is the single pass over the file that the engine's
 * metrics are computed in. {@link dev.mlgate.data.Columns} collects prediction columns into primitive arrays,
 * {@link dev.mlgate.data.Tables} loads a whole file into a Tablesaw table for custom checks. Every problem with
 * the input is an {@link dev.mlgate.data.ArtifactException} naming the file, line, row and column.
 */
package dev.mlgate.data;
