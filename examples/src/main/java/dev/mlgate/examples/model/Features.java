package dev.mlgate.examples.model;

import java.util.List;

/** The column names the model reads: the 30 WDBC measurements, the label and the row key. */
public final class Features {

    /** Row key column, 1-based position in the source file. */
    public static final String SAMPLE_ID = "sample_id";
    /** Label column. */
    public static final String LABEL = "diagnosis";
    /** The positive class. */
    public static final String MALIGNANT = "malignant";
    /** The negative class. */
    public static final String BENIGN = "benign";
    /** Slice column copied into prediction files. */
    public static final String SIZE_BAND = "size_band";

    /** The 30 numeric features, in the order of the source data. */
    public static final List<String> NAMES = List.of(
            "mean_radius", "mean_texture", "mean_perimeter", "mean_area", "mean_smoothness",
            "mean_compactness", "mean_concavity", "mean_concave_points", "mean_symmetry",
            "mean_fractal_dimension",
            "radius_error", "texture_error", "perimeter_error", "area_error", "smoothness_error",
            "compactness_error", "concavity_error", "concave_points_error", "symmetry_error",
            "fractal_dimension_error",
            "worst_radius", "worst_texture", "worst_perimeter", "worst_area", "worst_smoothness",
            "worst_compactness", "worst_concavity", "worst_concave_points", "worst_symmetry",
            "worst_fractal_dimension");

    private Features() {
    }
}
